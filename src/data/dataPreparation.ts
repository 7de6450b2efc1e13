/**
 * T1.6's two tables as data: the data-quality checklist and "How much data?".
 * The page's tables and the training-data checker's verdicts read the same
 * rows; the seed's cell text is derived from the numbers, never typed beside them.
 */

import {formatInteger} from '@site/src/utils/numberFormat';

export type ModelSizeLabel = '7B' | '13B' | '70B';

export interface DataVolumeRow {
  /** As the module's "Model Size" column writes it. */
  modelSize: ModelSizeLabel;
  /** Fewer examples than this is below the module's minimum. */
  minimum: number;
  /** The module's "Good" range, inclusive. */
  good: {from: number; to: number};
  /** "Excellent" from this many examples up. */
  excellent: number;
}

/** T1.6 "How much data?", in the module's order. */
export const dataVolumeByModelSize: readonly DataVolumeRow[] = [
  {modelSize: '7B', minimum: 100, good: {from: 500, to: 1_000}, excellent: 5_000},
  {modelSize: '13B', minimum: 200, good: {from: 1_000, to: 2_000}, excellent: 10_000},
  {modelSize: '70B', minimum: 500, good: {from: 2_000, to: 5_000}, excellent: 20_000},
];

export const dataVolumeTableHeader = ['Model Size', 'Minimum', 'Good', 'Excellent'] as const;

/** "100 examples" */
export const minimumText = (row: DataVolumeRow) => `${formatInteger(row.minimum)} examples`;
/** "500–1,000" */
export const goodText = (row: DataVolumeRow) => `${formatInteger(row.good.from)}–${formatInteger(row.good.to)}`;
/** "5,000+" */
export const excellentText = (row: DataVolumeRow) => `${formatInteger(row.excellent)}+`;

export function dataVolumeRow(size: ModelSizeLabel): DataVolumeRow {
  const row = dataVolumeByModelSize.find((r) => r.modelSize === size);
  if (!row) throw new Error(`No "How much data?" row for ${size}.`);
  return row;
}

export type DataQualityCheckId =
  | 'diverse-inputs'
  | 'high-quality-outputs'
  | 'consistent-format'
  | 'no-contradictions'
  | 'balanced-classes'
  | 'length-variety'
  | 'edge-cases';

export interface DataQualityCheck {
  id: DataQualityCheckId;
  check: string;
  whyItMatters: string;
  howToVerify: string;
}

/** T1.6 "Data Quality Checklist", in the module's order and words. */
export const dataQualityChecks: readonly DataQualityCheck[] = [
  {id: 'diverse-inputs', check: 'Diverse inputs', whyItMatters: 'Prevent overfitting to patterns', howToVerify: 'Cluster queries by type, ensure coverage'},
  {id: 'high-quality-outputs', check: 'High-quality outputs', whyItMatters: 'Model learns from examples', howToVerify: 'Expert review of assistant messages'},
  {id: 'consistent-format', check: 'Consistent format', whyItMatters: 'Reinforces desired structure', howToVerify: 'Schema validation on outputs'},
  {id: 'no-contradictions', check: 'No contradictions', whyItMatters: 'Confuses the model', howToVerify: 'Deduplication and consistency check'},
  {id: 'balanced-classes', check: 'Balanced classes', whyItMatters: 'Prevents bias toward over-represented types', howToVerify: 'Category distribution analysis'},
  {id: 'length-variety', check: 'Length variety', whyItMatters: 'Handles both short and long responses', howToVerify: 'Histogram of response lengths'},
  {id: 'edge-cases', check: 'Edge cases', whyItMatters: 'Teaches robust behavior', howToVerify: 'Include tricky/ambiguous examples (10-20%)'},
];

export const dataQualityTableHeader = ['Check', 'Why It Matters', 'How to Verify'] as const;

/**
 * The thresholds the checker judges a file by where the module names a check
 * but gives no number. They are this site's rules of thumb, and the page says so.
 */
export const checkerRules = {
  /** "Diverse inputs" passes when at least this share of prompts differ after normalising case and whitespace. */
  distinctPromptShare: 0.95,
  /** "Length variety" passes when at least this many of the histogram's bands (each twice as long as the last)… */
  lengthBandsNeeded: 3,
  /** …each hold at least this share of the assistant responses. */
  lengthBandShare: 0.05,
} as const;
