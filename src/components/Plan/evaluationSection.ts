/**
 * The plan's evaluation: how many prompts T1.8's A/B test needs to show the reader's target win rate, what T1.8's
 * 100 prompts would show, and the evaluation framework's targets. Pure: no React, no DOM.
 */
import {abTestPrompts, evaluationFramework} from '@site/src/data/evaluation';
import {parseCalculatorQuery, planTest} from '@site/src/components/WinRateCalculator/winRate';
import {exactTestPower} from '@site/src/utils/statistics/preferenceTest';

export interface EvaluationSection {
  targetPercent: number;
  powerPercent: number;
  /** Decisive prompts (ties not counted) the exact test needs; null past what the search tries. */
  promptsNeeded: number | null;
  /** The chance T1.8's 100 prompts show the target, if every prompt is decisive. */
  powerOfModulePrompts: number;
  modulePrompts: number;
  metrics: Array<{metric: string; measures: string; target: string}>;
  /** Whether the reader set the target (or the module's is used). */
  readerTarget: boolean;
  messages: string[];
}

export function evaluationSection(part: string | undefined): EvaluationSection {
  const {inputs, messages} = parseCalculatorQuery(part ?? '');
  const plan = planTest(inputs.targetPercent, inputs.powerPercent);
  return {
    targetPercent: inputs.targetPercent,
    powerPercent: inputs.powerPercent,
    promptsNeeded: plan?.trials ?? null,
    powerOfModulePrompts: exactTestPower(abTestPrompts, inputs.targetPercent / 100),
    modulePrompts: abTestPrompts,
    metrics: evaluationFramework.map(([metric, measures, , target]) => ({metric, measures, target})),
    readerTarget: part !== undefined && new URLSearchParams(part).has('target'),
    messages: messages.map((message) => `eval.${message}`),
  };
}
