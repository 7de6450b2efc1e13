/**
 * GPU memory for full fine-tuning, LoRA and QLoRA as a sum of named parts.
 * Every constant comes from src/data/memoryConstants.ts, where its source is.
 * Pure functions: no React, no DOM.
 */
import type {ModelArchitecture} from '@site/src/data/models';
import {memoryConstants as C} from '@site/src/data/memoryConstants';
import type {BaseModelParams} from './loraMath';
import type {Method, Optimizer, Precision} from './inputs';
import {formatFixed, formatInteger} from './format';

export const MEMORY_PARTS = [
  {id: 'baseWeights', label: 'Base weights'},
  {id: 'adapterWeights', label: 'Adapter weights'},
  {id: 'gradients', label: 'Gradients'},
  {id: 'optimizerStates', label: 'Optimizer states'},
  {id: 'activations', label: 'Activations'},
  {id: 'logits', label: 'Logits'},
  {id: 'runtimeOverhead', label: 'Runtime overhead'},
] as const;
export type MemoryPartId = (typeof MEMORY_PARTS)[number]['id'];

/** Parts that can be split across cards (sharded); the rest each card holds in full. */
const SHARDABLE_PARTS: readonly MemoryPartId[] = ['baseWeights', 'adapterWeights', 'gradients', 'optimizerStates'];

export interface MemoryPart {
  id: MemoryPartId;
  label: string;
  bytes: number;
  /** The formula with this configuration's numbers, as plain text. */
  workings: string;
}

export interface MethodEstimate {
  method: Method;
  parts: MemoryPart[];
  totalBytes: number;
  /** Base and adapter weights only: what the module's own figures count. */
  weightsOnlyBytes: number;
  /** Weights, gradients and optimizer states, which sharding spreads over cards. */
  shardableBytes: number;
  /** Activations, logits and runtime overhead, which every card needs in full. */
  perCardBytes: number;
}

export interface TrainingSettings {
  precision: Precision;
  optimizer: Optimizer;
  seqLength: number;
  microBatch: number;
  gradientCheckpointing: boolean;
  doubleQuant: boolean;
}

/** Bytes per value of the chosen precision. */
export function precisionBytes(precision: Precision): number {
  return precision === 'fp32' ? C.bytes32bit.value : C.bytes16bit.value;
}

/** Optimizer state per trained parameter, in bytes. */
export function optimizerStateBytes(optimizer: Optimizer): number {
  switch (optimizer) {
    case 'adamw':
      return C.adamwStateBytes.value;
    case 'adamw8bit':
      // Two 8-bit moments, each with one fp32 scale per block.
      return C.adamw8bitStateBytes.value + (2 * C.bytes32bit.value) / C.adamw8bitBlockSize.value;
    case 'sgd':
      return C.sgdStateBytes.value;
  }
}

/** Bits per NF4-stored weight, its block constants included. */
export function nf4BitsPerParam(doubleQuant: boolean): number {
  const constants = doubleQuant
    ? C.dqConstantBits.value / C.nf4BlockSize.value +
      C.dqSecondLevelBits.value / (C.nf4BlockSize.value * C.dqSecondLevelBlockSize.value)
    : C.nf4ConstantBits.value / C.nf4BlockSize.value;
  return C.nf4Bits.value + constants;
}

/** Activation bytes for all layers (flash attention assumed: no s × s scores stored). */
export function activationBytes(arch: ModelArchitecture, settings: TrainingSettings): {bytes: number; workings: string} {
  const sbh = settings.seqLength * settings.microBatch * arch.hidden;
  const scale = precisionBytes(settings.precision) / C.activationReferenceBytes.value;
  const scaleText = scale === 1 ? '' : ` × ${scale} (fp32)`;
  const sbhText = `${formatInteger(settings.seqLength)} × ${formatInteger(settings.microBatch)} × ${formatInteger(arch.hidden)}`;
  if (settings.gradientCheckpointing) {
    const perSbh = C.checkpointBytesPerSbh.value * arch.layers + C.activationBytesPerSbh.value;
    return {
      bytes: perSbh * sbh * scale,
      workings: `(${C.checkpointBytesPerSbh.value} × ${arch.layers} layers + ${C.activationBytesPerSbh.value}) × s·b·h = ${formatInteger(perSbh)} × ${sbhText} B${scaleText}`,
    };
  }
  return {
    bytes: C.activationBytesPerSbh.value * arch.layers * sbh * scale,
    workings: `${C.activationBytesPerSbh.value} × ${arch.layers} layers × s·b·h = ${C.activationBytesPerSbh.value} × ${arch.layers} × ${sbhText} B${scaleText}`,
  };
}

