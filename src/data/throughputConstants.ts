/**
 * Every constant the training-time estimate uses, with its source, in the
 * shape of memoryConstants so "Show the math" can list both tables. The FLOP
 * counts are exact arithmetic; the efficiencies are measured on real GPUs; the
 * training-step efficiency and its range are read off published runs (see
 * throughputCalibration.ts and llmFoundryThroughput.ts, which a test holds
 * these values to).
 */
import type {GpuArchitecture} from './gpus';

export interface ThroughputConstant {
  /** Symbol used in the formulas on the page. */
  symbol: string;
  /** What it is, in the reader's words. */
  label: string;
  value: number;
  unit: string;
  /** Where the value comes from. */
  source: string;
}

const KAPLAN = 'Kaplan et al., "Scaling Laws for Neural Language Models" (arXiv 2001.08361), section 2.1: C_forward ≈ 2N, training ≈ 6N FLOPs per token';
const MEGATRON =
  'Narayanan et al., "Efficient Large-Scale Language Model Training on GPU Clusters Using Megatron-LM" (arXiv 2104.04473), appendix: the backward pass is twice the forward (activation and weight gradients), recomputation adds a forward';
const FA_BENCH =
  'Dao-AILab/flash-attention, benchmarks/benchmark_flash_attention.py, flops(): "f = 4 * batch * seqlen**2 * nheads * headdim // (2 if causal else 1)" and "2.5 * f" for the backward';
const FA2 = 'Dao, "FlashAttention-2" (arXiv 2307.08691), abstract: "reaching 50-73% of the theoretical maximum FLOPs/s on A100"';
const FA3 = 'Shah et al., "FlashAttention-3" (arXiv 2407.08608), abstract: "FlashAttention-2 achieving only 35% utilization on the H100 GPU"';
const TORCH_ADAMW =
  'PyTorch torch/optim/adam.py, _multi_tensor_adam (the default "foreach" path on CUDA): _foreach_mul_ (weight decay), _foreach_lerp_, _foreach_mul_, _foreach_addcmul_, _foreach_sqrt, _foreach_div_, _foreach_add_, _foreach_addcdiv_ = 20 reads and writes of parameter-sized fp32 tensors; gradient-norm clipping adds 3';
const QLORA = 'Dettmers et al., "QLoRA" (arXiv 2305.14314), section 3: NF4 weights are dequantized to bf16 for every forward and backward matmul';

