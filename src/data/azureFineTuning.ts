/**
 * T1.9's two tables as data: which model families Azure AI Foundry fine-tunes
 * (and how), and what training costs. The prose tables (AzureFineTuningTables)
 * and the customization-fit widget's cost column read the same numbers; the
 * seed's cell text is derived from them, never typed beside them.
 */

/** How a model is fine-tuned on Azure AI Foundry, as the module's "Method" column names it. */
export type AzureFineTuningMethod = 'Full FT' | 'LoRA';

export type AzureModelId = 'gpt-4o' | 'gpt-4o-mini' | 'phi-4' | 'llama-3.1' | 'mistral';

export interface AzureFineTunableModel {
  id: AzureModelId;
  /** As the module's model table names it. */
  name: string;
  /** "✅ Managed": Azure runs the training job for you. */
  managed: boolean;
  method: AzureFineTuningMethod;
  /** The least training data Azure accepts, in examples. */
  minExamples: number;
  /** The module's advice where it gives more than the minimum ("50+ recommended"). */
  recommendedExamples?: number;
}

/** T1.9 "Azure AI Foundry supports fine-tuning several model families", in the module's order. */
export const azureFineTunableModels: readonly AzureFineTunableModel[] = [
  {id: 'gpt-4o', name: 'GPT-4o', managed: true, method: 'Full FT', minExamples: 10, recommendedExamples: 50},
  {id: 'gpt-4o-mini', name: 'GPT-4o-mini', managed: true, method: 'Full FT', minExamples: 10},
  {id: 'phi-4', name: 'Phi-4', managed: true, method: 'LoRA', minExamples: 100},
  {id: 'llama-3.1', name: 'Llama 3.1', managed: true, method: 'LoRA', minExamples: 100},
  {id: 'mistral', name: 'Mistral', managed: true, method: 'LoRA', minExamples: 100},
];

/** Per-token prices are quoted per this many training tokens ("/1M"). */
export const TOKENS_PER_PRICE_UNIT = 1_000_000;

export type AzureTrainingPrice =
  /** Billed per training token (examples × tokens × epochs). */
  | {kind: 'per-token'; usdPerMillionTokens: number}
  /** Billed by the GPU hours the job reserves: no per-token figure in the module. */
  | {kind: 'compute-hours'; text: string};

export interface AzureTrainingCost {
  modelId: AzureModelId;
  /** As the module's cost table names it (it adds the size for Phi-4). */
  name: string;
  training: AzureTrainingPrice;
  /** How the deployed model is billed. */
  hosting: string;
}

/** T1.9 "Cost Estimation", in the module's order. "~" in the text: the module calls these approximate. */
export const azureTrainingCosts: readonly AzureTrainingCost[] = [
  {modelId: 'gpt-4o-mini', name: 'GPT-4o-mini', training: {kind: 'per-token', usdPerMillionTokens: 3}, hosting: 'Standard PAYG pricing'},
  {modelId: 'gpt-4o', name: 'GPT-4o', training: {kind: 'per-token', usdPerMillionTokens: 25}, hosting: 'Standard PAYG pricing'},
  {
    modelId: 'phi-4',
    name: 'Phi-4 (14B)',
    training: {kind: 'compute-hours', text: 'Compute hours (GPU reservation)'},
    hosting: 'Managed compute pricing',
  },
];

/** The two tables' column headings, as the module writes them. */
export const azureModelsTableHeader = ['Model', 'Fine-Tuning Support', 'Method', 'Min Data'] as const;
export const azureCostTableHeader = ['Model', 'Training Cost', 'Hosting Cost'] as const;

/** 1_000_000 → "1M", 1_000 → "1K": how the module abbreviates. */
function shortCount(value: number): string {
  if (value >= 1e6 && value % 1e6 === 0) return `${value / 1e6}M`;
  if (value >= 1e3 && value % 1e3 === 0) return `${value / 1e3}K`;
  return String(value);
}

/** "✅ Managed" */
export function supportText(model: AzureFineTunableModel): string {
  return model.managed ? '✅ Managed' : 'Not managed';
}

/** "10 examples (50+ recommended)" */
export function minDataText(model: AzureFineTunableModel): string {
  const recommended = model.recommendedExamples === undefined ? '' : ` (${model.recommendedExamples}+ recommended)`;
  return `${model.minExamples} examples${recommended}`;
}

/** "~$3.00/1M training tokens", or the module's words where it gives no price. */
export function trainingCostText(price: AzureTrainingPrice): string {
  if (price.kind === 'compute-hours') return price.text;
  return `~$${price.usdPerMillionTokens.toFixed(2)}/${shortCount(TOKENS_PER_PRICE_UNIT)} training tokens`;
}

/** The model-table entry a cost row belongs to. */
export function modelForCost(cost: AzureTrainingCost): AzureFineTunableModel {
  const model = azureFineTunableModels.find((m) => m.id === cost.modelId);
  if (!model) throw new Error(`No Azure model ${cost.modelId} for the cost row ${cost.name}.`);
  return model;
}

/** Cost rows for models Azure fine-tunes with this method, in the cost table's order. */
export function trainingCostsForMethod(method: AzureFineTuningMethod): AzureTrainingCost[] {
  return azureTrainingCosts.filter((cost) => modelForCost(cost).method === method);
}
