/**
 * Parameter counts for Llama-style decoders and for the LoRA adapters on them.
 * Pure functions: no React, no DOM.
 */
import type {ModelArchitecture} from '@site/src/data/models';
import {customArchitectureRule} from '@site/src/data/models';

/** The seven linear projections of a block that LoRA can adapt, in PEFT's order. */
export const TARGET_MODULES = ['q', 'k', 'v', 'o', 'gate', 'up', 'down'] as const;
export type TargetModule = (typeof TARGET_MODULES)[number];

/** The shortcuts the calculator offers, named as PEFT users say them. */
export const TARGET_SHORTCUTS: readonly {label: string; targets: readonly TargetModule[]}[] = [
  {label: 'q,v', targets: ['q', 'v']},
  {label: 'attention', targets: ['q', 'k', 'v', 'o']},
  {label: 'all linear', targets: TARGET_MODULES},
];

/**
 * The four tensors a block's linear layers read: the attention norm's output (q, k, v), the attention output (o),
 * the MLP norm's output (gate, up) and the SwiGLU product (down).
 */
export type ProjectionInput = 'attnNormOut' | 'attnOut' | 'mlpNormOut' | 'mlpProduct';

/** One linear layer inside a transformer block, as the checkpoint stores it. */
export interface Projection {
  /** Module name in the checkpoint, e.g. `q_proj` or Phi-4's fused `qkv_proj`. */
  name: string;
  dIn: number;
  dOut: number;
  /** Bias entries (Qwen2.5's q, k, v); not part of the quantized weight. */
  bias: number;
  /** Target choices that adapt this module. */
  coveredBy: readonly TargetModule[];
  /** The tensor it reads, which its weight gradient (or its adapter's) needs kept. */
  reads: ProjectionInput;
}

export function headDim(arch: ModelArchitecture): number {
  return arch.hidden / arch.heads;
}

/**
 * The linear layers of one block. Key and value are narrower than query under
 * grouped-query attention (kv heads < heads). Phi-4 stores q/k/v and gate/up
 * fused, so an adapter there spans the fused matrix.
 */
export function blockProjections(arch: ModelArchitecture): Projection[] {
  const hd = headDim(arch);
  const qOut = arch.heads * hd;
  const kvOut = arch.kvHeads * hd;
  const bias = (n: number) => (arch.qkvBias ? n : 0);
  const o: Projection = {name: 'o_proj', dIn: qOut, dOut: arch.hidden, bias: 0, coveredBy: ['o'], reads: 'attnOut'};
  const down: Projection = {name: 'down_proj', dIn: arch.intermediate, dOut: arch.hidden, bias: 0, coveredBy: ['down'], reads: 'mlpProduct'};
  if (arch.fusedProjections) {
    return [
      {name: 'qkv_proj', dIn: arch.hidden, dOut: qOut + 2 * kvOut, bias: bias(qOut + 2 * kvOut), coveredBy: ['q', 'k', 'v'], reads: 'attnNormOut'},
      o,
      {name: 'gate_up_proj', dIn: arch.hidden, dOut: 2 * arch.intermediate, bias: 0, coveredBy: ['gate', 'up'], reads: 'mlpNormOut'},
      down,
    ];
  }
  return [
    {name: 'q_proj', dIn: arch.hidden, dOut: qOut, bias: bias(qOut), coveredBy: ['q'], reads: 'attnNormOut'},
    {name: 'k_proj', dIn: arch.hidden, dOut: kvOut, bias: bias(kvOut), coveredBy: ['k'], reads: 'attnNormOut'},
    {name: 'v_proj', dIn: arch.hidden, dOut: kvOut, bias: bias(kvOut), coveredBy: ['v'], reads: 'attnNormOut'},
    o,
    {name: 'gate_proj', dIn: arch.hidden, dOut: arch.intermediate, bias: 0, coveredBy: ['gate'], reads: 'mlpNormOut'},
    {name: 'up_proj', dIn: arch.hidden, dOut: arch.intermediate, bias: 0, coveredBy: ['up'], reads: 'mlpNormOut'},
    down,
  ];
}

