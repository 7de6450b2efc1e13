/**
 * The facts a reader gives once and every widget that uses them reads: what each one is, which values it may take,
 * and where a value can come from. Pure: no React, no DOM.
 */
import {readDataSummary, type DataSummaryNumbers} from './dataSummary';

/** The widgets that take part in the shared scenario, and so the places a value can come from. */
export type WidgetId = 'checker' | 'fit-table' | 'flowchart' | 'calculator' | 'win-rate';

/** Where a value came from: a widget, or a plan someone shared as a link and the reader made their own. */
export type SourceId = WidgetId | 'plan-link';

/** How a widget names where a shared value came from: "from your file, 2,347 valid examples". */
export const SOURCE_LABELS: Record<SourceId, string> = {
  checker: 'from your file',
  'fit-table': 'from the fit table',
  flowchart: 'from the flowchart',
  calculator: 'from the LoRA calculator',
  'win-rate': 'from the win-rate calculator',
  'plan-link': 'from a shared plan',
};

export const SOURCE_IDS = Object.keys(SOURCE_LABELS) as SourceId[];

/** Every fact and the type of its value. */
export interface FactValues {
  /** Labelled examples: the fit table's count, a file's valid examples, the flowchart's data-size answer. */
  examples: number;
  /** Average tokens per example (the fit table's cost assumption; a file's mean). */
  tokensPerExample: number;
  /** Training tokens per epoch (a file's total; the calculator's `tokens` once it plans runs). */
  tokensPerEpoch: number;
  /** Passes over the data (the fit table's; the calculator's once it plans runs). */
  epochs: number;
  /** Tokens per training sequence (the calculator's `seq`; from a file, a length that covers its 95th percentile). */
  seqLength: number;
  /** SFT for chat examples, DPO for preference pairs (the calculator's `objective` once it plans runs). */
  objective: 'sft' | 'dpo';
  /** The fit table's budget in US dollars, days available and what is wrong today. */
  budgetUsd: number;
  days: number;
  goal: string;
  /** The flowchart's answers, comma-separated as in its link. */
  flowAnswers: string;
  /** The LoRA calculator's own query string: every setting it has, read back by its own parser. */
  runQuery: string;
  /** The A/B test's target win rate and power, in percent (the win-rate calculator's `target` and `power`). */
  winTarget: number;
  winPower: number;
  /** A checked file's summary numbers. */
  dataSummary: DataSummaryNumbers;
}

export type FactId = keyof FactValues;

/** Values a fact may hold; anything else read from storage or a link is dropped. Widgets check ranges again. */
const NUMBER_LIMITS: Partial<Record<FactId, {min: number; max: number}>> = {
  examples: {min: 0, max: 1e12},
  tokensPerExample: {min: 1, max: 1e7},
  tokensPerEpoch: {min: 1, max: 1e15},
  epochs: {min: 1, max: 100},
  seqLength: {min: 1, max: 1e7},
  budgetUsd: {min: 0, max: 1e12},
  days: {min: 0, max: 1e5},
  winTarget: {min: 1, max: 99},
  winPower: {min: 1, max: 99},
};

const MAX_TEXT = 4_000;

export const FACT_IDS: readonly FactId[] = [
  'examples',
  'tokensPerExample',
  'tokensPerEpoch',
  'epochs',
  'seqLength',
  'objective',
  'budgetUsd',
  'days',
  'goal',
  'flowAnswers',
  'runQuery',
  'winTarget',
  'winPower',
  'dataSummary',
];

/** A fact's value if it is one this fact can hold, else undefined. */
export function readFactValue<K extends FactId>(id: K, value: unknown): FactValues[K] | undefined {
  const limits = NUMBER_LIMITS[id];
  if (limits) {
    return typeof value === 'number' && Number.isFinite(value) && value >= limits.min && value <= limits.max ? (value as FactValues[K]) : undefined;
  }
  switch (id) {
    case 'objective':
      return value === 'sft' || value === 'dpo' ? (value as FactValues[K]) : undefined;
    case 'goal':
    case 'flowAnswers':
    case 'runQuery':
      return typeof value === 'string' && value.length <= MAX_TEXT ? (value as FactValues[K]) : undefined;
    case 'dataSummary':
      return (readDataSummary(value) ?? undefined) as FactValues[K] | undefined;
    default:
      return undefined;
  }
}

/** Two values of a fact are the same (summaries compared field by field). */
export function sameFactValue<K extends FactId>(id: K, a: FactValues[K] | undefined, b: FactValues[K] | undefined): boolean {
  if (id === 'dataSummary') return JSON.stringify(a) === JSON.stringify(b);
  return a === b;
}