export const throughputConstants = {
  forwardFlopsPerParam: {symbol: '2', label: 'Forward pass: one multiply-add per weight per token', value: 2, unit: 'FLOPs per weight per token', source: KAPLAN},
  activationGradFlopsPerParam: {
    symbol: '2',
    label: 'Backward pass, gradient of the activations (needed by every method: it carries the loss down to the first layer)',
    value: 2,
    unit: 'FLOPs per weight per token',
    source: MEGATRON,
  },
  weightGradFlopsPerParam: {
    symbol: '2',
    label: 'Backward pass, gradient of a trained weight (full fine-tuning: every weight; LoRA and QLoRA: only the adapters)',
    value: 2,
    unit: 'FLOPs per trained weight per token',
    source: MEGATRON,
  },
  attentionForwardFlops: {
    symbol: '4·s·d',
    label: 'Attention scores and weighted values (QKᵀ and PV), forward, per token and layer, without a mask',
    value: 4,
    unit: 'FLOPs per token × sequence position × attention width',
    source: FA_BENCH,
  },
  causalShare: {symbol: '½', label: 'Share of the score matrix a causal mask leaves to compute (FlashAttention skips masked blocks)', value: 0.5, unit: 'fraction', source: FA_BENCH},
  attentionBackwardMultiplier: {
    symbol: '2.5',
    label: 'Attention backward ÷ forward (FlashAttention recomputes the scores instead of storing them)',
    value: 2.5,
    unit: 'ratio',
    source: FA_BENCH,
  },
  attentionEfficiencyAmpereAda: {
    symbol: 'ε_{attn}',
    label: 'Share of the datasheet peak FlashAttention-2 sustains on Ampere and Ada cards (also used for the RTX 5090)',
    value: 0.6,
    unit: 'fraction of peak',
    source: `${FA2}; the middle of that range. Ada and GeForce Blackwell run the same kernel design; no separate measurement published`,
  },
  attentionEfficiencyHopper: {
    symbol: 'ε_{attn}^{H}',
    label: 'Share of the datasheet peak FlashAttention-2 sustains on an H100 or H200',
    value: 0.35,
    unit: 'fraction of peak',
    source: `${FA3}. FlashAttention-3 reaches 75 %, but PyTorch's attention and most fine-tuning stacks run FlashAttention-2 kernels`,
  },
  attentionEfficiencyOther: {
    symbol: 'ε_{attn}^{?}',
    label: 'Same, for the T4 (FlashAttention-2 does not support Turing) and the MI300X: no published figure, so the lower of the two above',
    value: 0.35,
    unit: 'fraction of peak',
    source: `No measurement; the lower published figure (${FA3})`,
  },
  dequantWriteBytes: {
    symbol: 'B_{deq}',
    label: 'QLoRA: bf16 copy of each NF4 weight written before each matmul (plus reading the 4-bit weight and its constants)',
    value: 2,
    unit: 'bytes per weight per pass',
    source: QLORA,
  },
  adamwTrafficBytes: {
    symbol: 'M_{AdamW}',
    label: 'AdamW step: memory read and written per trained weight (fp32 master weight, gradient and two moments)',
    value: 23 * 4,
    unit: 'bytes per trained weight per optimizer step',
    source: `${TORCH_ADAMW}; 23 × 4 bytes`,
  },
  adamw8bitTrafficBytes: {
    symbol: 'M_{8bit}',
    label: '8-bit AdamW step (one fused kernel): fp32 weight and gradient read, weight written, two 1-byte moments read and written, plus clipping',
    value: 4 + 4 + 4 + 2 * 2 + 3 * 4,
    unit: 'bytes per trained weight per optimizer step',
    source: 'bitsandbytes 8-bit optimizers, one fused update kernel (Dettmers et al., arXiv 2110.02861): each tensor read or written once; gradient-norm clipping 3 × 4 bytes',
  },
  sgdTrafficBytes: {
    symbol: 'M_{SGD}',
    label: 'SGD with momentum step: momentum buffer and weight read and written, gradient read, plus clipping',
    value: 8 * 4 + 3 * 4,
    unit: 'bytes per trained weight per optimizer step',
    source: 'PyTorch torch/optim/sgd.py, _multi_tensor_sgd: _foreach_mul_ and _foreach_add_ on the buffer, _foreach_add_ on the weights = 8 fp32 passes; clipping 3',
  },
  stepEfficiency: {
    symbol: 'η',
    label: 'Training-step efficiency: the share of the card’s measured matmul rate a whole training step sustains (norms, activations, communication and scheduling are the rest)',
    value: 0.72,
    unit: 'fraction',
    source:
      'Median over LLM Foundry’s 79 plausible bf16 rows on A100 GPUs (mosaicml/llm-foundry, scripts/train/benchmarking/README.md; 1B parameters and up, rows above the plausibility ceiling set aside), each recomputed with this estimate: see llmFoundryThroughput.ts. Used for every generation but Hopper; the RTX 3090 and 4090 runs of the calibration agree with it',
  },
  stepEfficiencyHopper: {
    symbol: 'η^{H}',
    label: 'Training-step efficiency on an H100 or H200',
    value: 0.57,
    unit: 'fraction',
    source:
      'Median over LLM Foundry’s 61 bf16 rows on H100 GPUs, recomputed the same way. The same software sustains a smaller share of an H100: its matmuls run about 3× an A100’s, its memory (3.35 vs 2.04 TB/s) and NVLink (900 vs 600 GB/s) about 1.5×, so the work that is not a matmul weighs more',
  },

  plausibleUtilizationCeiling: {
    symbol: 'u_{max}',
    label: 'Highest share of the datasheet peak a whole training step is taken to reach; a published run implying more is set aside',
    value: 0.75,
    unit: 'fraction of peak, recomputation counted',
    source:
      'The best plain bf16 matmul reaches 80.3 % (H100 SXM) to 86.9 % (A100 SXM) of peak (stas00/ml-engineering, "Maximum Achievable Matmul FLOPS comparison table"); a step also runs attention, norms and communication',
  },
  rangeLow: {
    symbol: 'r_{low}',
    label: 'Slow end of the range: measured ÷ estimated throughput, 10th percentile of the calibration runs',
    value: 0.83,
    unit: 'ratio',
    source: 'throughputCalibration.ts: the published fine-tuning runs the estimate is held to',
  },
  rangeHigh: {
    symbol: 'r_{high}',
    label: 'Fast end of the range: measured ÷ estimated throughput, 90th percentile of the calibration runs',
    value: 1.13,
    unit: 'ratio',
    source: 'throughputCalibration.ts: the published fine-tuning runs the estimate is held to',
  },
} as const satisfies Record<string, ThroughputConstant>;

export type ThroughputConstantName = keyof typeof throughputConstants;

/** Which step-efficiency constant applies to a GPU generation. */
export function stepEfficiencyFor(architecture: GpuArchitecture): ThroughputConstant {
  return architecture === 'hopper' ? throughputConstants.stepEfficiencyHopper : throughputConstants.stepEfficiency;
}

/** Which attention-efficiency constant applies to a GPU generation. */
export function attentionEfficiencyFor(architecture: GpuArchitecture): ThroughputConstant {
  if (architecture === 'hopper') return throughputConstants.attentionEfficiencyHopper;
  if (architecture === 'turing' || architecture === 'cdna3') return throughputConstants.attentionEfficiencyOther;
  return throughputConstants.attentionEfficiencyAmpereAda;
}
