/**
 * What the same tokens and epochs would cost as a managed fine-tuning job at
 * T1.9's prices (src/data/azureFineTuning.ts). Pure functions: no React, no DOM.
 */
import {
  azureFineTunableModels,
  azureTrainingCosts,
  TOKENS_PER_PRICE_UNIT,
  type AzureModelId,
} from '@site/src/data/azureFineTuning';

/** Calculator presets that belong to a family T1.9 lists (Llama 3.1, Mistral, Phi-4). */
export const AZURE_FAMILY_OF_PRESET: Readonly<Partial<Record<string, AzureModelId>>> = {
  'llama-3.1-8b': 'llama-3.1',
  'llama-3.1-70b': 'llama-3.1',
  'mistral-7b': 'mistral',
  'phi-4': 'phi-4',
};

export type ManagedFineTuningCost =
  /** Billed per training token: tokens × epochs × the price. */
  | {kind: 'per-token'; modelName: string; billedTokens: number; usdPerMillionTokens: number; usd: number}
  /** Billed by reserved GPU hours: T1.9 gives no per-token figure. */
  | {kind: 'compute-hours'; modelName: string; text: string}
  /** T1.9 lists the family as managed but prices no training for it. */
  | {kind: 'not-priced'; modelName: string};

/** The managed cost of training `tokensPerEpoch` for `epochs` on an Azure model family. */
export function managedFineTuningCost(model: AzureModelId, tokensPerEpoch: number, epochs: number): ManagedFineTuningCost {
  const row = azureTrainingCosts.find((cost) => cost.modelId === model);
  const modelName = row?.name ?? azureFineTunableModels.find((m) => m.id === model)?.name ?? model;
  if (!row) return {kind: 'not-priced', modelName};
  if (row.training.kind === 'compute-hours') return {kind: 'compute-hours', modelName, text: row.training.text};
  const billedTokens = Math.max(0, tokensPerEpoch) * Math.max(0, epochs);
  const {usdPerMillionTokens} = row.training;
  return {kind: 'per-token', modelName, billedTokens, usdPerMillionTokens, usd: (billedTokens / TOKENS_PER_PRICE_UNIT) * usdPerMillionTokens};
}

/** The managed cost for a calculator preset, or null when T1.9 does not list its family. */
export function managedCostForPreset(presetId: string, tokensPerEpoch: number, epochs: number): ManagedFineTuningCost | null {
  const family = AZURE_FAMILY_OF_PRESET[presetId];
  return family ? managedFineTuningCost(family, tokensPerEpoch, epochs) : null;
}
