/**
 * What the summary means in the module's terms: T1.6's "How much data?" for
 * a model size, each row of the data-quality checklist, examples over a
 * context limit, and T1.9's training cost. Pure functions of the summary.
 */
import {
  checkerRules,
  dataQualityChecks,
  dataVolumeRow,
  excellentText,
  goodText,
  type DataQualityCheck,
  type ModelSizeLabel,
} from '@site/src/data/dataPreparation';
import {TOKENS_PER_PRICE_UNIT} from '@site/src/data/azureFineTuning';
import {formatFixed, formatInteger} from '@site/src/utils/numberFormat';
import type {DatasetSummary} from './datasetSummary';
import type {Finding, FindingKind} from './findings';

export const formatCount = formatInteger;
export const formatPercent = (share: number) => `${(share * 100).toFixed(share > 0 && share < 0.01 ? 1 : 0)} %`;
export function formatUsd(value: number): string {
  if (!Number.isFinite(value) || value < 0) return '$0.00';
  return `$${formatFixed(value, 2)}`;
}

export type VolumeTier = 'below-minimum' | 'minimum' | 'good' | 'beyond-good' | 'excellent';

export interface VolumeVerdict {
  tier: VolumeTier;
  usable: number;
  sentence: string;
}

/** T1.6 "How much data?": where the file's usable examples (valid, duplicates removed) fall for a model size. */
export function volumeVerdict(usable: number, size: ModelSizeLabel): VolumeVerdict {
  const row = dataVolumeRow(size);
  const n = `${formatCount(usable)} usable example${usable === 1 ? '' : 's'}`;
  if (usable < row.minimum) {
    return {tier: 'below-minimum', usable, sentence: `${n}: below the minimum of ${formatCount(row.minimum)} for a ${size} model. Collect at least ${formatCount(row.minimum - usable)} more.`};
  }
  if (usable < row.good.from) {
    return {tier: 'minimum', usable, sentence: `${n}: enough for the minimum (${formatCount(row.minimum)}) for a ${size} model; “good” starts at ${formatCount(row.good.from)}.`};
  }
  if (usable <= row.good.to) return {tier: 'good', usable, sentence: `${n}: in the “good” range (${goodText(row)}) for a ${size} model.`};
  if (usable < row.excellent) {
    return {tier: 'beyond-good', usable, sentence: `${n}: past the “good” range (${goodText(row)}) for a ${size} model; “excellent” is ${excellentText(row)}.`};
  }
  return {tier: 'excellent', usable, sentence: `${n}: “excellent” (${excellentText(row)}) for a ${size} model.`};
}

export type CheckStatus = 'pass' | 'fail' | 'review';

export interface ChecklistVerdict {
  check: DataQualityCheck;
  status: CheckStatus;
  /** What the file shows, in one or two sentences. */
  reason: string;
}

function lengthBandsHeld(summary: DatasetSummary): number {
  if (summary.responses === 0) return 0;
  return summary.responseLengthBands.filter((count) => count / summary.responses >= checkerRules.lengthBandShare).length;
}

/** Each row of T1.6's data-quality checklist, judged on what a program can see in the file. */
export function checklistVerdicts(summary: DatasetSummary): ChecklistVerdict[] {
  return dataQualityChecks.map((check): ChecklistVerdict => {
    switch (check.id) {
      case 'diverse-inputs': {
        if (summary.parsedExamples === 0) return {check, status: 'review', reason: 'No examples parsed, so there are no prompts to compare.'};
        const share = summary.distinctPrompts / summary.parsedExamples;
        const pass = share >= checkerRules.distinctPromptShare;
        return {
          check,
          status: pass ? 'pass' : 'fail',
          reason: `${formatPercent(share)} of the ${formatCount(summary.parsedExamples)} prompts are distinct (this site asks for ${formatPercent(checkerRules.distinctPromptShare)}). Clustering them by type is still yours to do.`,
        };
      }
      case 'high-quality-outputs': {
        const empty = summary.findingCounts['empty-content'];
        if (empty > 0) return {check, status: 'fail', reason: `${formatCount(empty)} message${empty === 1 ? ' is' : 's are'} empty. Beyond that, only an expert can judge the answers.`};
        return {check, status: 'review', reason: 'No empty messages. Whether the answers are good needs an expert to read them.'};
      }
      case 'consistent-format': {
        if (summary.examples === 0) return {check, status: 'fail', reason: 'The file has no examples.'};
        if (summary.invalid === 0) return {check, status: 'pass', reason: `All ${formatCount(summary.examples)} examples pass schema validation.`};
        return {check, status: 'fail', reason: `${formatCount(summary.invalid)} of ${formatCount(summary.examples)} examples fail schema validation (see the findings).`};
      }
      case 'no-contradictions': {
        const duplicates = summary.exactDuplicates + summary.nearDuplicates;
        if (summary.conflictingAnswers > 0) {
          return {check, status: 'fail', reason: `${formatCount(summary.conflictingAnswers)} example${summary.conflictingAnswers === 1 ? ' asks' : 's ask'} what an earlier one asked and answer${summary.conflictingAnswers === 1 ? 's' : ''} differently.${duplicates ? ` ${formatCount(duplicates)} duplicate${duplicates === 1 ? '' : 's'} to remove too.` : ''}`};
        }
        if (duplicates > 0) return {check, status: 'fail', reason: `No prompt has two answers, but ${formatCount(duplicates)} duplicate${duplicates === 1 ? '' : 's'} (${formatCount(summary.exactDuplicates)} exact, ${formatCount(summary.nearDuplicates)} near) should be removed.`};
        if (summary.parsedExamples === 0) return {check, status: 'review', reason: 'No examples parsed.'};
        return {check, status: 'pass', reason: 'No duplicates, and no prompt appears with two different answers.'};
      }
      case 'balanced-classes':
        return {
          check,
          status: 'review',
          reason:
            summary.distinctSystemPrompts > 0
              ? `The file carries no category labels, so balance is yours to check. ${formatCount(summary.distinctSystemPrompts)} distinct system prompt${summary.distinctSystemPrompts === 1 ? '' : 's'} (see the summary) may hint at the mix.`
              : 'The file carries no category labels, so balance is yours to check.',
        };
      case 'length-variety': {
        if (summary.responses === 0) return {check, status: 'review', reason: 'No assistant responses to measure.'};
        const bands = lengthBandsHeld(summary);
        const pass = bands >= checkerRules.lengthBandsNeeded;
        return {
          check,
          status: pass ? 'pass' : 'fail',
          reason: `${bands} of the histogram's length bands each hold at least ${formatPercent(checkerRules.lengthBandShare)} of the responses (this site asks for ${checkerRules.lengthBandsNeeded}).`,
        };
      }
      case 'edge-cases':
        return {check, status: 'review', reason: 'A program cannot tell a tricky example from a plain one: aim for 10–20 % of them, as the module says.'};
    }
  });
}

