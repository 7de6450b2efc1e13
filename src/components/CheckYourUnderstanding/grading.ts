/**
 * Grading a reader's answer against a question: which options were rightly or
 * wrongly chosen or missed, whether a number is within the stated tolerance,
 * and the one-line verdict a screen reader announces. Pure: no React, no DOM.
 */
import type {ChoiceQuestion, NumericQuestion, Question} from '@site/src/data/questions/types';
import {formatFixed} from '@site/src/utils/numberFormat';

/** What a reader answered: the ids of the options chosen, or the number typed. */
export type Answer = readonly string[] | number;

/** How each option stands after Check. */
export type OptionStatus = 'chosen-right' | 'chosen-wrong' | 'missed' | 'not-chosen';

export interface ChoiceGrade {
  kind: 'choice';
  right: boolean;
  statuses: Readonly<Record<string, OptionStatus>>;
  /** Announced after Check: the verdict in words, never by colour alone. */
  verdict: string;
}

export interface NumericGrade {
  kind: 'numeric';
  right: boolean;
  /** What a typical wrong answer suggests, when the reader gave one. */
  mistake: string | null;
  verdict: string;
}

export type Grade = ChoiceGrade | NumericGrade;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function gradeChoice(question: ChoiceQuestion, chosen: readonly string[]): ChoiceGrade {
  const statuses: Record<string, OptionStatus> = {};
  let rightChosen = 0;
  let wrongChosen = 0;
  let missed = 0;
  for (const option of question.options) {
    const isChosen = chosen.includes(option.id);
    if (isChosen && option.correct) rightChosen++;
    if (isChosen && !option.correct) wrongChosen++;
    if (!isChosen && option.correct) missed++;
    statuses[option.id] = isChosen ? (option.correct ? 'chosen-right' : 'chosen-wrong') : option.correct ? 'missed' : 'not-chosen';
  }
  const right = wrongChosen === 0 && missed === 0;
  let verdict: string;
  if (right) verdict = question.kind === 'single' ? 'Right.' : `Right: you chose all ${plural(rightChosen, 'right option', 'right options')} and no other.`;
  else if (question.kind === 'single') verdict = 'Not right. The reason is under each option.';
  else {
    const parts = [`${rightChosen} of ${plural(rightChosen + missed, 'right option', 'right options')}`];
    if (wrongChosen > 0) parts.push(plural(wrongChosen, 'wrong one', 'wrong ones'));
    verdict = `Not right: you chose ${parts.join(' and ')}. The reason is under each option.`;
  }
  return {kind: 'choice', right, statuses, verdict};
}

/** Distance from the answer that still counts as right. */
export function allowedError(question: NumericQuestion): number {
  const {kind, value} = question.tolerance;
  return kind === 'absolute' ? value : Math.abs(question.answer) * value;
}

// A small slack for binary floating point: 0.1 + 0.2 within 0.3 ± 0 must count.
const FLOAT_SLACK = 1e-9;

export function isWithinTolerance(question: NumericQuestion, value: number): boolean {
  return Math.abs(value - question.answer) <= allowedError(question) + FLOAT_SLACK * Math.max(1, Math.abs(question.answer));
}

/** The answer as the page prints it: "4.19 million parameters". */
export function answerText(question: NumericQuestion): string {
  return `${formatFixed(question.answer, question.decimals)} ${question.unit}`;
}

export function gradeNumeric(question: NumericQuestion, value: number): NumericGrade {
  const right = isWithinTolerance(question, value);
  const shown = formatFixed(value, Math.max(question.decimals, decimalsOf(value)));
  if (right) return {kind: 'numeric', right, mistake: null, verdict: `Right: ${shown} is within the tolerance of ${answerText(question)}.`};
  const near = (question.mistakes ?? []).find((m) => Math.abs(value - m.value) <= allowedError(question) + FLOAT_SLACK * Math.max(1, Math.abs(m.value)));
  return {
    kind: 'numeric',
    right,
    mistake: near?.why ?? null,
    verdict: `Not right: you gave ${shown}; the answer is ${answerText(question)}.`,
  };
}

export function grade(question: Question, answer: Answer): Grade {
  if (question.kind === 'numeric') {
    if (typeof answer !== 'number') throw new Error(`${question.id}: a numeric question needs a number.`);
    return gradeNumeric(question, answer);
  }
  if (typeof answer === 'number') throw new Error(`${question.id}: a choice question needs option ids.`);
  return gradeChoice(question, answer);
}

function decimalsOf(value: number): number {
  const text = String(value);
  const dot = text.indexOf('.');
  return dot < 0 || /e/i.test(text) ? 0 : Math.min(6, text.length - dot - 1);
}

// "4.19", "4,194,304", "-3", ".5", "$9", "9 $", "1.5e3": ASCII digits, commas only between groups of three.
const NUMBER = /^[+-]?\$?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:e[+-]?\d+)?$/i;

/** What the reader typed as a number, or null with nothing usable (never NaN). */
export function readNumberInput(text: string): number | null {
  const trimmed = text.trim().replace(/\s*\$$/, '').replace(/^\$/, '').replace(/^([+-])\$/, '$1');
  if (!NUMBER.test(trimmed) || !/\d/.test(trimmed)) return null;
  const value = Number(trimmed.replace(/,/g, ''));
  return Number.isFinite(value) ? value : null;
}

/** Two answers are the same answer (option order does not matter). */
export function sameAnswer(a: Answer | null, b: Answer | null): boolean {
  if (a === null || b === null) return a === b;
  if (typeof a === 'number' || typeof b === 'number') return a === b;
  return a.length === b.length && a.every((id) => b.includes(id));
}
