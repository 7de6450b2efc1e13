import {useSyncExternalStore} from 'react';

const noSubscription = () => () => {};
const todayKey = () => new Date().toDateString();

/**
 * Midnight today, local time, for saying when a value was set ("today at 14:02"); null on the server and while
 * hydrating. The snapshot changes once a day, so it is stable between renders.
 */
export function useToday(): number | null {
  const key = useSyncExternalStore(noSubscription, todayKey, () => null);
  return key === null ? null : Date.parse(key);
}
