/**
 * The settings a memory estimate reads, with the defaults of Hugging Face transformers, PEFT and bitsandbytes for
 * those a caller leaves out, and the byte sizes they imply. Pure.
 */
import {memoryConstants as C} from '@site/src/data/memoryConstants';
import type {TargetModule} from './loraMath';
import type {LossMode, Objective, Optimizer, Precision, TrainedPrecision} from './inputs';

/**
 * How a run trains. The first six settings are required; the rest are optional and default to what Hugging Face
 * transformers, PEFT and bitsandbytes do today, so a caller that knows only the first six keeps working.
 */
export interface TrainingSettings {
  precision: Precision;
  optimizer: Optimizer;
  seqLength: number;
  microBatch: number;
  gradientCheckpointing: boolean;
  doubleQuant: boolean;
  /** Default `full`. */
  loss?: LossMode;
  /** LoRA dropout on; default off (PEFT's lora_dropout = 0.0). */
  loraDropout?: boolean;
  /** Default `fp32`. */
  trainedPrecision?: TrainedPrecision;
  /** bitsandbytes before 0.44; default off. */
  oldBitsandbytes?: boolean;
  /** The adapted modules; default q and v. */
  targets?: readonly TargetModule[];
  /** Default `sft`. DPO runs a chosen and a rejected sequence per example. */
  objective?: Objective;
  /** DPO, full fine-tuning: the reference model's log-probabilities computed before training, so no copy is held. */
  referencePrecomputed?: boolean;
}

/** The optional settings with their defaults filled in. */
export type ResolvedSettings = Required<TrainingSettings>;

export const DEFAULT_TARGETS: readonly TargetModule[] = ['q', 'v'];

export function resolveSettings(settings: TrainingSettings): ResolvedSettings {
  // Field by field, not a spread: callers pass the calculator's whole input (thirty-odd keys), and this runs for
  // every method on every slider step.
  return {
    precision: settings.precision,
    optimizer: settings.optimizer,
    seqLength: settings.seqLength,
    microBatch: settings.microBatch,
    gradientCheckpointing: settings.gradientCheckpointing,
    doubleQuant: settings.doubleQuant,
    loss: settings.loss ?? 'full',
    loraDropout: settings.loraDropout ?? false,
    trainedPrecision: settings.trainedPrecision ?? 'fp32',
    oldBitsandbytes: settings.oldBitsandbytes ?? false,
    targets: settings.targets && settings.targets.length > 0 ? settings.targets : DEFAULT_TARGETS,
    objective: settings.objective ?? 'sft',
    referencePrecomputed: settings.referencePrecomputed ?? false,
  };
}

/** Sequences a step runs per example: DPO's chosen and rejected responses go through the model together. */
export function sequencesPerExample(objective: Objective): number {
  return objective === 'dpo' ? C.dpoSequencesPerPair.value : 1;
}

/** Tokens one micro-step holds activations for: sequence × micro-batch, twice for DPO's pairs. */
export function tokensPerMicroStep(s: Pick<ResolvedSettings, 'seqLength' | 'microBatch' | 'objective'>): number {
  return s.seqLength * s.microBatch * sequencesPerExample(s.objective);
}

/** Bytes per value of the chosen precision. */
export function precisionBytes(precision: Precision): number {
  return precision === 'fp32' ? C.bytes32bit.value : C.bytes16bit.value;
}

/** Bytes per trained value: fp32, unless a 16-bit run keeps its trained weights in 16-bit too. */
export function trainedBytes(precision: Precision, trainedPrecision: TrainedPrecision = 'fp32'): number {
  return trainedPrecision === '16bit' ? precisionBytes(precision) : C.bytes32bit.value;
}

