/**
 * The calculator's inputs live in the page's query string. The server and the
 * hydrating render see an empty one (defaults); the browser then reads the
 * real URL. A change is kept in React state at once (so a slider's change can
 * render in a transition) and written to the URL with history.replaceState
 * shortly after, so a dragged slider neither floods the history nor trips the
 * browser's navigation throttling.
 */
import {useCallback, useEffect, useMemo, useState, useSyncExternalStore} from 'react';
import {useLocation} from '@docusaurus/router';
import type {CalculatorInputs} from './inputs';
import {mergeIntoSearch, parseQuery} from './queryState';

const URL_WRITE_DELAY_MS = 150;
const URL_WRITTEN_EVENT = 'lora-memory-calculator:url-written';

/** Side effect: replace the URL's query, keeping path, hash and the router's history state. */
function writeToUrl(search: string): void {
  if (search === window.location.search) return;
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
  window.dispatchEvent(new Event(URL_WRITTEN_EVENT));
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('popstate', listener);
  window.addEventListener(URL_WRITTEN_EVENT, listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener(URL_WRITTEN_EVENT, listener);
  };
}

const readSearch = () => window.location.search;
const serverSearch = () => '';

export interface CalculatorQueryState {
  inputs: CalculatorInputs;
  /** What the URL held that had to be corrected or ignored. */
  messages: string[];
  update: (change: Partial<CalculatorInputs>) => void;
  /** Writes the corrected values into the link, which clears the messages. */
  dismissMessages: () => void;
}

export function useCalculatorQueryState(): CalculatorQueryState {
  // Re-render on client-side navigation to this page with another query (the router's own updates).
  useLocation();
  const urlSearch = useSyncExternalStore(subscribe, readSearch, serverSearch);
  // The reader's latest change, made while the URL read `base`. Once written, the URL says the same; a navigation
  // (a new `base`) drops it.
  const [edit, setEdit] = useState<{base: string; search: string} | null>(null);
  const search = edit !== null && edit.base === urlSearch ? edit.search : urlSearch;
  const parsed = useMemo(() => parseQuery(search), [search]);

  useEffect(() => {
    if (edit === null) return undefined;
    // Unmounting (the reader left the page) cancels the write: never write onto another page's URL.
    const timer = window.setTimeout(() => writeToUrl(edit.search), URL_WRITE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [edit]);

  const update = useCallback(
    (change: Partial<CalculatorInputs>) =>
      setEdit((previous) => {
        const latest = previous !== null && previous.base === urlSearch ? previous.search : urlSearch;
        return {base: urlSearch, search: mergeIntoSearch(latest, {...parseQuery(latest).inputs, ...change})};
      }),
    [urlSearch],
  );

  // The corrected values parse without a message, so writing them clears the list.
  const dismissMessages = useCallback(
    () => setEdit({base: urlSearch, search: mergeIntoSearch(search, parsed.inputs)}),
    [urlSearch, search, parsed.inputs],
  );

  return {inputs: parsed.inputs, messages: parsed.messages, update, dismissMessages};
}
