/**
 * "Use these numbers": what a checked file gives the reader's plan. The valid examples go to the fit table, the
 * token total and a sequence length that covers the 95th percentile to the calculator, the format to the training
 * objective; the summary numbers (never a line of the file) go to the plan page. Pure: no React, no DOM.
 */
import type {FactValues} from '@site/src/utils/scenario/facts';
import type {DataSummaryNumbers} from '@site/src/utils/scenario/dataSummary';
import type {DatasetSummary} from './datasetSummary';
import type {FindingKind} from './findings';
import {tokenStats} from './verdicts';

/** The calculator's sequence lengths run from 64 to 131,072 tokens, its slider stopping at powers of two. */
const SEQUENCE = {min: 64, max: 131_072};

/** The shortest power-of-two sequence length that holds `tokens`, within the calculator's range. */
export function sequenceLengthCovering(tokens: number): number {
  if (!(tokens > SEQUENCE.min)) return SEQUENCE.min;
  return Math.min(SEQUENCE.max, 2 ** Math.ceil(Math.log2(tokens)));
}

export interface PlanNumbers {
  /** The facts for the shared scenario. */
  facts: Partial<FactValues>;
  /** What the plan page keeps of the file. */
  summary: DataSummaryNumbers;
}

/** The file's numbers for the plan; `counts` are the findings per kind at the reader's context limit. */
export function planNumbers(summary: DatasetSummary, counts: Record<FindingKind, number>, contextLimit: number): PlanNumbers {
  const stats = tokenStats(summary.tokensPerExample);
  const findings: Partial<Record<FindingKind, number>> = {};
  for (const [kind, count] of Object.entries(counts) as [FindingKind, number][]) if (count > 0) findings[kind] = count;

  const facts: Partial<FactValues> = {examples: summary.valid};
  if (stats) {
    facts.tokensPerExample = Math.max(1, Math.round(stats.mean));
    facts.seqLength = sequenceLengthCovering(stats.p95);
  }
  if (summary.totalTokens > 0) facts.tokensPerEpoch = summary.totalTokens;
  if (summary.format === 'chat') facts.objective = 'sft';
  if (summary.format === 'preference') facts.objective = 'dpo';

  const round = (value: number | undefined) => Math.max(0, Math.round(value ?? 0));
  const numbers: DataSummaryNumbers = {
    format: summary.format,
    examples: summary.examples,
    valid: summary.valid,
    invalid: summary.invalid,
    unique: summary.uniqueValid,
    exactDuplicates: summary.exactDuplicates,
    nearDuplicates: summary.nearDuplicates,
    conflicting: summary.conflictingAnswers,
    tokens: summary.totalTokens,
    tokensMedian: round(stats?.median),
    tokensMean: round(stats?.mean),
    tokensP95: round(stats?.p95),
    tokensMax: round(stats?.max),
    contextLimit,
    findings,
  };
  return {facts: {...facts, dataSummary: numbers}, summary: numbers};
}
