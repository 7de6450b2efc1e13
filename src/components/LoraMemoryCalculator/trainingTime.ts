/**
 * How long a fine-tuning run takes and what its GPUs cost: the compute each
 * token needs, divided by what the cards sustain. Pure functions: no React, no DOM.
 *
 * The model, term by term (constants and sources in src/data/throughputConstants.ts):
 *  - matmul FLOPs per token: 2 per weight forward; 2 more for the activation
 *    gradient (every method: the loss must reach the first layer); 2 more for
 *    weight gradients, of every weight in full fine-tuning but only of the
 *    adapters in LoRA and QLoRA; checkpointing runs each block's forward again;
 *  - attention (QKᵀ and PV) per token and layer: 4·s·d forward, halved by the
 *    causal mask, 2.5× that backward (FlashAttention's own count), a forward
 *    again under checkpointing;
 *  - matmuls run at the card's measured matmul rate, attention at the share of
 *    peak FlashAttention-2 reaches on that generation, and the whole step at a
 *    step efficiency η read off LLM Foundry's published runs (lower on Hopper);
 *  - memory-bound work added on top: QLoRA's dequantization (the bf16 copy of
 *    every NF4 weight written before each matmul) and the optimizer step;
 *  - DPO: chosen and rejected sequences are both tokens of the run, plus a
 *    forward of the reference model over them (skipped if precomputed, then
 *    paid once);
 *  - several GPUs: data parallel, communication assumed overlapped with compute
 *    (true on NVLink at these sizes, see the caveats for PCIe).
 * The range is the spread of measured ÷ estimated over the calibration runs.
 */
import type {GpuCompute} from '@site/src/data/gpus';
import type {ModelArchitecture} from '@site/src/data/models';
import {attentionEfficiencyFor, stepEfficiencyFor, throughputConstants as C} from '@site/src/data/throughputConstants';
import {memoryConstants} from '@site/src/data/memoryConstants';
import {baseModelParams, headDim, loraTrainableParams, type TargetModule} from './loraMath';

export type TrainingMethod = 'full' | 'lora' | 'qlora';
export type TrainingObjective = 'sft' | 'dpo';
export type TrainingOptimizer = 'adamw' | 'adamw8bit' | 'sgd';
export type ShardingStrategy = 'ddp' | 'zero2' | 'zero3';
export type CpuOffload = 'none' | 'optimizer' | 'all';

/** What the FLOP count needs to know about a decoder. */
export interface ComputeShape {
  layers: number;
  /** Query heads × head dimension: the width attention's score and value products run over. */
  attentionWidth: number;
  /** Weights of every block's linear layers (q, k, v, o and the MLP), summed over blocks. */
  blockLinearParams: number;
  /** vocab × hidden: the logits matmul, which runs whether or not the head is tied to the embeddings. */
  outputHeadParams: number;
}

/** The compute shape of a Llama-style preset, from the same parameter count as the memory estimate. */
export function computeShapeOf(arch: ModelArchitecture): ComputeShape {
  return {
    layers: arch.layers,
    attentionWidth: arch.heads * headDim(arch),
    blockLinearParams: baseModelParams(arch).blockLinearWeights,
    outputHeadParams: arch.vocab * arch.hidden,
  };
}

export interface TrainingRunInput {
  shape: ComputeShape;
  method: TrainingMethod;
  /** Trainable adapter parameters (LoRA, QLoRA); ignored for full fine-tuning. */
  adapterParams: number;
  objective: TrainingObjective;
  /** DPO, full fine-tuning: the frozen reference's log-probabilities were computed before training. */
  referencePrecomputed: boolean;
  sequenceLength: number;
  /** Sequences per micro-step and GPU; for DPO, preference pairs (two sequences each). */
  microBatch: number;
  /** Micro-steps per optimizer step. */
  gradientAccumulation: number;
  gradientCheckpointing: boolean;
  optimizer: TrainingOptimizer;
  gpu: GpuCompute;
  gpus: number;
  strategy: ShardingStrategy;
  offload: CpuOffload;
  /** Tokens the run trains on per epoch; for DPO, chosen and rejected sequences both counted. */
  tokensPerEpoch: number;
  epochs: number;
  /** US dollars per GPU-hour. */
  usdPerGpuHour: number;
}

