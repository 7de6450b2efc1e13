/**
 * The checker's settings a reader can share in a link:
 *   ?format=chat&size=13B&limit=8192&epochs=2
 * (the file itself never leaves the browser, so it is not part of the link).
 */
import {dataVolumeByModelSize, type ModelSizeLabel} from '@site/src/data/dataPreparation';
import type {FormatChoice} from './checkLine';
import {formatInteger} from '@site/src/utils/numberFormat';

export interface CheckerSettings {
  format: FormatChoice;
  /** The "How much data?" row to judge against. */
  modelSize: ModelSizeLabel;
  /** Tokens an example may hold; longer ones are flagged. */
  contextLimit: number;
  epochs: number;
}

export const DEFAULT_SETTINGS: CheckerSettings = {
  format: 'auto',
  modelSize: '7B',
  // A common fine-tuning sequence length; the page asks the reader to set their own.
  contextLimit: 4_096,
  // The top of T1.4's "Train for 1-3 epochs", as the customization-fit widget assumes: the estimate errs high.
  epochs: 3,
};

export const CONTEXT_LIMIT_PRESETS = [2_048, 4_096, 8_192, 16_384, 65_536, 128_000] as const;
export const LIMITS = {
  contextLimit: {min: 16, max: 2_000_000},
  epochs: {min: 1, max: 10},
} as const;

const FORMATS: readonly FormatChoice[] = ['auto', 'chat', 'preference'];
const SIZES = dataVolumeByModelSize.map((row) => row.modelSize);
const KEYS = {format: 'format', modelSize: 'size', contextLimit: 'limit', epochs: 'epochs'} as const;

export type WholeNumberReading = {kind: 'value'; value: number; note: string | null} | {kind: 'invalid'; reason: string};

/** A whole number within limits from a box or a URL: "8,192" and "8k" read as 8192; out of range is clamped with a note. */
export function readWholeNumber(text: string, limits: {min: number; max: number}): WholeNumberReading {
  const cleaned = text.trim().toLowerCase().replace(/[,_\s]/g, '');
  if (cleaned === '') return {kind: 'invalid', reason: 'is empty'};
  const match = /^(\d+(?:\.\d+)?)(k|m)?$/.exec(cleaned);
  if (!match) return {kind: 'invalid', reason: 'is not a number'};
  const value = Math.round(Number(match[1]) * (match[2] === 'k' ? 1_000 : match[2] === 'm' ? 1_000_000 : 1));
  if (!Number.isFinite(value)) return {kind: 'invalid', reason: 'is not a number'};
  if (value < limits.min) return {kind: 'value', value: limits.min, note: `below ${formatInteger(limits.min)}; using ${formatInteger(limits.min)}`};
  if (value > limits.max) return {kind: 'value', value: limits.max, note: `above ${formatInteger(limits.max)}; using ${formatInteger(limits.max)}`};
  return {kind: 'value', value, note: null};
}

/** Reads the query string; never throws, never echoes what it could not read. */
export function parseSettings(search: string): {settings: CheckerSettings; messages: string[]} {
  const params = new URLSearchParams(search);
  const settings = {...DEFAULT_SETTINGS};
  const messages: string[] = [];

  const format = params.get(KEYS.format);
  if (format !== null) {
    if ((FORMATS as readonly string[]).includes(format)) settings.format = format as FormatChoice;
    else messages.push(`format: not one of ${FORMATS.join(', ')}; using auto.`);
  }
  const size = params.get(KEYS.modelSize);
  if (size !== null) {
    const upper = size.trim().toUpperCase();
    if ((SIZES as readonly string[]).includes(upper)) settings.modelSize = upper as ModelSizeLabel;
    else messages.push(`size: not one of ${SIZES.join(', ')}; using ${DEFAULT_SETTINGS.modelSize}.`);
  }
  for (const field of ['contextLimit', 'epochs'] as const) {
    const raw = params.get(KEYS[field]);
    if (raw === null) continue;
    const reading = readWholeNumber(raw, LIMITS[field]);
    if (reading.kind === 'value') {
      settings[field] = reading.value;
      if (reading.note) messages.push(`${KEYS[field]}: ${reading.note}.`);
    } else {
      messages.push(`${KEYS[field]}: ${reading.reason}; using ${formatInteger(DEFAULT_SETTINGS[field])}.`);
    }
  }
  return {settings, messages};
}

/** The query string with the settings that differ from the defaults; other parameters are kept. */
export function mergeSettingsIntoSearch(search: string, settings: CheckerSettings): string {
  const params = new URLSearchParams(search);
  for (const field of Object.keys(KEYS) as (keyof CheckerSettings)[]) {
    if (settings[field] === DEFAULT_SETTINGS[field]) params.delete(KEYS[field]);
    else params.set(KEYS[field], String(settings[field]));
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

const MAX_PRICE = 10_000;

/** "$3", "3.50" → 3.5; anything else is not a price. */
export function readPrice(text: string): number | null {
  const cleaned = text.trim().replace(/^\$/, '').replace(/,/g, '');
  if (!/^\d+(\.\d*)?$|^\.\d+$/.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? Math.min(value, MAX_PRICE) : null;
}
