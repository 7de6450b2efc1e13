/** Number formatting for the calculator: fixed English separators, so server and browser print the same. */
import {formatFixed, formatInteger} from '@site/src/utils/numberFormat';

export {formatFixed, formatInteger};

/** Decimals that keep about three significant figures for a magnitude. */
function decimalsFor(value: number): number {
  const abs = Math.abs(value);
  if (abs >= 100 || abs === 0) return 0;
  if (abs >= 10) return 1;
  if (abs >= 1) return 2;
  return Math.min(4, 2 - Math.floor(Math.log10(abs)));
}

/** Bytes → "13.48 GB" style text in decimal GB (10^9 bytes). */
export function formatGB(bytes: number): string {
  const gb = bytes / 1e9;
  return `${formatFixed(gb, decimalsFor(gb))} GB`;
}

/** Bytes → MB below 1 GB, GB above: "8.39 MB", "1.04 GB". */
export function formatFileSize(bytes: number): string {
  if (bytes >= 1e9) return formatGB(bytes);
  const mb = bytes / 1e6;
  return `${formatFixed(mb, decimalsFor(mb))} MB`;
}

/** A percentage with three significant figures: 0.06224 → "0.0622 %". */
export function formatPercent(percent: number): string {
  if (!Number.isFinite(percent)) return '—';
  if (percent === 0) return '0 %';
  const decimals = Math.max(0, Math.min(8, 2 - Math.floor(Math.log10(Math.abs(percent)))));
  return `${formatFixed(percent, decimals)} %`;
}

/** Billions of parameters: 6738415616 → "6.74B". */
export function formatBillions(params: number): string {
  const b = params / 1e9;
  return `${formatFixed(b, decimalsFor(b))}B`;
}

/** A short, printable excerpt of untrusted text for a message (rendered as text, never as HTML). */
export function quoteInput(raw: string): string {
  // eslint-disable-next-line no-control-regex
  const printable = raw.replace(/[\u0000-\u001f\u007f]/g, '?');
  const short = printable.length > 24 ? `${printable.slice(0, 24)}…` : printable;
  return `“${short}”`;
}

/** Token counts in words: 500000 → "500,000", 20000000 → "20 million", 1500000000 → "1.5 billion". */
export function formatTokens(tokens: number): string {
  if (!Number.isFinite(tokens)) return '—';
  if (tokens < 1e6) return formatInteger(tokens);
  const [scale, word] = tokens < 1e9 ? [1e6, 'million'] : [1e9, 'billion'];
  const value = tokens / scale;
  const text = value >= 100 ? formatInteger(value) : formatFixed(value, value >= 10 ? 1 : 2).replace(/\.?0+$/, '');
  return `${text} ${word}`;
}
