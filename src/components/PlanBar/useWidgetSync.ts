/**
 * Side effects for one widget and the shared scenario: on opening, apply what the scenario has (widgetSync.ts decides
 * what); after each of the reader's edits, publish; when the scenario changes elsewhere (another tab, another page),
 * take what is newer. Values reach the widget as a link would: a router `replace` of the query string, read by the
 * widget's own parser. The widget's code is not involved beyond rendering the bar.
 */
import {useCallback, useEffect, useRef, useState} from 'react';
import {useHistory, useLocation} from '@docusaurus/router';
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
  /** Whether the scenario holds anything at all. */
  hasPlan: boolean;
  addToPlan: () => void;
  /** Takes the plan's values where this widget differs. */
  usePlanValues: () => void;
}

export function useWidgetSync(adapter: WidgetAdapter): WidgetSync {
  const history = useHistory();
  const location = useLocation();
  const {scenario, kept} = useScenario();
  // The widget's own part of the URL when it was last in step with the scenario, and when.
  const inStep = useRef<{query: string; at: number} | null>(null);
  // The query string as the bar last read it (the widget's writes do not re-render the bar by themselves).
  const [search, setSearch] = useState<string | null>(null);

  const show = useCallback(
    (next: string) => {
      const now = Date.now();
      inStep.current = {query: adapter.ownPart(next), at: now};
      updateScenario((current) => markInStep(adapter, next, current, now));
      history.replace({pathname: window.location.pathname, search: next, hash: window.location.hash});
      setSearch(next);
    },
    [adapter, history],
  );

  // Opening: once, after hydration.
  useEffect(() => {
    const current = window.location.search;
    const result = whenOpened(adapter, current, readScenario());
    if (result.search !== null) show(result.search);
    else {
      inStep.current = {query: adapter.ownPart(current), at: Date.now()};
      setSearch(current);
    }
  }, [adapter, show]);

  // The reader's edits: the widget has written its URL (or a navigation inside the page changed it).
  const onUrlChange = useCallback(() => {
    const current = window.location.search;
    setSearch(current);
    if (inStep.current === null) return;
    const part = adapter.ownPart(current);
    if (part === inStep.current.query) return;
    const now = Date.now();
    inStep.current = {query: part, at: now};
    updateScenario((stored) => publishEdit(adapter, current, stored, now));
  }, [adapter]);

  useEffect(() => {
    window.addEventListener(URL_QUERY_WRITTEN, onUrlChange);
    window.addEventListener('popstate', onUrlChange);
    return () => {
      window.removeEventListener(URL_QUERY_WRITTEN, onUrlChange);
      window.removeEventListener('popstate', onUrlChange);
    };
  }, [onUrlChange]);

  useEffect(onUrlChange, [location, onUrlChange]);

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

  const usePlanValues = useCallback(() => {
    const result = takePlanValues(adapter, window.location.search, readScenario());
    if (result.search !== null) show(result.search);
  }, [adapter, show]);

  const comparison = scenario === null || search === null ? null : compareWithPlan(adapter, search, scenario);
  const hints = scenario === null || search === null || !adapter.hints ? [] : adapter.hints(search, scenario.facts);
  return {comparison, hints, kept, hasPlan: scenario !== null && Object.keys(scenario.facts).length > 0, addToPlan: add, usePlanValues};
}
