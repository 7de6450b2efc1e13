/** Numbers in the fit table's text, with fixed English separators, so server and browser print the same. */
import {groupThousands} from '@site/src/utils/numberFormat';

/** 1234567 → "1,234,567". Never prints NaN or Infinity. */
export function formatCount(value: number): string {
  if (!Number.isFinite(value)) return '—';
  const rounded = Math.round(Math.abs(value));
  if (rounded >= 1e21) return `${value < 0 ? '-' : ''}${rounded.toExponential(2)}`;
  return (value < 0 && rounded !== 0 ? '-' : '') + groupThousands(rounded.toFixed(0));
}

/** Dollars: cents below $100 ("$4.50"), whole dollars above ("$3,750"). */
export function formatUsd(value: number): string {
  if (!Number.isFinite(value)) return '—';
  if (value > 0 && value < 0.01) return 'under $0.01';
  if (value < 100 && !Number.isInteger(value)) return `$${value.toFixed(2)}`;
  return `$${formatCount(value)}`;
}

/** 1_500_000 → "1.5M", for token totals. */
export function formatShortCount(value: number): string {
  if (!Number.isFinite(value)) return '—';
  const units: ReadonlyArray<readonly [number, string]> = [
    [1e12, 'T'],
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'K'],
  ];
  for (const [size, suffix] of units) {
    if (value >= size) {
      const scaled = value / size;
      const text = scaled >= 100 ? scaled.toFixed(0) : Number(scaled.toPrecision(3)).toString();
      return `${text}${suffix}`;
    }
  }
  return formatCount(value);
}
