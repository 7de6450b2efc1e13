/**
 * The run as a whole: for each method, one card's memory when the chosen GPUs share it, how long it takes and what
 * the GPU-hours cost (trainingTime.ts), the managed price at T1.9's rates, and the caveats that apply. Computed from
 * the calculator's result; pure, and run only for the deferred render (not on the slider's own path).
 */
import type {GpuWithCompute} from '@site/src/data/gpus';
import {memoryConstants as C} from '@site/src/data/memoryConstants';
import {DEFAULT_INPUTS, METHODS, type CalculatorInputs, type Method, type Optimizer} from './inputs';
import type {CalculatorResult} from './calculate';
import {effectiveOffload} from './perGpuMemory';
import {
  computeShapeOf,
  durationInUnits,
  estimateEachMethod,
  trainingRunInput,
  type DurationUnit,
  type Range,
  type RunPlan,
  type TrainingOptimizer,
  type TrainingRunInput,
  type TrainingTimeEstimate,
} from './trainingTime';
import {managedCostForPreset, managedFineTuningCost, type ManagedFineTuningCost} from './managedFineTuningCost';
import {precisionBytes} from './memorySettings';
import {formatFixed, formatGB, formatInteger} from './format';

/** The settings of "The run" group: once any differs from its default, the summary shows time and cost too. */
export const RUN_SETTINGS = ['objective', 'dpoReference', 'gpus', 'strategy', 'offload', 'tokensPerEpoch', 'epochs', 'usdPerGpuHour'] as const;

export function runIsPlanned(inputs: CalculatorInputs): boolean {
  return RUN_SETTINGS.some((key) => inputs[key] !== DEFAULT_INPUTS[key]);
}

/** The time estimate has no separate paged or 16-bit optimizer: paging moves states, not work. */
const TIME_OPTIMIZER: Record<Optimizer, TrainingOptimizer> = {
  adamw: 'adamw',
  pagedadamw: 'adamw',
  adamw8bit: 'adamw8bit',
  pagedadamw8bit: 'adamw8bit',
  sgd: 'sgd',
};

/** The price in use: the reader's, or the selected GPU's default. */
export function priceOf(inputs: CalculatorInputs, gpu: GpuWithCompute): number {
  return inputs.usdPerGpuHour ?? gpu.price.usdPerGpuHour;
}

/** The time engine's plan for the calculator's settings. */
export function runPlanOf(result: CalculatorResult): RunPlan {
  const {inputs, gpu} = result;
  return {
    architecture: result.architecture,
    rank: inputs.rank,
    targets: inputs.targets,
    objective: inputs.objective,
    referencePrecomputed: inputs.dpoReference === 'precomputed',
    sequenceLength: inputs.seqLength,
    microBatch: inputs.microBatch,
    // No accumulation setting: one micro-step per optimizer step (the optimizer's share of the time is then largest).
    gradientAccumulation: 1,
    gradientCheckpointing: inputs.gradientCheckpointing,
    optimizer: TIME_OPTIMIZER[inputs.optimizer],
    gpu: gpu.compute,
    gpus: inputs.gpus,
    strategy: inputs.strategy,
    offload: effectiveOffload(inputs.strategy, inputs.offload).offload,
    tokensPerEpoch: inputs.tokensPerEpoch,
    epochs: inputs.epochs,
    usdPerGpuHour: priceOf(inputs, gpu),
  };
}

/** One method's input to the time engine, as estimateEachMethod builds it: for "Show the math". */
export function trainingRunInputOf(result: CalculatorResult, method: Method): TrainingRunInput {
  return trainingRunInput(runPlanOf(result), computeShapeOf(result.architecture), method, result.lora.total);
}

/** Why a time is shown differently: not at all (fp32), or as a floor (CPU offload adds time the estimate does not count). */
export type TimeKind = 'range' | 'at-least' | 'not-estimated';

export interface MethodRun {
  method: Method;
  time: TrainingTimeEstimate;
  timeKind: TimeKind;
  /** "2.9–4.0 hours", "more than 2.9 hours", "not estimated for fp32". */
  timeText: string;
  /** "$28–$38". */
  costText: string;
  /** The summary's "3.7–5.0 h". */
  timeShortText: string;
  /** One card's memory with the chosen GPUs, strategy and offload. */
  perGpuText: string;
  /** Whether that fits one card of the selected GPU. */
  fits: boolean;
}

export type RunCaveat =
  | 'qlora-fsdp-storage'
  | 'tensor-parallel'
  | 'offload-needs-sharding'
  | 'weights-offload-needs-zero3'
  | 'cpu-offload-time'
  | 'pcie-sharding'
  | 'small-steps'
  | 'ppo';

export interface RunResult {
  methods: Record<Method, MethodRun>;
  /** The price in use and whether it is the GPU's default. */
  usdPerGpuHour: number;
  defaultPrice: boolean;
  /** At T1.9's prices for the selected model, or null when T1.9 does not list its family. */
  managed: ManagedFineTuningCost | null;
  /** The cheapest per-token model T1.9 prices, for scale: the same tokens as a managed GPT-4o-mini job. */
  managedForScale: ManagedFineTuningCost;
  caveats: RunCaveat[];
  /** PPO's memory for full fine-tuning of this model, to an order of magnitude (see ppoBytes). */
  ppoBytes: number;
}

const SECONDS_PER: Record<DurationUnit, number> = {minutes: 60, hours: 3600, days: 86400};

