import {describe, expect, it} from 'vitest';
import {cohensKappa, krippendorffAlpha} from '../raterAgreement';

const repeat = <T,>(value: T, times: number): T[] => Array.from({length: times}, () => value);

describe("Cohen's kappa", () => {
  it('Wikipedia\'s worked example: 50 grant proposals, 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no → κ = 0.4', () => {
    const a = [...repeat('yes', 25), ...repeat('no', 25)];
    const b = [...repeat('yes', 20), ...repeat('no', 5), ...repeat('yes', 10), ...repeat('no', 15)];
    const kappa = cohensKappa(a, b);
    expect(kappa.value).toBeCloseTo(0.4, 10);
    expect(kappa.units).toBe(50);
  });

  it('skips items either rater left out, and is undefined when everyone always says the same', () => {
    expect(cohensKappa(['a', null, 'b'], ['a', 'b', null]).units).toBe(1);
    expect(cohensKappa(['a', 'a'], ['a', 'a']).value).toBeNull();
  });

  it('perfect agreement is 1', () => expect(cohensKappa(['a', 'b', 'c'], ['a', 'b', 'c']).value).toBe(1));
});

describe("Krippendorff's alpha", () => {
  // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 observers, 12 units, missing data.
  const N = null;
  const observers = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, 3],
    [N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, N],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N],
  ];
  const units = observers[0].map((_, u) => observers.map((row) => row[u]));

  it('nominal: α = 0.743 (Krippendorff 2011)', () => expect(krippendorffAlpha(units, 'nominal').value).toBeCloseTo(0.743, 3));
  it('interval: α = 0.849 (Krippendorff 2011)', () => expect(krippendorffAlpha(units, 'interval').value).toBeCloseTo(0.849, 3));
  it('a unit with one value is not pairable: 11 of 12 units count', () => expect(krippendorffAlpha(units, 'nominal').units).toBe(11));

  it('binary data, two observers, no missing values: α = 0.095 (Krippendorff 2011, section A)', () => {
    const a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0];
    const b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0];
    expect(krippendorffAlpha(a.map((value, i) => [value, b[i]]), 'nominal').value).toBeCloseTo(0.095, 3);
  });

  it('is undefined when every value is the same or nothing is pairable', () => {
    expect(krippendorffAlpha([[3, 3], [3, 3]], 'interval').value).toBeNull();
    expect(krippendorffAlpha([[3, null]], 'interval').value).toBeNull();
  });
});