export interface BaseModelParams {
  /** vocab × hidden. */
  embeddings: number;
  /** vocab × hidden, or 0 when tied to the embeddings. */
  outputHead: number;
  /** Weights of every block's linear layers: what QLoRA stores in NF4. */
  blockLinearWeights: number;
  /** Biases, if the model has any (Qwen2.5's q, k, v). */
  biases: number;
  /** Two RMSNorm vectors per block plus the final norm, each `hidden` long. */
  norms: number;
  total: number;
}

/** Counts the base model's parameters from its architecture alone. */
export function baseModelParams(arch: ModelArchitecture): BaseModelParams {
  let linearPerLayer = 0;
  let biasPerLayer = 0;
  for (const p of blockProjections(arch)) {
    linearPerLayer += p.dIn * p.dOut;
    biasPerLayer += p.bias;
  }
  const embeddings = arch.vocab * arch.hidden;
  const outputHead = arch.tiedEmbeddings ? 0 : embeddings;
  const blockLinearWeights = arch.layers * linearPerLayer;
  const biases = arch.layers * biasPerLayer;
  const norms = (2 * arch.layers + 1) * arch.hidden;
  return {
    embeddings,
    outputHead,
    blockLinearWeights,
    biases,
    norms,
    total: embeddings + outputHead + blockLinearWeights + biases + norms,
  };
}

export interface AdaptedModule {
  name: string;
  dIn: number;
  dOut: number;
  /** The tensor its A matrix reads. */
  reads: ProjectionInput;
  /** r · (d_in + d_out): A is d_in × r, B is r × d_out, no bias (PEFT). */
  paramsPerLayer: number;
}

export interface LoraParams {
  modules: AdaptedModule[];
  perLayer: number;
  /** Summed over every block. */
  total: number;
}

/**
 * Trainable LoRA parameters for a rank and a set of targets. On fused models a
 * fused module is adapted once if any of its parts is chosen.
 */
export function loraTrainableParams(arch: ModelArchitecture, rank: number, targets: readonly TargetModule[]): LoraParams {
  const modules: AdaptedModule[] = [];
  let perLayer = 0;
  for (const p of blockProjections(arch)) {
    if (!p.coveredBy.some((t) => targets.includes(t))) continue;
    const paramsPerLayer = rank * (p.dIn + p.dOut);
    modules.push({name: p.name, dIn: p.dIn, dOut: p.dOut, reads: p.reads, paramsPerLayer});
    perLayer += paramsPerLayer;
  }
  return {modules, perLayer, total: perLayer * arch.layers};
}

/** The architecture the custom rule gives for `k` steps of 128 in width. */
function customArchitectureOfWidth(k: number): ModelArchitecture {
  const rule = customArchitectureRule;
  const hidden = rule.hiddenPerLayer * k;
  const heads = hidden / rule.headDim;
  return {
    hidden,
    layers: hidden / rule.hiddenPerLayer,
    intermediate:
      Math.max(1, Math.round((rule.intermediatePerHidden * hidden) / rule.intermediateMultiple)) * rule.intermediateMultiple,
    heads,
    kvHeads: Math.min(rule.maxKvHeads, heads),
    vocab: rule.vocab,
    tiedEmbeddings: false,
    qkvBias: false,
    fusedProjections: false,
  };
}

/** Widest step the custom rule searches: hidden 65,536, far past 405B. */
const MAX_CUSTOM_WIDTH_STEPS = 512;

/**
 * A plausible architecture for a parameter count: the width (a multiple of
 * 128, with layers = width / 128) whose total lies closest to the request.
 */
export function deriveCustomArchitecture(paramsBillions: number): ModelArchitecture {
  const rule = customArchitectureRule;
  const wanted = !Number.isNaN(paramsBillions)
    ? Math.min(rule.maxParamsBillions, Math.max(rule.minParamsBillions, paramsBillions)) * 1e9
    : rule.minParamsBillions * 1e9;
  const totalOf = (k: number) => baseModelParams(customArchitectureOfWidth(k)).total;
  // Totals grow with width: binary-search the first width at or past the request.
  let lo = 1;
  let hi = MAX_CUSTOM_WIDTH_STEPS;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (totalOf(mid) >= wanted) hi = mid;
    else lo = mid + 1;
  }
  const below = Math.max(1, lo - 1);
  const k = Math.abs(totalOf(below) - wanted) <= Math.abs(totalOf(lo) - wanted) ? below : lo;
  return customArchitectureOfWidth(k);
}
