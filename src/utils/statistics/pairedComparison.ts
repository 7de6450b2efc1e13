/**
 * Two models scored on the same prompts: the paired mean difference with a t interval, and the Wilcoxon signed-rank
 * test (stdlib's @stdlib/stats-wilcoxon, which follows R's wilcox.test: zero differences dropped, normal approximation
 * with tie and continuity corrections when there are ties, zeros or more than 50 pairs, the exact distribution otherwise).
 */
import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import wilcoxon from '@stdlib/stats-wilcoxon';

export interface PairedDifference {
  /** Pairs with both scores. */
  pairs: number;
  /** Mean of (second − first). */
  mean: number;
  /** The interval for the mean difference; null with fewer than two pairs or no spread to estimate. */
  interval: {low: number; high: number} | null;
}

/** Mean of `after[i] − before[i]` with a Student t interval (as R's t.test(after, before, paired = TRUE)). */
export function pairedDifference(before: ArrayLike<number>, after: ArrayLike<number>, confidence = 0.95): PairedDifference {
  const n = Math.min(before.length, after.length);
  if (n === 0) return {pairs: 0, mean: Number.NaN, interval: null};
  let sum = 0;
  for (let i = 0; i < n; i++) sum += after[i] - before[i];
  const mean = sum / n;
  if (n < 2) return {pairs: n, mean, interval: null};
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (after[i] - before[i] - mean) ** 2;
  const standardError = Math.sqrt(squares / (n - 1) / n);
  const half = tQuantile(1 - (1 - confidence) / 2, n - 1) * standardError;
  return {pairs: n, mean, interval: {low: mean - half, high: mean + half}};
}

export interface SignedRankTest {
  /** Pairs whose scores differ (the test's n). */
  differing: number;
  /** V: the sum of the ranks of the positive differences (after − before). */
  statistic: number;
  /** Two-sided; 1 when no pair differs. */
  pValue: number;
  /** Whether the p-value comes from the normal approximation (ties, zeros or n > 50) rather than the exact distribution. */
  approximate: boolean;
}

/** Wilcoxon signed-rank test of after − before against 0, two-sided. */
export function signedRankTest(before: ArrayLike<number>, after: ArrayLike<number>): SignedRankTest {
  const n = Math.min(before.length, after.length);
  const differences: number[] = [];
  for (let i = 0; i < n; i++) differences.push(after[i] - before[i]);
  const nonZero = differences.filter((d) => d !== 0);
  // stdlib refuses all-zero data and fewer than two values; with no differences there is nothing to test.
  if (nonZero.length < 2) {
    return {differing: nonZero.length, statistic: nonZero.length === 1 && nonZero[0] > 0 ? 1 : 0, pValue: 1, approximate: false};
  }
  // All differences, zeros included: like R, stdlib then drops the zeros and, having seen some, uses the approximation.
  const result = wilcoxon(differences);
  const absolute = nonZero.map(Math.abs);
  const ties = new Set(absolute).size !== absolute.length;
  const approximate = ties || nonZero.length < differences.length || nonZero.length > 50;
  return {differing: nonZero.length, statistic: result.statistic, pValue: Math.min(1, result.pValue), approximate};
}