/** FLOPs one training token costs, by where they go. */
export interface FlopsPerToken {
  forward: number;
  backward: number;
  /** Checkpointing's second forward through each block. */
  recompute: number;
  /** DPO: the reference model's forward (0 when precomputed, or not DPO). */
  referenceForward: number;
  /** The attention share of all of the above; it runs at attention's own efficiency. */
  attention: number;
  total: number;
  /** The 6N-style count without recomputation or the reference: what "model FLOPs utilization" divides by. */
  model: number;
}

/** Low, central and high values of one estimated figure. */
export interface Range {
  low: number;
  central: number;
  high: number;
}

/** Parts of a run the estimate does not model; the page says what each means. */
export type NotModeled = 'cpu-offload' | 'pcie-sharding' | 'small-steps';

export interface TrainingTimeEstimate {
  flopsPerToken: FlopsPerToken;
  /** Seconds one GPU spends per token, by part (central estimate). */
  secondsPerTokenPerGpu: {compute: number; dequantization: number; optimizer: number; total: number};
  /** Tokens per second across all GPUs. */
  tokensPerSecond: Range;
  /** Achieved model FLOPs ÷ datasheet peak of all GPUs (recomputation not counted). */
  modelFlopsUtilization: Range;
  seconds: Range;
  gpuHours: Range;
  costUsd: Range;
  notModeled: NotModeled[];
}

/** Below this many tokens per micro-step the calibration has no run that fits the estimate (see the PEFT runs). */
export const SMALLEST_CALIBRATED_MICRO_STEP_TOKENS = 2048;

function referenceForwardFlops(input: TrainingRunInput, forwardPerToken: number, adapterForward: number): number {
  if (input.objective !== 'dpo') return 0;
  // Full fine-tuning keeps a second frozen copy; with precomputed log-probabilities it is not run during training.
  if (input.method === 'full' && input.referencePrecomputed) return 0;
  // LoRA and QLoRA: the reference is the base with its adapters switched off.
  return forwardPerToken - adapterForward;
}

/** FLOPs per training token for a method, its checkpointing and, for DPO, its reference forward. */
export function flopsPerToken(input: TrainingRunInput): FlopsPerToken {
  const {shape, method, sequenceLength} = input;
  const fwd = C.forwardFlopsPerParam.value;
  const actGrad = C.activationGradFlopsPerParam.value;
  const weightGrad = C.weightGradFlopsPerParam.value;
  const adapters = method === 'full' ? 0 : Math.max(0, input.adapterParams);
  const linear = shape.blockLinearParams + shape.outputHeadParams;

  const attentionForward = C.attentionForwardFlops.value * C.causalShare.value * sequenceLength * shape.attentionWidth * shape.layers;
  const attentionBackward = C.attentionBackwardMultiplier.value * attentionForward;

  const adapterForward = fwd * adapters;
  const forward = fwd * linear + adapterForward + attentionForward;
  const trainedLinear = method === 'full' ? linear : adapters;
  const backward = actGrad * (linear + adapters) + weightGrad * trainedLinear + attentionBackward;
  // Checkpointing wraps the blocks: the output head and the loss are not run twice.
  const recompute = input.gradientCheckpointing ? fwd * (shape.blockLinearParams + adapters) + attentionForward : 0;
  const referenceForward = referenceForwardFlops(input, forward, adapterForward);
  const referenceAttention = referenceForward > 0 ? attentionForward : 0;

  return {
    forward,
    backward,
    recompute,
    referenceForward,
    attention: attentionForward + attentionBackward + (input.gradientCheckpointing ? attentionForward : 0) + referenceAttention,
    total: forward + backward + recompute + referenceForward,
    model: forward + backward,
  };
}

