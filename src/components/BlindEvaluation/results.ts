/**
 * The unblinded results: per criterion, each model's mean score, the paired mean difference with its 95 % interval and
 * the Wilcoxon signed-rank test; the overall preference read with the win-rate calculator; the prompts the fine-tuned
 * model lost; and a verdict against T1.8's targets in words. The same for one rater or several raters combined.
 */
import {abCriteria, abTestPrompts, formatComplianceTarget, type Criterion} from '@site/src/data/evaluation';
import {pairedDifference, signedRankTest, type PairedDifference, type SignedRankTest} from '@site/src/utils/statistics/pairedComparison';
import {SIGNIFICANCE} from '@site/src/utils/statistics/preferenceTest';
import {formatInteger} from '@site/src/utils/numberFormat';
import {DEFAULT_INPUTS, formatPValue, formatRate, judgeResult, type CalculatorResult} from '@site/src/components/WinRateCalculator/winRate';
import {effectivePreference, isValidScore, type Preference, type RatingSession} from './ratings';

/** One prompt's scores (null where not scored; a mean where several raters are combined) and the preference that counts. */
export interface ScoredPrompt {
  index: number;
  base: readonly (number | null)[];
  fineTuned: readonly (number | null)[];
  preference: Preference | null;
}

export type CriterionReading = 'higher' | 'lower' | 'no-difference' | 'too-few';

export interface CriterionResult {
  criterion: Criterion;
  meanBase: number | null;
  meanFineTuned: number | null;
  difference: PairedDifference;
  test: SignedRankTest;
  reading: CriterionReading;
}

export interface PreferenceCounts {
  wins: number;
  losses: number;
  ties: number;
}

export interface EvaluationResults {
  /** Prompts with at least one score or a preference. */
  rated: number;
  total: number;
  criteria: CriterionResult[];
  preference: PreferenceCounts & {result: CalculatorResult};
  /** Indices of the prompts where the base model's response was preferred. */
  lost: number[];
  /** The verdict, a sentence per target. */
  verdict: string[];
}

/** Share of each model's responses that validate, when a schema was checked. */
export interface ComplianceShares {
  base: number;
  fineTuned: number;
  checked: number;
}

export function scoredFromSession(session: RatingSession, prompts: number): ScoredPrompt[] {
  const scored: ScoredPrompt[] = [];
  for (let index = 0; index < prompts; index++) {
    const rating = session.ratings[index];
    if (rating === undefined) continue;
    const scores = (values: readonly number[]) => values.map((score) => (isValidScore(score) ? score : null));
    scored.push({index, base: scores(rating.base), fineTuned: scores(rating.fineTuned), preference: effectivePreference(rating)});
  }
  return scored;
}

const mean = (values: readonly number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);

function criterionResult(criterion: Criterion, position: number, scored: readonly ScoredPrompt[]): CriterionResult {
  const base: number[] = [];
  const fineTuned: number[] = [];
  for (const prompt of scored) {
    const b = prompt.base[position];
    const f = prompt.fineTuned[position];
    if (b !== null && f !== null) {
      base.push(b);
      fineTuned.push(f);
    }
  }
  const difference = pairedDifference(base, fineTuned);
  const test = signedRankTest(base, fineTuned);
  let reading: CriterionReading = 'no-difference';
  if (base.length < 2) reading = 'too-few';
  else if (test.pValue <= SIGNIFICANCE) reading = difference.mean > 0 ? 'higher' : 'lower';
  return {criterion, meanBase: mean(base), meanFineTuned: mean(fineTuned), difference, test, reading};
}

function signed(value: number): string {
  const text = Math.abs(value).toFixed(2);
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

function listCriteria(results: readonly CriterionResult[]): string {
  const parts = results.map((r) => `${r.criterion.label} (${signed(r.difference.mean)}, p = ${formatPValue(r.test.pValue)})`);
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0];
}

function scoreVerdict(criteria: readonly CriterionResult[]): string {
  if (criteria.every((r) => r.reading === 'too-few')) return 'Scores: too few prompts scored on both responses to compare them.';
  const higher = criteria.filter((r) => r.reading === 'higher');
  const lower = criteria.filter((r) => r.reading === 'lower');
  const same = criteria.filter((r) => r.reading === 'no-difference');
  const parts: string[] = [];
  if (higher.length) parts.push(`the fine-tuned model scores higher on ${listCriteria(higher)}`);
  if (same.length) parts.push(`no clear difference on ${same.map((r) => r.criterion.label).join(', ')}`);
  if (lower.length) parts.push(`it scores lower on ${listCriteria(lower)}: a regression to read before shipping`);
  const sentence = parts.join('; ');
  return `Scores (1–5, paired, Wilcoxon at 5%): ${sentence}.`;
}

/** The results of the scored prompts; `total` is the number of prompts in the file. */
export function evaluationResults(scored: readonly ScoredPrompt[], total: number, compliance: ComplianceShares | null = null): EvaluationResults {
  const criteria = abCriteria.map((criterion, position) => criterionResult(criterion, position, scored));
  const counts: PreferenceCounts = {wins: 0, losses: 0, ties: 0};
  const lost: number[] = [];
  for (const prompt of scored) {
    if (prompt.preference === 'fineTuned') counts.wins++;
    else if (prompt.preference === 'base') {
      counts.losses++;
      lost.push(prompt.index);
    } else if (prompt.preference === 'tie') counts.ties++;
  }
  const result = judgeResult({...DEFAULT_INPUTS, ...counts});
  const decided = counts.wins + counts.losses + counts.ties;
  const verdict = [`Preference (T1.8: > ${DEFAULT_INPUTS.targetPercent}% prefer fine-tuned): ${result.verdict.sentence}`, scoreVerdict(criteria)];
  if (compliance !== null && compliance.checked > 0) {
    const target = formatRate(formatComplianceTarget, 0);
    const met = compliance.fineTuned > formatComplianceTarget;
    verdict.push(
      `Format compliance (T1.8: > ${target}): ${formatRate(compliance.fineTuned)} of the fine-tuned model’s responses validate against the schema (base: ${formatRate(compliance.base)}), ${met ? 'meeting' : 'short of'} the target.`,
    );
  }
  if (decided < total) verdict.push(`These results cover ${formatInteger(decided)} of the file’s ${formatInteger(total)} prompts; rate the rest for the full picture.`);
  else if (total < abTestPrompts) verdict.push(`T1.8 asks for ${abTestPrompts} test prompts; this file has ${formatInteger(total)}, so read the figures as a first look.`);
  return {rated: scored.length, total, criteria, preference: {...counts, result}, lost, verdict};
}
