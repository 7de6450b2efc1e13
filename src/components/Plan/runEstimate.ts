/**
 * The plan's run: the calculator's settings (read by the calculator's own parser), memory for each method from its
 * engine, time and GPU cost from the run planner's engine (trainingTime.ts), and the managed alternative at T1.9's
 * prices. Pure: no React, no DOM.
 */
import {calculate} from '@site/src/components/LoraMemoryCalculator/calculate';
import {parseQuery} from '@site/src/components/LoraMemoryCalculator/queryState';
import {METHOD_LABELS, METHODS, type CalculatorInputs, type Method} from '@site/src/components/LoraMemoryCalculator/inputs';
import {estimateEachMethod, type Range} from '@site/src/components/LoraMemoryCalculator/trainingTime';
import {runPlanOf} from '@site/src/components/LoraMemoryCalculator/runPlan';
import {managedCostForPreset, type ManagedFineTuningCost} from '@site/src/components/LoraMemoryCalculator/managedFineTuningCost';
import {formatBillions, formatGB} from '@site/src/components/LoraMemoryCalculator/format';
import {azureTrainingCosts, TOKENS_PER_PRICE_UNIT} from '@site/src/data/azureFineTuning';
import type {GpuWithCompute} from '@site/src/data/gpus';
import {memoryConstants} from '@site/src/data/memoryConstants';
import {formatInteger} from '@site/src/utils/numberFormat';
import {costText, durationText} from './planFormat';
import {parseRunPlanningKeys, type RunPlanningSettings} from './runPlanningKeys';

export type TokensBasis = 'run' | 'file' | 'fit';
export type EpochsBasis = 'run' | 'fit' | 'assumed';

export interface MethodRow {
  method: Method;
  label: string;
  /** Peak memory one GPU needs (see memoryPerGpu). */
  memoryBytes: number;
  memoryText: string;
  fitsOneGpu: boolean;
  /** Cards of the selected GPU the model needs split across them; null when none are enough. */
  cardsNeeded: number | null;
  seconds: Range | null;
  timeText: string;
  costUsd: Range | null;
  costText: string;
}

export interface PricedAlternative {
  modelName: string;
  usdPerMillionTokens: number;
  usd: number;
}

export interface RunEstimate {
  inputs: CalculatorInputs;
  settings: RunPlanningSettings;
  messages: string[];
  modelName: string;
  modelSize: string;
  /** Total parameters of the model, for T1.6's "How much data?" row. */
  totalParams: number;
  method: Method;
  rank: number;
  alpha: number;
  targets: string;
  trainableParams: string;
  gpu: GpuWithCompute;
  sequenceLength: number;
  microBatch: number;
  tokens: {value: number; basis: TokensBasis} | null;
  epochs: {value: number; basis: EpochsBasis};
  price: {usdPerGpuHour: number; isDefault: boolean; source: string};
  rows: Record<Method, MethodRow>;
  managed: {own: ManagedFineTuningCost | null; priced: PricedAlternative[]};
  /** Caveats for this run, each a sentence. */
  notes: string[];
}

/** T1.4: "Train for 1-3 epochs"; the fit table and the checker take the top of it, so estimates err high. */
export const ASSUMED_EPOCHS = 3;

export interface RunEstimateOptions {
  method: Method;
  /** Where the run part gives no token count: a checked file's, or the fit table's examples × tokens per example. */
  fallbackTokens: {value: number; basis: TokensBasis} | null;
  /** Where the run part gives no epochs: the fit table's. */
  fallbackEpochs: number | null;
}

/**
 * Memory one GPU needs for a method: the calculator's per-card figure for the run's cards, sharding and offload (its
 * parser reads `gpus`, `strategy`, `offload` and `objective` from the run part, so DPO's reference model and pairs count).
 */
export function memoryPerGpu(result: ReturnType<typeof calculate>, method: Method): number {
  return result.methods[method].perGpu.totalBytes;
}

/** The last run part read and its memory: the fit table's slider steps change the tokens, not the run. */
let lastRead: {runPart: string; parsed: ReturnType<typeof parseQuery>; planning: ReturnType<typeof parseRunPlanningKeys>; result: ReturnType<typeof calculate>} | null = null;

