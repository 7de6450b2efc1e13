/**
 * What a training step keeps for its backward pass, per layer and token: the activations of a Llama block and the
 * inputs the adapters need. Constants and their sources: src/data/memoryConstants.ts. Pure functions.
 */
import type {ModelArchitecture} from '@site/src/data/models';
import {memoryConstants as C} from '@site/src/data/memoryConstants';
import {blockProjections, type Projection, type ProjectionInput} from './loraMath';
import type {Method, Precision} from './inputs';
import {formatInteger} from './format';
import {precisionBytes, resolveSettings, sequencesPerExample, tokensPerMicroStep, type ResolvedSettings, type TrainingSettings} from './memorySettings';

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

/** "2,048 × 4 tokens", or for DPO "2,048 × 4 × 2 tokens (chosen and rejected)". */
export function tokensText(s: ResolvedSettings): string {
  const pairs = sequencesPerExample(s.objective);
  const factor = pairs > 1 ? ` × ${pairs}` : '';
  return `${formatInteger(s.seqLength)} × ${formatInteger(s.microBatch)}${factor} tokens${pairs > 1 ? ' (chosen and rejected)' : ''}`;
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

/**
 * Activation bytes for all layers, adapters' inputs apart. Checkpointing keeps each layer's input and recomputes one layer.
 * The workings are a function: written only when the math is shown.
 */
export function activationBytes(arch: ModelArchitecture, settings: TrainingSettings, method: Method = 'lora'): {bytes: number; workings: () => string} {
  const s = resolveSettings(settings);
  const tokens = tokensPerMicroStep(s);
  const layer = layerBlockBytes(arch, method, s.precision);
  const b = precisionBytes(s.precision);
  if (s.gradientCheckpointing) {
    const checkpoints = arch.layers * C.checkpointValuesPerLayer.value * arch.hidden * b;
    return {
      bytes: (checkpoints + layer.bytes) * tokens,
      workings: () =>
        `(${arch.layers} layers × h × ${b} kept + one layer recomputed: ${layer.text} = ${formatInteger(layer.bytes)} B) per token × ${tokensText(s)}, h = ${formatInteger(arch.hidden)}, I = ${formatInteger(arch.intermediate)}`,
    };
  }
  return {
    bytes: arch.layers * layer.bytes * tokens,
    workings: () =>
      `${arch.layers} layers × (${layer.text} = ${formatInteger(layer.bytes)} B) per token × ${tokensText(s)}, h = ${formatInteger(arch.hidden)}, I = ${formatInteger(arch.intermediate)}`,
  };
}

