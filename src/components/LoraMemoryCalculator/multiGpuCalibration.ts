/**
 * The per-GPU memory estimate held against published multi-GPU runs (src/data/multiGpuMemoryCalibration.ts): each
 * run's settings as the calculator reads them, the estimate of one card's reserved peak, and the error. Runs are
 * left out only by the rules below, stated before any estimate was compared. Pure.
 */
import {multiGpuMemoryCalibration, type MultiGpuMemoryPoint} from '@site/src/data/multiGpuMemoryCalibration';
import {calculate, type CalculatorResult} from './calculate';
import type {CalculatorInputs} from './inputs';
import {summarizeErrors, type ErrorSummary} from './calibration';
import {serializeQuery} from './queryState';

/** The bound the calibration test enforces on every included run (issue 18: ±25 %). */
export const MULTI_GPU_LIMIT = 0.25;

/**
 * How each source's runs were configured, beyond what the point states. torchtune (README, late 2024): bf16 model
 * and adapters, chunked cross-entropy, LoRA dropout 0.0 (the 70B configs). Answer.AI's train.py (March 2024): pure
 * bf16 (adapters and AdamW states too), transformers' loss on the full logits, LoRA dropout 0.1, and a bitsandbytes
 * before 0.44 (0.43 brought the quant_storage FSDP needs), which kept every 4-bit layer's input.
 */
const SOURCE_SETTINGS: Record<MultiGpuMemoryPoint['source'], Partial<CalculatorInputs>> = {
  torchtune: {precision: 'bf16', optimizer: 'adamw', loss: 'chunked', loraDropout: false, trainedPrecision: '16bit', oldBitsandbytes: false},
  'answerai-fsdp-qlora': {precision: 'bf16', optimizer: 'adamw', loss: 'full', loraDropout: true, trainedPrecision: '16bit', oldBitsandbytes: true},
};

const SOURCE_NAMES: Record<MultiGpuMemoryPoint['source'], string> = {torchtune: 'torchtune', 'answerai-fsdp-qlora': 'Answer.AI fsdp_qlora'};

function gpuIdOf(point: MultiGpuMemoryPoint): string {
  if (point.gpuName.includes('4090')) return 'rtx-4090';
  if (point.gpuName.includes('3090')) return 'rtx-3090';
  return 'a100-80';
}

export type MultiGpuExclusion =
  /** The model is not one of the calculator's presets, so no link could load the run. */
  | {rule: 'not-a-preset'; detail: string}
  /** The run depends on a setting the calculator does not have. */
  | {rule: 'settings-not-modelled'; detail: string}
  /** The same source measured the run with four times the tokens per step and a peak no higher: not a training peak. */
  | {rule: 'peak-not-from-training'; detail: string};

/** Less growth than this when the tokens per step grow fourfold means the peak was set outside the training step. */
const FLAT_PEAK_GROWTH = 0.05;

function exclusionOf(point: MultiGpuMemoryPoint): MultiGpuExclusion | null {
  if (!point.presetId) return {rule: 'not-a-preset', detail: `${point.model} is not among the calculator’s models`};
  if (point.unmodelledSettings) return {rule: 'settings-not-modelled', detail: point.unmodelledSettings};
  const tokens = point.sequenceLength * point.microBatch;
  const larger = multiGpuMemoryCalibration.find(
    (other) =>
      other.source === point.source &&
      other.model === point.model &&
      other.method === point.method &&
      other.strategy === point.strategy &&
      other.offload === point.offload &&
      other.sequenceLength * other.microBatch >= 4 * tokens &&
      other.measuredGB <= point.measuredGB * (1 + FLAT_PEAK_GROWTH),
  );
  if (larger) {
    return {
      rule: 'peak-not-from-training',
      detail: `the same run with ${larger.sequenceLength * larger.microBatch} tokens per step peaked at ${larger.measuredGiB} GiB against ${point.measuredGiB} GiB here: four times the activations moved the peak by less than ${FLAT_PEAK_GROWTH * 100} %, so it was set outside the training step (loading the model)`,
    };
  }
  return null;
}

/** The calculator's settings for a run (the rest are defaults). */
export function inputsOf(point: MultiGpuMemoryPoint): Partial<CalculatorInputs> {
  return {
    ...SOURCE_SETTINGS[point.source],
    model: point.presetId,
    rank: point.lora?.rank,
    alpha: point.lora ? 2 * point.lora.rank : undefined,
    targets: point.lora ? [...point.lora.targets] : undefined,
    seqLength: point.sequenceLength,
    microBatch: point.microBatch,
    gradientCheckpointing: point.checkpointing,
    gpu: gpuIdOf(point),
    gpus: point.gpus,
    strategy: point.strategy,
    offload: point.offload,
  };
}

export interface MultiGpuRow {
  point: MultiGpuMemoryPoint;
  sourceName: string;
  inputs: CalculatorInputs;
  result: CalculatorResult;
  /** One card's reserved peak, without the CUDA context (what torch.cuda.max_memory_reserved reports). */
  estimatedBytes: number;
  measuredBytes: number;
  error: number;
  excluded: MultiGpuExclusion | null;
}

export function multiGpuRow(point: MultiGpuMemoryPoint): MultiGpuRow {
  const defined = Object.fromEntries(Object.entries(inputsOf(point)).filter(([, v]) => v !== undefined));
  const result = calculate({...defined, recommendedMethod: point.method});
  const estimatedBytes = result.methods[point.method].perGpu.reservedBytes;
  const measuredBytes = point.measuredGB * 1e9;
  return {
    point,
    sourceName: SOURCE_NAMES[point.source],
    inputs: result.inputs,
    result,
    estimatedBytes,
    measuredBytes,
    error: estimatedBytes / measuredBytes - 1,
    excluded: exclusionOf(point),
  };
}

let cached: {rows: MultiGpuRow[]; included: MultiGpuRow[]; summary: ErrorSummary} | null = null;

/** Every multi-GPU run through the engine, computed once when first asked for. */
export function multiGpuCalibration(): {rows: MultiGpuRow[]; included: MultiGpuRow[]; summary: ErrorSummary} {
  if (cached === null) {
    const rows = multiGpuMemoryCalibration.map(multiGpuRow);
    const included = rows.filter((r) => r.excluded === null);
    cached = {rows, included, summary: summarizeErrors(included.map((r) => r.error))};
  }
  return cached;
}

/** The link that loads a run's settings, with its method emphasised. */
export function multiGpuQuery(row: MultiGpuRow): string {
  return serializeQuery({...row.inputs, recommendedMethod: row.point.method});
}
