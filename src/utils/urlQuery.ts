/**
 * A widget's state in the page's query string: read from the router's location (useNavigatedQuery), edited in React
 * state until the next navigation (useEditUntilNavigation), written back with history.replaceState shortly after the
 * last edit, so a dragged slider neither floods the history nor trips the browser's navigation throttling.
 */
import {useCallback, useEffect, useState} from 'react';
import {useLocation} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';

const URL_WRITE_DELAY_MS = 150;

export const readUrlQuery = (): string => window.location.search;

/** Fired after a widget writes the reader's edit into the URL (replaceState announces nothing): the shared plan listens. */
export const URL_QUERY_WRITTEN = 't1-url-query-written';

/** Side effect: replace the URL's query, keeping path, hash and the router's history state. */
export function replaceUrlQuery(search: string): void {
  if (search === window.location.search) return;
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
  window.dispatchEvent(new Event(URL_QUERY_WRITTEN));
}

/**
 * The query string as of the last navigation (a link, Back, Forward, a reload): the router's location, which the
 * widgets' own replaceState writes do not change. A write therefore re-renders nothing; read from the live URL, each
 * one re-rendered the widget synchronously, interrupting the render of the reader's next slider step. Null on the
 * server and in the hydrating render, so that the first client render equals the server's.
 */
export function useNavigatedQuery(): string | null {
  const {search} = useLocation();
  return useIsBrowser() ? search : null;
}

/**
 * Writes `toQuery(edit)` to the URL once `edit` has stayed the same for a moment, or at once when the reader clicks
 * anything (a link or a button may leave the page) or the page is hidden (the tab is closed or the browser leaves it):
 * then the URL is still this page's, and the edit reaches it and the plan, which listens for the write. Unmounting
 * (the reader left the page) or a null edit (a navigation) cancels the write: never write over a URL the reader
 * navigated to.
 */
export function useDebouncedUrlWrite<T>(edit: T | null, toQuery: (edit: T) => string): void {
  useEffect(() => {
    if (edit === null) return undefined;
    const page = window.location.pathname;
    const stop = () => {
      window.clearTimeout(timer);
      document.removeEventListener('click', write, true);
      window.removeEventListener('pagehide', write);
    };
    const write = () => {
      stop();
      // Back or Forward may have changed the address before React has rendered the navigation.
      if (window.location.pathname === page) replaceUrlQuery(toQuery(edit));
    };
    const timer = window.setTimeout(write, URL_WRITE_DELAY_MS);
    // Capture phase: before the router's own click handler navigates.
    document.addEventListener('click', write, true);
    window.addEventListener('pagehide', write);
    return stop;
    // toQuery is a module-level function in every caller; the write follows the edit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [edit]);
}

/**
 * The reader's latest edit of a widget, kept until a navigation (a link, Back, Forward) gives the page a new router
 * location. The widget's own URL writes are not navigations: a write that lands while later steps are still rendering
 * must not drop those steps. `update` gets the current edit, or the URL's value when there is none since the last
 * navigation.
 *
 * `update` changes only with a navigation: `fromUrl` comes from the router's location (useNavigatedQuery), which the
 * widget's own writes leave alone. A new `update` per write re-rendered every memoised field, and React 19 rewrites the
 * name and type attributes of every input it updates (40 to 60 attribute changes, one slow frame, in a drag).
 */
export function useEditUntilNavigation<T>(fromUrl: T): [T | null, (next: (current: T) => T) => void] {
  const location = useLocation();
  const [state, setState] = useState<{at: typeof location; edit: T} | null>(null);
  const edit = state !== null && state.at === location ? state.edit : null;
  const update = useCallback(
    (next: (current: T) => T) =>
      setState((previous) => ({at: location, edit: next(previous !== null && previous.at === location ? previous.edit : fromUrl)})),
    [location, fromUrl],
  );
  return [edit, update];
}
