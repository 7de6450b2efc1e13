/**
 * The rater's input: a JSONL file with one test prompt per line,
 *   {"prompt": "…", "base": "…", "fine_tuned": "…", "reference": "…"}   (reference optional)
 * read line by line into prompts, and a plain message for every line that cannot be one. Pure; the stream reading
 * lives in readEvaluationFile.ts.
 */
import {describeType, jsonErrorReason} from '@site/src/components/TrainingDataCheck/checkLine';
import {quote} from '@site/src/components/TrainingDataCheck/findings';
import type {SplitLine} from '@site/src/components/TrainingDataCheck/lines';

export interface EvaluationPrompt {
  /** 1-based line in the file. */
  line: number;
  prompt: string;
  base: string;
  fineTuned: string;
  /** The expected answer, when the file gives one. */
  reference: string | null;
}

export interface LineProblem {
  line: number;
  /** An error drops the line; a warning keeps it. */
  severity: 'error' | 'warning';
  /** A plain sentence; any text quoted from the file is cut short and only ever shown as text. */
  reason: string;
}

const REQUIRED = [
  ['prompt', 'prompt'],
  ['base', 'base'],
  ['fine_tuned', 'fineTuned'],
] as const;
const KNOWN_KEYS = new Set(['prompt', 'base', 'fine_tuned', 'reference', 'id']);

export type LineReading = {kind: 'blank'} | {kind: 'prompt'; prompt: EvaluationPrompt; warnings: LineProblem[]} | {kind: 'problem'; problem: LineProblem};

/** One line of the file. Never throws. */
export function readEvaluationLine(split: SplitLine): LineReading {
  const {number: line} = split;
  const error = (reason: string): LineReading => ({kind: 'problem', problem: {line, severity: 'error', reason}});
  if ('overlongChars' in split) return error(`The line is ${split.overlongChars.toLocaleString('en-US')} characters long, more than this page reads in one line.`);
  const text = split.text;
  if (text.trim() === '') return {kind: 'blank'};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (parseError) {
    return error(jsonErrorReason(parseError, text));
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return error(`The line is ${describeType(value)}, not an object with “prompt”, “base” and “fine_tuned”.`);
  const record = value as Record<string, unknown>;
  const fields: Partial<Record<'prompt' | 'base' | 'fineTuned', string>> = {};
  for (const [key, name] of REQUIRED) {
    const field = record[key];
    if (field === undefined) {
      const near = Object.keys(record).find((other) => other.toLowerCase().replace(/[^a-z]/g, '') === key.replace('_', ''));
      return error(`No “${key}”${near && near !== key ? ` (there is ${quote(near, 30)}: the key must be spelled “${key}”)` : ''}.`);
    }
    if (typeof field !== 'string') return error(`“${key}” is ${describeType(field)}; it must be text (a JSON string).`);
    if (field.trim() === '') return error(`“${key}” is empty.`);
    fields[name] = field;
  }
  const reference = record.reference;
  const warnings: LineProblem[] = [];
  if (reference !== undefined && reference !== null && typeof reference !== 'string') {
    warnings.push({line, severity: 'warning', reason: `“reference” is ${describeType(reference)}, not text; it is not shown.`});
  }
  const unknown = Object.keys(record).filter((key) => !KNOWN_KEYS.has(key));
  if (unknown.length > 0) warnings.push({line, severity: 'warning', reason: `Ignored key${unknown.length > 1 ? 's' : ''} ${unknown.slice(0, 3).map((key) => quote(key, 30)).join(', ')}${unknown.length > 3 ? ` and ${unknown.length - 3} more` : ''}.`});
  if (fields.base === fields.fineTuned) warnings.push({line, severity: 'warning', reason: 'The two responses are identical: whichever is preferred, this prompt is a tie.'});
  return {
    kind: 'prompt',
    prompt: {line, prompt: fields.prompt!, base: fields.base!, fineTuned: fields.fineTuned!, reference: typeof reference === 'string' && reference.trim() !== '' ? reference : null},
    warnings,
  };
}
