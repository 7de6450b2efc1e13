/**
 * Is one model preferred over the other? Wins against losses (ties left out) as a binomial count: the win rate with a
 * Wilson score interval, the exact two-sided binomial test against 50 %, and the number of decisive prompts an exact
 * test needs to show a given true win rate. The distributions come from stdlib (@stdlib/stats-base-dists-*), not from
 * hand-written series.
 */
import binomialCdf from '@stdlib/stats-base-dists-binomial-cdf';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';

/** The usual 5 % two-sided significance level. */
export const SIGNIFICANCE = 0.05;

/** z for a two-sided interval or test at this confidence (0.95 → 1.959964). */
export function zFor(confidence: number): number {
  return normalQuantile(1 - (1 - confidence) / 2, 0, 1);
}

export interface Interval {
  low: number;
  high: number;
}

/**
 * Wilson score interval for a proportion (Wilson 1927; Newcombe 1998, method 3): unlike the textbook p ± z·SE it
 * stays inside 0–1 and keeps its coverage near 0 and 1 and for small n. Null when there are no trials.
 */
export function wilsonInterval(successes: number, trials: number, confidence = 0.95): Interval | null {
  if (trials <= 0) return null;
  const z = zFor(confidence);
  const p = successes / trials;
  const z2n = (z * z) / trials;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (z / (1 + z2n)) * Math.sqrt((p * (1 - p)) / trials + z2n / (4 * trials));
  // Rounding can leave 1e-17 outside [0, 1] at the ends.
  return {low: Math.max(0, centre - half), high: Math.min(1, centre + half)};
}

/**
 * Exact two-sided binomial test of `successes` out of `trials` against a rate of 50 %. With p = 0.5 the distribution
 * is symmetric, so R's binom.test (which sums the outcomes no more likely than the one observed) reduces to twice the
 * smaller tail: 60 of 100 gives 0.0569. 1 when there are no trials.
 */
export function exactBinomialPValue(successes: number, trials: number): number {
  if (trials <= 0) return 1;
  const lower = binomialCdf(successes, trials, 0.5);
  const upper = successes <= 0 ? 1 : 1 - binomialCdf(successes - 1, trials, 0.5);
  return Math.min(1, 2 * Math.min(lower, upper));
}

/** The largest c with P(X ≤ c) ≤ alpha/2 for X ~ Binomial(n, 0.5): reject 50 % when X ≤ c or X ≥ n − c. −1 when none. */
function criticalCount(trials: number, alpha: number, guess: number): number {
  let c = Math.min(Math.max(guess, -1), Math.floor(trials / 2));
  while (c >= 0 && binomialCdf(c, trials, 0.5) > alpha / 2) c--;
  while (c + 1 < trials / 2 && binomialCdf(c + 1, trials, 0.5) <= alpha / 2) c++;
  return c;
}

function powerWithCritical(trials: number, rate: number, c: number): number {
  if (c < 0) return 0;
  return binomialCdf(c, trials, rate) + (1 - binomialCdf(trials - c - 1, trials, rate));
}

/** The probability that the exact two-sided test at `alpha` rejects 50 % after `trials` decisive prompts at a true win rate `rate`. */
export function exactTestPower(trials: number, rate: number, alpha = SIGNIFICANCE): number {
  const guess = Math.floor(trials / 2 - (zFor(1 - alpha) * Math.sqrt(trials)) / 2);
  return powerWithCritical(trials, rate, criticalCount(trials, alpha, guess));
}

/**
 * The textbook normal-approximation sample size for one proportion against 50 % (e.g. Chow, Shao & Wang, Sample Size
 * Calculations in Clinical Research, 1-sample proportion; G*Power's z-test): (z_{α/2}·0.5 + z_β·√(p(1−p)))² / (p − 0.5)².
 * Not rounded up.
 */
export function normalApproximationTrials(rate: number, power: number, alpha = SIGNIFICANCE): number {
  const za = zFor(1 - alpha);
  const zb = normalQuantile(power, 0, 1);
  return ((za * 0.5 + zb * Math.sqrt(rate * (1 - rate))) / (rate - 0.5)) ** 2;
}

/**
 * How far below the normal approximation the search starts. Over every rate 50.5–99.5 % in 0.5 % steps and powers
 * 50–99 %, the exact answer was never below floor(approximation) (the exact test is conservative, the approximation
 * is not); the unit tests check a full search from n = 1 over a grid.
 */
const SEARCH_MARGIN = 2;
/** The search gives up past this many decisive prompts (a win rate of 50.1 % needs about two million). */
export const MAX_PLANNED_TRIALS = 1_000_000;
/** …or after this many steps above its start (at 50.5 % the exact answer is 130 above the approximation). */
const MAX_SEARCH_STEPS = 5_000;

export interface PlannedTrials {
  /** The smallest number of decisive prompts at which the exact test reaches the power, or null past MAX_PLANNED_TRIALS (or the search's steps). */
  trials: number | null;
  /** The exact test's power at that size. */
  power: number;
  /** The normal approximation, for comparison (rounded up). */
  approximation: number;
}

/**
 * Decisive prompts (ties not counted) needed to show a true win rate of `rate` (either side of 50 %, 0 and 1 included) with the exact
 * two-sided test at `alpha` and the given power. The exact test's power saw-tooths with n (its size jumps below
 * alpha), so this is the first n that reaches the power; a few sizes just above it can fall short again
 * (Chernick & Liu 2002). Within one critical count the power only falls as n grows, so stepping n one by one from
 * just below the normal approximation finds the first. Null for a rate of 50 % (nothing to show).
 */
export function promptsNeeded(rate: number, power: number, alpha = SIGNIFICANCE): PlannedTrials | null {
  const effect = Math.abs(rate - 0.5);
  if (!(effect > 0) || effect > 0.5) return null;
  const p = 0.5 + effect;
  const approximation = normalApproximationTrials(p, power, alpha);
  const za = zFor(1 - alpha);
  let n = Math.max(1, Math.floor(approximation) - SEARCH_MARGIN);
  const last = Math.min(MAX_PLANNED_TRIALS, n + MAX_SEARCH_STEPS);
  if (n > last) return {trials: null, power: 0, approximation: Math.ceil(approximation)};
  let c = criticalCount(n, alpha, Math.floor(n / 2 - (za * Math.sqrt(n)) / 2));
  for (; n <= last; n++) {
    // From n to n + 1 the critical count grows by at most one.
    if (c + 1 < n / 2 && binomialCdf(c + 1, n, 0.5) <= alpha / 2) c++;
    const reached = powerWithCritical(n, p, c);
    if (reached >= power) return {trials: n, power: reached, approximation: Math.ceil(approximation)};
  }
  return {trials: null, power: 0, approximation: Math.ceil(approximation)};
}
