/**
 * A rater's work on one file: the seed that hides which response is which, the 1–5 scores of each response on T1.8's
 * four criteria, and an optional preference. Pure: storage and the screen live elsewhere.
 */
import {abCriteria, scoreScale} from '@site/src/data/evaluation';
import {hash53} from '@site/src/components/TrainingDataCheck/hash';

export type Model = 'base' | 'fineTuned';
export type Preference = Model | 'tie';
/** Where a response appears on the screen. */
export type Slot = 1 | 2;

export const CRITERIA_COUNT = abCriteria.length;

/** Scores by criterion in abCriteria's order; 0 is "not scored yet". */
export type Scores = readonly number[];

export interface PromptRating {
  base: Scores;
  fineTuned: Scores;
  /** The rater's marked preference; null when none was marked (the totals decide). */
  preference: Preference | null;
}

export interface RatingSession {
  /** Randomizes the order of the two responses of every prompt. */
  seed: number;
  /** Ratings by prompt index (order in the file); missing ones are unrated. */
  ratings: ReadonlyArray<PromptRating | undefined>;
  /** The prompt on screen. */
  current: number;
  unblinded: boolean;
  /** Goes into the export, to tell raters apart. */
  rater: string;
}

export const EMPTY_SCORES: Scores = Array.from({length: CRITERIA_COUNT}, () => 0);
export const EMPTY_RATING: PromptRating = {base: EMPTY_SCORES, fineTuned: EMPTY_SCORES, preference: null};

export function newSession(seed: number): RatingSession {
  return {seed: seed >>> 0, ratings: [], current: 0, unblinded: false, rater: ''};
}

/** Which model's response is shown first for this prompt: a hash of seed and index, so a reload shows the same order. */
export function firstShown(seed: number, index: number): Model {
  return hash53(`${seed}:${index}`) % 2 === 0 ? 'base' : 'fineTuned';
}

export function modelInSlot(seed: number, index: number, slot: Slot): Model {
  const first = firstShown(seed, index);
  if (slot === 1) return first;
  return first === 'base' ? 'fineTuned' : 'base';
}

export const isValidScore = (score: number) => Number.isInteger(score) && score >= scoreScale.min && score <= scoreScale.max;

/** Every criterion scored for both responses. */
export function isComplete(rating: PromptRating | undefined): boolean {
  return rating !== undefined && rating.base.every(isValidScore) && rating.fineTuned.every(isValidScore);
}

export function ratedCount(session: RatingSession, prompts: number): number {
  let count = 0;
  for (let i = 0; i < prompts; i++) if (isComplete(session.ratings[i])) count++;
  return count;
}

/** The first unrated prompt after `from` (wrapping round), or null when all are rated. */
export function nextUnrated(session: RatingSession, prompts: number, from: number): number | null {
  for (let step = 1; step <= prompts; step++) {
    const index = (from + step) % prompts;
    if (!isComplete(session.ratings[index])) return index;
  }
  return null;
}

const total = (scores: Scores) => scores.reduce((sum, score) => sum + score, 0);

/** The preference that counts: the one marked, else the higher total score, else a tie; null while incomplete and unmarked. */
export function effectivePreference(rating: PromptRating | undefined): Preference | null {
  if (rating === undefined) return null;
  if (rating.preference !== null) return rating.preference;
  if (!isComplete(rating)) return null;
  const difference = total(rating.fineTuned) - total(rating.base);
  return difference > 0 ? 'fineTuned' : difference < 0 ? 'base' : 'tie';
}

function withRating(session: RatingSession, index: number, change: (rating: PromptRating) => PromptRating): RatingSession {
  const ratings = session.ratings.slice();
  ratings[index] = change(ratings[index] ?? EMPTY_RATING);
  return {...session, ratings};
}

/** Sets one score of the response in `slot` of prompt `index`. */
export function setScore(session: RatingSession, index: number, slot: Slot, criterion: number, score: number): RatingSession {
  if (!isValidScore(score) || criterion < 0 || criterion >= CRITERIA_COUNT) return session;
  const model = modelInSlot(session.seed, index, slot);
  return withRating(session, index, (rating) => ({...rating, [model]: rating[model].map((old, i) => (i === criterion ? score : old))}));
}

/** Marks which response is better, by screen slot (or a tie); null clears the mark. */
export function setPreference(session: RatingSession, index: number, choice: Slot | 'tie' | null): RatingSession {
  const preference = choice === null || choice === 'tie' ? choice : modelInSlot(session.seed, index, choice);
  return withRating(session, index, (rating) => ({...rating, preference}));
}

export function moveTo(session: RatingSession, index: number, prompts: number): RatingSession {
  const current = Math.min(Math.max(0, index), Math.max(0, prompts - 1));
  return current === session.current ? session : {...session, current};
}

// ---------------------------------------------------------------------------
// Compact form for storage: "45344533f" per prompt (base scores, fine-tuned scores, preference b/f/t/-).

const PREFERENCE_CODES: Record<Preference, string> = {base: 'b', fineTuned: 'f', tie: 't'};

export function encodeRating(rating: PromptRating | undefined): string {
  if (rating === undefined) return '';
  return `${rating.base.join('')}${rating.fineTuned.join('')}${rating.preference ? PREFERENCE_CODES[rating.preference] : '-'}`;
}

/** Reads a stored rating; anything malformed reads as unrated. */
export function decodeRating(code: unknown): PromptRating | undefined {
  if (typeof code !== 'string' || !new RegExp(`^[0-${scoreScale.max}]{${CRITERIA_COUNT * 2}}[bft-]$`).test(code)) return undefined;
  const digits = [...code.slice(0, CRITERIA_COUNT * 2)].map(Number);
  const mark = code.at(-1);
  const preference = (Object.keys(PREFERENCE_CODES) as Preference[]).find((key) => PREFERENCE_CODES[key] === mark) ?? null;
  return {base: digits.slice(0, CRITERIA_COUNT), fineTuned: digits.slice(CRITERIA_COUNT), preference};
}
