/**
 * A widget's state in the page's query string: read through useSyncExternalStore (subscribeToUrlQuery, readUrlQuery),
 * edited in React state, written back with history.replaceState shortly after the last edit, so a dragged slider
 * neither floods the history nor trips the browser's navigation throttling.
 */
import {useEffect} from 'react';

const URL_WRITE_DELAY_MS = 150;
const URL_QUERY_REPLACED = 'url-query-replaced';

export const readUrlQuery = (): string => window.location.search;

/** Side effect: replace the URL's query, keeping path, hash and the router's history state, and tell subscribers. */
export function replaceUrlQuery(search: string): void {
  if (search === window.location.search) return;
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
  window.dispatchEvent(new Event(URL_QUERY_REPLACED));
}

/** Back and forward, and every replaceUrlQuery. */
export function subscribeToUrlQuery(listener: () => void): () => void {
  window.addEventListener('popstate', listener);
  window.addEventListener(URL_QUERY_REPLACED, listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener(URL_QUERY_REPLACED, listener);
  };
}

/**
 * Writes `toQuery(edit)` to the URL once `edit` has stayed the same for a moment. Unmounting (the reader left the
 * page) cancels the write: never write onto another page's URL.
 */
export function useDebouncedUrlWrite<T>(edit: T | null, toQuery: (edit: T) => string): void {
  useEffect(() => {
    if (edit === null) return undefined;
    const timer = window.setTimeout(() => replaceUrlQuery(toQuery(edit)), URL_WRITE_DELAY_MS);
    return () => window.clearTimeout(timer);
    // toQuery is a module-level function in every caller; the write follows the edit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [edit]);
}
