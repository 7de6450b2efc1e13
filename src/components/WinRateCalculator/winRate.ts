/**
 * "Is the difference real?": an A/B result (wins, losses, ties) read as the fine-tuned model's win rate with its 95 %
 * interval, the exact test against 50 % and a verdict in words against T1.8's "> 60 % prefer fine-tuned"; and the
 * plan for a test that would show a given win rate. Pure: the component and the blind rater's results both call it.
 *
 *   ?wins=60&losses=40&ties=0&target=60&power=80
 */
import {preferenceTarget} from '@site/src/data/evaluation';
import {readWholeNumber} from '@site/src/components/TrainingDataCheck/settings';
import {formatInteger} from '@site/src/utils/numberFormat';
import {exactBinomialPValue, promptsNeeded, SIGNIFICANCE, wilsonInterval, type Interval, type PlannedTrials} from '@site/src/utils/statistics/preferenceTest';

export interface CalculatorInputs {
  /** Prompts where the fine-tuned model's response was preferred. */
  wins: number;
  /** Prompts where the base model's response was preferred. */
  losses: number;
  /** Prompts judged a tie; left out of the test, as is usual for a sign test. */
  ties: number;
  /** The win rate to judge against and to plan for, in percent. */
  targetPercent: number;
  /** The chance the planned test shows that rate, in percent. */
  powerPercent: number;
}

export type CalculatorField = keyof CalculatorInputs;

export const DEFAULT_INPUTS: CalculatorInputs = {
  // The module's own example: 60 of 100 prefer the fine-tuned model.
  wins: 60,
  losses: 40,
  ties: 0,
  targetPercent: Math.round(preferenceTarget * 100),
  // The usual planning power (Cohen 1988).
  powerPercent: 80,
};

export const LIMITS: Record<CalculatorField, {min: number; max: number}> = {
  wins: {min: 0, max: 1_000_000},
  losses: {min: 0, max: 1_000_000},
  ties: {min: 0, max: 1_000_000},
  // Planning for 50 % has nothing to show; at 51 % the exact test needs about 19,600 decisive prompts.
  targetPercent: {min: 51, max: 99},
  powerPercent: {min: 50, max: 99},
};

export const QUERY_KEYS: Record<CalculatorField, string> = {wins: 'wins', losses: 'losses', ties: 'ties', targetPercent: 'target', powerPercent: 'power'};

// ---------------------------------------------------------------------------
// Reading and writing the query string

export interface ParsedInputs {
  inputs: CalculatorInputs;
  /** One sentence per value that was corrected or ignored, naming its key; the URL's text is never echoed. */
  messages: string[];
}

export function parseCalculatorQuery(search: string): ParsedInputs {
  const params = new URLSearchParams(search);
  const inputs = {...DEFAULT_INPUTS};
  const messages: string[] = [];
  for (const field of Object.keys(QUERY_KEYS) as CalculatorField[]) {
    const key = QUERY_KEYS[field];
    const all = params.getAll(key);
    if (all.length === 0) continue;
    if (all.length > 1) messages.push(`${key}: given ${all.length} times; the first is used.`);
    const reading = readWholeNumber(all[0], LIMITS[field]);
    if (reading.kind === 'value') {
      inputs[field] = reading.value;
      if (reading.note) messages.push(`${key}: ${reading.note}.`);
    } else {
      messages.push(`${key}: ${reading.reason}; using ${formatInteger(DEFAULT_INPUTS[field])}.`);
    }
  }
  return {inputs, messages};
}

