/**
 * GPU memory for full fine-tuning, LoRA and QLoRA as a sum of named parts: what PyTorch allocates at the peak of a
 * training step, the caching allocator's reserve on top, and the CUDA context. Every constant comes from
 * src/data/memoryConstants.ts, where its source is. Pure functions: no React, no DOM.
 */
import type {ModelArchitecture} from '@site/src/data/models';
import {memoryConstants as C} from '@site/src/data/memoryConstants';
import {blockProjections, type BaseModelParams, type Projection, type ProjectionInput, type TargetModule} from './loraMath';
import type {LossMode, Method, Optimizer, Precision, TrainedPrecision} from './inputs';
import {formatFixed, formatInteger} from './format';

export const MEMORY_PARTS = [
  {id: 'baseWeights', label: 'Base weights'},
  {id: 'adapterWeights', label: 'Adapter weights'},
  {id: 'gradients', label: 'Gradients'},
  {id: 'optimizerStates', label: 'Optimizer states'},
  {id: 'activations', label: 'Activations'},
  {id: 'adapterInputs', label: 'Inputs kept for the adapters'},
  {id: 'dequantBuffer', label: '4-bit dequantization buffer'},
  {id: 'logits', label: 'Logits and loss'},
  {id: 'allocatorReserve', label: 'Allocator reserve'},
  {id: 'runtimeOverhead', label: 'CUDA context'},
] as const;
export type MemoryPartId = (typeof MEMORY_PARTS)[number]['id'];

/** Parts that can be split across cards (sharded); the rest each card holds in full. */
const SHARDABLE_PARTS: readonly MemoryPartId[] = ['baseWeights', 'adapterWeights', 'gradients', 'optimizerStates'];
/**
 * Parts allocated once, or in the same sizes at the same point of every step (one gradient per weight): they leave
 * the caching allocator almost no unused space (see allocatorReserveShare). The rest varies within a step.
 */
const SAME_EVERY_STEP: readonly MemoryPartId[] = ['baseWeights', 'adapterWeights', 'gradients', 'optimizerStates'];

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
}

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
}

/** The optional settings with their defaults filled in. */
export type ResolvedSettings = Required<TrainingSettings>;

export const DEFAULT_TARGETS: readonly TargetModule[] = ['q', 'v'];

export function resolveSettings(settings: TrainingSettings): ResolvedSettings {
  return {
    ...settings,
    loss: settings.loss ?? 'full',
    loraDropout: settings.loraDropout ?? false,
    trainedPrecision: settings.trainedPrecision ?? 'fp32',
    oldBitsandbytes: settings.oldBitsandbytes ?? false,
    targets: settings.targets && settings.targets.length > 0 ? settings.targets : DEFAULT_TARGETS,
  };
}

/** Bytes per value of the chosen precision. */
export function precisionBytes(precision: Precision): number {
  return precision === 'fp32' ? C.bytes32bit.value : C.bytes16bit.value;
}

