/**
 * A rater's ratings, unblinded, as CSV (for a spreadsheet) or JSONL (for a script), and those exports read back in to
 * combine several raters of the same file. CSV is written and read by Papa Parse, which quotes every awkward cell and
 * defuses cells a spreadsheet would run as formulas.
 */
import Papa from 'papaparse';
import {abCriteria, type CriterionId} from '@site/src/data/evaluation';
import {effectivePreference, firstShown, isValidScore, type Model, type Preference, type RatingSession} from './ratings';
import type {EvaluationPrompt} from './evaluationFile';

const MODEL_KEYS: Record<Model, string> = {base: 'base', fineTuned: 'fine_tuned'};
const PREFERENCE_KEYS: Record<Preference, string> = {base: 'base', fineTuned: 'fine_tuned', tie: 'tie'};

export interface ExportRow {
  file: string;
  rater: string;
  seed: number;
  /** 1-based position among the file's prompts. */
  prompt: number;
  line: number;
  shown_first: string;
  scores: Record<string, Record<CriterionId, number | null>>;
  /** The preference that counts (marked, else by total score); empty while undecided. */
  preference: string;
  preference_marked: boolean;
  prompt_text: string;
}

export function exportRows(session: RatingSession, prompts: readonly EvaluationPrompt[], fingerprint: string): ExportRow[] {
  const rows: ExportRow[] = [];
  prompts.forEach((prompt, index) => {
    const rating = session.ratings[index];
    if (rating === undefined) return;
    const scores: ExportRow['scores'] = {};
    for (const model of ['base', 'fineTuned'] as const) {
      scores[MODEL_KEYS[model]] = Object.fromEntries(abCriteria.map((c, i) => [c.id, isValidScore(rating[model][i]) ? rating[model][i] : null])) as Record<CriterionId, number | null>;
    }
    const preference = effectivePreference(rating);
    rows.push({
      file: fingerprint,
      rater: session.rater,
      seed: session.seed,
      prompt: index + 1,
      line: prompt.line,
      shown_first: MODEL_KEYS[firstShown(session.seed, index)],
      scores,
      preference: preference ? PREFERENCE_KEYS[preference] : '',
      preference_marked: rating.preference !== null,
      prompt_text: prompt.prompt,
    });
  });
  return rows;
}

export const toJsonl = (rows: readonly ExportRow[]) => rows.map((row) => JSON.stringify(row)).join('\n') + (rows.length ? '\n' : '');

const SCORE_COLUMNS = (['base', 'fineTuned'] as const).flatMap((model) => abCriteria.map((c) => `${MODEL_KEYS[model]}_${c.id}`));
const CSV_COLUMNS = ['file', 'rater', 'seed', 'prompt', 'line', 'shown_first', ...SCORE_COLUMNS, 'preference', 'preference_marked', 'prompt_text'];

/** Papa Parse's own test (`escapeFormulae: true`) misses a multi-line cell: its pattern's "." stops at the newline. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function toCsv(rows: readonly ExportRow[]): string {
  const flat = rows.map((row) => {
    const {scores, ...rest} = row;
    const cells: Record<string, unknown> = {...rest};
    for (const model of ['base', 'fineTuned'] as const) for (const c of abCriteria) cells[`${MODEL_KEYS[model]}_${c.id}`] = scores[MODEL_KEYS[model]][c.id] ?? '';
    return cells;
  });
  return Papa.unparse({fields: CSV_COLUMNS, data: flat.map((cells) => CSV_COLUMNS.map((column) => cells[column]))}, {escapeFormulae: FORMULA_START}) + '\n';
}

// ---------------------------------------------------------------------------
// Reading exports back

export interface ImportedRating {
  base: (number | null)[];
  fineTuned: (number | null)[];
  preference: Preference | null;
}

export interface ImportedRater {
  /** The rater's name from the export, else the file's name. */
  name: string;
  file: string;
  /** By 1-based prompt number. */
  ratings: Map<number, ImportedRating>;
  promptTexts: Map<number, string>;
}

