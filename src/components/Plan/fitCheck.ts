/**
 * The fit table's budget and days against the reader's run, for the fit table's own page: the plan as the browser
 * holds it, with the fit table's situation as the reader has it on screen (its examples × tokens per example and its
 * epochs, not a file's count). Loaded only when the fit table needs it, with the run engines. Pure.
 */
import {mergeSituationIntoSearch, type Situation} from '@site/src/components/CustomizationFit/fitVerdicts';
import type {Scenario} from '@site/src/utils/scenario/scenario';
import type {BudgetCheck} from './budgetCheck';
import {buildPlan} from './planEngine';
import {planInputsFromScenario} from './planInputs';

export function checkSituationAgainstRun(situation: Situation, scenario: Scenario): BudgetCheck | null {
  const inputs = planInputsFromScenario(scenario);
  const run = new URLSearchParams(inputs.run ?? '');
  run.delete('tokens');
  run.delete('epochs');
  return buildPlan({...inputs, run: run.toString(), data: undefined, fit: mergeSituationIntoSearch('', situation).replace(/^\?/, '')}).decision.budget;
}
