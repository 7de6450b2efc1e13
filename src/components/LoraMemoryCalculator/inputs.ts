/**
 * What the reader can set, the range of each setting and its default. The
 * query-string parser reports what it corrects against these; the calculator
 * clamps against them again so that no input at all can break a result.
 */
import {CUSTOM_MODEL_ID, customArchitectureRule, modelPresets} from '@site/src/data/models';
import {gpus} from '@site/src/data/gpus';
import {TARGET_MODULES, type TargetModule} from './loraMath';

export const PRECISIONS = ['bf16', 'fp16', 'fp32'] as const;
export type Precision = (typeof PRECISIONS)[number];

export const OPTIMIZERS = ['adamw', 'adamw8bit', 'pagedadamw', 'pagedadamw8bit', 'sgd'] as const;
export type Optimizer = (typeof OPTIMIZERS)[number];

/** How the loss is computed: on the whole logits tensor at once, or a chunk of tokens at a time. */
export const LOSS_MODES = ['full', 'chunked'] as const;
export type LossMode = (typeof LOSS_MODES)[number];

/**
 * What the trained weights (and their gradients and optimizer states) are kept in when training in 16-bit:
 * fp32 (PEFT's adapters, mixed precision's master copy) or the 16-bit type itself (torchtune, LitGPT's bf16-true).
 */
export const TRAINED_PRECISIONS = ['fp32', '16bit'] as const;
export type TrainedPrecision = (typeof TRAINED_PRECISIONS)[number];

/** What the run trains on: supervised examples, or preference pairs (DPO: a chosen and a rejected response). */
export const OBJECTIVES = ['sft', 'dpo'] as const;
export type Objective = (typeof OBJECTIVES)[number];

/**
 * DPO's reference model: run during training (for full fine-tuning a second, frozen 16-bit copy of the model), or its
 * log-probabilities computed once before training (TRL's precompute_ref_log_probs), so no copy is held.
 */
export const DPO_REFERENCES = ['model', 'precomputed'] as const;
export type DpoReference = (typeof DPO_REFERENCES)[number];

/**
 * How several GPUs share the work: `ddp` every card holds everything; `zero2` optimizer states and gradients
 * sharded (DeepSpeed ZeRO-2, FSDP SHARD_GRAD_OP); `zero3` the weights too (ZeRO-3, FSDP FULL_SHARD).
 */
export const STRATEGIES = ['ddp', 'zero2', 'zero3'] as const;
export type Strategy = (typeof STRATEGIES)[number];

/** CPU offload as DeepSpeed and FSDP offer it: none, the optimizer states, or weights, gradients and optimizer states. */
export const OFFLOADS = ['none', 'optimizer', 'all'] as const;
export type Offload = (typeof OFFLOADS)[number];

export const METHODS = ['full', 'lora', 'qlora'] as const;
export type Method = (typeof METHODS)[number];

/** How the page names each method. */
export const METHOD_LABELS: Record<Method, string> = {full: 'Full fine-tuning', lora: 'LoRA', qlora: 'QLoRA'};

export interface CalculatorInputs {
  /** A preset id from src/data/models.ts, or `custom`. */
  model: string;
  /** Billions of parameters; used only when `model` is `custom`. */
  paramsBillions: number;
  rank: number;
  alpha: number;
  targets: TargetModule[];
  /** Weights, activations and the saved adapter. */
  precision: Precision;
  optimizer: Optimizer;
  seqLength: number;
  microBatch: number;
  gradientCheckpointing: boolean;
  /** QLoRA's double quantization of the NF4 block constants. */
  doubleQuant: boolean;
  /** Full logits or a chunked loss. */
  loss: LossMode;
  /** LoRA dropout on (any p > 0): each adapted layer keeps its own dropped-out copy of its input. */
  loraDropout: boolean;
  /** fp32 or 16-bit trained weights, gradients and optimizer states (only matters in bf16 or fp16). */
  trainedPrecision: TrainedPrecision;
  /** bitsandbytes before 0.44: every 4-bit layer keeps its input until the backward pass. */
  oldBitsandbytes: boolean;
  /** A GPU id from src/data/gpus.ts. */
  gpu: string;
  /** Supervised fine-tuning or DPO. */
  objective: Objective;
  /** DPO only: the reference model held during training, or its log-probabilities precomputed. */
  dpoReference: DpoReference;
  /** Cards of the selected GPU the run uses. */
  gpus: number;
  strategy: Strategy;
  offload: Offload;
  /** Training tokens per epoch (for DPO, the chosen and the rejected sequences both). */
  tokensPerEpoch: number;
  epochs: number;
  /** US dollars per GPU-hour; null means the selected GPU's default price (src/data/gpus.ts). */
  usdPerGpuHour: number | null;
  /** A method another page recommends; shown emphasised. */
  recommendedMethod: Method | null;
}

/** Inclusive numeric ranges; `integer` settings are rounded. */
export const NUMERIC_LIMITS = {
  paramsBillions: {min: customArchitectureRule.minParamsBillions, max: customArchitectureRule.maxParamsBillions, integer: false},
  rank: {min: 1, max: 256, integer: true},
  alpha: {min: 1, max: 512, integer: true},
  seqLength: {min: 64, max: 131072, integer: true},
  microBatch: {min: 1, max: 128, integer: true},
  gpus: {min: 1, max: 1024, integer: true},
  // From a handful of examples (the checker's sample chat file is 2,647 tokens) to a pre-training-sized corpus.
  tokensPerEpoch: {min: 1, max: 1e12, integer: true},
  epochs: {min: 1, max: 100, integer: true},
} as const;