/** Bytes per trained value: fp32, unless a 16-bit run keeps its trained weights in 16-bit too. */
export function trainedBytes(precision: Precision, trainedPrecision: TrainedPrecision = 'fp32'): number {
  return trainedPrecision === '16bit' ? precisionBytes(precision) : C.bytes32bit.value;
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

/** Width of each tensor a block's linear layers read. */
function inputWidth(arch: ModelArchitecture, input: ProjectionInput): number {
  switch (input) {
    case 'attnNormOut':
    case 'mlpNormOut':
      return arch.hidden;
    case 'attnOut':
      return arch.heads * (arch.hidden / arch.heads);
    case 'mlpProduct':
      return arch.intermediate;
  }
}

const ALL_INPUTS: readonly ProjectionInput[] = ['attnNormOut', 'attnOut', 'mlpNormOut', 'mlpProduct'];

function tokensText(s: ResolvedSettings): string {
  return `${formatInteger(s.seqLength)} × ${formatInteger(s.microBatch)} tokens`;
}

/**
 * What one layer keeps for the backward pass, per token, in bytes: two fp32 norm inputs, attention's q, k, v
 * and output, SwiGLU's three tensors; full fine-tuning adds the inputs of the seven trained projections and of the
 * trained norm weights. Flash attention: the s × s scores are never stored.
 */
export function layerBlockBytes(arch: ModelArchitecture, method: Method, precision: Precision): {bytes: number; text: string} {
  const b = precisionBytes(precision);
  const h = arch.hidden;
  const norms = 2 * h * C.normInputBytes.value;
  const attention = C.attentionKeptValues.value * h * b;
  const mlp = C.swigluKeptValues.value * arch.intermediate * b;
  let bytes = norms + attention + mlp;
  let text = `2 × ${C.normInputBytes.value}h + ${C.attentionKeptValues.value}h × ${b} + ${C.swigluKeptValues.value}I × ${b}`;
  if (method === 'full') {
    // Trained weights need their inputs: the four tensors the projections read, and the two norms' outputs.
    let inputs = 0;
    for (const input of ALL_INPUTS) inputs += inputWidth(arch, input);
    bytes += (inputs + 2 * h) * b;
    text += ` + (3h + I + 2h) × ${b}`;
  }
  return {bytes, text};
}

/**
 * What one layer keeps for the adapters, per token, in bytes. A frozen layer keeps nothing for its weight, but an
 * adapter's A matrix needs the input: the input tensor itself (shared by adapters that read the same one) or,
 * with dropout, each adapted layer's own dropped-out copy plus its mask. bitsandbytes before 0.44 kept every
 * 4-bit layer's input as well, adapted or not (bitsandbytes PR #1270, "fix QLoRA mem bug").
 */
export function layerAdapterBytes(
  arch: ModelArchitecture,
  method: Method,
  s: ResolvedSettings,
  projections: readonly Projection[] = blockProjections(arch),
): {bytes: number; text: string} {
  if (method === 'full') return {bytes: 0, text: ''};
  const b = precisionBytes(s.precision);
  const kept = new Set<ProjectionInput>();
  let dropout = 0;
  for (const p of projections) {
    if (!p.coveredBy.some((t) => s.targets.includes(t))) continue;
    if (s.loraDropout) dropout += p.dIn * (b + C.dropoutMaskBytes.value);
    else kept.add(p.reads);
  }
  const bnbKeeps = method === 'qlora' && s.oldBitsandbytes;
  if (bnbKeeps) for (const input of ALL_INPUTS) kept.add(input);
  let keptWidth = 0;
  for (const input of kept) keptWidth += inputWidth(arch, input);
  const texts: string[] = [];
  if (dropout > 0) texts.push(`dropout copies ${formatInteger(dropout)} B`);
  if (keptWidth > 0) texts.push(`${bnbKeeps ? '4-bit layers’ inputs' : 'adapters’ inputs'} ${formatInteger(keptWidth)} × ${b} B`);
  return {bytes: dropout + keptWidth * b, text: texts.join(' + ')};
}

/** Activation bytes for all layers, adapters' inputs apart. Checkpointing keeps each layer's input and recomputes one layer. */
export function activationBytes(arch: ModelArchitecture, settings: TrainingSettings, method: Method = 'lora'): {bytes: number; workings: string} {
  const s = resolveSettings(settings);
  const tokens = s.seqLength * s.microBatch;
  const layer = layerBlockBytes(arch, method, s.precision);
  const b = precisionBytes(s.precision);
  if (s.gradientCheckpointing) {
    const checkpoints = arch.layers * C.checkpointValuesPerLayer.value * arch.hidden * b;
    return {
      bytes: (checkpoints + layer.bytes) * tokens,
      workings: `(${arch.layers} layers × h × ${b} kept + one layer recomputed: ${layer.text} = ${formatInteger(layer.bytes)} B) per token × ${tokensText(s)}, h = ${formatInteger(arch.hidden)}, I = ${formatInteger(arch.intermediate)}`,
    };
  }
  return {
    bytes: arch.layers * layer.bytes * tokens,
    workings: `${arch.layers} layers × (${layer.text} = ${formatInteger(layer.bytes)} B) per token × ${tokensText(s)}, h = ${formatInteger(arch.hidden)}, I = ${formatInteger(arch.intermediate)}`,
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
  const P = formatInteger(base.total);
  const parts: MemoryPart[] = [];

  if (method === 'qlora') {
    const bits = nf4BitsPerParam(s.doubleQuant);
    const rest = base.total - base.blockLinearWeights;
    parts.push(
      part(
        'baseWeights',
        (base.blockLinearWeights * bits) / 8 + rest * wb,
        `${formatInteger(base.blockLinearWeights)} block weights × ${formatFixed(bits, 3)} bits ÷ 8 (NF4${s.doubleQuant ? ', double-quantized constants' : ''}) + ${formatInteger(rest)} embedding, head, norm and bias params × ${wb} B`,
      ),
    );
  } else {
    parts.push(part('baseWeights', base.total * wb, `${P} params × ${wb} B (${s.precision})`));
  }

  if (method === 'full') {
    // Mixed precision keeps an fp32 master copy of each 16-bit weight beside the optimizer's own state.
    const master = wb < tb ? C.masterWeightBytes.value : 0;
    parts.push(
      part('adapterWeights', 0, 'none, every base weight is trained and counted above'),
      part('gradients', base.total * wb, `${P} × ${wb} B`),
      part(
        'optimizerStates',
        base.total * (master + opt),
        master > 0 ? `${P} × (${master} B fp32 master copy + ${bytesText(opt)} ${optName})` : `${P} × ${bytesText(opt)} ${optName}`,
      ),
    );
  } else {
    const A = formatInteger(adapterParams);
    const kind = tb === C.bytes32bit.value ? 'fp32' : s.precision;
    parts.push(
      part('adapterWeights', adapterParams * tb, `${A} adapter params × ${tb} B (${kind})`),
      part('gradients', adapterParams * tb, `${A} × ${tb} B`),
      part('optimizerStates', adapterParams * opt, `${A} × ${bytesText(opt)} ${optName}`),
    );
  }

  const tokens = s.seqLength * s.microBatch;
  const projections = blockProjections(arch);
  const activations = activationBytes(arch, s, method);
  const adapterLayer = layerAdapterBytes(arch, method, s, projections);
  const adapterLayers = s.gradientCheckpointing ? 1 : arch.layers;
  parts.push(
    part('activations', activations.bytes, activations.workings),
    part(
      'adapterInputs',
      adapterLayer.bytes * adapterLayers * tokens,
      adapterLayer.bytes === 0
        ? 'none'
        : `${adapterLayers === 1 ? 'one recomputed layer' : `${adapterLayers} layers`} × (${adapterLayer.text}) per token × ${tokensText(s)}`,
    ),
  );

  let dequant = 0;
  let largest = '';
  if (method === 'qlora') {
    // bitsandbytes dequantizes one 4-bit weight at a time into a 16-bit buffer, in the forward and the backward pass.
    for (const p of projections) {
      if (p.dIn * p.dOut * wb > dequant) {
        dequant = p.dIn * p.dOut * wb;
        largest = `${p.name}: ${formatInteger(p.dIn)} × ${formatInteger(p.dOut)} × ${wb} B`;
      }
    }
  }
  parts.push(part('dequantBuffer', dequant, dequant > 0 ? `the largest 4-bit layer dequantized to ${s.precision}, ${largest}` : 'none'));

  const lossBytes = s.loss === 'chunked' ? C.lossBytesChunked.value : C.lossBytesFull.value;
  parts.push(
    part(
      'logits',
      tokens * arch.vocab * lossBytes,
      `b·s·vocab × ${lossBytes} B (${s.loss === 'chunked' ? 'chunked loss' : 'full logits'}) = ${formatInteger(s.microBatch)} × ${formatInteger(s.seqLength)} × ${formatInteger(arch.vocab)} × ${lossBytes} B`,
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
      `${formatFixed(C.allocatorReserveShare.value, 3)} × the ${formatFixed(transientBytes / C.bytesPerGB.value, 2)} GB of activations, kept inputs, buffers and logits allocated and freed within each step`,
    ),
    part('runtimeOverhead', C.runtimeOverheadBytes.value, `${formatInteger(C.runtimeOverheadBytes.value / 2 ** 20)} MiB fixed`),
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
  };
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

/**
 * Cards of one kind a run needs: 1 if the total fits; otherwise weights, gradients and optimizer states are split
 * evenly (fully sharded, as FSDP or ZeRO-3 do) while each card holds its own activations, logits, buffers, reserve
 * and context. null when that per-card part alone is larger than the card.
 */
export function cardsNeeded(estimate: MethodEstimate, cardBytes: number): number | null {
  if (estimate.totalBytes <= cardBytes) return 1;
  const room = cardBytes - estimate.perCardBytes;
  if (room <= 0) return null;
  return Math.max(2, Math.ceil(estimate.shardableBytes / room));
}
