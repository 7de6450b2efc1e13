/**
 * The reader's progress as data: every question's first and latest answer, per
 * section, and the module check's answers for its seed. The first answer is
 * the one that counts for the score; the latest is what the page shows again
 * after a reload. Pure: text in, text out; reading never throws, whatever the
 * browser's storage holds.
 */
import type {Answer} from './grading';

export interface StoredAnswer {
  first: Answer;
  firstRight: boolean;
  last: Answer;
  lastRight: boolean;
}

export interface SectionProgress {
  /** Questions the section had when last answered: what the sidebar counts against. */
  total: number;
  answers: Record<string, StoredAnswer>;
}

export interface CheckProgress {
  seed: number;
  /** Keyed "section/question". */
  answers: Record<string, StoredAnswer>;
}

export interface Progress {
  sections: Record<string, SectionProgress>;
  check: CheckProgress | null;
}

export const emptyProgress = (): Progress => ({sections: {}, check: null});

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function readAnswerValue(value: unknown): Answer | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (Array.isArray(value) && value.every((id) => typeof id === 'string')) return value as string[];
  return null;
}

function readStoredAnswer(value: unknown): StoredAnswer | null {
  if (!isRecord(value)) return null;
  const first = readAnswerValue(value.first);
  const last = readAnswerValue(value.last);
  if (first === null || last === null || typeof value.firstRight !== 'boolean' || typeof value.lastRight !== 'boolean') return null;
  return {first, firstRight: value.firstRight, last, lastRight: value.lastRight};
}

function readAnswers(value: unknown): Record<string, StoredAnswer> {
  const answers: Record<string, StoredAnswer> = {};
  if (!isRecord(value)) return answers;
  for (const [id, raw] of Object.entries(value)) {
    const answer = readStoredAnswer(raw);
    if (answer) answers[id] = answer;
  }
  return answers;
}

/** Stored text → progress. Anything malformed is dropped, entry by entry; nothing throws. */
export function parseProgress(text: string | null): Progress {
  if (!text) return emptyProgress();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return emptyProgress();
  }
  if (!isRecord(data)) return emptyProgress();
  const sections: Record<string, SectionProgress> = {};
  if (isRecord(data.sections)) {
    for (const [id, raw] of Object.entries(data.sections)) {
      if (!isRecord(raw) || typeof raw.total !== 'number' || !(raw.total >= 0)) continue;
      sections[id] = {total: Math.floor(raw.total), answers: readAnswers(raw.answers)};
    }
  }
  const check = isRecord(data.check) && Number.isInteger(data.check.seed) ? {seed: data.check.seed as number, answers: readAnswers(data.check.answers)} : null;
  return {sections, check};
}

export function serializeProgress(progress: Progress): string {
  return JSON.stringify(progress);
}

function withAnswer(previous: StoredAnswer | undefined, answer: Answer, right: boolean): StoredAnswer {
  return previous ? {...previous, last: answer, lastRight: right} : {first: answer, firstRight: right, last: answer, lastRight: right};
}

/**
 * Records an answer to a section's question. The first answer is kept for the
 * score; `questionIds` (the section's questions now) prunes answers to
 * questions that no longer exist and sets the total.
 */
export function recordSectionAnswer(
  progress: Progress,
  section: string,
  questionIds: readonly string[],
  questionId: string,
  answer: Answer,
  right: boolean,
): Progress {
  const answers: Record<string, StoredAnswer> = {};
  const before = progress.sections[section]?.answers ?? {};
  for (const id of questionIds) if (before[id]) answers[id] = before[id];
  answers[questionId] = withAnswer(before[questionId], answer, right);
  return {...progress, sections: {...progress.sections, [section]: {total: questionIds.length, answers}}};
}

/** Records an answer in the module check; a different seed starts a new check. */
export function recordCheckAnswer(progress: Progress, seed: number, key: string, answer: Answer, right: boolean): Progress {
  const answers = progress.check?.seed === seed ? progress.check.answers : {};
  return {...progress, check: {seed, answers: {...answers, [key]: withAnswer(answers[key], answer, right)}}};
}

export function clearSection(progress: Progress, section: string): Progress {
  const sections = {...progress.sections};
  delete sections[section];
  return {...progress, sections};
}

export function clearCheck(progress: Progress): Progress {
  return {...progress, check: null};
}

export interface Score {
  answered: number;
  /** Right on the first try. */
  right: number;
  total: number;
}

/** A set of questions' score: answers to questions not in `questionIds` do not count. */
export function scoreOf(answers: Record<string, StoredAnswer> | undefined, questionIds: readonly string[]): Score {
  let answered = 0;
  let right = 0;
  for (const id of questionIds) {
    const answer = answers?.[id];
    if (!answer) continue;
    answered++;
    if (answer.firstRight) right++;
  }
  return {answered, right, total: questionIds.length};
}

export interface SectionSummary extends Score {
  section: string;
}

export interface ModuleSummary {
  sections: SectionSummary[];
  /** Sections whose every question has been answered. */
  sectionsChecked: number;
  answered: number;
  right: number;
  total: number;
  /** Checked or started sections with a question wrong on the first try, or not yet answered. */
  toRevisit: SectionSummary[];
  notStarted: SectionSummary[];
}

export function moduleSummary(progress: Progress, sections: readonly {section: string; questionIds: readonly string[]}[]): ModuleSummary {
  const scored = sections.map(({section, questionIds}) => ({section, ...scoreOf(progress.sections[section]?.answers, questionIds)}));
  return {
    sections: scored,
    sectionsChecked: scored.filter((s) => s.total > 0 && s.answered === s.total).length,
    answered: scored.reduce((sum, s) => sum + s.answered, 0),
    right: scored.reduce((sum, s) => sum + s.right, 0),
    total: scored.reduce((sum, s) => sum + s.total, 0),
    toRevisit: scored.filter((s) => s.answered > 0 && s.right < s.total),
    notStarted: scored.filter((s) => s.answered === 0),
  };
}
