/**
 * "Which of the eight customization methods fits me?" — T1.1's table judged
 * against the reader's situation. Pure: no React, no DOM. Also reads and
 * writes that situation as a query string, with a message for every value it
 * had to correct:
 *
 *   ?examples=1000&budget=1000&days=30&goal=domain[&tokens=500][&epochs=3]
 */
import {
  costText,
  customizationMethods,
  dataNeededText,
  effortOrder,
  effortReading,
  minCostUsd,
  problemsToday,
  tokenMagnitudeWord,
  type CustomizationMethod,
  type ProblemToday,
} from '@site/src/data/customizationMethods';
import {TOKENS_PER_PRICE_UNIT, trainingCostText, trainingCostsForMethod} from '@site/src/data/azureFineTuning';
import {groupThousands} from '@site/src/utils/numberFormat';

// ---------------------------------------------------------------------------
// The reader's situation

export interface Situation {
  /** Labelled examples the reader has. */
  examples: number;
  /** Budget in US dollars. */
  budgetUsd: number;
  /** Whole days available; 0 means less than a day. */
  days: number;
  /** What is wrong today. */
  problem: ProblemToday;
  /** Average tokens per example: prices training and turns "Millions of tokens" into examples. */
  tokensPerExample: number;
  /** Passes over the data in training. */
  epochs: number;
}

export type NumericField = Exclude<keyof Situation, 'problem'>;

export interface FieldLimits {
  min: number;
  max: number;
  /** How the value is named in messages. */
  noun: string;
}

export const FIELD_LIMITS: Record<NumericField, FieldLimits> = {
  examples: {min: 0, max: 100_000_000, noun: 'examples'},
  // A frontier lab's "$100M+" still fits under the top.
  budgetUsd: {min: 0, max: 1_000_000_000, noun: 'budget'},
  // Ten years: past T1.1's longest effort, "Months-Years".
  days: {min: 0, max: 3_650, noun: 'days'},
  tokensPerExample: {min: 1, max: 100_000, noun: 'tokens per example'},
  epochs: {min: 1, max: 10, noun: 'epochs'},
};

/**
 * What the page shows before the reader says anything. 500 tokens is a short
 * chat example like T1.6's (system + user + assistant message); 3 epochs is
 * the top of T1.4's "Train for 1-3 epochs", so the estimate errs high.
 */
export const DEFAULT_SITUATION: Situation = {
  examples: 1_000,
  budgetUsd: 1_000,
  days: 30,
  problem: 'domain',
  tokensPerExample: 500,
  epochs: 3,
};

export const PROBLEM_IDS: readonly ProblemToday[] = problemsToday.map((p) => p.id);

// ---------------------------------------------------------------------------
// Formatting: fixed English separators, so server and browser print the same.

/** 1234567 → "1,234,567". Never prints NaN or Infinity. */
export function formatCount(value: number): string {
  if (!Number.isFinite(value)) return '—';
  const rounded = Math.round(Math.abs(value));
  if (rounded >= 1e21) return `${value < 0 ? '-' : ''}${rounded.toExponential(2)}`;
  return (value < 0 && rounded !== 0 ? '-' : '') + groupThousands(rounded.toFixed(0));
}

/** Dollars: cents below $100 ("$4.50"), whole dollars above ("$3,750"). */
export function formatUsd(value: number): string {
  if (!Number.isFinite(value)) return '—';
  if (value > 0 && value < 0.01) return 'under $0.01';
  if (value < 100 && !Number.isInteger(value)) return `$${value.toFixed(2)}`;
  return `$${formatCount(value)}`;
}

/** 1_500_000 → "1.5M", for token totals. */
export function formatShortCount(value: number): string {
  if (!Number.isFinite(value)) return '—';
  const units: ReadonlyArray<readonly [number, string]> = [
    [1e12, 'T'],
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'K'],
  ];
  for (const [size, suffix] of units) {
    if (value >= size) {
      const scaled = value / size;
      const text = scaled >= 100 ? scaled.toFixed(0) : Number(scaled.toPrecision(3)).toString();
      return `${text}${suffix}`;
    }
  }
  return formatCount(value);
}

function daysText(days: number): string {
  return days === 1 ? '1 day' : `${formatCount(days)} days`;
}

// ---------------------------------------------------------------------------
// Verdicts

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

// ---------------------------------------------------------------------------
// The examples slider: logarithmic, 0 and 1 to 100 million in readable steps

// 1–9 one by one, then ten readable steps per decade.
const DECADE_STEPS = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8] as const;

/** Every value the slider can take, ascending: 0, 1, 2, …, 9, 10, 12, 15, …, 80,000,000, 100,000,000. */
export const EXAMPLES_SLIDER_VALUES: readonly number[] = (() => {
  const values = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
  for (let exponent = 1; 10 ** exponent < FIELD_LIMITS.examples.max; exponent++) {
    for (const step of DECADE_STEPS) values.push(Math.round(step * 10 ** exponent));
  }
  values.push(FIELD_LIMITS.examples.max);
  return values;
})();

export const EXAMPLES_SLIDER_MAX = EXAMPLES_SLIDER_VALUES.length - 1;

export function examplesFromSlider(position: number): number {
  const index = Math.min(EXAMPLES_SLIDER_MAX, Math.max(0, Math.round(Number.isFinite(position) ? position : 0)));
  return EXAMPLES_SLIDER_VALUES[index];
}

