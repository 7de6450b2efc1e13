/** The reader's situation as the fit table (T1.1) reads it: the fields, their limits and defaults. */
import {problemsToday, type ProblemToday} from '@site/src/data/customizationMethods';

export interface Situation {
  /** Labelled examples the reader has. */
  examples: number;
  /** Budget in US dollars. */
  budgetUsd: number;
  /** Whole days available; 0 means less than a day. */
  days: number;
  /** What is wrong today. */
  problem: ProblemToday;
  /** Average tokens per example: prices training and turns "Millions of tokens" into examples. */
  tokensPerExample: number;
  /** Passes over the data in training. */
  epochs: number;
}

export type NumericField = Exclude<keyof Situation, 'problem'>;

export interface FieldLimits {
  min: number;
  max: number;
  /** How the value is named in messages. */
  noun: string;
}

export const FIELD_LIMITS: Record<NumericField, FieldLimits> = {
  examples: {min: 0, max: 100_000_000, noun: 'examples'},
  // A frontier lab's "$100M+" still fits under the top.
  budgetUsd: {min: 0, max: 1_000_000_000, noun: 'budget'},
  // Ten years: past T1.1's longest effort, "Months-Years".
  days: {min: 0, max: 3_650, noun: 'days'},
  tokensPerExample: {min: 1, max: 100_000, noun: 'tokens per example'},
  epochs: {min: 1, max: 10, noun: 'epochs'},
};

/**
 * What the page shows before the reader says anything. 500 tokens is a short
 * chat example like T1.6's (system + user + assistant message); 3 epochs is
 * the top of T1.4's "Train for 1-3 epochs", so the estimate errs high.
 */
export const DEFAULT_SITUATION: Situation = {
  examples: 1_000,
  budgetUsd: 1_000,
  days: 30,
  problem: 'domain',
  tokensPerExample: 500,
  epochs: 3,
};

export const PROBLEM_IDS: readonly ProblemToday[] = problemsToday.map((p) => p.id);
