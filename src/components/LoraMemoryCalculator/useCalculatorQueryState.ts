/**
 * The calculator's inputs live in the page's query string (src/utils/urlQuery.ts).
 * The server and the hydrating render see an empty one (defaults); the browser
 * then reads the real URL. A change is kept in React state at once, so a
 * slider's change can render in a transition, and reaches the URL shortly after.
 */
import {useCallback, useMemo, useState, useSyncExternalStore} from 'react';
import {useLocation} from '@docusaurus/router';
import {readUrlQuery, subscribeToUrlQuery, useDebouncedUrlWrite} from '@site/src/utils/urlQuery';
import type {CalculatorInputs} from './inputs';
import {mergeIntoSearch, parseQuery} from './queryState';

const serverSearch = () => '';
const editedSearch = (edit: {search: string}) => edit.search;

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
  const urlSearch = useSyncExternalStore(subscribeToUrlQuery, readUrlQuery, serverSearch);
  // The reader's latest change, made while the URL read `base`. Once written, the URL says the same; a navigation
  // (a new `base`) drops it.
  const [edit, setEdit] = useState<{base: string; search: string} | null>(null);
  const search = edit !== null && edit.base === urlSearch ? edit.search : urlSearch;
  const parsed = useMemo(() => parseQuery(search), [search]);

  useDebouncedUrlWrite(edit, editedSearch);

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