export type ImportOutcome = {kind: 'rater'; rater: ImportedRater; skipped: number} | {kind: 'problem'; message: string};

function readScore(value: unknown): number | null {
  const score = typeof value === 'string' ? (value.trim() === '' ? NaN : Number(value)) : typeof value === 'number' ? value : NaN;
  return isValidScore(score) ? score : null;
}

function readPreference(value: unknown): Preference | null {
  const found = (Object.keys(PREFERENCE_KEYS) as Preference[]).find((key) => PREFERENCE_KEYS[key] === value);
  return found ?? null;
}

/** Rows as plain objects, from either format: JSONL when the text starts with "{", CSV otherwise. */
function parseRows(text: string): Record<string, unknown>[] | string {
  if (text.trimStart().startsWith('{')) {
    const rows: Record<string, unknown>[] = [];
    for (const [i, line] of text.split(/\r?\n/).entries()) {
      if (line.trim() === '') continue;
      try {
        const value: unknown = JSON.parse(line);
        if (typeof value !== 'object' || value === null || Array.isArray(value)) return `line ${i + 1} is not an object`;
        const {scores, ...rest} = value as Record<string, unknown>;
        const flat: Record<string, unknown> = {...rest};
        if (typeof scores === 'object' && scores !== null) {
          for (const [model, byCriterion] of Object.entries(scores as Record<string, unknown>)) {
            if (typeof byCriterion === 'object' && byCriterion !== null) for (const [criterion, score] of Object.entries(byCriterion)) flat[`${model}_${criterion}`] = score;
          }
        }
        rows.push(flat);
      } catch {
        return `line ${i + 1} is not valid JSON`;
      }
    }
    return rows;
  }
  const parsed = Papa.parse<Record<string, string>>(text, {header: true, skipEmptyLines: true});
  if (!parsed.meta.fields?.includes('prompt') || !parsed.meta.fields.includes('file')) return 'it has no “file” and “prompt” columns';
  return parsed.data;
}

/** One rater's export, as this page writes it. `fileName` names the rater when the export does not. */
export function readExport(text: string, fileName: string): ImportOutcome {
  if (text.trim() === '') return {kind: 'problem', message: `${fileName} has no ratings in it.`};
  const rows = parseRows(text);
  if (typeof rows === 'string') return {kind: 'problem', message: `${fileName} is not a ratings export from this page: ${rows}.`};
  if (rows.length === 0) return {kind: 'problem', message: `${fileName} has no ratings in it.`};
  const file = String(rows[0].file ?? '');
  const ratings = new Map<number, ImportedRating>();
  const promptTexts = new Map<number, string>();
  let skipped = 0;
  for (const row of rows) {
    const prompt = Number(row.prompt);
    if (String(row.file ?? '') !== file) return {kind: 'problem', message: `${fileName} mixes ratings of different files.`};
    if (!Number.isInteger(prompt) || prompt < 1) {
      skipped++;
      continue;
    }
    const scores = (model: Model) => abCriteria.map((c) => readScore(row[`${MODEL_KEYS[model]}_${c.id}`]));
    ratings.set(prompt, {base: scores('base'), fineTuned: scores('fineTuned'), preference: readPreference(row.preference)});
    if (typeof row.prompt_text === 'string') promptTexts.set(prompt, row.prompt_text.replace(/^'(?=[=+\-@\t\r])/, ''));
  }
  if (file === '' || ratings.size === 0) return {kind: 'problem', message: `${fileName} is not a ratings export from this page: no file fingerprint or prompt numbers.`};
  const named = typeof rows[0].rater === 'string' ? rows[0].rater.trim() : '';
  return {kind: 'rater', rater: {name: named || fileName, file, ratings, promptTexts}, skipped};
}
