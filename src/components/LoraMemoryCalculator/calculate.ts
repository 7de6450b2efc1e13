/**
 * One recompute of everything the calculator shows, from its inputs. Pure:
 * the component calls this on every slider move and renders the result.
 */
import {CUSTOM_MODEL_ID, modelPresets, type ModelArchitecture} from '@site/src/data/models';
import {gpus, type Gpu, type GpuWithCompute} from '@site/src/data/gpus';
import {memoryConstants as C} from '@site/src/data/memoryConstants';
import {
  seedArithmeticLines,
  seedModelSizeTolerance,
  seedWeightsFigure,
  type SeedArithmeticLine,
  type SeedModelSize,
  type SeedWeightsFigure,
} from '@site/src/data/seedMemoryClaims';
import {METHODS, sanitizeInputs, STRATEGIES, type CalculatorInputs, type Method, type Strategy} from './inputs';
import {baseModelParams, deriveCustomArchitecture, loraTrainableParams, type BaseModelParams, type LoraParams} from './loraMath';
import {formatFileSize, formatGB, formatInteger, formatPercent} from './format';
import {estimateMethodMemory, precisionBytes, type MethodEstimate} from './memoryEstimate';
import {resolveSettings} from './memorySettings';
import {fewestCards, perGpuMemory, type PerGpuEstimate} from './perGpuMemory';

export interface MethodResult extends MethodEstimate {
  /**
   * The fewest cards of the selected GPU that hold the run under the chosen strategy and offload (1 when one card
   * does); null when no number of them is enough.
   */
  cardsOfSelectedGpu: number | null;
  /** The same under each strategy, with the chosen offload. */
  fewestCardsByStrategy: Record<Strategy, number | null>;
  /** One card's memory when the chosen number of GPUs shares the run. */
  perGpu: PerGpuEstimate;
  /** The module's weights-only figure for this method at this size, if it quotes one. */
  seedFigure: SeedWeightsFigure | undefined;
  /** The module's T1.4 arithmetic line for this method, shown for 70B-sized models. */
  seedArithmetic: SeedArithmeticLine | undefined;
  /** Cards this estimate needs of each GPU the T1.4 line names ("A100": both A100s). */
  seedArithmeticCards: {gpu: Gpu; cards: number | null}[];
}

export interface GpuFit {
  gpu: Gpu;
  fitsOnOneCard: Record<Method, boolean>;
}

export interface CalculatorResult {
  inputs: CalculatorInputs;
  modelName: string;
  architecture: ModelArchitecture;
  base: BaseModelParams;
  lora: LoraParams;
  /** Adapter parameters as a share of the base model, in percent. */
  trainablePercent: number;
  /** Adapter file size in the chosen precision. */
  adapterFileBytes: number;
  /** alpha / rank: how strongly the adapter's output is scaled. */
  alphaScaling: number;
  methods: Record<Method, MethodResult>;
  gpu: GpuWithCompute;
  gpuFits: GpuFit[];
  /** 7 or 70 when the model is close enough to a size the module quotes figures for. */
  seedModelSize: SeedModelSize | null;
}

function modelOf(inputs: CalculatorInputs): {name: string; architecture: ModelArchitecture} {
  const preset = modelPresets.find((m) => m.id === inputs.model);
  if (preset && inputs.model !== CUSTOM_MODEL_ID) return {name: preset.name, architecture: preset.architecture};
  return {name: `Custom ${inputs.paramsBillions}B`, architecture: deriveCustomArchitecture(inputs.paramsBillions)};
}

function seedSizeOf(totalParams: number): SeedModelSize | null {
  for (const size of [7, 70] as const) {
    if (Math.abs(totalParams / (size * 1e9) - 1) <= seedModelSizeTolerance) return size;
  }
  return null;
}

/** Everything the calculator shows. Any input, garbage included, gives finite, non-negative figures. */
export function calculate(rawInputs: Partial<Record<keyof CalculatorInputs, unknown>>): CalculatorResult {
  const inputs = sanitizeInputs(rawInputs);
  const {name, architecture} = modelOf(inputs);
  const base = baseModelParams(architecture);
  const lora = loraTrainableParams(architecture, inputs.rank, inputs.targets);
  const gpu = gpus.find((g) => g.id === inputs.gpu) ?? gpus[0];
  const seedModelSize = seedSizeOf(base.total);

  const methods = {} as Record<Method, MethodResult>;
  // Only the training settings, picked once for the three methods (spreading the whole input cost a fifth of a step).
  const settings = {...resolveSettings(inputs), referencePrecomputed: inputs.dpoReference === 'precomputed'};
  const cardBytes = gpu.memoryGB * C.bytesPerGB.value;
  const layout = {gpus: inputs.gpus, strategy: inputs.strategy, offload: inputs.offload};
  for (const method of METHODS) {
    const estimate = estimateMethodMemory(method, architecture, base, lora.total, settings);
    const seedArithmetic = seedModelSize === 70 ? seedArithmeticLines.find((line) => line.method === method) : undefined;
    const cardsNeeded = (bytes: number) => fewestCards(estimate, inputs.strategy, inputs.offload, bytes);
    const fewestCardsByStrategy = {} as Record<Strategy, number | null>;
    for (const strategy of STRATEGIES) fewestCardsByStrategy[strategy] = fewestCards(estimate, strategy, inputs.offload, cardBytes);
    methods[method] = {
      ...estimate,
      cardsOfSelectedGpu: fewestCardsByStrategy[inputs.strategy],
      fewestCardsByStrategy,
      perGpu: perGpuMemory(estimate, layout),
      seedFigure: seedModelSize === null ? undefined : seedWeightsFigure(method, seedModelSize),
      seedArithmetic,
      seedArithmeticCards: seedArithmetic
        ? gpus
            .filter((g) => g.name.includes(seedArithmetic.cardName))
            .map((g) => ({gpu: g, cards: cardsNeeded(g.memoryGB * C.bytesPerGB.value)}))
        : [],
    };
  }

  const gpuFits = gpus.map((g) => {
    const bytes = g.memoryGB * C.bytesPerGB.value;
    return {
      gpu: g,
      fitsOnOneCard: {
        full: methods.full.totalBytes <= bytes,
        lora: methods.lora.totalBytes <= bytes,
        qlora: methods.qlora.totalBytes <= bytes,
      },
    };
  });

  return {
    inputs,
    modelName: name,
    architecture,
    base,
    lora,
    trainablePercent: (100 * lora.total) / base.total,
    adapterFileBytes: lora.total * precisionBytes(inputs.precision),
    alphaScaling: inputs.alpha / inputs.rank,
    methods,
    gpu,
    gpuFits,
    seedModelSize,
  };
}

/** The six named results, as the page prints them. */
export interface ResultTexts {
  trainableParameters: string;
  trainablePercent: string;
  adapterSize: string;
  totals: Record<Method, string>;
}

export function resultTexts(result: CalculatorResult): ResultTexts {
  return {
    trainableParameters: formatInteger(result.lora.total),
    trainablePercent: formatPercent(result.trainablePercent),
    adapterSize: formatFileSize(result.adapterFileBytes),
    totals: {
      full: formatGB(result.methods.full.totalBytes),
      lora: formatGB(result.methods.lora.totalBytes),
      qlora: formatGB(result.methods.qlora.totalBytes),
    },
  };
}
