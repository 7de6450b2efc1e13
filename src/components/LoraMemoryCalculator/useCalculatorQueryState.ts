/**
 * The calculator's inputs live in the page's query string. The query string is
 * the store: the server and the hydrating render see an empty one (defaults),
 * the browser then reads the real URL. A change is kept in memory at once and
 * written to the URL with history.replaceState shortly after, so a dragged
 * slider neither floods the history nor trips the browser's navigation
 * throttling.
 */
import {useCallback, useMemo, useSyncExternalStore} from 'react';
import {useLocation} from '@docusaurus/router';
import type {CalculatorInputs} from './inputs';
import {mergeIntoSearch, parseQuery} from './queryState';

const URL_WRITE_DELAY_MS = 150;

/** A search string not yet written to the URL, and the page it belongs to. */
let pending: {pathname: string; search: string} | null = null;
let writeTimer: number | undefined;
const listeners = new Set<() => void>();

function currentSearch(): string {
  if (pending && pending.pathname === window.location.pathname) return pending.search;
  return window.location.search;
}

function notify(): void {
  for (const listener of listeners) listener();
}

/** Side effect: replace the URL's query, keeping path, hash and the router's history state. */
function flushToUrl(): void {
  writeTimer = undefined;
  const change = pending;
  pending = null;
  // The reader may have left the page meanwhile: never write onto another page's URL.
  if (!change || change.pathname !== window.location.pathname || change.search === window.location.search) return;
  window.history.replaceState(window.history.state, '', `${change.pathname}${change.search}${window.location.hash}`);
}

function setSearch(search: string): void {
  pending = {pathname: window.location.pathname, search};
  notify();
  if (writeTimer !== undefined) window.clearTimeout(writeTimer);
  writeTimer = window.setTimeout(flushToUrl, URL_WRITE_DELAY_MS);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

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
  const search = useSyncExternalStore(subscribe, currentSearch, serverSearch);
  const parsed = useMemo(() => parseQuery(search), [search]);

  const update = useCallback((change: Partial<CalculatorInputs>) => {
    const latest = currentSearch();
    setSearch(mergeIntoSearch(latest, {...parseQuery(latest).inputs, ...change}));
  }, []);

  // The corrected values parse without a message, so writing them clears the list.
  const dismissMessages = useCallback(() => setSearch(mergeIntoSearch(search, parsed.inputs)), [search, parsed.inputs]);

  return {inputs: parsed.inputs, messages: parsed.messages, update, dismissMessages};
}