/** The query with the inputs written in (target and power only when not the defaults); other parameters are kept. */
export function mergeCalculatorIntoSearch(search: string, inputs: CalculatorInputs): string {
  const params = new URLSearchParams(search);
  for (const field of Object.keys(QUERY_KEYS) as CalculatorField[]) {
    const optional = field === 'targetPercent' || field === 'powerPercent';
    if (optional && inputs[field] === DEFAULT_INPUTS[field]) params.delete(QUERY_KEYS[field]);
    else params.set(QUERY_KEYS[field], String(inputs[field]));
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

// ---------------------------------------------------------------------------
// The figures

/** 0.6 → "60.0%"; null → "—". */
export function formatRate(rate: number | null, decimals = 1): string {
  return rate === null || !Number.isFinite(rate) ? '—' : `${(rate * 100).toFixed(decimals)}%`;
}

/** p-values as papers print them: 0.057, 0.0035, < 0.0001. */
export function formatPValue(p: number): string {
  if (!Number.isFinite(p)) return '—';
  if (p < 0.0001) return '< 0.0001';
  if (p >= 0.01) return p.toFixed(3);
  return p.toPrecision(2);
}

export type VerdictTone = 'none' | 'not-shown' | 'base-preferred' | 'below-target' | 'target-unsure' | 'target-met';

export interface Verdict {
  tone: VerdictTone;
  sentence: string;
}

export interface PromptsAtRate {
  /** Decisive prompts (wins plus losses). */
  decisive: number;
  /** All prompts, with ties as common as in this result. */
  prompts: number;
}

export interface CalculatorResult {
  decisive: number;
  /** wins / (wins + losses); null without decisive prompts. */
  winRate: number | null;
  interval: Interval | null;
  pValue: number;
  significant: boolean;
  /** What it would take to show the observed win rate (80 % power or the reader's), or null when it is not above 50 %. */
  neededAtObservedRate: PromptsAtRate | null;
  verdict: Verdict;
}

function promptsAt(rate: number, inputs: CalculatorInputs): PromptsAtRate | null {
  const plan = promptsNeeded(rate, inputs.powerPercent / 100);
  if (plan === null || plan.trials === null) return null;
  const total = inputs.wins + inputs.losses + inputs.ties;
  const decisiveShare = total > 0 ? (inputs.wins + inputs.losses) / total : 1;
  return {decisive: plan.trials, prompts: Math.ceil(plan.trials / decisiveShare)};
}

function promptsPhrase(needed: PromptsAtRate): string {
  return needed.prompts === needed.decisive
    ? `about ${formatInteger(needed.prompts)} prompts would be`
    : `about ${formatInteger(needed.prompts)} prompts would be (${formatInteger(needed.decisive)} that are not ties)`;
}

function verdictFor(inputs: CalculatorInputs, result: Omit<CalculatorResult, 'verdict'>): Verdict {
  const {wins} = inputs;
  const {decisive, winRate, interval, pValue, significant} = result;
  const target = inputs.targetPercent / 100;
  const targetText = `T1.8’s > ${inputs.targetPercent}% target`;
  const p = `p = ${formatPValue(pValue)}`;
  if (winRate === null || interval === null) {
    return {tone: 'none', sentence: 'Enter how many prompts each model won: ties alone say nothing about which is preferred.'};
  }
  const record = `${formatInteger(wins)} of ${formatInteger(decisive)}`;
  if (!significant) {
    if (winRate <= 0.5) {
      return {tone: 'not-shown', sentence: `No sign that the fine-tuned model is preferred: it won ${record} (${p}).`};
    }
    const needed = result.neededAtObservedRate;
    const more = needed ? `; at this rate (${formatRate(winRate)}), ${promptsPhrase(needed)}.` : '.';
    return {tone: 'not-shown', sentence: `${record} is not enough to say the fine-tuned model is preferred (${p}, above ${SIGNIFICANCE})${more}`};
  }
  if (winRate < 0.5) {
    return {tone: 'base-preferred', sentence: `The base model is preferred: the fine-tuned model won only ${record} (${p}).`};
  }
  if (winRate <= target) {
    return {
      tone: 'below-target',
      sentence: `The fine-tuned model is preferred (${p}), but its win rate, ${formatRate(winRate)}, is not above ${targetText}.`,
    };
  }
  if (interval.low <= target) {
    return {
      tone: 'target-unsure',
      sentence: `The fine-tuned model is preferred (${p}) and wins ${formatRate(winRate)}, above ${targetText}; but the 95% interval reaches down to ${formatRate(interval.low)}, so more prompts are needed to show the target is met.`,
    };
  }
  return {
    tone: 'target-met',
    sentence: `The fine-tuned model is preferred (${p}) and meets ${targetText}: the whole 95% interval, ${formatRate(interval.low)} to ${formatRate(interval.high)}, is above ${inputs.targetPercent}%.`,
  };
}

/** The observed result's figures and verdict. */
export function judgeResult(inputs: CalculatorInputs): CalculatorResult {
  const decisive = inputs.wins + inputs.losses;
  const winRate = decisive > 0 ? inputs.wins / decisive : null;
  const pValue = exactBinomialPValue(inputs.wins, decisive);
  const partial = {
    decisive,
    winRate,
    interval: wilsonInterval(inputs.wins, decisive),
    pValue,
    significant: decisive > 0 && pValue <= SIGNIFICANCE,
    neededAtObservedRate: winRate !== null && winRate > 0.5 ? promptsAt(winRate, inputs) : null,
  };
  return {...partial, verdict: verdictFor(inputs, partial)};
}

/** Decisive prompts needed to show the target win rate at 5 % with the reader's power. Depends on those two alone. */
export function planTest(targetPercent: number, powerPercent: number): PlannedTrials | null {
  return promptsNeeded(targetPercent / 100, powerPercent / 100);
}
