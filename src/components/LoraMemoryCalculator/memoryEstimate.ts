/**
 * GPU memory for full fine-tuning, LoRA and QLoRA as a sum of named parts: what PyTorch allocates at the peak of a
 * training step, the caching allocator's reserve on top, and the CUDA context. Every constant comes from
 * src/data/memoryConstants.ts, where its source is. Pure functions: no React, no DOM.
 */
import type {ModelArchitecture} from '@site/src/data/models';
import {memoryConstants as C} from '@site/src/data/memoryConstants';
import {blockProjections, type BaseModelParams} from './loraMath';
import type {Method, Optimizer} from './inputs';
import {formatFixed, formatInteger} from './format';
import {activationBytes, layerAdapterBytes, tokensText} from './activationMemory';
import {precisionBytes, resolveSettings, tokensPerMicroStep, trainedBytes, type ResolvedSettings, type TrainingSettings} from './memorySettings';

export {
  DEFAULT_TARGETS,
  precisionBytes,
  resolveSettings,
  sequencesPerExample,
  tokensPerMicroStep,
  trainedBytes,
  type ResolvedSettings,
  type TrainingSettings,
} from './memorySettings';
export {activationBytes, layerAdapterBytes, layerBlockBytes} from './activationMemory';

export const MEMORY_PARTS = [
  {id: 'baseWeights', label: 'Base weights'},
  {id: 'adapterWeights', label: 'Adapter weights'},
  {id: 'gradients', label: 'Gradients'},
  {id: 'optimizerStates', label: 'Optimizer states'},
  {id: 'referenceWeights', label: 'DPO reference model'},
  {id: 'activations', label: 'Activations'},
  {id: 'adapterInputs', label: 'Inputs kept for the adapters'},
  {id: 'dequantBuffer', label: '4-bit dequantization buffer'},
  {id: 'logits', label: 'Logits and loss'},
  {id: 'allocatorReserve', label: 'Allocator reserve'},
  {id: 'runtimeOverhead', label: 'CUDA context'},
] as const;
export type MemoryPartId = (typeof MEMORY_PARTS)[number]['id'];

/** Parts that can be split across cards (sharded); the rest each card holds in full. */
export const SHARDABLE_PARTS: readonly MemoryPartId[] = ['baseWeights', 'adapterWeights', 'gradients', 'optimizerStates', 'referenceWeights'];
/**
 * Parts allocated once, or in the same sizes at the same point of every step (one gradient per weight): they leave
 * the caching allocator almost no unused space (see allocatorReserveShare). The rest varies within a step.
 */
export const SAME_EVERY_STEP: readonly MemoryPartId[] = ['baseWeights', 'adapterWeights', 'gradients', 'optimizerStates', 'referenceWeights'];

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
  /** Everything a card must hold: what PyTorch reserves plus the CUDA context. */
  totalBytes: number;
  /** Peak of what PyTorch allocates (torch.cuda.max_memory_allocated). */
  allocatedBytes: number;
  /** Peak of what PyTorch reserves (torch.cuda.max_memory_reserved): allocated plus the allocator's reserve. */
  reservedBytes: number;
  /** Base and adapter weights only: what the module's own figures count. */
  weightsOnlyBytes: number;
  /** Weights, gradients and optimizer states, which sharding spreads over cards. */
  shardableBytes: number;
  /** Everything else, which every card needs in full. */
  perCardBytes: number;
  /** The units full sharding gathers: see perGpuMemory.ts. */
  fsdpUnits: FsdpUnits;
}

/** Bytes of one decoder block and of the root unit (embeddings, output head, final norm), as stored. */
export interface FsdpUnits {
  blockBytes: number;
  rootBytes: number;
}

/** Paged optimizers keep the same states as their plain versions; only where they live under pressure differs. */
export function isPaged(optimizer: Optimizer): boolean {
  return optimizer === 'pagedadamw' || optimizer === 'pagedadamw8bit';
}

/** Optimizer state per trained parameter, in bytes; 16-bit trained weights get 16-bit moments (torch.optim's zeros_like). */
export function optimizerStateBytes(optimizer: Optimizer, stateBytes: number = C.bytes32bit.value): number {
  const scale = stateBytes / C.bytes32bit.value;
  switch (optimizer) {
    case 'adamw':
    case 'pagedadamw':
      return C.adamwStateBytes.value * scale;
    case 'adamw8bit':
    case 'pagedadamw8bit':
      // Two 8-bit moments, each with one fp32 scale per block.
      return C.adamw8bitStateBytes.value + (2 * C.bytes32bit.value) / C.adamw8bitBlockSize.value;
    case 'sgd':
      return C.sgdStateBytes.value * scale;
  }
}

const OPTIMIZER_NAMES: Record<Optimizer, string> = {
  adamw: 'AdamW moments',
  adamw8bit: '8-bit AdamW moments',
  pagedadamw: 'paged AdamW moments',
  pagedadamw8bit: 'paged 8-bit AdamW moments',
  sgd: 'SGD momentum',
};

