/**
 * Number formatting shared by the widgets: fixed English separators, so the
 * server and every browser print the same digits (no locale), and never "NaN".
 */

/** "1234567" → "1,234,567" (digits only). */
export function groupThousands(digits: string): string {
  if (digits.length <= 3) return digits;
  const first = digits.length % 3 || 3;
  let grouped = digits.slice(0, first);
  for (let i = first; i < digits.length; i += 3) grouped += `,${digits.slice(i, i + 3)}`;
  return grouped;
}

/** 1234567 → "1,234,567". Non-finite input prints as an em dash, never "NaN". */
export function formatInteger(value: number): string {
  if (!Number.isFinite(value)) return '—';
  const sign = value < 0 ? '-' : '';
  return sign + groupThousands(String(Math.round(Math.abs(value))));
}

/** Fixed decimals with thousands separators: (1234.5, 1) → "1,234.5". */
export function formatFixed(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return '—';
  const fixed = Math.abs(value).toFixed(decimals);
  const point = fixed.indexOf('.');
  const whole = point < 0 ? fixed : fixed.slice(0, point);
  // A negative value that rounds to zero prints without its sign.
  const sign = value < 0 && Number(fixed) !== 0 ? '-' : '';
  return sign + groupThousands(whole) + (point < 0 ? '' : fixed.slice(point));
}
