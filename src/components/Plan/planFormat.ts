/** How the plan writes durations, money and ranges: fixed separators, never NaN (an unknown figure is "—"). */
import {durationInUnits, type Range} from '@site/src/components/LoraMemoryCalculator/trainingTime';
import {formatFixed} from '@site/src/utils/numberFormat';

/** About two significant figures, as an estimate deserves: 0.84, 3.2, 27, 1,400. */
export function roughly(value: number): string {
  if (!Number.isFinite(value)) return '—';
  const abs = Math.abs(value);
  if (abs >= 100) return formatFixed(Math.round(value / 10 ** (Math.floor(Math.log10(abs)) - 1)) * 10 ** (Math.floor(Math.log10(abs)) - 1), 0);
  if (abs >= 10) return formatFixed(value, 0);
  if (abs >= 1) return formatFixed(value, 1);
  if (abs === 0) return '0';
  return formatFixed(value, 2);
}

/** A duration and its range in one unit: "3.2 hours (2.8–3.9)"; under a minute in seconds. */
export function durationText(seconds: Range): string {
  if (![seconds.low, seconds.central, seconds.high].every(Number.isFinite)) return '—';
  const unit = seconds.central < 60 ? 'seconds' : durationInUnits(seconds.central).unit;
  const per = unit === 'seconds' ? 1 : unit === 'minutes' ? 60 : unit === 'hours' ? 3_600 : 86_400;
  return `${roughly(seconds.central / per)} ${unit} (${roughly(seconds.low / per)}–${roughly(seconds.high / per)})`;
}

/** Dollars as the plan prints them: cents below $10, whole dollars above. */
export function usdText(value: number): string {
  if (!Number.isFinite(value)) return '—';
  if (value > 0 && value < 0.01) return 'under $0.01';
  if (value < 10) return `$${formatFixed(value, 2)}`;
  return `$${formatFixed(Math.round(value), 0)}`;
}

/** A cost and its range: "$4.80 ($4.20–$5.80)"; a range below a cent is just "under $0.01". */
export function costText(cost: Range): string {
  if (![cost.low, cost.central, cost.high].every(Number.isFinite)) return '—';
  if (cost.high < 0.01) return usdText(cost.central);
  return `${usdText(cost.central)} (${usdText(cost.low)}–${usdText(cost.high)})`;
}
