/**
 * A checked training file as the plan keeps it: its summary numbers only, never a line of the file. The checker
 * builds one when the reader presses "Use these numbers"; the plan's permalink carries it as `data.*` keys:
 *
 *   data.format=chat&data.examples=38&data.valid=30&data.invalid=8&data.unique=28&data.exact=1&data.near=1
 *   &data.conflicting=1&data.tokens=4521&data.median=120&data.mean=151&data.p95=410&data.max=512&data.limit=4096
 *   &data.findings=not-json:2,empty-content:1,exact-duplicate:1
 *
 * Pure: no React, no DOM. Reading never throws and never echoes the text it could not read.
 */
import {FINDING_KINDS, type FindingKind} from '@site/src/components/TrainingDataCheck/findings';
import {formatInteger} from '@site/src/utils/numberFormat';

export type DataFormat = 'chat' | 'preference';

export interface DataSummaryNumbers {
  /** The file's format as the checker read it; null when it recognised none. */
  format: DataFormat | null;
  /** Non-blank lines, each meant to be an example. */
  examples: number;
  /** Examples with no error. */
  valid: number;
  invalid: number;
  /** Valid examples that duplicate no earlier one: what T1.6's "How much data?" counts. */
  unique: number;
  exactDuplicates: number;
  nearDuplicates: number;
  /** Examples asking what an earlier one asked, with a different answer. */
  conflicting: number;
  /** Tokens in the valid examples (GPT-4o's tokenizer): one epoch's worth. */
  tokens: number;
  tokensMedian: number;
  tokensMean: number;
  tokensP95: number;
  tokensMax: number;
  /** The context limit the "over the context limit" count was taken at. */
  contextLimit: number;
  /** Findings per kind, as the checker names them; kinds with none are left out. */
  findings: Partial<Record<FindingKind, number>>;
}

type NumberField = Exclude<keyof DataSummaryNumbers, 'format' | 'findings'>;

/** Query keys (without the plan's `data.` prefix), in the order they are written. */
export const DATA_KEYS: Record<NumberField | 'format' | 'findings', string> = {
  format: 'format',
  examples: 'examples',
  valid: 'valid',
  invalid: 'invalid',
  unique: 'unique',
  exactDuplicates: 'exact',
  nearDuplicates: 'near',
  conflicting: 'conflicting',
  tokens: 'tokens',
  tokensMedian: 'median',
  tokensMean: 'mean',
  tokensP95: 'p95',
  tokensMax: 'max',
  contextLimit: 'limit',
  findings: 'findings',
};

const NUMBER_FIELDS = (Object.keys(DATA_KEYS) as (keyof typeof DATA_KEYS)[]).filter(
  (field): field is NumberField => field !== 'format' && field !== 'findings',
);

/** Larger than any file the checker reads (it streams up to a few GB): a count past this is not a file's. */
const MAX_COUNT = 1e12;

function wholeNumber(raw: string | null): number | null {
  if (raw === null || !/^\d{1,13}$/.test(raw.trim())) return null;
  const value = Number(raw.trim());
  return value <= MAX_COUNT ? value : null;
}

export interface ParsedDataSummary {
  /** Null when the part holds no summary (no `valid` count). */
  summary: DataSummaryNumbers | null;
  /** One sentence per value that could not be used, naming its key. */
  messages: string[];
}

/** Reads the keys of a data part (prefix already removed). */
export function parseDataSummary(search: string): ParsedDataSummary {
  const params = new URLSearchParams(search);
  const messages: string[] = [];
  if (![...params.keys()].length) return {summary: null, messages};
  const numbers = {} as Record<NumberField, number>;
  for (const field of NUMBER_FIELDS) {
    const key = DATA_KEYS[field];
    const raw = params.get(key);
    const value = wholeNumber(raw);
    if (value === null && raw !== null) messages.push(`data.${key}: not a whole number; left out.`);
    numbers[field] = value ?? 0;
  }
  if (params.get(DATA_KEYS.valid) === null || wholeNumber(params.get(DATA_KEYS.valid)) === null) {
    messages.push('data: no valid-example count (data.valid), so the file’s summary is left out.');
    return {summary: null, messages};
  }
  const rawFormat = params.get(DATA_KEYS.format);
  const format = rawFormat === 'chat' || rawFormat === 'preference' ? rawFormat : null;
  if (rawFormat !== null && format === null && rawFormat !== 'none') messages.push('data.format: not chat or preference; left out.');

  const findings: Partial<Record<FindingKind, number>> = {};
  const rawFindings = params.get(DATA_KEYS.findings);
  if (rawFindings) {
    let unreadable = 0;
    for (const entry of rawFindings.split(',').slice(0, FINDING_KINDS.length * 2)) {
      const [kind, count] = entry.split(':');
      const value = wholeNumber(count ?? null);
      if ((FINDING_KINDS as readonly string[]).includes(kind) && value !== null) {
        if (value > 0) findings[kind as FindingKind] = value;
      } else {
        unreadable += 1;
      }
    }
    if (unreadable > 0) messages.push(`data.findings: ${formatInteger(unreadable)} ${unreadable === 1 ? 'entry is' : 'entries are'} not a finding kind with a count; left out.`);
  }

  // Counts that cannot hold together are named, not silently fixed: the plan shows what it was given.
  const summary: DataSummaryNumbers = {format, ...numbers, findings};
  if (summary.valid > summary.examples) {
    messages.push('data.valid: more valid examples than examples; using the valid count for both.');
    summary.examples = summary.valid;
  }
  if (summary.unique > summary.valid) {
    messages.push('data.unique: more unique examples than valid ones; using the valid count.');
    summary.unique = summary.valid;
  }
  return {summary, messages};
}

/** The data part's keys and values (prefix not added), in a fixed order. */
export function dataSummaryEntries(summary: DataSummaryNumbers): [string, string][] {
  const entries: [string, string][] = [[DATA_KEYS.format, summary.format ?? 'none']];
  for (const field of NUMBER_FIELDS) entries.push([DATA_KEYS[field], String(Math.max(0, Math.round(summary[field])))]);
  const findings = FINDING_KINDS.filter((kind) => (summary.findings[kind] ?? 0) > 0).map((kind) => `${kind}:${summary.findings[kind]}`);
  if (findings.length > 0) entries.push([DATA_KEYS.findings, findings.join(',')]);
  return entries;
}

/** A stored or linked summary, checked field by field; null when it is not one. */
export function readDataSummary(value: unknown): DataSummaryNumbers | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  const params = new URLSearchParams();
  params.set(DATA_KEYS.format, typeof record.format === 'string' ? record.format : 'none');
  for (const field of NUMBER_FIELDS) if (typeof record[field] === 'number') params.set(DATA_KEYS[field], String(record[field]));
  if (typeof record.findings === 'object' && record.findings !== null) {
    const findings = Object.entries(record.findings as Record<string, unknown>)
      .filter(([, count]) => typeof count === 'number')
      .map(([kind, count]) => `${kind}:${count}`);
    if (findings.length) params.set(DATA_KEYS.findings, findings.join(','));
  }
  const parsed = parseDataSummary(params.toString());
  return parsed.messages.length === 0 ? parsed.summary : null;
}