/** The unit of the central value, both ends in it: "2.9–4.0 hours". */
export function durationRangeText(seconds: Range): string {
  const {unit} = durationInUnits(seconds.central);
  return `${significant(seconds.low / SECONDS_PER[unit])}–${significant(seconds.high / SECONDS_PER[unit])} ${unit}`;
}

const SHORT_UNITS: Record<DurationUnit, string> = {minutes: 'min', hours: 'h', days: 'd'};

/** The summary's short form: "3.7–5.0 h", "12–17 min"; "> 2.9 h" for a floor. */
export function durationShortText(seconds: Range, kind: TimeKind): string {
  if (kind === 'not-estimated') return 'time n/a';
  const {unit} = durationInUnits(kind === 'at-least' ? seconds.low : seconds.central);
  const low = significant(seconds.low / SECONDS_PER[unit]);
  if (kind === 'at-least') return `> ${low} ${SHORT_UNITS[unit]}`;
  return `${low}–${significant(seconds.high / SECONDS_PER[unit])} ${SHORT_UNITS[unit]}`;
}

/** "more than 2.9 hours": the fast end, where the real run can only be slower. */
export function durationFloorText(seconds: Range): string {
  const {unit} = durationInUnits(seconds.low);
  return `more than ${significant(seconds.low / SECONDS_PER[unit])} ${unit}`;
}

/** Two significant figures, at least a whole number: 2.94 → "2.9", 37.2 → "37", 1234 → "1,234". */
function significant(value: number): string {
  // The thresholds sit where rounding crosses them: 9.97 is "10", not "10.0"; 0.997 is "1.0", not "1.00".
  if (value >= 9.95) return formatInteger(value);
  if (value >= 0.995) return formatFixed(value, 1);
  return formatFixed(value, 2);
}

/** "$0.84", "$28", "$1,240". */
export function formatUsd(usd: number): string {
  // Below where cents round up to $10.00.
  if (usd < 9.995) return `$${formatFixed(usd, 2)}`;
  return `$${formatInteger(usd)}`;
}

export function usdRangeText(usd: Range): string {
  return `${formatUsd(usd.low)}–${formatUsd(usd.high)}`;
}

function timeKindOf(inputs: CalculatorInputs, time: TrainingTimeEstimate): TimeKind {
  if (inputs.precision === 'fp32') return 'not-estimated';
  return time.notModeled.includes('cpu-offload') ? 'at-least' : 'range';
}

function timeTextOf(kind: TimeKind, time: TrainingTimeEstimate): string {
  if (kind === 'not-estimated') return 'not estimated for fp32';
  if (kind === 'at-least') return durationFloorText(time.seconds);
  return durationRangeText(time.seconds);
}

function costTextOf(kind: TimeKind, time: TrainingTimeEstimate): string {
  if (kind === 'not-estimated') return 'not estimated for fp32';
  if (kind === 'at-least') return `more than ${formatUsd(time.costUsd.low)}`;
  return usdRangeText(time.costUsd);
}

/**
 * PPO for full fine-tuning, to an order of magnitude: two trained models (the policy and a value model as large as
 * it, each with weights, gradients and optimizer states) and two frozen ones (the reference and the reward model).
 */
function ppoBytes(result: CalculatorResult): number {
  const full = result.methods.full;
  const reference = full.parts.find((p) => p.id === 'referenceWeights')?.bytes ?? 0;
  const frozen = result.base.total * precisionBytes(result.inputs.precision);
  return 2 * (full.totalBytes - reference) + 2 * frozen;
}

function caveatsOf(result: CalculatorResult, times: Record<Method, TrainingTimeEstimate>): RunCaveat[] {
  const {inputs} = result;
  const caveats: RunCaveat[] = [];
  const {correction} = effectiveOffload(inputs.strategy, inputs.offload);
  if (correction) caveats.push(correction);
  if (inputs.gpus > 1) {
    if (inputs.strategy === 'zero3') caveats.push('qlora-fsdp-storage');
    caveats.push('tensor-parallel');
  }
  const notModeled = new Set(METHODS.flatMap((m) => times[m].notModeled));
  if (notModeled.has('cpu-offload')) caveats.push('cpu-offload-time');
  if (notModeled.has('pcie-sharding')) caveats.push('pcie-sharding');
  if (notModeled.has('small-steps')) caveats.push('small-steps');
  if (inputs.objective === 'dpo') caveats.push('ppo');
  return caveats;
}

/** Everything "The run" shows, for each method. */
export function planRun(result: CalculatorResult): RunResult {
  const {inputs, gpu} = result;
  const times = estimateEachMethod(runPlanOf(result));
  const cardBytes = gpu.memoryGB * C.bytesPerGB.value;
  const methods = {} as Record<Method, MethodRun>;
  for (const method of METHODS) {
    const time = times[method];
    const kind = timeKindOf(inputs, time);
    const perGpu = result.methods[method].perGpu;
    methods[method] = {
      method,
      time,
      timeKind: kind,
      timeText: timeTextOf(kind, time),
      timeShortText: durationShortText(time.seconds, kind),
      costText: costTextOf(kind, time),
      perGpuText: formatGB(perGpu.totalBytes),
      fits: perGpu.totalBytes <= cardBytes,
    };
  }
  return {
    methods,
    usdPerGpuHour: priceOf(inputs, gpu),
    defaultPrice: inputs.usdPerGpuHour === null,
    managed: managedCostForPreset(inputs.model, inputs.tokensPerEpoch, inputs.epochs),
    managedForScale: managedFineTuningCost('gpt-4o-mini', inputs.tokensPerEpoch, inputs.epochs),
    caveats: caveatsOf(result, times),
    ppoBytes: ppoBytes(result),
  };
}
