import {describe, expect, it} from 'vitest';
import {decisionTree} from '../decisionTree';
import {labelText} from '../decisionFlow';
import {clampToDataSize, countFits, DATA_SIZE_QUESTION_ID, dataSizeAnswerFor, dataSizeAnswers} from '../dataSizeAnswers';

const question = decisionTree.nodes.find((node) => node.id === DATA_SIZE_QUESTION_ID);

/** "100-1000 examples" → [100, 1000]; "10K+ examples" → [10000, null]; "< 100 examples" → [0, 99]. */
function rangeFromLabel(label: string): [number, number | null] {
  const number = (text: string) => Number(text.replace(/k$/i, '000'));
  const between = /^(\d+K?)-(\d+K?) examples$/i.exec(label);
  if (between) return [number(between[1]), number(between[2])];
  const plus = /^(\d+K?)\+ examples$/i.exec(label);
  if (plus) return [number(plus[1]), null];
  const under = /^< (\d+) examples$/.exec(label);
  if (under) return [0, Number(under[1]) - 1];
  throw new Error(`No range in “${label}”`);
}

describe('the data-size answers as ranges', () => {
  it('are the flowchart’s data-size question’s answers, in its order, with the ranges its labels state', () => {
    if (question?.kind !== 'question') throw new Error('no data-size question');
    expect(dataSizeAnswers.map((a) => a.key)).toEqual(question.answers.map((a) => a.key));
    for (const answer of question.answers) {
      const range = dataSizeAnswers.find((a) => a.key === answer.key)!;
      expect([range.min, range.max]).toEqual(rangeFromLabel(labelText(answer.label)));
    }
  });

  it('use keys no other question uses', () => {
    const others = decisionTree.nodes.flatMap((node) => (node.kind === 'question' && node.id !== DATA_SIZE_QUESTION_ID ? node.answers.map((a) => a.key) : []));
    for (const answer of dataSizeAnswers) expect(others).not.toContain(answer.key);
  });

  it('place every count in a range that holds it, the first in the seed’s order on a shared boundary', () => {
    expect([0, 99, 100, 1_000, 1_001, 10_000, 10_001].map((n) => dataSizeAnswerFor(n).key)).toEqual(['under-100', 'under-100', '100-1000', '100-1000', '1000-10k', '1000-10k', '10k-plus']);
    for (const n of [0, 5, 99, 100, 999, 5_000, 1e6]) expect(countFits(dataSizeAnswerFor(n), n)).toBe(true);
    expect(dataSizeAnswerFor(Number.NaN).key).toBe('under-100');
  });

  it('move a count by the least into a range', () => {
    const [hundreds, thousands, tenK, under] = dataSizeAnswers;
    expect(clampToDataSize(hundreds, 5_000)).toBe(1_000);
    expect(clampToDataSize(thousands, 30)).toBe(1_000);
    expect(clampToDataSize(tenK, 2_347)).toBe(10_000);
    expect(clampToDataSize(under, 2_347)).toBe(99);
    expect(clampToDataSize(thousands, 2_347)).toBe(2_347);
  });
});