/** The slider position nearest to a count, measured on the log scale (0 sits at the far left). */
export function sliderFromExamples(examples: number): number {
  if (!(examples > 0)) return 0;
  let best = 1;
  for (let i = 1; i < EXAMPLES_SLIDER_VALUES.length; i++) {
    if (Math.abs(Math.log(EXAMPLES_SLIDER_VALUES[i] / examples)) < Math.abs(Math.log(EXAMPLES_SLIDER_VALUES[best] / examples))) best = i;
  }
  return best;
}

// ---------------------------------------------------------------------------
// Reading numbers the reader typed or a link carried

// "1000", "1,000", "$1,000", "1.5k", "10K", "2m", "1e5", "-3": ASCII digits only.
const AMOUNT = /^([+-]?)\$?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(e[+-]?\d+)?([kmb])?$/i;
const SUFFIX: Record<string, number> = {k: 1e3, m: 1e6, b: 1e9};

export type AmountReading =
  | {kind: 'empty'}
  | {kind: 'not-a-number'}
  /** A usable value; note says what was changed to get it (clamped, rounded down). */
  | {kind: 'value'; value: number; note: string | null};

function isControlCharacter(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

/** A short, printable excerpt of untrusted input, quoted. Rendered as text, never as HTML. */
export function quoteInput(raw: string): string {
  // Control characters (C0, DEL, C1) print as spaces.
  const printable = [...raw].map((ch) => (isControlCharacter(ch) ? ' ' : ch));
  const excerpt = printable.length > 40 ? `${printable.slice(0, 40).join('')}…` : printable.join('');
  return `“${excerpt}”`;
}

/** Reads one numeric field: clamps to its limits and rounds down to a whole number, saying so. */
export function readAmount(raw: string, field: NumericField): AmountReading {
  const text = raw.replace(/[\s_]/g, '');
  if (text === '') return {kind: 'empty'};
  const match = AMOUNT.exec(text);
  if (!match) return {kind: 'not-a-number'};
  const [, sign, digits, exponent = '', suffix = ''] = match;
  const value = Number(`${sign}${digits.replace(/,/g, '')}${exponent}`) * (suffix ? SUFFIX[suffix.toLowerCase()] : 1);
  if (Number.isNaN(value)) return {kind: 'not-a-number'};
  const {min, max} = FIELD_LIMITS[field];
  const shown = quoteInput(raw.trim());
  if (value < min) return {kind: 'value', value: min, note: `${shown} is below ${formatCount(min)}; using ${formatCount(min)}.`};
  if (value > max) return {kind: 'value', value: max, note: `${shown} is above ${formatCount(max)}; using ${formatCount(max)}.`};
  const whole = Math.floor(value);
  if (whole !== value) return {kind: 'value', value: whole, note: `${shown} is not a whole number; using ${formatCount(whole)}.`};
  return {kind: 'value', value, note: null};
}

// ---------------------------------------------------------------------------
// The query string

/** Query keys, in the order they are written. */
export const QUERY_KEYS: Record<keyof Situation, string> = {
  examples: 'examples',
  budgetUsd: 'budget',
  days: 'days',
  problem: 'goal',
  tokensPerExample: 'tokens',
  epochs: 'epochs',
};

/** Written only when they differ from the defaults: the four keys stay the whole link in the usual case. */
const OPTIONAL_KEYS: readonly NumericField[] = ['tokensPerExample', 'epochs'];

export interface ParsedSituation {
  situation: Situation;
  /** One sentence per value that was corrected or ignored, naming its key. */
  messages: string[];
}

function describeDefault(field: NumericField): string {
  return field === 'budgetUsd' ? formatUsd(DEFAULT_SITUATION.budgetUsd) : formatCount(DEFAULT_SITUATION[field]);
}

/** Reads a query string (with or without "?") into a valid situation and messages. Never throws. */
export function parseSituationQuery(search: string): ParsedSituation {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  const situation: Situation = {...DEFAULT_SITUATION};
  const messages: string[] = [];

  const read = (key: string): string | undefined => {
    const all = params.getAll(key);
    if (all.length === 0) return undefined;
    if (all.length > 1) messages.push(`${key}: given ${all.length} times; the first is used.`);
    return all[0];
  };

  for (const field of ['examples', 'budgetUsd', 'days', 'tokensPerExample', 'epochs'] as const) {
    const key = QUERY_KEYS[field];
    const raw = read(key);
    if (raw === undefined) continue;
    const reading = readAmount(raw, field);
    if (reading.kind === 'value') {
      situation[field] = reading.value;
      if (reading.note) messages.push(`${key}: ${reading.note}`);
    } else {
      // URL text is not echoed back: the message names the parameter only.
      const what = reading.kind === 'empty' ? 'is empty' : 'is not a number';
      messages.push(`${key}: ${what}; using the default, ${describeDefault(field)}.`);
    }
  }

  const rawGoal = read(QUERY_KEYS.problem);
  if (rawGoal !== undefined) {
    const goal = rawGoal.trim().toLowerCase();
    if ((PROBLEM_IDS as readonly string[]).includes(goal)) situation.problem = goal as ProblemToday;
    else messages.push(`goal: not one of ${PROBLEM_IDS.join(', ')}; using ${DEFAULT_SITUATION.problem}.`);
  }

  return {situation, messages};
}

/** The query string with the situation written in; other parameters are kept. */
export function mergeSituationIntoSearch(search: string, situation: Situation): string {
  const params = new URLSearchParams(search);
  for (const field of Object.keys(QUERY_KEYS) as (keyof Situation)[]) {
    const key = QUERY_KEYS[field];
    const isOptional = (OPTIONAL_KEYS as readonly string[]).includes(field);
    if (isOptional && situation[field] === DEFAULT_SITUATION[field]) params.delete(key);
    else params.set(key, String(situation[field]));
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}
