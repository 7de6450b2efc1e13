/**
 * The flowchart's "How much data do you have?" answers as ranges of examples, so a count (the fit table's, a checked
 * file's) and the answer can be made to agree. The seed's labels overlap at their ends ("100-1000", "1000-10K"): a
 * count on a boundary fits both, and the first in the seed's order is the one picked for it. Kept apart from the tree
 * so the shared scenario can use it without loading the whole flowchart.
 */

export interface DataSizeAnswer {
  /** The answer's key in the flowchart (`?answers=…,1000-10k`). */
  key: string;
  /** Inclusive range of labelled examples; `max` null for "10K+". */
  min: number;
  max: number | null;
}

/** The question these answers belong to (the seed's node id). */
export const DATA_SIZE_QUESTION_ID = 'Q4';

/** In the seed's order: "100-1000 examples", "1000-10K examples", "10K+ examples", "< 100 examples". */
export const dataSizeAnswers: readonly DataSizeAnswer[] = [
  {key: '100-1000', min: 100, max: 1_000},
  {key: '1000-10k', min: 1_000, max: 10_000},
  {key: '10k-plus', min: 10_000, max: null},
  {key: 'under-100', min: 0, max: 99},
];

export function dataSizeAnswer(key: string): DataSizeAnswer | undefined {
  return dataSizeAnswers.find((answer) => answer.key === key);
}

/** Whether a count of examples fits an answer's range. */
export function countFits(answer: DataSizeAnswer, examples: number): boolean {
  return examples >= answer.min && (answer.max === null || examples <= answer.max);
}

/** The answer a count of examples gives: the first in the seed's order whose range holds it. */
export function dataSizeAnswerFor(examples: number): DataSizeAnswer {
  const count = Number.isFinite(examples) ? Math.max(0, Math.floor(examples)) : 0;
  return dataSizeAnswers.find((answer) => countFits(answer, count)) ?? dataSizeAnswers[dataSizeAnswers.length - 1];
}

/** The count nearest to `examples` inside an answer's range: the smallest change that makes the two agree. */
export function clampToDataSize(answer: DataSizeAnswer, examples: number): number {
  const count = Number.isFinite(examples) ? Math.max(0, Math.floor(examples)) : answer.min;
  if (count < answer.min) return answer.min;
  if (answer.max !== null && count > answer.max) return answer.max;
  return count;
}

/** The index of the data-size answer in a list of answer keys, or -1 when the list never reached that question. */
export function dataSizeAnswerIndex(answerKeys: readonly string[]): number {
  return answerKeys.findIndex((key) => dataSizeAnswer(key) !== undefined);
}
