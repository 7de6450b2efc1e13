/**
 * The fit table's budget and days against the reader's run, for the fit table's own page: the plan as the browser
 * holds it, with the fit table's situation as the reader has it on screen (its examples × tokens per example and its
 * epochs, not a file's count). Loaded only when the fit table needs it, with the run engines. Pure.
 */
import {mergeSituationIntoSearch} from '@site/src/components/CustomizationFit/situationQuery';
import type {Situation} from '@site/src/components/CustomizationFit/situation';
import type {Scenario} from '@site/src/utils/scenario/scenario';
import type {BudgetCheck} from './budgetCheck';
import {budgetOfPlan} from './planEngine';
import {planInputsFromScenario, type PlanInputs} from './planInputs';

/** The plan's parts other than the fit table's, for the last scenario seen: a slider step changes only the situation. */
let last: {scenario: Scenario; inputs: PlanInputs} | null = null;

function otherParts(scenario: Scenario): PlanInputs {
  if (last?.scenario !== scenario) {
    const inputs = planInputsFromScenario(scenario);
    const run = new URLSearchParams(inputs.run ?? '');
    run.delete('tokens');
    run.delete('epochs');
    last = {scenario, inputs: {...inputs, run: run.toString(), data: undefined}};
  }
  return last.inputs;
}

export function checkSituationAgainstRun(situation: Situation, scenario: Scenario): BudgetCheck | null {
  return budgetOfPlan({...otherParts(scenario), fit: mergeSituationIntoSearch('', situation).replace(/^\?/, '')});
}
