/**
 * Memory per card when several GPUs share a run (data parallel), by strategy: DDP (every card holds everything),
 * ZeRO-2 (optimizer states and gradients sharded), ZeRO-3 / FSDP full shard (the weights too), with CPU offload of
 * the optimizer states or of everything sharded. Works on a one-card estimate (memoryEstimate.ts): the parts that
 * sharding splits are divided, the ones every card needs are kept, and full sharding adds the blocks it gathers.
 * Constants and their sources: src/data/memoryConstants.ts. Pure functions.
 */
import {memoryConstants as C} from '@site/src/data/memoryConstants';
import type {Method, Offload, Strategy} from './inputs';
import {allocatorReserveBytes, SAME_EVERY_STEP, type MemoryPartId, type MethodEstimate} from './memoryEstimate';
import {formatFixed, formatInteger} from './format';

/** How the cards share the run. */
export interface GpuLayout {
  gpus: number;
  strategy: Strategy;
  offload: Offload;
}

/** Offload as the frameworks allow it: DeepSpeed offloads only with ZeRO, and the weights only with ZeRO-3. */
export type OffloadCorrection = 'offload-needs-sharding' | 'weights-offload-needs-zero3';

export function effectiveOffload(strategy: Strategy, offload: Offload): {offload: Offload; correction: OffloadCorrection | null} {
  if (offload === 'none') return {offload, correction: null};
  if (strategy === 'ddp') return {offload: 'none', correction: 'offload-needs-sharding'};
  if (strategy === 'zero2' && offload === 'all') return {offload: 'optimizer', correction: 'weights-offload-needs-zero3'};
  return {offload, correction: null};
}

/** Where each part that sharding touches lives under a strategy and offload: split over the cards, in CPU memory, or whole. */
function placement(id: MemoryPartId, strategy: Strategy, offload: Offload): Exclude<Placement, 'gathered'> {
  const weights = id === 'baseWeights' || id === 'adapterWeights' || id === 'referenceWeights';
  if (id === 'optimizerStates') return offload !== 'none' ? 'cpu' : strategy === 'ddp' ? 'whole' : 'sharded';
  if (id === 'gradients') return offload === 'all' ? 'cpu' : strategy === 'ddp' ? 'whole' : 'sharded';
  if (weights) return offload === 'all' ? 'cpu' : strategy === 'zero3' ? 'sharded' : 'whole';
  return 'whole';
}

export type PerGpuPartId = MemoryPartId | 'gatheredBlocks';

/** Where a part lives: split over the cards, in CPU memory, held whole by every card, or added by full sharding. */
export type Placement = 'sharded' | 'cpu' | 'whole' | 'gathered';

export interface PerGpuPart {
  id: PerGpuPartId;
  label: string;
  /** Bytes on one card. */
  bytes: number;
  /** The one-card figure this part comes from (for the gathered blocks, what they hold unsharded). */
  oneCardBytes: number;
  placement: Placement;
}

/**
 * One card's memory as a function of the number of cards: `fixedBytes + shardedBytes ÷ gpus`, plus the gathered
 * blocks under full sharding whenever weights are not all on the card (several cards, or weights offloaded).
 */
interface PerGpuShape {
  shardedBytes: number;
  /** Parts every card holds whole, except the reserve and the context. */
  wholeBytes: number;
  /** Of which allocated and freed within a step (the allocator's reserve grows with these). */
  transientBytes: number;
  gatheredBytes: number;
  cpuBytes: number;
}

function gatheredBytes(estimate: MethodEstimate): number {
  const {blockBytes, rootBytes} = estimate.fsdpUnits;
  const weights = C.fsdpGatheredBlocks.value * blockBytes + C.fsdpRootUnitsHeld.value * rootBytes;
  // Full fine-tuning: each unit's gradient exists unsharded (16-bit) until it is reduce-scattered, the root's until the end.
  const gradients = estimate.method === 'full' ? blockBytes + rootBytes : 0;
  return weights + gradients;
}

function shapeOf(estimate: MethodEstimate, strategy: Strategy, offload: Offload): PerGpuShape {
  const shape: PerGpuShape = {shardedBytes: 0, wholeBytes: 0, transientBytes: 0, gatheredBytes: gatheredBytes(estimate), cpuBytes: 0};
  for (const p of estimate.parts) {
    if (p.id === 'allocatorReserve' || p.id === 'runtimeOverhead') continue;
    const where = placement(p.id, strategy, offload);
    if (where === 'sharded') shape.shardedBytes += p.bytes;
    else if (where === 'cpu') shape.cpuBytes += p.bytes;
    else {
      shape.wholeBytes += p.bytes;
      if (!SAME_EVERY_STEP.includes(p.id)) shape.transientBytes += p.bytes;
    }
  }
  return shape;
}

function gathers(layout: GpuLayout, offload: Offload): boolean {
  return layout.strategy === 'zero3' && (layout.gpus > 1 || offload === 'all');
}

function totalOf(shape: PerGpuShape, gpus: number, gathered: boolean): number {
  const gather = gathered ? shape.gatheredBytes : 0;
  return shape.wholeBytes + shape.shardedBytes / gpus + gather + allocatorReserveBytes(shape.transientBytes) + C.runtimeOverheadBytes.value;
}