/** The run part as the calculator reads it, and its memory: parsed once while the run part stays the same. */
export function readRun(runPart: string) {
  if (lastRead?.runPart !== runPart) {
    const parsed = parseQuery(runPart);
    lastRead = {runPart, parsed, planning: parseRunPlanningKeys(runPart), result: calculate(parsed.inputs)};
  }
  return lastRead;
}

export function estimateRun(runPart: string, options: RunEstimateOptions): RunEstimate {
  const {parsed, planning, result} = readRun(runPart);
  const {inputs} = result;
  // Tokens, epochs and price stay null where the run part does not give them (the plan then falls back on the file's
  // or the fit table's); the layout and objective are the calculator's own reading of the run part.
  const settings: RunPlanningSettings = {...planning.settings, gpus: inputs.gpus, strategy: inputs.strategy, offload: inputs.offload, objective: inputs.objective};
  const {gpu} = result;
  const cardBytes = gpu.memoryGB * memoryConstants.bytesPerGB.value;

  const tokens = settings.tokensPerEpoch !== null ? {value: settings.tokensPerEpoch, basis: 'run' as const} : options.fallbackTokens;
  const epochs =
    settings.epochs !== null
      ? {value: settings.epochs, basis: 'run' as const}
      : options.fallbackEpochs !== null
        ? {value: options.fallbackEpochs, basis: 'fit' as const}
        : {value: ASSUMED_EPOCHS, basis: 'assumed' as const};
  const price = settings.usdPerGpuHour ?? gpu.price.usdPerGpuHour;

  const estimates =
    tokens === null
      ? null
      : // The calculator's own run, with the plan's tokens, epochs and price over it.
        estimateEachMethod({...runPlanOf(result), tokensPerEpoch: tokens.value, epochs: epochs.value, usdPerGpuHour: price});

  const rows = {} as Record<Method, MethodRow>;
  for (const method of METHODS) {
    const memoryBytes = memoryPerGpu(result, method);
    const estimate = estimates?.[method] ?? null;
    rows[method] = {
      method,
      label: METHOD_LABELS[method],
      memoryBytes,
      memoryText: formatGB(memoryBytes),
      fitsOneGpu: memoryBytes <= cardBytes,
      cardsNeeded: result.methods[method].cardsOfSelectedGpu,
      seconds: estimate?.seconds ?? null,
      timeText: estimate ? durationText(estimate.seconds) : '—',
      costUsd: estimate?.costUsd ?? null,
      costText: estimate ? costText(estimate.costUsd) : '—',
    };
  }

  const billedTokens = tokens === null ? 0 : tokens.value * epochs.value;
  const priced = azureTrainingCosts.flatMap((cost) =>
    cost.training.kind === 'per-token'
      ? [{modelName: cost.name, usdPerMillionTokens: cost.training.usdPerMillionTokens, usd: (billedTokens / TOKENS_PER_PRICE_UNIT) * cost.training.usdPerMillionTokens}]
      : [],
  );

  const notes: string[] = [];
  if (inputs.objective === 'dpo') {
    notes.push('DPO: memory holds the reference model and a chosen and a rejected sequence per example; time counts the reference model’s forward pass over both.');
  }
  if (tokens?.basis === 'file') notes.push('The token count is GPT-4o’s (o200k_base), as the checker counts; Llama and Mistral tokenizers give a somewhat different count.');

  return {
    inputs,
    settings,
    // The calculator's parser names every bad key of the run part, the run-planning ones included.
    messages: parsed.messages.map((message) => `run.${message}`),
    modelName: result.modelName,
    modelSize: formatBillions(result.base.total),
    totalParams: result.base.total,
    method: options.method,
    rank: inputs.rank,
    alpha: inputs.alpha,
    targets: inputs.targets.join(', '),
    trainableParams: formatInteger(result.lora.total),
    gpu,
    sequenceLength: inputs.seqLength,
    microBatch: inputs.microBatch,
    tokens,
    epochs,
    price: {usdPerGpuHour: price, isDefault: settings.usdPerGpuHour === null, source: `${gpu.price.kind}, ${gpu.price.asOf}`},
    rows,
    managed: {own: tokens === null ? null : managedCostForPreset(inputs.model, tokens.value, epochs.value), priced: tokens === null ? [] : priced},
    notes,
  };
}

