import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import binomialTest from '@stdlib/stats-binomial-test';
import {exactBinomialPValue, exactTestPower, normalApproximationTrials, promptsNeeded, wilsonInterval} from '../preferenceTest';

describe('Wilson score interval', () => {
  // Newcombe (1998), "Two-sided confidence intervals for the single proportion: comparison of seven methods",
  // Statistics in Medicine 17:857–872, Table I, method 3 (score interval without continuity correction).
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0.0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('%i of %i → %f to %f (Newcombe 1998)', (x, n, low, high) => {
    const interval = wilsonInterval(x, n)!;
    expect(interval.low).toBeCloseTo(low, 4);
    expect(interval.high).toBeCloseTo(high, 4);
  });

  it('has no interval without trials', () => expect(wilsonInterval(0, 0)).toBeNull());

  it('stays within 0–1 and contains the observed rate', () => {
    fc.assert(
      fc.property(fc.integer({min: 1, max: 100_000}), fc.double({min: 0, max: 1, noNaN: true}), (n, share) => {
        const x = Math.round(share * n);
        const {low, high} = wilsonInterval(x, n)!;
        return low >= 0 && high <= 1 && low <= x / n + 1e-12 && x / n <= high + 1e-12;
      }),
    );
  });
});

describe('exact two-sided binomial test against 50 %', () => {
  it('60 of 100 is p ≈ 0.0569: not significant at 5 % (R: binom.test(60, 100) gives 0.05689)', () => {
    expect(exactBinomialPValue(60, 100)).toBeCloseTo(0.056888, 6);
  });
  it('61 of 100 is p ≈ 0.0352', () => expect(exactBinomialPValue(61, 100)).toBeCloseTo(0.035200, 5));
  it('an even split is p = 1, and no trials is p = 1', () => {
    expect(exactBinomialPValue(50, 100)).toBe(1);
    expect(exactBinomialPValue(0, 0)).toBe(1);
  });
  it('9 of 10 is p = 22/1024 (hand-computed: 2 × (1 + 10) / 2^10)', () => expect(exactBinomialPValue(9, 10)).toBeCloseTo(22 / 1024, 12));

  it("equals stdlib's full binom.test port for any count (p = 0.5 is symmetric)", () => {
    fc.assert(
      fc.property(fc.integer({min: 1, max: 2_000}), fc.double({min: 0, max: 1, noNaN: true}), (n, share) => {
        const x = Math.round(share * n);
        return Math.abs(exactBinomialPValue(x, n) - binomialTest(x, n).pValue) < 1e-9;
      }),
    );
  });
});

describe('prompts needed (exact test, 5 %, two-sided)', () => {
  it('60 % at 80 % power: 199 decisive prompts, where the normal approximation says 194', () => {
    // The approximation: ((1.959964·0.5 + 0.841621·√0.24) / 0.1)² = 193.85 (the same as pwr.p.test with Cohen's h, 193.6, to the prompt).
    expect(normalApproximationTrials(0.6, 0.8)).toBeCloseTo(193.85, 2);
    const plan = promptsNeeded(0.6, 0.8)!;
    expect(plan.trials).toBe(199);
    expect(plan.approximation).toBe(194);
    expect(plan.power).toBeGreaterThanOrEqual(0.8);
    // The sawtooth: 194 prompts do not reach 80 % with the exact test.
    expect(exactTestPower(194, 0.6)).toBeLessThan(0.8);
  });

  it('is symmetric around 50 % and has nothing to show at 50 %', () => {
    expect(promptsNeeded(0.4, 0.8)!.trials).toBe(199);
    expect(promptsNeeded(0.5, 0.8)).toBeNull();
  });

  it('a certain winner needs 6 prompts: 6 of 6 is the smallest sweep with p ≤ 0.05 (2/64)', () => {
    expect(promptsNeeded(1, 0.8)!.trials).toBe(6);
    expect(exactBinomialPValue(5, 5)).toBeGreaterThan(0.05);
    expect(exactBinomialPValue(6, 6)).toBeLessThanOrEqual(0.05);
  });

  // Brute force: the first n whose rejection region, read off stdlib's binom.test, has enough probability under the true rate.
  function bruteForce(rate: number, power: number): number {
    for (let n = 1; ; n++) {
      let reached = 0;
      let probability = Math.pow(1 - rate, n);
      for (let x = 0; x <= n; x++) {
        if (x > 0) probability *= ((n - x + 1) / x) * (rate / (1 - rate));
        if (binomialTest(x, n).pValue <= 0.05) reached += probability;
      }
      if (reached >= power) return n;
    }
  }

  it.each([
    [0.7, 0.8],
    [0.65, 0.9],
    [0.8, 0.95],
  ])('agrees with a brute-force search at %f, power %f', (rate, power) => {
    expect(promptsNeeded(rate, power)!.trials).toBe(bruteForce(rate, power));
  });

  it('equals a full search from n = 1 over a grid of rates 58–99 % and powers 50–95 % (the search starts near the approximation)', () => {
    const fromOne = (rate: number, power: number) => {
      for (let n = 1; ; n++) if (exactTestPower(n, rate) >= power) return n;
    };
    for (let percent = 58; percent <= 99; percent += 1) {
      for (const power of [0.5, 0.7, 0.8, 0.9, 0.95]) expect(promptsNeeded(percent / 100, power)!.trials, `${percent} %, power ${power}`).toBe(fromOne(percent / 100, power));
    }
  });

  it('the result reaches the power and the size before it does not (any rate 55–99 %, power 50–99 %)', () => {
    fc.assert(
      fc.property(fc.integer({min: 550, max: 990}), fc.integer({min: 50, max: 99}), (permille, percent) => {
        const plan = promptsNeeded(permille / 1000, percent / 100)!;
        const n = plan.trials!;
        return exactTestPower(n, permille / 1000) >= percent / 100 && (n === 1 || exactTestPower(n - 1, permille / 1000) < percent / 100);
      }),
      {numRuns: 200},
    );
  });
});