const OPTIMIZER_TRAFFIC: Record<TrainingOptimizer, number> = {
  adamw: C.adamwTrafficBytes.value,
  adamw8bit: C.adamw8bitTrafficBytes.value,
  sgd: C.sgdTrafficBytes.value,
};

/** Bytes QLoRA moves to give each NF4 weight a bf16 copy for one matmul: read 4 bits and the block constant, write 16 bits. */
function dequantBytesPerWeight(): number {
  const m = memoryConstants;
  const readBits = m.nf4Bits.value + m.dqConstantBits.value / m.nf4BlockSize.value;
  return readBits / 8 + C.dequantWriteBytes.value;
}

/** Seconds per token on one GPU, split into compute and the memory-bound parts. */
export function secondsPerTokenPerGpu(input: TrainingRunInput, flops: FlopsPerToken = flopsPerToken(input)) {
  const {gpu} = input;
  const efficiency = stepEfficiencyFor(gpu.architecture).value;
  const matmulRate = gpu.measuredMatmulTflops * 1e12;
  const attentionRate = gpu.peakTflops * 1e12 * attentionEfficiencyFor(gpu.architecture).value;
  const compute = ((flops.total - flops.attention) / matmulRate + flops.attention / attentionRate) / efficiency;

  const sequencesPerMicroStep = input.microBatch * (input.objective === 'dpo' ? 2 : 1);
  const tokensPerMicroStep = sequencesPerMicroStep * input.sequenceLength;
  const bandwidth = gpu.memoryBandwidthGBps * 1e9;

  let dequantization = 0;
  if (input.method === 'qlora') {
    // Every GPU dequantizes every layer it runs (sharding gathers whole layers): forward, backward, recompute, reference.
    const passes = 2 + (input.gradientCheckpointing ? 1 : 0) + (flops.referenceForward > 0 ? 1 : 0);
    dequantization = (input.shape.blockLinearParams * dequantBytesPerWeight() * passes) / bandwidth / tokensPerMicroStep;
  }

  const trained = input.method === 'full' ? input.shape.blockLinearParams + input.shape.outputHeadParams : input.adapterParams;
  // ZeRO-2 and ZeRO-3 give each GPU a shard of the optimizer states to update; DDP updates all of them everywhere.
  const shards = input.strategy === 'ddp' ? 1 : input.gpus;
  const tokensPerOptimizerStep = tokensPerMicroStep * input.gradientAccumulation;
  const optimizer = input.offload === 'none' ? (trained / shards) * OPTIMIZER_TRAFFIC[input.optimizer] / bandwidth / tokensPerOptimizerStep : 0;

  return {compute, dequantization, optimizer, total: compute + dequantization + optimizer};
}

const range = (central: number, low: number, high: number): Range => ({low, central, high});

