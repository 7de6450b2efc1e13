/**
 * The calculator's inputs live in the page's query string (src/utils/urlQuery.ts).
 * The server and the hydrating render see an empty one (defaults); the browser
 * then reads the real URL. A change is kept in React state at once, so a
 * slider's change can render in a transition, and reaches the URL shortly after.
 */
import {useCallback, useMemo} from 'react';
import {readUrlQuery, useDebouncedUrlWrite, useEditUntilNavigation, useNavigatedQuery} from '@site/src/utils/urlQuery';
import type {CalculatorInputs} from './inputs';
import {mergeIntoSearch, parseQuery, serializeQuery} from './queryState';

// Merged into the URL as it is when written, so parameters that are not the calculator's stay.
const editedSearch = (edit: CalculatorInputs) => mergeIntoSearch(readUrlQuery(), edit);

export interface CalculatorQueryState {
  inputs: CalculatorInputs;
  /** What the URL held that had to be corrected or ignored. */
  messages: string[];
  update: (change: Partial<CalculatorInputs>) => void;
  /** Writes the corrected values into the link, which clears the messages. */
  dismissMessages: () => void;
}

export function useCalculatorQueryState(): CalculatorQueryState {
  const urlSearch = useNavigatedQuery() ?? '';
  const fromUrl = useMemo(() => parseQuery(urlSearch), [urlSearch]);
  const [edit, setEdit] = useEditUntilNavigation(fromUrl.inputs);

  // What the edit will read as once in the URL (a preset's size, the targets' order), so the two never differ.
  const edited = useMemo(() => (edit === null ? null : parseQuery(serializeQuery(edit)).inputs), [edit]);
  useDebouncedUrlWrite(edit, editedSearch);

  // Stable while the reader stays on the page, so the fields that did not change need not re-render.
  const update = useCallback((change: Partial<CalculatorInputs>) => setEdit((current) => ({...current, ...change})), [setEdit]);

  // The corrected values parse without a message, so writing them clears the list.
  const dismissMessages = useCallback(() => setEdit((current) => current), [setEdit]);

  return {inputs: edited ?? fromUrl.inputs, messages: edited === null ? fromUrl.messages : [], update, dismissMessages};
}
