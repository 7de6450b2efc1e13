/**
 * The reader's situation in a query string, with a message for every value it had to correct, and the numbers a
 * reader types read the same way:
 *
 *   ?examples=1000&budget=1000&days=30&goal=domain[&tokens=500][&epochs=3]
 */
import type {ProblemToday} from '@site/src/data/customizationMethods';
import {type Situation, type NumericField, FIELD_LIMITS, DEFAULT_SITUATION, PROBLEM_IDS} from './situation';
import {formatCount, formatUsd} from './formatNumbers';

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