/** Time, GPU-hours and cost of a run, with the calibration's spread as the range. */
export function estimateTrainingRun(input: TrainingRunInput): TrainingTimeEstimate {
  const flops = flopsPerToken(input);
  const perToken = secondsPerTokenPerGpu(input, flops);
  const gpus = Math.max(1, input.gpus);
  const central = gpus / perToken.total;
  const {value: slow} = C.rangeLow;
  const {value: fast} = C.rangeHigh;
  const tokensPerSecond = range(central, central * slow, central * fast);

  const trainedTokens = input.tokensPerEpoch * input.epochs;
  // A precomputed DPO reference costs one forward over the data, once, instead of one per epoch.
  const precomputeFlops =
    input.objective === 'dpo' && input.method === 'full' && input.referencePrecomputed ? input.tokensPerEpoch * flops.forward : 0;
  const precomputeSeconds = precomputeFlops > 0 ? (precomputeFlops / flops.total) * (perToken.compute / gpus) : 0;
  const secondsAt = (rate: number) => trainedTokens / rate + precomputeSeconds * (central / rate);
  const seconds = range(secondsAt(central), secondsAt(tokensPerSecond.high), secondsAt(tokensPerSecond.low));
  const gpuHours = range((seconds.central * gpus) / 3600, (seconds.low * gpus) / 3600, (seconds.high * gpus) / 3600);
  const price = Math.max(0, input.usdPerGpuHour);
  const peak = gpus * input.gpu.peakTflops * 1e12;
  const mfu = (rate: number) => (rate * flops.model) / peak;

  const notModeled: NotModeled[] = [];
  if (input.offload !== 'none') notModeled.push('cpu-offload');
  if (gpus > 1 && input.strategy !== 'ddp' && input.gpu.linkBetweenCards === 'pcie') notModeled.push('pcie-sharding');
  if (input.microBatch * input.sequenceLength * (input.objective === 'dpo' ? 2 : 1) < SMALLEST_CALIBRATED_MICRO_STEP_TOKENS) {
    notModeled.push('small-steps');
  }

  return {
    flopsPerToken: flops,
    secondsPerTokenPerGpu: perToken,
    tokensPerSecond,
    modelFlopsUtilization: range(mfu(central), mfu(tokensPerSecond.low), mfu(tokensPerSecond.high)),
    seconds,
    gpuHours,
    costUsd: range(gpuHours.central * price, gpuHours.low * price, gpuHours.high * price),
    notModeled,
  };
}

export type DurationUnit = 'minutes' | 'hours' | 'days';

/** A duration in the unit a reader would say it in: minutes under an hour, hours under two days, then days. */
export function durationInUnits(seconds: number): {value: number; unit: DurationUnit} {
  const hours = seconds / 3600;
  if (hours < 1) return {value: seconds / 60, unit: 'minutes'};
  if (hours < 48) return {value: hours, unit: 'hours'};
  return {value: hours / 24, unit: 'days'};
}

/** The calculator's settings for one run, shared by the three methods. */
export interface RunPlan extends Omit<TrainingRunInput, 'shape' | 'method' | 'adapterParams'> {
  architecture: ModelArchitecture;
  rank: number;
  targets: readonly TargetModule[];
}

/**
 * One method's input to the time engine from the run's settings, field by field (spreading the plan three times per
 * recompute cost a tenth of it).
 */
export function trainingRunInput(plan: RunPlan, shape: ComputeShape, method: TrainingMethod, adapterParams: number): TrainingRunInput {
  return {
    shape,
    method,
    adapterParams,
    objective: plan.objective,
    referencePrecomputed: plan.referencePrecomputed,
    sequenceLength: plan.sequenceLength,
    microBatch: plan.microBatch,
    gradientAccumulation: plan.gradientAccumulation,
    gradientCheckpointing: plan.gradientCheckpointing,
    optimizer: plan.optimizer,
    gpu: plan.gpu,
    gpus: plan.gpus,
    strategy: plan.strategy,
    offload: plan.offload,
    tokensPerEpoch: plan.tokensPerEpoch,
    epochs: plan.epochs,
    usdPerGpuHour: plan.usdPerGpuHour,
  };
}

/** Full fine-tuning, LoRA and QLoRA estimated for the same run, as the calculator shows them side by side. */
export function estimateEachMethod(plan: RunPlan): Record<TrainingMethod, TrainingTimeEstimate> {
  const shape = computeShapeOf(plan.architecture);
  const adapterParams = loraTrainableParams(plan.architecture, plan.rank, plan.targets).total;
  const estimate = (method: TrainingMethod) => estimateTrainingRun(trainingRunInput(plan, shape, method, adapterParams));
  return {full: estimate('full'), lora: estimate('lora'), qlora: estimate('qlora')};
}