function part(id: MemoryPartId, bytes: number, workings: string): MemoryPart {
  const label = MEMORY_PARTS.find((p) => p.id === id)?.label ?? id;
  return {id, label, bytes, workings};
}

function bytesText(bytes: number): string {
  return Number.isInteger(bytes) ? `${formatInteger(bytes)} B` : `${formatFixed(bytes, 4).replace(/0+$/, '')} B`;
}

/**
 * Memory for one method. Full fine-tuning trains every weight in the chosen
 * precision (mixed precision adds an fp32 master copy); LoRA and QLoRA train
 * fp32 adapters over a frozen base that is 16-bit (or fp32) or NF4.
 */
export function estimateMethodMemory(
  method: Method,
  arch: ModelArchitecture,
  base: BaseModelParams,
  adapterParams: number,
  settings: TrainingSettings,
): MethodEstimate {
  const wb = precisionBytes(settings.precision);
  const opt = optimizerStateBytes(settings.optimizer);
  const optName = {adamw: 'AdamW moments', adamw8bit: '8-bit AdamW moments', sgd: 'SGD momentum'}[settings.optimizer];
  const P = formatInteger(base.total);
  const parts: MemoryPart[] = [];

  if (method === 'qlora') {
    const bits = nf4BitsPerParam(settings.doubleQuant);
    const rest = base.total - base.blockLinearWeights;
    parts.push(
      part(
        'baseWeights',
        (base.blockLinearWeights * bits) / 8 + rest * wb,
        `${formatInteger(base.blockLinearWeights)} block weights × ${formatFixed(bits, 3)} bits ÷ 8 (NF4${settings.doubleQuant ? ', double-quantized constants' : ''}) + ${formatInteger(rest)} embedding, head, norm and bias params × ${wb} B`,
      ),
    );
  } else {
    parts.push(part('baseWeights', base.total * wb, `${P} params × ${wb} B (${settings.precision})`));
  }

  if (method === 'full') {
    // Mixed precision keeps an fp32 master copy of each 16-bit weight beside the optimizer's own state.
    const master = wb < C.bytes32bit.value ? C.masterWeightBytes.value : 0;
    parts.push(
      part('adapterWeights', 0, 'none, every base weight is trained and counted above'),
      part('gradients', base.total * wb, `${P} × ${wb} B`),
      part(
        'optimizerStates',
        base.total * (master + opt),
        master > 0
          ? `${P} × (${master} B fp32 master copy + ${bytesText(opt)} ${optName})`
          : `${P} × ${bytesText(opt)} ${optName}`,
      ),
    );
  } else {
    const A = formatInteger(adapterParams);
    const ab = C.adapterTrainingBytes.value;
    parts.push(
      part('adapterWeights', adapterParams * ab, `${A} adapter params × ${ab} B (fp32)`),
      part('gradients', adapterParams * ab, `${A} × ${ab} B`),
      part('optimizerStates', adapterParams * opt, `${A} × ${bytesText(opt)} ${optName}`),
    );
  }

  const activations = activationBytes(arch, settings);
  const tokens = settings.seqLength * settings.microBatch;
  parts.push(
    part('activations', activations.bytes, activations.workings),
    part(
      'logits',
      tokens * arch.vocab * C.logitBytes.value,
      `b·s·vocab × ${C.logitBytes.value} B = ${formatInteger(settings.microBatch)} × ${formatInteger(settings.seqLength)} × ${formatInteger(arch.vocab)} × ${C.logitBytes.value} B`,
    ),
    part('runtimeOverhead', C.runtimeOverheadBytes.value, `${C.runtimeOverheadBytes.value / C.bytesPerGB.value} GB fixed`),
  );

  let totalBytes = 0;
  let shardableBytes = 0;
  for (const p of parts) {
    totalBytes += p.bytes;
    if (SHARDABLE_PARTS.includes(p.id)) shardableBytes += p.bytes;
  }
  return {
    method,
    parts,
    totalBytes,
    weightsOnlyBytes: parts[0].bytes + parts[1].bytes,
    shardableBytes,
    perCardBytes: totalBytes - shardableBytes,
  };
}

/**
 * Cards of one kind a run needs: 1 if the total fits; otherwise weights,
 * gradients and optimizer states are split evenly (fully sharded, as FSDP or
 * ZeRO-3 do) while each card holds its own activations, logits and overhead.
 * null when that per-card part alone is larger than the card.
 */
export function cardsNeeded(estimate: MethodEstimate, cardBytes: number): number | null {
  if (estimate.totalBytes <= cardBytes) return 1;
  const room = cardBytes - estimate.perCardBytes;
  if (room <= 0) return null;
  return Math.max(2, Math.ceil(estimate.shardableBytes / room));
}