/** Bits per NF4-stored weight, its block constants included. */
export function nf4BitsPerParam(doubleQuant: boolean): number {
  const constants = doubleQuant
    ? C.dqConstantBits.value / C.nf4BlockSize.value +
      C.dqSecondLevelBits.value / (C.nf4BlockSize.value * C.dqSecondLevelBlockSize.value)
    : C.nf4ConstantBits.value / C.nf4BlockSize.value;
  return C.nf4Bits.value + constants;
}

const PART_LABELS = new Map(MEMORY_PARTS.map((p) => [p.id, p.label]));

/**
 * One part of the estimate. Its workings are written when first read ("Show the math", the table by part), not on
 * every slider step: formatting them was a third of a recompute that only needs the bytes. A class, so every part
 * shares one shape (getters on object literals made each part an object of its own kind, and the engine slower).
 */
class Part implements MemoryPart {
  readonly label: string;
  #workings: string | (() => string);

  constructor(
    readonly id: MemoryPartId,
    readonly bytes: number,
    workings: string | (() => string),
  ) {
    this.label = PART_LABELS.get(id) ?? id;
    this.#workings = workings;
  }

  get workings(): string {
    if (typeof this.#workings === 'function') this.#workings = this.#workings();
    return this.#workings;
  }
}

const part = (id: MemoryPartId, bytes: number, workings: string | (() => string)): MemoryPart => new Part(id, bytes, workings);

function bytesText(bytes: number): string {
  return Number.isInteger(bytes) ? `${formatInteger(bytes)} B` : `${formatFixed(bytes, 4).replace(/0+$/, '')} B`;
}

/**
 * Memory for one method. Full fine-tuning trains every weight in the chosen precision (mixed precision adds an fp32
 * master copy); LoRA and QLoRA train adapters over a frozen base that is 16-bit (or fp32) or NF4.
 */
export function estimateMethodMemory(
  method: Method,
  arch: ModelArchitecture,
  base: BaseModelParams,
  adapterParams: number,
  settings: TrainingSettings,
): MethodEstimate {
  const s = resolveSettings(settings);
  const wb = precisionBytes(s.precision);
  const tb = trainedBytes(s.precision, s.trainedPrecision);
  const opt = optimizerStateBytes(s.optimizer, tb);
  const optName = OPTIMIZER_NAMES[s.optimizer];
  const parts: MemoryPart[] = [];

  if (method === 'qlora') {
    const bits = nf4BitsPerParam(s.doubleQuant);
    const rest = base.total - base.blockLinearWeights;
    parts.push(
      part(
        'baseWeights',
        (base.blockLinearWeights * bits) / 8 + rest * wb,
        () => `${formatInteger(base.blockLinearWeights)} block weights × ${formatFixed(bits, 3)} bits ÷ 8 (NF4${s.doubleQuant ? ', double-quantized constants' : ''}) + ${formatInteger(rest)} embedding, head, norm and bias params × ${wb} B`,
      ),
    );
  } else {
    parts.push(part('baseWeights', base.total * wb, () => `${formatInteger(base.total)} params × ${wb} B (${s.precision})`));
  }

  if (method === 'full') {
    // Mixed precision keeps an fp32 master copy of each 16-bit weight beside the optimizer's own state.
    const master = wb < tb ? C.masterWeightBytes.value : 0;
    parts.push(
      part('adapterWeights', 0, 'none, every base weight is trained and counted above'),
      part('gradients', base.total * wb, () => `${formatInteger(base.total)} × ${wb} B`),
      part(
        'optimizerStates',
        base.total * (master + opt),
        () => (master > 0 ? `${formatInteger(base.total)} × (${master} B fp32 master copy + ${bytesText(opt)} ${optName})` : `${formatInteger(base.total)} × ${bytesText(opt)} ${optName}`),
      ),
    );
  } else {
    const kind = tb === C.bytes32bit.value ? 'fp32' : s.precision;
    parts.push(
      part('adapterWeights', adapterParams * tb, () => `${formatInteger(adapterParams)} adapter params × ${tb} B (${kind})`),
      part('gradients', adapterParams * tb, () => `${formatInteger(adapterParams)} × ${tb} B`),
      part('optimizerStates', adapterParams * opt, () => `${formatInteger(adapterParams)} × ${bytesText(opt)} ${optName}`),
    );
  }

  parts.push(referenceWeightsPart(method, base.total, wb, s));

  const tokens = tokensPerMicroStep(s);
  const projections = blockProjections(arch);
  const activations = activationBytes(arch, s, method);
  const adapterLayer = layerAdapterBytes(arch, method, s, projections);
  const adapterLayers = s.gradientCheckpointing ? 1 : arch.layers;
  parts.push(
    part('activations', activations.bytes, activations.workings),
    part(
      'adapterInputs',
      adapterLayer.bytes * adapterLayers * tokens,
      () => adapterLayer.bytes === 0
        ? 'none'
        : `${adapterLayers === 1 ? 'one recomputed layer' : `${adapterLayers} layers`} × (${adapterLayer.text}) per token × ${tokensText(s)}`,
    ),
  );

  let dequant = 0;
  let largest: (typeof projections)[number] | null = null;
  if (method === 'qlora') {
    // bitsandbytes dequantizes one 4-bit weight at a time into a 16-bit buffer, in the forward and the backward pass.
    for (const p of projections) {
      if (p.dIn * p.dOut * wb > dequant) {
        dequant = p.dIn * p.dOut * wb;
        largest = p;
      }
    }
  }
  parts.push(
    part('dequantBuffer', dequant, () =>
      largest !== null && dequant > 0
        ? `the largest 4-bit layer dequantized to ${s.precision}, ${largest.name}: ${formatInteger(largest.dIn)} × ${formatInteger(largest.dOut)} × ${wb} B`
        : 'none',
    ),
  );

  const lossBytes = s.loss === 'chunked' ? C.lossBytesChunked.value : C.lossBytesFull.value;
  parts.push(
    part(
      'logits',
      tokens * arch.vocab * lossBytes,
      () => `b·s·vocab × ${lossBytes} B (${s.loss === 'chunked' ? 'chunked loss' : 'full logits'}) = ${tokensText(s).replace(' tokens', '')} × ${formatInteger(arch.vocab)} × ${lossBytes} B`,
    ),
  );

  let allocatedBytes = 0;
  let transientBytes = 0;
  for (const p of parts) {
    allocatedBytes += p.bytes;
    if (!SAME_EVERY_STEP.includes(p.id)) transientBytes += p.bytes;
  }
  const reserve = allocatorReserveBytes(transientBytes);
  parts.push(
    part(
      'allocatorReserve',
      reserve,
      () => `${formatFixed(C.allocatorReserveShare.value, 3)} × the ${formatFixed(transientBytes / C.bytesPerGB.value, 2)} GB of activations, kept inputs, buffers and logits allocated and freed within each step`,
    ),
    part('runtimeOverhead', C.runtimeOverheadBytes.value, () => `${formatInteger(C.runtimeOverheadBytes.value / 2 ** 20)} MiB fixed`),
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
    allocatedBytes,
    reservedBytes: allocatedBytes + reserve,
    weightsOnlyBytes: parts[0].bytes + parts[1].bytes,
    shardableBytes,
    perCardBytes: totalBytes - shardableBytes,
    fsdpUnits: fsdpUnitBytes(method, arch, base, adapterParams, wb, tb, s.doubleQuant),
  };
}

/**
 * DPO's reference model. LoRA and QLoRA switch their adapters off to get it (TRL, torchtune): no extra weights. Full
 * fine-tuning holds a second, frozen copy in the training precision, unless its log-probabilities were computed
 * before training.
 */
function referenceWeightsPart(method: Method, params: number, wb: number, s: ResolvedSettings): MemoryPart {
  if (s.objective !== 'dpo') return part('referenceWeights', 0, 'none (supervised fine-tuning)');
  if (method !== 'full') return part('referenceWeights', 0, 'none: the base model with its adapters switched off is the reference');
  if (s.referencePrecomputed) return part('referenceWeights', 0, 'none: its log-probabilities were computed before training');
  return part('referenceWeights', params * wb, () => `a frozen copy, ${formatInteger(params)} params × ${wb} B (${s.precision})`);
}

/**
 * What FSDP gathers at once under full sharding, in the weights' stored form: one decoder block (its 4-bit or 16-bit
 * weights, norms and adapters) and the root unit (embeddings, output head and final norm).
 */
function fsdpUnitBytes(
  method: Method,
  arch: ModelArchitecture,
  base: BaseModelParams,
  adapterParams: number,
  wb: number,
  tb: number,
  doubleQuant: boolean,
): FsdpUnits {
  const linearBytes = method === 'qlora' ? nf4BitsPerParam(doubleQuant) / 8 : wb;
  const blockOther = base.norms + base.biases - arch.hidden;
  const blockBytes = (base.blockLinearWeights * linearBytes + blockOther * wb + adapterParams * tb) / arch.layers;
  const rootBytes = (base.embeddings + base.outputHead + arch.hidden) * wb;
  return {blockBytes, rootBytes};
}

/** The caching allocator's reserve over what is allocated: a share of the memory that is freed and allocated again each step. */
export function allocatorReserveBytes(transientBytes: number): number {
  return C.allocatorReserveShare.value * transientBytes;
}

/** The estimate a measured peak should be compared with: allocated, reserved, or the whole card. */
export function comparableBytes(estimate: MethodEstimate, statistic: 'allocated' | 'reserved' | 'device'): number {
  if (statistic === 'allocated') return estimate.allocatedBytes;
  if (statistic === 'reserved') return estimate.reservedBytes;
  return estimate.totalBytes;
}