export interface PerGpuEstimate {
  method: Method;
  layout: GpuLayout;
  /** The offload in effect (see effectiveOffload). */
  offload: Offload;
  offloadCorrection: OffloadCorrection | null;
  parts: PerGpuPart[];
  /** What one card must hold: reserved memory plus the CUDA context. */
  totalBytes: number;
  allocatedBytes: number;
  reservedBytes: number;
  /** Per card, in CPU memory (offloaded). */
  cpuBytes: number;
}

/** One card's memory for a method when `layout.gpus` cards share the run. */
export function perGpuMemory(estimate: MethodEstimate, layout: GpuLayout): PerGpuEstimate {
  const gpus = Math.max(1, Math.floor(layout.gpus));
  const {offload, correction} = effectiveOffload(layout.strategy, layout.offload);
  const gathered = gathers({...layout, gpus}, offload);
  const parts: PerGpuPart[] = [];
  let allocatedBytes = 0;
  let transientBytes = 0;
  let cpuBytes = 0;
  for (const p of estimate.parts) {
    if (p.id === 'allocatorReserve' || p.id === 'runtimeOverhead') continue;
    const where = placement(p.id, layout.strategy, offload);
    const bytes = where === 'sharded' ? p.bytes / gpus : where === 'cpu' ? 0 : p.bytes;
    if (where === 'cpu') cpuBytes += p.bytes / gpus;
    if (where === 'whole' && !SAME_EVERY_STEP.includes(p.id)) transientBytes += bytes;
    allocatedBytes += bytes;
    parts.push({id: p.id, label: p.label, bytes, oneCardBytes: p.bytes, placement: where});
  }
  // Gathered in the same sizes block after block: like the weights, they leave the allocator nothing unused.
  const gather = gathered ? gatheredBytes(estimate) : 0;
  parts.push({id: 'gatheredBlocks', label: 'Blocks gathered by full sharding', bytes: gather, oneCardBytes: 0, placement: 'gathered'});
  allocatedBytes += gather;
  const reserve = allocatorReserveBytes(transientBytes);
  parts.push(
    {id: 'allocatorReserve', label: 'Allocator reserve', bytes: reserve, oneCardBytes: 0, placement: 'whole'},
    {id: 'runtimeOverhead', label: 'CUDA context', bytes: C.runtimeOverheadBytes.value, oneCardBytes: C.runtimeOverheadBytes.value, placement: 'whole'},
  );
  return {
    method: estimate.method,
    layout: {...layout, gpus},
    offload,
    offloadCorrection: correction,
    parts,
    allocatedBytes,
    reservedBytes: allocatedBytes + reserve,
    totalBytes: allocatedBytes + reserve + C.runtimeOverheadBytes.value,
    cpuBytes,
  };
}

/**
 * The fewest cards of `cardBytes` each that hold a method under a strategy and offload; null when no number does
 * (what every card holds whole is already too much, or sharding does not split what is left, as under DDP).
 */
export function fewestCards(estimate: MethodEstimate, strategy: Strategy, requestedOffload: Offload, cardBytes: number): number | null {
  const {offload} = effectiveOffload(strategy, requestedOffload);
  const shape = shapeOf(estimate, strategy, offload);
  if (totalOf(shape, 1, gathers({gpus: 1, strategy, offload}, offload)) <= cardBytes) return 1;
  if (shape.shardedBytes === 0) return null;
  const perCard = totalOf({...shape, shardedBytes: 0}, 2, strategy === 'zero3');
  const room = cardBytes - perCard;
  if (room <= 0) return null;
  let cards = Math.max(2, Math.ceil(shape.shardedBytes / room));
  // Guard against rounding at the boundary.
  while (totalOf(shape, cards, strategy === 'zero3') > cardBytes) cards += 1;
  return cards;
}

/** How one card's figure for a part follows from the one-card estimate, as plain text ("Show the math"). */
export function perGpuWorkings(part: PerGpuPart, estimate: MethodEstimate, gpus: number): string {
  const gb = (bytes: number) => `${formatFixed(bytes / C.bytesPerGB.value, 2)} GB`;
  if (part.id === 'gatheredBlocks') {
    if (part.bytes === 0) return 'none: each card holds the weights it computes with';
    const {blockBytes, rootBytes} = estimate.fsdpUnits;
    const gradients = estimate.method === 'full' ? ', and their unsharded 16-bit gradients (one block and the root)' : '';
    return `${C.fsdpGatheredBlocks.value} decoder blocks × ${gb(blockBytes)} + embeddings, output head and final norm ${gb(rootBytes)}${gradients}`;
  }
  if (part.id === 'allocatorReserve') return `${formatFixed(C.allocatorReserveShare.value, 3)} × what each card allocates and frees within a step`;
  if (part.id === 'runtimeOverhead') return 'on every card';
  if (part.oneCardBytes === 0) return 'none';
  if (part.placement === 'sharded') return `${gb(part.oneCardBytes)} ÷ ${formatInteger(gpus)} cards`;
  if (part.placement === 'cpu') return `${gb(part.oneCardBytes)} in CPU memory`;
  return 'every card holds it whole';
}
