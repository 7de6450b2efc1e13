/**
 * The estimate held against published runs: each calibration point recomputed,
 * and the statistics the unit test bounds and the page's table shows.
 * Pure functions: no React, no DOM.
 */
import {throughputCalibration, type ThroughputCalibrationPoint} from '@site/src/data/throughputCalibration';
import {gpus} from '@site/src/data/gpus';
import {llmFoundryRows, mptShape} from '@site/src/data/llmFoundryThroughput';
import {stepEfficiencyFor, throughputConstants} from '@site/src/data/throughputConstants';
import {modelPresets} from '@site/src/data/models';
import {computeShapeOf, estimateTrainingRun, flopsPerToken, type TrainingRunInput} from './trainingTime';
import {sanitizeInputs, type CalculatorInputs} from './inputs';
import {serializeQuery} from './queryState';

/** The parts of a calibration point the estimate reads. */
type RunConfiguration = Pick<
  ThroughputCalibrationPoint,
  | 'shape'
  | 'method'
  | 'adapterParams'
  | 'sequenceLength'
  | 'microBatch'
  | 'gradientAccumulation'
  | 'checkpointing'
  | 'optimizer'
  | 'gpu'
  | 'gpus'
  | 'strategy'
>;

/** A published run as the estimate's input: one epoch of a million tokens, price irrelevant. */
export function runInputOf(point: RunConfiguration): TrainingRunInput {
  return {
    shape: point.shape,
    method: point.method,
    adapterParams: point.adapterParams,
    objective: 'sft',
    referencePrecomputed: false,
    sequenceLength: point.sequenceLength,
    microBatch: point.microBatch,
    gradientAccumulation: point.gradientAccumulation,
    gradientCheckpointing: point.checkpointing,
    optimizer: point.optimizer,
    gpu: point.gpu,
    gpus: point.gpus,
    strategy: point.strategy,
    offload: 'none',
    tokensPerEpoch: 1e6,
    epochs: 1,
    usdPerGpuHour: 0,
  };
}

export interface CalibrationComparison {
  point: ThroughputCalibrationPoint;
  measuredTokensPerSecondPerGpu: number;
  estimatedTokensPerSecondPerGpu: number;
  /** estimated ÷ measured: above 1, the estimate is too fast. */
  ratio: number;
  /** FLOPs the run executes (recomputation included) × measured rate ÷ the datasheet peak. */
  impliedUtilization: number;
}

export function compareWithMeasurement(point: ThroughputCalibrationPoint): CalibrationComparison {
  const input = runInputOf(point);
  const estimated = estimateTrainingRun(input).tokensPerSecond.central / point.gpus;
  const measured = point.measuredTokensPerSecondPerGpu;
  return {
    point,
    measuredTokensPerSecondPerGpu: measured,
    estimatedTokensPerSecondPerGpu: estimated,
    ratio: estimated / measured,
    impliedUtilization: (flopsPerToken(input).total * measured) / (point.gpu.peakTflops * 1e12),
  };
}

/** Quantile with linear interpolation between order statistics (the common "type 7" definition). */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * Math.min(1, Math.max(0, q));
  const below = Math.floor(position);
  const above = Math.min(sorted.length - 1, below + 1);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

export interface CalibrationSummary {
  included: number;
  /** Median of |estimated ÷ measured − 1|. */
  medianAbsoluteError: number;
  worstRatio: {low: number; high: number};
  /** 10th and 90th percentile of measured ÷ estimated: the range the estimate shows. */
  measuredOverEstimated: {p10: number; p90: number};
}

export function summarize(comparisons: readonly CalibrationComparison[]): CalibrationSummary {
  const included = comparisons.filter((c) => !c.point.excluded);
  const ratios = included.map((c) => c.ratio);
  const inverse = ratios.map((r) => 1 / r);
  return {
    included: included.length,
    medianAbsoluteError: quantile(
      ratios.map((r) => Math.abs(r - 1)),
      0.5,
    ),
    worstRatio: {low: Math.min(...ratios), high: Math.max(...ratios)},
    measuredOverEstimated: {p10: quantile(inverse, 0.1), p90: quantile(inverse, 0.9)},
  };
}

