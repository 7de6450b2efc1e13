import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import type {ChoiceQuestion, NumericQuestion} from '@site/src/data/questions/types';
import {links} from '@site/src/data/questions/links';
import {answerText, gradeChoice, gradeNumeric, isWithinTolerance, readNumberInput, sameAnswer} from '../grading';

const option = (id: string, correct: boolean) => ({id, text: id, correct, why: `${id}.`});
const single: ChoiceQuestion = {kind: 'single', id: 's', prompt: 'p', learnMore: links.lora, options: [option('a', true), option('b', false), option('c', false)]};
const multiple: ChoiceQuestion = {...single, kind: 'multiple', options: [option('a', true), option('b', true), option('c', false)]};
const numeric = (tolerance: NumericQuestion['tolerance'], answer = 4.194304): NumericQuestion => ({
  kind: 'numeric',
  id: 'n',
  prompt: 'p',
  learnMore: links.lora,
  answer,
  tolerance,
  unit: 'million parameters',
  decimals: 2,
  working: 'w',
  mistakes: [{value: 2.097152, why: 'Half.'}],
});

describe('choice questions', () => {
  it('marks every option: chosen right, chosen wrong, missed, rightly not chosen', () => {
    const graded = gradeChoice(multiple, ['a', 'c']);
    expect(graded.right).toBe(false);
    expect(graded.statuses).toEqual({a: 'chosen-right', b: 'missed', c: 'chosen-wrong'});
    expect(graded.verdict).toBe('Not right: you chose 1 of 2 right options and 1 wrong one. The reason is under each option.');
  });

  it('is right only with every right option and no other, in any order', () => {
    expect(gradeChoice(multiple, ['b', 'a']).right).toBe(true);
    expect(gradeChoice(multiple, ['a']).right).toBe(false);
    expect(gradeChoice(single, ['a']).verdict).toBe('Right.');
    expect(gradeChoice(single, ['b']).statuses).toEqual({a: 'missed', b: 'chosen-wrong', c: 'not-chosen'});
  });
});

describe('numeric questions', () => {
  it('accepts a relative tolerance either side', () => {
    const q = numeric({kind: 'relative', value: 0.02});
    expect(isWithinTolerance(q, 4.19)).toBe(true);
    expect(isWithinTolerance(q, 4.27)).toBe(true);
    expect(isWithinTolerance(q, 4.29)).toBe(false);
    expect(gradeNumeric(q, 4.3).verdict).toBe('Not right: you gave 4.30; the answer is 4.19 million parameters.');
  });

  it('counts an exact answer with float noise as exact', () => {
    expect(isWithinTolerance(numeric({kind: 'absolute', value: 0}, 0.3), 0.1 + 0.2)).toBe(true);
    expect(isWithinTolerance(numeric({kind: 'absolute', value: 0}, 61), 60)).toBe(false);
  });

  it('names the likely mistake behind a wrong number', () => {
    const q = numeric({kind: 'relative', value: 0.02});
    expect(gradeNumeric(q, 2.1).mistake).toBe('Half.');
    expect(gradeNumeric(q, 7).mistake).toBeNull();
    expect(answerText(q)).toBe('4.19 million parameters');
  });
});

describe('reading a typed number', () => {
  it.each([
    ['4.19', 4.19],
    [' 4,194,304 ', 4194304],
    ['$9', 9],
    ['9 $', 9],
    ['.5', 0.5],
    ['-3', -3],
    ['1.5e3', 1500],
  ])('%j reads as %d', (text, value) => expect(readNumberInput(text)).toBe(value));

  it.each(['', 'abc', '4,19', '1,2345', '4.1.9', '0x10', 'Infinity', '1e999', '٣'])('%j is not a number', (text) => expect(readNumberInput(text)).toBeNull());

  it('never returns NaN or Infinity, and reads back any number it prints', () => {
    fc.assert(fc.property(fc.string(), (text) => {
      const value = readNumberInput(text);
      return value === null || Number.isFinite(value);
    }));
    fc.assert(fc.property(fc.double({noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12}), (value) => readNumberInput(String(value)) === value));
  });
});

it('compares answers without regard to option order', () => {
  expect(sameAnswer(['a', 'b'], ['b', 'a'])).toBe(true);
  expect(sameAnswer(['a'], ['a', 'b'])).toBe(false);
  expect(sameAnswer(3, 3)).toBe(true);
  expect(sameAnswer(3, ['3'])).toBe(false);
  expect(sameAnswer(null, null)).toBe(true);
});
