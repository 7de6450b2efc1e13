/**
 * "Which of the eight customization methods fits me?" — T1.1's table judged against the reader's situation
 * (situation.ts). Pure: no React, no DOM.
 */
import {costText, customizationMethods, dataNeededText, effortOrder, effortReading, minCostUsd, tokenMagnitudeWord, type CustomizationMethod, type ProblemToday} from '@site/src/data/customizationMethods';
import {TOKENS_PER_PRICE_UNIT, trainingCostText, trainingCostsForMethod} from '@site/src/data/azureFineTuning';
import type {Situation} from './situation';
import {formatCount, formatUsd, formatShortCount} from './formatNumbers';

function daysText(days: number): string {
  return days === 1 ? '1 day' : `${formatCount(days)} days`;
}

export type Verdict = 'Fits' | 'Wrong tool' | 'Not enough data' | 'Over budget' | 'Takes too long';

/** When several apply, the first in this order wins. */
export const VERDICT_PRIORITY: readonly Exclude<Verdict, 'Fits'>[] = [
  'Wrong tool',
  'Not enough data',
  'Over budget',
  'Takes too long',
];

/** The fewest examples a method needs; raw-text methods are counted at the reader's tokens per example. */
export function minExamplesNeeded(method: CustomizationMethod, tokensPerExample: number): number {
  switch (method.data.kind) {
    case 'examples':
      return method.data.min;
    case 'tokens':
      return Math.ceil(method.data.minTokens / tokensPerExample);
    default:
      return 0;
  }
}

export interface MethodJudgement {
  verdict: Verdict;
  /** One or two sentences naming the threshold that decided it. */
  reason: string;
}

function dataRequirement(method: CustomizationMethod, situation: Situation): {met: boolean; need: string; shortfall: string} {
  const have = formatCount(situation.examples);
  const data = method.data;
  switch (data.kind) {
    case 'none':
      return {met: true, need: 'no data', shortfall: ''};
    case 'not-examples':
      return {met: true, need: `${data.text.toLowerCase()}, not labelled examples`, shortfall: ''};
    case 'examples': {
      const advice = method.tooLittleDataAdvice ? ` ${method.tooLittleDataAdvice}` : '';
      return {
        met: situation.examples >= data.min,
        need: `at least ${formatCount(data.min)} examples (you have ${have})`,
        shortfall: `Needs at least ${formatCount(data.min)} examples (“${dataNeededText(data)}”); you have ${have}.${advice}`,
      };
    }
    case 'tokens': {
      const min = minExamplesNeeded(method, situation.tokensPerExample);
      const perExample = formatCount(situation.tokensPerExample);
      const word = tokenMagnitudeWord(data.minTokens).toLowerCase();
      return {
        met: situation.examples >= min,
        need: `at least ${formatCount(min)} examples of ${perExample} tokens, ${word} of tokens (you have ${have})`,
        shortfall:
          `Needs ${word} of tokens: at least ${formatCount(data.minTokens)} tokens, ${formatCount(min)} examples ` +
          `at ${perExample} tokens each; you have ${have} (${formatShortCount(situation.examples * situation.tokensPerExample)} tokens).`,
      };
    }
  }
}

function costRequirement(method: CustomizationMethod, situation: Situation): {met: boolean; need: string; shortfall: string} {
  const min = minCostUsd(method.cost);
  const seedText = costText(method.cost);
  if (min === null) return {met: true, need: `no dollar figure in the module (“${seedText}”)`, shortfall: ''};
  if (min === 0) return {met: true, need: method.cost.kind === 'free' ? 'nothing to pay' : `nothing up front (“${seedText}”)`, shortfall: ''};
  return {
    met: situation.budgetUsd >= min,
    need: `at least ${formatUsd(min)} (budget ${formatUsd(situation.budgetUsd)})`,
    shortfall: `Costs from ${formatUsd(min)} (“${seedText}”); your budget is ${formatUsd(situation.budgetUsd)}.`,
  };
}

function timeRequirement(method: CustomizationMethod, situation: Situation): {met: boolean; need: string; shortfall: string} {
  const {minDays} = effortReading(method.effort);
  if (minDays === 0) return {met: true, need: 'less than a day', shortfall: ''};
  return {
    met: situation.days >= minDays,
    need: `at least ${daysText(minDays)} (you have ${formatCount(situation.days)})`,
    shortfall: `Takes ${method.effort}: at least ${daysText(minDays)}; you have ${daysText(situation.days)}.`,
  };
}

