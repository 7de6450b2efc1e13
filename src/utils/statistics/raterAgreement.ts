/**
 * Agreement between raters beyond chance: Cohen's kappa for two raters' categories, Krippendorff's alpha for any
 * number of raters, missing ratings allowed, on nominal or interval data. Written here (a few lines each, checked
 * against the worked examples of Cohen 1960 as given on Wikipedia and Krippendorff 2011) because no well-kept npm
 * package offers them; the formulas are the published ones, step for step.
 */

export interface Agreement {
  /** Kappa or alpha; null when chance agreement is total (every rating the same), where neither is defined. */
  value: number | null;
  /** Units (prompts) that entered the figure: rated by both raters (kappa) or by at least two (alpha). */
  units: number;
}

/**
 * Cohen's kappa, κ = (p_o − p_e) / (1 − p_e), for two raters' labels of the same items. Items either rater left
 * unlabelled (null) are skipped.
 */
export function cohensKappa<T>(first: readonly (T | null)[], second: readonly (T | null)[]): Agreement {
  const pairs: [T, T][] = [];
  for (let i = 0; i < Math.min(first.length, second.length); i++) {
    const a = first[i];
    const b = second[i];
    if (a !== null && b !== null) pairs.push([a, b]);
  }
  const n = pairs.length;
  if (n === 0) return {value: null, units: 0};
  const firstCounts = new Map<T, number>();
  const secondCounts = new Map<T, number>();
  let agreed = 0;
  for (const [a, b] of pairs) {
    if (a === b) agreed++;
    firstCounts.set(a, (firstCounts.get(a) ?? 0) + 1);
    secondCounts.set(b, (secondCounts.get(b) ?? 0) + 1);
  }
  let chance = 0;
  for (const [label, count] of firstCounts) chance += (count / n) * ((secondCounts.get(label) ?? 0) / n);
  const observed = agreed / n;
  return {value: chance === 1 ? null : (observed - chance) / (1 - chance), units: n};
}

export type Measurement = 'nominal' | 'interval';

function distance(a: number, b: number, level: Measurement): number {
  if (level === 'nominal') return a === b ? 0 : 1;
  return (a - b) ** 2;
}

/**
 * Krippendorff's alpha, α = 1 − D_o / D_e, from the coincidence matrix (Krippendorff 2011, "Computing Krippendorff's
 * Alpha-Reliability", section C). `units[u]` holds the values the raters gave unit u (null where one gave none);
 * nominal categories are given as numbers.
 */
export function krippendorffAlpha(units: readonly (readonly (number | null)[])[], level: Measurement): Agreement {
  // Pairable values: units with at least two values.
  const coincidences = new Map<number, Map<number, number>>();
  const add = (c: number, k: number, weight: number) => {
    let row = coincidences.get(c);
    if (!row) coincidences.set(c, (row = new Map()));
    row.set(k, (row.get(k) ?? 0) + weight);
  };
  let used = 0;
  for (const unit of units) {
    const values = unit.filter((v): v is number => v !== null && Number.isFinite(v));
    const m = values.length;
    if (m < 2) continue;
    used++;
    for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) if (i !== j) add(values[i], values[j], 1 / (m - 1));
  }
  const totals = new Map<number, number>();
  let n = 0;
  for (const [c, row] of coincidences) {
    let sum = 0;
    for (const weight of row.values()) sum += weight;
    totals.set(c, sum);
    n += sum;
  }
  if (n <= 1) return {value: null, units: used};
  let observed = 0;
  for (const [c, row] of coincidences) for (const [k, weight] of row) observed += weight * distance(c, k, level);
  let expected = 0;
  for (const [c, nc] of totals) for (const [k, nk] of totals) expected += nc * nk * distance(c, k, level);
  observed /= n;
  expected /= n * (n - 1);
  return {value: expected === 0 ? null : 1 - observed / expected, units: used};
}
