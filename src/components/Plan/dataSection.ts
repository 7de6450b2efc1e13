/**
 * The plan's data readiness: the checked file's counts, the errors and warnings to fix first by the checker's kinds,
 * and whether the amount matches T1.6's "How much data?" for the run's model size. Pure: no React, no DOM.
 */
import {dataVolumeByModelSize, type ModelSizeLabel} from '@site/src/data/dataPreparation';
import {findingKinds, FINDING_KINDS, type FindingKind} from '@site/src/components/TrainingDataCheck/findings';
import {volumeVerdict, type VolumeTier} from '@site/src/components/TrainingDataCheck/verdicts';
import type {DataSummaryNumbers} from '@site/src/utils/scenario/dataSummary';

export interface FindingCount {
  kind: FindingKind;
  label: string;
  count: number;
}

export interface DataSection {
  summary: DataSummaryNumbers | null;
  /** Errors first (a trainer would reject the line), then warnings; each by kind, most first. */
  errors: FindingCount[];
  warnings: FindingCount[];
  /** T1.6's row for the model, and why that row. */
  volume: {row: ModelSizeLabel; why: string; tier: VolumeTier; sentence: string; basis: 'file' | 'fit'} | null;
}

/** The "How much data?" row nearest the model's size on a log scale; T1.6 gives 7B, 13B and 70B only. */
export function dataRowForModel(totalParams: number): ModelSizeLabel {
  const sizes = dataVolumeByModelSize.map((row) => ({row: row.modelSize, billions: Number.parseFloat(row.modelSize)}));
  const billions = Math.max(totalParams / 1e9, 1e-3);
  return sizes.reduce((best, size) => (Math.abs(Math.log(size.billions / billions)) < Math.abs(Math.log(best.billions / billions)) ? size : best)).row;
}

function findingCounts(summary: DataSummaryNumbers, severity: 'error' | 'warning'): FindingCount[] {
  return FINDING_KINDS.filter((kind) => findingKinds[kind].severity === severity && (summary.findings[kind] ?? 0) > 0)
    .map((kind) => ({kind, label: findingKinds[kind].label, count: summary.findings[kind]!}))
    .sort((a, b) => b.count - a.count);
}

export function dataSection(summary: DataSummaryNumbers | null, model: {name: string; size: string; totalParams: number}, fitExamples: number | null): DataSection {
  const row = dataRowForModel(model.totalParams);
  const why = `${model.name} (${model.size} parameters) is judged on T1.6’s ${row} row, the nearest size the module gives`;
  const usable = summary ? summary.unique : fitExamples;
  const verdict = usable === null ? null : volumeVerdict(usable, row);
  return {
    summary,
    errors: summary ? findingCounts(summary, 'error') : [],
    warnings: summary ? findingCounts(summary, 'warning') : [],
    volume: verdict ? {row, why, tier: verdict.tier, sentence: verdict.sentence, basis: summary ? 'file' : 'fit'} : null,
  };
}
