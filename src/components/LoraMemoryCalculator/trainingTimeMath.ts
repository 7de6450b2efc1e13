/**
 * "Show the math" for the run planner: this run's numbers plugged into the
 * formulas, as plain text lines, and the assumptions behind the estimate.
 * Pure functions: no React, no DOM.
 */
import {attentionEfficiencyFor, stepEfficiencyFor, throughputConstants as C} from '@site/src/data/throughputConstants';
import {formatFixed, formatInteger} from '@site/src/utils/numberFormat';
import {SMALLEST_CALIBRATED_MICRO_STEP_TOKENS, type TrainingRunInput, type TrainingTimeEstimate} from './trainingTime';

export interface TrainingTimeWorking {
  label: string;
  /** The formula with this run's numbers. */
  workings: string;
}

const giga = (flops: number) => `${formatFixed(flops / 1e9, 1)} GFLOP`;
const billions = (n: number) => `${formatFixed(n / 1e9, 2)} B`;
const percent = (fraction: number) => `${formatFixed(fraction * 100, 0)} %`;

/** Each step from weights to hours, for one method's estimate. */
export function trainingTimeWorkings(input: TrainingRunInput, estimate: TrainingTimeEstimate): TrainingTimeWorking[] {
  const {shape, gpu} = input;
  const f = estimate.flopsPerToken;
  const linear = shape.blockLinearParams + shape.outputHeadParams;
  const adapters = input.method === 'full' ? 0 : input.adapterParams;
  const attentionForward = C.attentionForwardFlops.value * C.causalShare.value * input.sequenceLength * shape.attentionWidth * shape.layers;
  const gradients = input.method === 'full' ? `4 × ${billions(linear)}` : `2 × ${billions(linear)} + 4 × ${billions(adapters)} adapter weights`;
  const lines: TrainingTimeWorking[] = [
    {
      label: 'Attention per token (QKᵀ and PV, causal)',
      workings: `4 × ½ × ${formatInteger(input.sequenceLength)} positions × ${formatInteger(shape.attentionWidth)} width × ${shape.layers} layers = ${giga(attentionForward)} forward; × 2.5 backward`,
    },
    {label: 'Forward per token', workings: `2 × ${billions(linear)} weights${adapters ? ` + 2 × ${billions(adapters)} adapter weights` : ''} + attention = ${giga(f.forward)}`},
    {label: 'Backward per token', workings: `${gradients} + 2.5 × attention = ${giga(f.backward)}`},
  ];
  if (f.recompute > 0) lines.push({label: 'Checkpointing: forward again', workings: `2 × ${billions(shape.blockLinearParams)} block weights + attention = ${giga(f.recompute)}`});
  if (f.referenceForward > 0) lines.push({label: 'DPO reference forward', workings: `${giga(f.referenceForward)} per token`});

  const attentionEfficiency = attentionEfficiencyFor(gpu.architecture).value;
  const step = stepEfficiencyFor(gpu.architecture).value;
  const perToken = estimate.secondsPerTokenPerGpu;
  lines.push(
    {
      label: 'Compute per token and GPU',
      workings: `(${giga(f.total - f.attention)} ÷ ${formatFixed(gpu.measuredMatmulTflops, 0)} TFLOPS measured matmul + ${giga(f.attention)} ÷ (${formatFixed(gpu.peakTflops, 0)} × ${attentionEfficiency}) TFLOPS) ÷ η ${step} = ${formatFixed(perToken.compute * 1e6, 1)} µs`,
    },
    {
      label: 'Memory-bound time per token and GPU',
      workings: `dequantization ${formatFixed(perToken.dequantization * 1e6, 2)} µs + optimizer step ${formatFixed(perToken.optimizer * 1e6, 2)} µs at ${formatInteger(gpu.memoryBandwidthGBps)} GB/s`,
    },
    {
      label: 'Throughput',
      workings: `${input.gpus} GPU${input.gpus === 1 ? '' : 's'} ÷ ${formatFixed(perToken.total * 1e6, 1)} µs = ${formatInteger(estimate.tokensPerSecond.central)} tokens/s (range × ${C.rangeLow.value} to × ${C.rangeHigh.value})`,
    },
    {
      label: 'Model FLOPs utilization',
      workings: `${percent(estimate.modelFlopsUtilization.low)}–${percent(estimate.modelFlopsUtilization.high)} of ${input.gpus} × ${formatFixed(gpu.peakTflops, 0)} TFLOPS (${gpu.peakPrecision} datasheet peak)`,
    },
    {
      label: 'Time and cost',
      workings: `${formatInteger(input.tokensPerEpoch)} tokens × ${input.epochs} epochs ÷ throughput = ${formatFixed(estimate.seconds.central / 3600, 2)} h; × ${input.gpus} GPUs × $${formatFixed(input.usdPerGpuHour, 2)} = $${formatFixed(estimate.costUsd.central, 2)}`,
    },
  );
  return lines;
}

export const TRAINING_TIME_ASSUMPTIONS: readonly string[] = [
  'Time counts the training steps only: no evaluation, checkpoint saving, data loading or model loading.',
  'Sequences are full (packed) to the sequence length; padding would be computed too and cost time the token count does not show.',
  'Several GPUs split the data (data parallel); sharding (ZeRO-2, ZeRO-3) changes memory, and time only through the optimizer step, which each GPU runs on its own shard. Communication is taken to overlap with compute, which holds on NVLink; over PCIe it can dominate.',
  'CPU offload is not modeled for time: it adds transfers over PCIe and a CPU-side optimizer step.',
  'Training is 16-bit mixed precision (fp16 on a T4, which has no bf16); fp32 training is several times slower on tensor cores and is not estimated.',
  'DPO: every chosen and rejected sequence counts as tokens of the run; the reference model runs a forward over them (for LoRA and QLoRA, the base with adapters off). A precomputed reference costs one forward over the data, once.',
  `The range is where 8 in 10 of the calibration runs fell: measured ÷ estimated from ${C.rangeLow.value} to ${C.rangeHigh.value}.`,
  `Runs with fewer than ${formatInteger(SMALLEST_CALIBRATED_MICRO_STEP_TOKENS)} tokens per micro-step were measured up to twice as slow as estimated (eager PyTorch waits on kernel launches).`,
];
