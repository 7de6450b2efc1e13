/**
 * The reader's situation in the query string (?examples=&budget=&days=&goal=…): read after mount from the router's
 * location, edited in React state, written back with replaceState shortly after the last edit (src/utils/urlQuery.ts).
 */
import {useCallback, useMemo} from 'react';
import {readUrlQuery, useDebouncedUrlWrite, useEditUntilNavigation, useNavigatedQuery} from '@site/src/utils/urlQuery';
import {DEFAULT_SITUATION, type Situation} from './situation';
import {mergeSituationIntoSearch, parseSituationQuery} from './situationQuery';

/** The query for a situation, merged into what the URL holds now (parameters of other widgets stay). */
const situationQuery = (situation: Situation) => mergeSituationIntoSearch(readUrlQuery(), situation);

export function useSituationInUrl() {
  // Null on the server and during hydration: both render the defaults.
  const search = useNavigatedQuery();
  const fromUrl = useMemo(() => (search === null ? {situation: DEFAULT_SITUATION, messages: []} : parseSituationQuery(search)), [search]);

  const [edit, setEdit] = useEditUntilNavigation(fromUrl.situation);
  const latest = edit ?? fromUrl.situation;
  // The same object while the values are the same (a box committed unchanged, Back to the same values), so memoised parts skip.
  const {examples, budgetUsd, days, problem, tokensPerExample, epochs} = latest;
  const situation = useMemo(
    () => ({examples, budgetUsd, days, problem, tokensPerExample, epochs}),
    [examples, budgetUsd, days, problem, tokensPerExample, epochs],
  );

  // Debounced: a dragged slider must not flood the history (browsers throttle and warn).
  useDebouncedUrlWrite(edit, situationQuery);

  // Stable while the reader stays on the page, so the inputs that did not change need not re-render.
  const update = useCallback((change: Partial<Situation>) => setEdit((current) => ({...current, ...change})), [setEdit]);

  // `edited`: the situation is the reader's own change, not a link's or Back's.
  return {situation, messages: edit === null ? fromUrl.messages : [], update, edited: edit !== null};
}
