/**
 * Side effects on the browser's URL and history for the decision flow. Each
 * answer is its own history entry (pushState), so the browser's Back steps
 * back one answer.
 *
 * Why not the router's history.push: Docusaurus treats every router push as a
 * page navigation and moves focus to the top of the page ("skip to content"),
 * scrolling away from the question. pushState changes only the URL; the
 * router still sees Back and Forward (popstate) and any navigation it makes.
 */
import {useCallback, useSyncExternalStore} from 'react';
import {useHistory} from '@docusaurus/router';
import {URL_QUERY_WRITTEN} from '@site/src/utils/urlQuery';
import {searchWithAnswers} from './decisionFlow';

/** Fired after our own pushState, which the browser does not announce: the widgets' one event for a reader's edit. */
const ANSWERS_PUSHED_EVENT = URL_QUERY_WRITTEN;

/** What each history entry of the flow remembers: the answers it was pushed from. */
interface FlowHistoryState {
  decisionFlowFrom?: string;
}

/**
 * The page's query string, kept current on Back/Forward, on our pushes and on
 * router navigations. Empty on the server and during hydration, so the first
 * client render equals the server's; React re-renders with the real value.
 */
export function useLocationSearch(): string {
  const history = useHistory();
  const subscribe = useCallback(
    (onChange: () => void) => {
      window.addEventListener('popstate', onChange);
      window.addEventListener(ANSWERS_PUSHED_EVENT, onChange);
      const stopListening = history.listen(onChange);
      return () => {
        window.removeEventListener('popstate', onChange);
        window.removeEventListener(ANSWERS_PUSHED_EVENT, onChange);
        stopListening();
      };
    },
    [history],
  );
  return useSyncExternalStore(
    subscribe,
    () => window.location.search,
    () => '',
  );
}

/** Adds a history entry whose URL holds `answerKeys`, remembering the answers it came from. */
export function pushAnswers(answerKeys: readonly string[], fromAnswerKeys: readonly string[]): void {
  const {pathname, search, hash} = window.location;
  const state: FlowHistoryState = {decisionFlowFrom: fromAnswerKeys.join(',')};
  window.history.pushState(state, '', `${pathname}${searchWithAnswers(search, answerKeys)}${hash}`);
  window.dispatchEvent(new Event(ANSWERS_PUSHED_EVENT));
}

/**
 * Shows `answerKeys`: by the browser's Back when the previous entry holds
 * exactly them (so the widget's Back and the browser's agree, and no entry is
 * added), otherwise by a new entry.
 */
export function goBackTo(answerKeys: readonly string[], currentAnswerKeys: readonly string[]): void {
  const state = window.history.state as FlowHistoryState | null;
  if (state?.decisionFlowFrom === answerKeys.join(',')) window.history.back();
  else pushAnswers(answerKeys, currentAnswerKeys);
}
