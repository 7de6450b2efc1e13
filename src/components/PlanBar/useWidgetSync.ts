/**
 * Side effects for one widget and the shared scenario: on opening, apply what the scenario has (widgetSync.ts decides
 * what); after each of the reader's edits, publish; when the scenario changes elsewhere (another tab, another page),
 * take what is newer. Values reach the widget as a link would: a router `replace` of the query string, read by the
 * widget's own parser. The widget's code is not involved beyond rendering the bar.
 */
import {useCallback, useEffect, useRef, useSyncExternalStore} from 'react';
import {useHistory} from '@docusaurus/router';
import {URL_QUERY_WRITTEN} from '@site/src/utils/urlQuery';
import type {WidgetAdapter} from '@site/src/utils/scenario/adapters/types';
import {readScenario, updateScenario} from '@site/src/utils/scenario/scenarioStorage';
import {useScenario} from '@site/src/utils/scenario/useScenario';
import {addToPlan, compareWithPlan, markInStep, publishEdit, takePlanValues, whenOpened, whenScenarioChanged, type PlanComparison} from '@site/src/utils/scenario/widgetSync';

export interface WidgetSync {
  /** Null on the server and while hydrating. */
  comparison: PlanComparison | null;
  /** The adapter's sentences about this step (none on the server). */
  hints: string[];
  /** False when the browser refuses storage. */
  kept: boolean;
  addToPlan: () => void;
  /** Takes the plan's values where this widget differs. */
  takePlanValues: () => void;
}

type History = ReturnType<typeof useHistory>;

/** Every way the page's query changes: a widget's own write, Back and Forward, a navigation by the router. */
function listenToQuery(history: History, onChange: () => void): () => void {
  window.addEventListener(URL_QUERY_WRITTEN, onChange);
  window.addEventListener('popstate', onChange);
  const stopListening = history.listen(onChange);
  return () => {
    window.removeEventListener(URL_QUERY_WRITTEN, onChange);
    window.removeEventListener('popstate', onChange);
    stopListening();
  };
}

export function useWidgetSync(adapter: WidgetAdapter): WidgetSync {
  const history = useHistory();
  const {scenario, kept} = useScenario();
  // The widget's own part of the URL when it was last in step with the scenario, and when.
  const inStep = useRef<{query: string; at: number} | null>(null);
  // Null on the server and while hydrating, so the first client render equals the server's.
  const search = useSyncExternalStore(
    useCallback((onChange: () => void) => listenToQuery(history, onChange), [history]),
    () => window.location.search,
    () => null,
  );

  const show = useCallback(
    (next: string) => {
      const now = Date.now();
      inStep.current = {query: adapter.ownPart(next), at: now};
      updateScenario((current) => markInStep(adapter, next, current, now));
      history.replace({pathname: window.location.pathname, search: next, hash: window.location.hash});
    },
    [adapter, history],
  );

  // Opening: once, after hydration.
  useEffect(() => {
    const current = window.location.search;
    const result = whenOpened(adapter, current, readScenario());
    if (result.search !== null) show(result.search);
    else inStep.current = {query: adapter.ownPart(current), at: Date.now()};
  }, [adapter, show]);

  // The reader's edits: the widget wrote its URL, or a navigation inside the page changed it. Leaving the page is
  // no edit: the router tells of the next page's address before this widget unmounts.
  useEffect(() => {
    const page = window.location.pathname;
    return listenToQuery(history, () => {
      const current = window.location.search;
      if (inStep.current === null || window.location.pathname !== page) return;
      const part = adapter.ownPart(current);
      if (part === inStep.current.query) return;
      const now = Date.now();
      inStep.current = {query: part, at: now};
      updateScenario((stored) => publishEdit(adapter, current, stored, now));
    });
  }, [adapter, history]);

  // The scenario changed while the widget is open.
  useEffect(() => {
    if (scenario === null || inStep.current === null) return;
    const result = whenScenarioChanged(adapter, window.location.search, scenario, inStep.current);
    if (result.search !== null) show(result.search);
  }, [adapter, scenario, show]);

  const add = useCallback(() => {
    const current = window.location.search;
    const now = Date.now();
    inStep.current = {query: adapter.ownPart(current), at: now};
    updateScenario((stored) => addToPlan(adapter, current, stored, now));
  }, [adapter]);

  const take = useCallback(() => {
    const result = takePlanValues(adapter, window.location.search, readScenario());
    if (result.search !== null) show(result.search);
  }, [adapter, show]);

  const comparison = scenario === null || search === null ? null : compareWithPlan(adapter, search, scenario);
  const hints = scenario === null || search === null || !adapter.hints ? [] : adapter.hints(search, scenario.facts);
  return {comparison, hints, kept, addToPlan: add, takePlanValues: take};
}