/** One method against the reader's situation: exactly one verdict, first match in VERDICT_PRIORITY. */
export function judgeMethod(method: CustomizationMethod, situation: Situation): MethodJudgement {
  const wrongTool = method.wrongToolFor[situation.problem];
  if (wrongTool !== undefined) return {verdict: 'Wrong tool', reason: wrongTool};
  const data = dataRequirement(method, situation);
  if (!data.met) return {verdict: 'Not enough data', reason: data.shortfall};
  const cost = costRequirement(method, situation);
  if (!cost.met) return {verdict: 'Over budget', reason: cost.shortfall};
  const time = timeRequirement(method, situation);
  if (!time.met) return {verdict: 'Takes too long', reason: time.shortfall};
  return {verdict: 'Fits', reason: `Needs ${data.need}, ${cost.need}, ${time.need}.`};
}

// ---------------------------------------------------------------------------
// The reader's own training cost (T1.9's per-token prices)

export interface ModelCostEstimate {
  /** As T1.9's cost table names the model. */
  modelName: string;
  /** Null where the module gives no per-token price (billed by compute hours). */
  usd: number | null;
  /** The module's price text, e.g. "~$3.00/1M training tokens". */
  priceText: string;
  overBudget: boolean;
}

/** Tokens a training run reads: examples × average tokens per example × epochs. */
export function trainingTokens(situation: Situation): number {
  return situation.examples * situation.tokensPerExample * situation.epochs;
}

/** Managed fine-tuning on Azure AI Foundry for this method's Azure method, or null if the method has none. */
export function ownTrainingCost(method: CustomizationMethod, situation: Situation): ModelCostEstimate[] | null {
  if (!method.azureMethod) return null;
  const tokens = trainingTokens(situation);
  const estimates = trainingCostsForMethod(method.azureMethod).map((cost): ModelCostEstimate => {
    const usd = cost.training.kind === 'per-token' ? (tokens / TOKENS_PER_PRICE_UNIT) * cost.training.usdPerMillionTokens : null;
    return {modelName: cost.name, usd, priceText: trainingCostText(cost.training), overBudget: usd !== null && usd > situation.budgetUsd};
  });
  return estimates.length > 0 ? estimates : null;
}

// ---------------------------------------------------------------------------
// The recomputed table

export type RowMarker = 'start-here' | 'next-step' | null;

export interface FitRow extends MethodJudgement {
  method: CustomizationMethod;
  marker: RowMarker;
  ownCost: ModelCostEstimate[] | null;
}

export interface FitTable {
  /** Fitting rows first, each group from least to most effort (the module's order breaks ties). */
  rows: FitRow[];
  startHere: FitRow | null;
  /** The first fitting row after "Start here": where to go if prompts are not enough. */
  nextStep: FitRow | null;
  /** The least-effort method that is the right tool but out of reach (data, budget or time). */
  closestMiss: FitRow | null;
}

export function fitTable(situation: Situation, methods: readonly CustomizationMethod[] = customizationMethods): FitTable {
  const judged = methods.map((method, index) => ({method, index, ...judgeMethod(method, situation)}));
  const byEffort = (a: (typeof judged)[number], b: (typeof judged)[number]) =>
    effortOrder(a.method.effort) - effortOrder(b.method.effort) || a.index - b.index;
  const fitting = judged.filter((row) => row.verdict === 'Fits').sort(byEffort);
  const others = judged.filter((row) => row.verdict !== 'Fits').sort(byEffort);
  const rows: FitRow[] = [...fitting, ...others].map(({method, verdict, reason}, position) => ({
    method,
    verdict,
    reason,
    marker: position === 0 && verdict === 'Fits' ? 'start-here' : position === 1 && verdict === 'Fits' ? 'next-step' : null,
    ownCost: ownTrainingCost(method, situation),
  }));
  return {
    rows,
    startHere: rows.find((row) => row.marker === 'start-here') ?? null,
    nextStep: rows.find((row) => row.marker === 'next-step') ?? null,
    closestMiss: rows.find((row) => row.verdict !== 'Fits' && row.verdict !== 'Wrong tool') ?? null,
  };
}

/** For the page's "how the goals map" table: is the method a candidate for this problem at all? */
export function isRightTool(method: CustomizationMethod, problem: ProblemToday): boolean {
  return method.wrongToolFor[problem] === undefined;
}
