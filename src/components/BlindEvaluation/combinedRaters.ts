/**
 * Several raters' exports of the same file: how far they agree beyond chance, and their combined result. Preference
 * agreement is Cohen's kappa for two raters and Krippendorff's alpha (nominal) for more; score agreement is
 * Krippendorff's alpha (interval) over every response scored, for any number of raters. The combined result scores each
 * prompt by the raters' mean and takes the preference most raters gave (a draw is a tie).
 */
import {abCriteria, alphaBands, kappaBands, type Criterion} from '@site/src/data/evaluation';
import {cohensKappa, krippendorffAlpha, type Agreement} from '@site/src/utils/statistics/raterAgreement';
import type {ImportedRater} from './ratingsExport';
import type {Preference} from './ratings';
import type {ScoredPrompt} from './results';

export interface AgreementFigure {
  method: "Cohen's kappa" | "Krippendorff's alpha";
  agreement: Agreement;
  reading: string;
}

export interface RatersSummary {
  raters: string[];
  /** Prompt numbers any rater rated, in order. */
  prompts: number[];
  preference: AgreementFigure;
  criteria: {criterion: Criterion; figure: AgreementFigure}[];
  combined: ScoredPrompt[];
}

function readingOf(value: number | null, bands: ReadonlyArray<{from: number; reading: string}>): string {
  if (value === null) return 'not defined: every rating was the same, so chance explains all agreement';
  return bands.find((band) => value >= band.from)?.reading ?? '';
}

const PREFERENCE_CODES: Record<Preference, number> = {base: 0, tie: 1, fineTuned: 2};

function majority(preferences: (Preference | null)[]): Preference | null {
  const counts = new Map<Preference, number>();
  for (const preference of preferences) if (preference !== null) counts.set(preference, (counts.get(preference) ?? 0) + 1);
  if (counts.size === 0) return null;
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return sorted.length > 1 && sorted[0][1] === sorted[1][1] ? 'tie' : sorted[0][0];
}

function meanOf(values: (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length ? present.reduce((a, b) => a + b, 0) / present.length : null;
}

export function summarizeRaters(raters: readonly ImportedRater[]): RatersSummary {
  const prompts = [...new Set(raters.flatMap((rater) => [...rater.ratings.keys()]))].sort((a, b) => a - b);
  const preferencesOf = (rater: ImportedRater) => prompts.map((n) => rater.ratings.get(n)?.preference ?? null);

  let preference: AgreementFigure;
  if (raters.length === 2) {
    const agreement = cohensKappa(preferencesOf(raters[0]), preferencesOf(raters[1]));
    preference = {method: "Cohen's kappa", agreement, reading: readingOf(agreement.value, kappaBands)};
  } else {
    const units = prompts.map((n) => raters.map((rater) => {
      const p = rater.ratings.get(n)?.preference;
      return p ? PREFERENCE_CODES[p] : null;
    }));
    const agreement = krippendorffAlpha(units, 'nominal');
    preference = {method: "Krippendorff's alpha", agreement, reading: readingOf(agreement.value, alphaBands)};
  }

  const criteria = abCriteria.map((criterion, position) => {
    // Each response is a unit: its scores from every rater.
    const units = prompts.flatMap((n) => (['base', 'fineTuned'] as const).map((model) => raters.map((rater) => rater.ratings.get(n)?.[model][position] ?? null)));
    const agreement = krippendorffAlpha(units, 'interval');
    return {criterion, figure: {method: "Krippendorff's alpha" as const, agreement, reading: readingOf(agreement.value, alphaBands)}};
  });

  const combined: ScoredPrompt[] = prompts.map((n) => {
    const ratings = raters.map((rater) => rater.ratings.get(n));
    const scores = (model: 'base' | 'fineTuned') => abCriteria.map((_, i) => meanOf(ratings.map((r) => r?.[model][i] ?? null)));
    return {index: n - 1, base: scores('base'), fineTuned: scores('fineTuned'), preference: majority(ratings.map((r) => r?.preference ?? null))};
  });

  return {raters: raters.map((rater) => rater.name), prompts, preference, criteria, combined};
}