/** A published run whose implied utilization no training step reaches (see plausibleUtilizationCeiling). */
export function impliesImpossibleUtilization(comparison: CalibrationComparison): boolean {
  return comparison.impliedUtilization > throughputConstants.plausibleUtilizationCeiling.value;
}

/**
 * The step efficiency each LLM Foundry row achieved: the estimate's η times
 * measured ÷ estimated, for the rows under the plausibility ceiling, by GPU generation.
 */
export function llmFoundryStepEfficiencies(): {hopper: number[]; ampere: number[]} {
  const efficiencies = {hopper: [] as number[], ampere: [] as number[]};
  for (const row of llmFoundryRows) {
    const gpu = gpus.find((g) => g.id === row.gpu);
    if (!gpu) continue;
    const input = runInputOf({
        shape: mptShape(row.model),
        method: 'full',
        adapterParams: 0,
        sequenceLength: row.sequenceLength,
        microBatch: row.microBatch,
        gradientAccumulation: row.gradientAccumulation,
        checkpointing: row.checkpointing,
        optimizer: 'adamw',
        gpu: gpu.compute,
        gpus: row.gpus,
      strategy: 'zero3',
    });
    const estimated = estimateTrainingRun(input).tokensPerSecond.central / row.gpus;
    const utilization = (flopsPerToken(input).total * row.tokensPerSecondPerGpu) / (gpu.compute.peakTflops * 1e12);
    if (utilization > throughputConstants.plausibleUtilizationCeiling.value) continue;
    const generation = gpu.compute.architecture === 'hopper' ? 'hopper' : 'ampere';
    efficiencies[generation].push((stepEfficiencyFor(gpu.compute.architecture).value * row.tokensPerSecondPerGpu) / estimated);
  }
  return efficiencies;
}

let cached: {comparisons: CalibrationComparison[]; summary: CalibrationSummary} | null = null;

/** Every published run recomputed with the engine, once, when first asked for (the page's table and its note). */
export function throughputCalibrationResult(): {comparisons: CalibrationComparison[]; summary: CalibrationSummary} {
  if (cached === null) {
    const comparisons = throughputCalibration.map(compareWithMeasurement);
    cached = {comparisons, summary: summarize(comparisons)};
  }
  return cached;
}

/**
 * The calculator's settings that reproduce a published run, or what the calculator lacks to load it (a model or GPU it
 * does not offer). Gradient accumulation is not a calculator setting; it only spreads the optimizer step.
 */
export function calculatorInputsOf(point: ThroughputCalibrationPoint): {inputs: Partial<CalculatorInputs>} | {missing: string[]} {
  const shapeKey = JSON.stringify(point.shape);
  const model = modelPresets.find((m) => JSON.stringify(computeShapeOf(m.architecture)) === shapeKey);
  const gpu = gpus.find((g) => g.compute === point.gpu);
  const missing: string[] = [];
  if (!model) missing.push(`${point.model} is not among its models`);
  if (!gpu) missing.push(`the ${point.gpuName} is not among its GPUs`);
  if (!model || !gpu) return {missing};
  return {
    inputs: {
      model: model.id,
      ...(point.lora ? {rank: point.lora.rank, alpha: 2 * point.lora.rank, targets: [...point.lora.targets]} : {}),
      precision: 'bf16',
      optimizer: point.optimizer,
      seqLength: point.sequenceLength,
      microBatch: point.microBatch,
      gradientCheckpointing: point.checkpointing,
      gpu: gpu.id,
      gpus: point.gpus,
      strategy: point.strategy,
      recommendedMethod: point.method,
    },
  };
}

/** The query string that loads a run into the calculator, or what the calculator lacks to load it. */
export function throughputQuery(point: ThroughputCalibrationPoint): {query: string} | {missing: string[]} {
  const loaded = calculatorInputsOf(point);
  if ('missing' in loaded) return loaded;
  return {query: serializeQuery(sanitizeInputs(loaded.inputs))};
}