/** Examples over a context limit, with a finding for each (the limit is the reader's, so these are computed on demand). */
export function overContext(summary: DatasetSummary, limit: number, maxFindings = 1_000): {count: number; findings: Finding[]} {
  const findings: Finding[] = [];
  let count = 0;
  const {tokensPerExample, exampleLines} = summary;
  for (let i = 0; i < tokensPerExample.length; i++) {
    if (tokensPerExample[i] > limit) {
      count += 1;
      if (findings.length < maxFindings) {
        findings.push({line: exampleLines[i], kind: 'over-context', reason: `${formatCount(tokensPerExample[i])} tokens: over the context limit of ${formatCount(limit)}; a trainer would cut or drop it.`});
      }
    }
  }
  return {count, findings};
}

/** The file's findings with those over the reader's context limit merged in by line, and the counts to match. */
export function findingsAtLimit(summary: DatasetSummary, limit: number): {findings: Finding[]; counts: Record<FindingKind, number>; overLimit: number} {
  const over = overContext(summary, limit);
  return {
    findings: [...summary.findings, ...over.findings].sort((a, b) => a.line - b.line),
    counts: {...summary.findingCounts, 'over-context': over.count},
    overLimit: over.count,
  };
}

export interface MessageMix {
  /** Messages per role, most used first. */
  roles: Array<[role: string, messages: number]>;
  /** The most common conversation lengths: messages per example ("10+" for the last bucket) and their share of valid examples. */
  commonLengths: Array<{messages: string; share: number}>;
}

/** What the summary says about roles and conversation lengths, most common first. */
export function messageMix(summary: DatasetSummary, lengthsShown = 3): MessageMix {
  const lastBucket = summary.messagesPerExample.length - 1;
  return {
    roles: Object.entries(summary.roles).sort((a, b) => b[1] - a[1]),
    commonLengths: summary.messagesPerExample
      .map((count, messages) => ({count, messages}))
      .filter((bucket) => bucket.count > 0)
      .sort((a, b) => b.count - a.count)
      .slice(0, lengthsShown)
      .map(({count, messages}) => ({messages: messages === lastBucket ? `${messages}+` : String(messages), share: count / summary.valid})),
  };
}

export interface TokenStats {
  min: number;
  median: number;
  mean: number;
  p95: number;
  max: number;
}

/** Nearest-rank percentiles of the tokens per example; null when there are no valid examples. */
export function tokenStats(tokens: Uint32Array): TokenStats | null {
  if (tokens.length === 0) return null;
  const sorted = tokens.slice().sort();
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
  let sum = 0;
  for (const value of sorted) sum += value;
  return {min: sorted[0], median: at(0.5), mean: sum / sorted.length, p95: at(0.95), max: sorted[sorted.length - 1]};
}

export interface TrainingCost {
  billedTokens: number;
  usd: number;
}

/** T1.9: billed training tokens = tokens in the file × epochs; cost = billed tokens ÷ 1M × price per 1M. */
export function trainingCost(fileTokens: number, epochs: number, usdPerMillionTokens: number): TrainingCost {
  const billedTokens = fileTokens * epochs;
  return {billedTokens, usd: (billedTokens / TOKENS_PER_PRICE_UNIT) * usdPerMillionTokens};
}
