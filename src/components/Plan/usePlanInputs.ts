/**
 * Which plan the page shows: the one in its link (a permalink someone shared, or a reload of one), else the one the
 * reader's browser holds. Null on the server and while hydrating: neither is known there.
 */
import {useMemo} from 'react';
import {useNavigatedQuery} from '@site/src/utils/urlQuery';
import {useScenario} from '@site/src/utils/scenario/useScenario';
import {isEmptyScenario} from '@site/src/utils/scenario/scenario';
import {parsePermalink, planInputsFromScenario, type PlanInputs} from './planInputs';

export interface ShownPlan {
  inputs: PlanInputs;
  /** `link`: the page's own query holds the plan; `browser`: the stored scenario does. */
  from: 'link' | 'browser';
  messages: string[];
  /** The reader's stored plan holds anything (so a linked plan can be compared with it). */
  hasStoredPlan: boolean;
  /** False when the browser refuses storage. */
  kept: boolean;
}

export function usePlanInputs(): ShownPlan | null {
  const search = useNavigatedQuery();
  const {scenario, kept} = useScenario();
  return useMemo(() => {
    if (search === null || scenario === null) return null;
    const hasStoredPlan = !isEmptyScenario(scenario);
    if (new URLSearchParams(search).size > 0) {
      const {inputs, messages} = parsePermalink(search);
      return {inputs, from: 'link', messages, hasStoredPlan, kept};
    }
    return {inputs: planInputsFromScenario(scenario), from: 'browser', messages: [], hasStoredPlan, kept};
  }, [search, scenario, kept]);
}
