/**
 * The module check's draw: 15 questions across all sections, the same 15 for the same seed. Pure: questions and a
 * seed in, questions out. The random numbers come from pure-rand's xoroshiro128+ (the generator fast-check uses),
 * which gives the same sequence for a seed on every platform, unlike Math.random.
 */
import {uniformInt} from 'pure-rand/distribution/uniformInt';
import {xoroshiro128plus} from 'pure-rand/generator/xoroshiro128plus';
import type {Question, SectionQuestions} from '@site/src/data/questions/types';

export const CHECK_SIZE = 15;

/** Seeds are whole numbers from 1 to this: six digits at most, short enough to read out or type. */
export const MAX_SEED = 999_999;

export interface DrawnQuestion {
  section: string;
  question: Question;
  /** "section/question": what the reader's answer is stored under. */
  key: string;
}

type Rng = ReturnType<typeof xoroshiro128plus>;

/** Fisher–Yates, in place, for the first `count` places: a uniform sample of `count` in random order. */
function sampleInPlace<T>(items: T[], count: number, rng: Rng): T[] {
  const n = Math.min(count, items.length);
  for (let i = 0; i < n; i++) {
    const j = uniformInt(rng, i, items.length - 1);
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items.slice(0, n);
}

/**
 * One question from every section (from as many sections as there are places, if fewer), then the other places
 * from all the questions left; listed in the module's order, so the result reads section by section.
 */
export function drawModuleCheck(sections: readonly SectionQuestions[], seed: number, size: number = CHECK_SIZE): DrawnQuestion[] {
  const rng = xoroshiro128plus(seed);
  const all = sections.flatMap((s, sectionIndex) =>
    s.questions.map((question, questionIndex) => ({section: s.section, question, order: sectionIndex * 1000 + questionIndex})),
  );
  const withQuestions = sections.filter((s) => s.questions.length > 0);
  const firstRound = sampleInPlace([...withQuestions], size, rng).map((s) => {
    const pick = s.questions[uniformInt(rng, 0, s.questions.length - 1)];
    return all.find((item) => item.question === pick)!;
  });
  const rest = all.filter((item) => !firstRound.includes(item));
  const drawn = [...firstRound, ...sampleInPlace(rest, size - firstRound.length, rng)];
  return drawn
    .sort((a, b) => a.order - b.order)
    .map(({section, question}) => ({section, question, key: `${section}/${question.id}`}));
}

export interface SeedReading {
  seed: number | null;
  /** Why the link's seed was not used, or null. */
  problem: string | null;
}

/** The `seed` of a query string: a whole number from 1 to MAX_SEED. Anything else is reported, never echoed. */
export function readSeed(search: string): SeedReading {
  const raw = new URLSearchParams(search).get('seed');
  if (raw === null || raw.trim() === '') return {seed: null, problem: null};
  const trimmed = raw.trim();
  if (!/^\d{1,6}$/.test(trimmed) || Number(trimmed) < 1) {
    return {seed: null, problem: `The link’s seed is not a whole number from 1 to ${MAX_SEED.toLocaleString('en-US')}, so a new set was drawn.`};
  }
  return {seed: Number(trimmed), problem: null};
}

/** A fresh seed from a random number in [0, 1). */
export function seedFrom(random: number): number {
  return 1 + Math.floor(Math.min(Math.max(random, 0), 1 - Number.EPSILON) * MAX_SEED);
}
