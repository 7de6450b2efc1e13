/** When a shared value was set, as a reader says it: "today at 14:02", "3 Jun at 09:15". Local time; no locale data. */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const twoDigits = (n: number) => String(n).padStart(2, '0');

export function setAtText(at: number, now: number): string {
  if (!Number.isFinite(at) || !Number.isFinite(now)) return 'at an unknown time';
  const then = new Date(at);
  const today = new Date(now);
  const clock = `${twoDigits(then.getHours())}:${twoDigits(then.getMinutes())}`;
  const sameDay = then.getFullYear() === today.getFullYear() && then.getMonth() === today.getMonth() && then.getDate() === today.getDate();
  if (sameDay) return `today at ${clock}`;
  const year = then.getFullYear() === today.getFullYear() ? '' : ` ${then.getFullYear()}`;
  return `${then.getDate()} ${MONTHS[then.getMonth()]}${year} at ${clock}`;
}