/** The price box's range, in US dollars per GPU-hour: free (own hardware) up to far above any rental price. */
export const PRICE_LIMITS = {min: 0, max: 1000} as const;

export type NumericInput = keyof typeof NUMERIC_LIMITS;

export const DEFAULT_INPUTS: CalculatorInputs = {
  model: 'llama-2-7b',
  paramsBillions: 7,
  rank: 8,
  // The module's rule of thumb: alpha = 2 × rank.
  alpha: 16,
  targets: ['q', 'v'],
  precision: 'bf16',
  optimizer: 'adamw',
  seqLength: 2048,
  microBatch: 1,
  // QLoRA's own recipe trains with checkpointing and double quantization on.
  gradientCheckpointing: true,
  doubleQuant: true,
  // Hugging Face's defaults: transformers computes the loss on the full logits, PEFT's lora_dropout is 0.0 and
  // its adapters are fp32, and bitsandbytes has not kept the 4-bit layers' inputs since 0.44.
  loss: 'full',
  loraDropout: false,
  trainedPrecision: 'fp32',
  oldBitsandbytes: false,
  gpu: 'rtx-4090',
  objective: 'sft',
  dpoReference: 'model',
  gpus: 1,
  // Fully sharded: the strategy that needs the fewest cards, and what torchtune's and Answer.AI's multi-GPU recipes use.
  strategy: 'zero3',
  offload: 'none',
  // 10,000 examples of 1,000 tokens; 3 epochs is the top of T1.4's "Train for 1-3 epochs".
  tokensPerEpoch: 10_000_000,
  epochs: 3,
  usdPerGpuHour: null,
  recommendedMethod: null,
};

export const MODEL_IDS: readonly string[] = [...modelPresets.map((m) => m.id), CUSTOM_MODEL_ID];
export const GPU_IDS: readonly string[] = gpus.map((g) => g.id);

/** Clamps a number into its range (rounding integers); NaN gives the default. */
export function clampNumber(name: NumericInput, value: number): number {
  const {min, max, integer} = NUMERIC_LIMITS[name];
  if (Number.isNaN(value)) return DEFAULT_INPUTS[name];
  const rounded = integer && Number.isFinite(value) ? Math.round(value) : value;
  return Math.min(max, Math.max(min, rounded));
}

/** A price in range, or null (the GPU's default) for anything else. */
export function sanitizePrice(value: unknown): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  return Math.min(PRICE_LIMITS.max, Math.max(PRICE_LIMITS.min, value));
}

function oneOf<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** Targets in canonical order, unknown names and repeats dropped. */
export function canonicalTargets(targets: readonly unknown[]): TargetModule[] {
  return TARGET_MODULES.filter((t) => targets.includes(t));
}

/** Any object → valid inputs, silently. The parser reports; this only guarantees. */
export function sanitizeInputs(raw: Partial<Record<keyof CalculatorInputs, unknown>>): CalculatorInputs {
  const num = (name: NumericInput) => clampNumber(name, typeof raw[name] === 'number' ? (raw[name] as number) : NaN);
  const targets = Array.isArray(raw.targets) ? canonicalTargets(raw.targets) : [];
  return {
    model: oneOf(MODEL_IDS, raw.model, DEFAULT_INPUTS.model),
    paramsBillions: num('paramsBillions'),
    rank: num('rank'),
    alpha: num('alpha'),
    targets: targets.length > 0 ? targets : [...DEFAULT_INPUTS.targets],
    precision: oneOf(PRECISIONS, raw.precision, DEFAULT_INPUTS.precision),
    optimizer: oneOf(OPTIMIZERS, raw.optimizer, DEFAULT_INPUTS.optimizer),
    seqLength: num('seqLength'),
    microBatch: num('microBatch'),
    gradientCheckpointing:
      typeof raw.gradientCheckpointing === 'boolean' ? raw.gradientCheckpointing : DEFAULT_INPUTS.gradientCheckpointing,
    doubleQuant: typeof raw.doubleQuant === 'boolean' ? raw.doubleQuant : DEFAULT_INPUTS.doubleQuant,
    loss: oneOf(LOSS_MODES, raw.loss, DEFAULT_INPUTS.loss),
    loraDropout: typeof raw.loraDropout === 'boolean' ? raw.loraDropout : DEFAULT_INPUTS.loraDropout,
    trainedPrecision: oneOf(TRAINED_PRECISIONS, raw.trainedPrecision, DEFAULT_INPUTS.trainedPrecision),
    oldBitsandbytes: typeof raw.oldBitsandbytes === 'boolean' ? raw.oldBitsandbytes : DEFAULT_INPUTS.oldBitsandbytes,
    gpu: oneOf(GPU_IDS, raw.gpu, DEFAULT_INPUTS.gpu),
    objective: oneOf(OBJECTIVES, raw.objective, DEFAULT_INPUTS.objective),
    dpoReference: oneOf(DPO_REFERENCES, raw.dpoReference, DEFAULT_INPUTS.dpoReference),
    gpus: num('gpus'),
    strategy: oneOf(STRATEGIES, raw.strategy, DEFAULT_INPUTS.strategy),
    offload: oneOf(OFFLOADS, raw.offload, DEFAULT_INPUTS.offload),
    tokensPerEpoch: num('tokensPerEpoch'),
    epochs: num('epochs'),
    usdPerGpuHour: sanitizePrice(raw.usdPerGpuHour),
    recommendedMethod: METHODS.includes(raw.recommendedMethod as Method) ? (raw.recommendedMethod as Method) : null,
  };
}
