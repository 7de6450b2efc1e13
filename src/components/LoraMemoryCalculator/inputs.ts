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
} as const;

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
    recommendedMethod: METHODS.includes(raw.recommendedMethod as Method) ? (raw.recommendedMethod as Method) : null,
  };
}
