import {describe, expect, it} from 'vitest';
import {pairedDifference, signedRankTest} from '../pairedComparison';

// R's documentation examples: ?wilcox.test (Hollander & Wolfe 1973, p. 29f: Hamilton depression scale, 9 patients,
// x first visit, y second) and ?t.test with the sleep data (Student 1908, 10 patients, two drugs).
const hamiltonFirst = [1.83, 0.5, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.3];
const hamiltonSecond = [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29];
const sleepDrug1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
const sleepDrug2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

describe('Wilcoxon signed-rank test', () => {
  it('Hollander & Wolfe: V = 40, exact two-sided p = 0.03906 (R: one-sided 0.01953)', () => {
    const test = signedRankTest(hamiltonSecond, hamiltonFirst);
    expect(test.statistic).toBe(40);
    expect(test.pValue).toBeCloseTo(0.0390625, 7);
    expect(test.approximate).toBe(false);
  });

  it('sleep data, with a zero and ties: V = 0, p = 0.009091 by the corrected normal approximation, as R prints', () => {
    const test = signedRankTest(sleepDrug2, sleepDrug1);
    expect(test.statistic).toBe(0);
    expect(test.differing).toBe(9);
    expect(test.pValue).toBeCloseTo(0.009091, 6);
    expect(test.approximate).toBe(true);
  });

  it('no differences: nothing to test, p = 1', () => {
    expect(signedRankTest([3, 4, 5], [3, 4, 5]).pValue).toBe(1);
    expect(signedRankTest([3, 4, 5], [3, 4, 4]).pValue).toBe(1);
  });
});

describe('paired mean difference with a t interval', () => {
  it('sleep data: −1.58, 95 % interval −2.4599 to −0.7001 (R: t.test(extra ~ group, paired = TRUE))', () => {
    const difference = pairedDifference(sleepDrug2, sleepDrug1);
    expect(difference.mean).toBeCloseTo(-1.58, 10);
    expect(difference.interval!.low).toBeCloseTo(-2.4598858, 6);
    expect(difference.interval!.high).toBeCloseTo(-0.7001142, 6);
  });

  it('Hamilton scale: 0.4319, 95 % interval 0.1038 to 0.7600 (R: t.test(x, y, paired = TRUE))', () => {
    const difference = pairedDifference(hamiltonSecond, hamiltonFirst);
    expect(difference.mean).toBeCloseTo(0.4318889, 6);
    expect(difference.interval!.low).toBeCloseTo(0.1037787, 6);
    expect(difference.interval!.high).toBeCloseTo(0.7599991, 6);
  });

  it('one pair has a mean but no interval; none has neither', () => {
    expect(pairedDifference([3], [5])).toEqual({pairs: 1, mean: 2, interval: null});
    expect(pairedDifference([], []).interval).toBeNull();
  });
});
