/**
 * T1.8's "Format compliance … Schema validation … > 98 %": for each model, the share of responses that parse as JSON
 * and validate against the reader's JSON Schema, with the failing prompts. Validates with @cfworker/json-schema, which
 * interprets the schema instead of compiling it to code (Ajv's `new Function` is blocked by this site's
 * Content-Security-Policy, which has no 'unsafe-eval'). Runs in the rater's worker.
 */
import {Validator, type OutputUnit, type SchemaDraft} from '@cfworker/json-schema';
import {quote} from '@site/src/components/TrainingDataCheck/findings';
import type {EvaluationPrompt} from './evaluationFile';
import type {Model} from './ratings';

/** The failures listed per model; the counts are always complete. */
export const MAX_LISTED_FAILURES = 500;

export interface ComplianceFailure {
  /** Index of the prompt in the file's prompts. */
  index: number;
  line: number;
  reason: string;
}

export interface ModelCompliance {
  checked: number;
  parsed: number;
  valid: number;
  failures: ComplianceFailure[];
}

export type ComplianceOutcome = {kind: 'checked'; base: ModelCompliance; fineTuned: ModelCompliance; draft: SchemaDraft} | {kind: 'bad-schema'; message: string};

const DRAFTS: [RegExp, SchemaDraft][] = [
  [/draft-04/, '4'],
  [/draft-07/, '7'],
  [/2019-09/, '2019-09'],
  [/2020-12/, '2020-12'],
];

/** The draft the schema's "$schema" names; 2020-12 when it names none. */
export function schemaDraft(schema: unknown): SchemaDraft {
  const declared = typeof schema === 'object' && schema !== null ? (schema as {$schema?: unknown}).$schema : undefined;
  if (typeof declared === 'string') for (const [pattern, draft] of DRAFTS) if (pattern.test(declared)) return draft;
  return '2020-12';
}

/** Why a response is not JSON, in the rater's words: a fence, prose before it, or where it breaks. */
function notJsonReason(error: unknown, text: string): string {
  const start = text.trimStart();
  if (start.startsWith('```')) return 'Not JSON: it is wrapped in a Markdown code fence.';
  if (!/^[[{"\d-]|^(true|false|null)\b/.test(start)) return `Not JSON: it starts with ${quote(start, 30)}.`;
  const position = /position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
  return position !== undefined ? `Not valid JSON: it breaks at character ${Number(position) + 1} of ${text.length}.` : 'Not valid JSON: it ends in the middle of a value.';
}

/** The most specific error: where in the response, and what the schema asked. */
function describeError(errors: readonly OutputUnit[]): string {
  const last = errors.at(-1);
  if (!last) return 'Does not validate against the schema.';
  const where = last.instanceLocation === '#' ? 'the response' : last.instanceLocation.replace(/^#/, '');
  return `At ${where}: ${last.error}`.slice(0, 300);
}

function checkModel(prompts: readonly EvaluationPrompt[], model: Model, validator: Validator): ModelCompliance {
  const result: ModelCompliance = {checked: 0, parsed: 0, valid: 0, failures: []};
  const fail = (index: number, reason: string) => {
    if (result.failures.length < MAX_LISTED_FAILURES) result.failures.push({index, line: prompts[index].line, reason});
  };
  prompts.forEach((prompt, index) => {
    result.checked++;
    const text = model === 'base' ? prompt.base : prompt.fineTuned;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      return fail(index, notJsonReason(error, text));
    }
    result.parsed++;
    const validation = validator.validate(value);
    if (validation.valid) result.valid++;
    else fail(index, describeError(validation.errors));
  });
  return result;
}

/** Checks both models' responses against the schema text; a schema that is not JSON or not usable gets a message. */
export function checkFormatCompliance(prompts: readonly EvaluationPrompt[], schemaText: string): ComplianceOutcome {
  let schema: unknown;
  try {
    schema = JSON.parse(schemaText);
  } catch (error) {
    return {kind: 'bad-schema', message: `The schema is not JSON: ${notJsonReason(error, schemaText).replace(/^Not (valid )?JSON: /, '')}`};
  }
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
    if (typeof schema !== 'boolean') return {kind: 'bad-schema', message: 'A JSON Schema is an object (or true/false); this is not.'};
  }
  const draft = schemaDraft(schema);
  let validator: Validator;
  try {
    validator = new Validator(schema as object, draft, true);
    // A schema the library cannot use (an unresolvable $ref, say) throws on first use: try it once here.
    validator.validate(null);
  } catch (error) {
    return {kind: 'bad-schema', message: `The schema cannot be used: ${error instanceof Error ? error.message.slice(0, 200) : 'unknown error'}.`};
  }
  return {kind: 'checked', base: checkModel(prompts, 'base', validator), fineTuned: checkModel(prompts, 'fineTuned', validator), draft};
}

export const complianceShare = (model: ModelCompliance) => (model.checked > 0 ? model.valid / model.checked : 0);
