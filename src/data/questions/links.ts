/**
 * The places on the site the questions send a reader to. Every anchor is an
 * element id on its page (a heading, a correction note, a diagram); a unit test
 * checks each against the docs' sources and a browser test against the built pages.
 */
import type {LinkTarget} from './types';

const at = (path: string, anchor: string, label: string): LinkTarget => ({path, anchor, label});

export const links = {
  spectrum: at('/t1/customization-spectrum', 't1-1-customization-spectrum', 'T1.1: the customization spectrum and its table'),
  fitTable: at('/t1/customization-spectrum', 'which-method-fits-you', 'T1.1: which method fits you?'),

  decisionFramework: at('/t1/when-to-fine-tune', 'the-decision-framework', 'T1.2: the decision framework'),
  flowchart: at('/t1/when-to-fine-tune', 'decision-flowchart', 'T1.2: the decision flowchart, step by step'),
  fineTuneWhen: at('/t1/when-to-fine-tune', 'fine-tune-when', 'T1.2: fine-tune when'),
  dontFineTuneWhen: at('/t1/when-to-fine-tune', 'dont-fine-tune-when', 'T1.2: don’t fine-tune when, and the Critical Insight'),

  fullFineTuning: at('/t1/fine-tuning-methods', 'full-fine-tuning', 'T1.3: full fine-tuning'),
  lora: at('/t1/fine-tuning-methods', 'lora-low-rank-adaptation', 'T1.3: LoRA and its parameter count'),
  loraShapesCorrection: at('/t1/fine-tuning-methods', 'correction-lora-shapes', 'T1.3 correction: the adapter’s shapes'),
  qlora: at('/t1/fine-tuning-methods', 'qlora-quantized-lora', 'T1.3: QLoRA compared with LoRA'),
  qloraTableCorrection: at('/t1/fine-tuning-methods', 'correction-qlora-table-memory', 'T1.3 correction: the QLoRA table’s memory rows'),
  loraQualityCorrection: at('/t1/fine-tuning-methods', 'correction-lora-quality', 'T1.3 correction: LoRA’s quality against full fine-tuning'),

  whyLora: at('/t1/lora-qlora', 'why-lora-changed-everything', 'T1.4: why LoRA changed everything'),
  loraYearCorrection: at('/t1/lora-qlora', 'correction-lora-year', 'T1.4 correction: when LoRA and QLoRA appeared'),
  lora70bCorrection: at('/t1/lora-qlora', 'correction-lora-70b-single-gpu', 'T1.4 correction: 70B on a single A100'),
  fullMemoryCorrection: at('/t1/lora-qlora', 'correction-full-fine-tuning-memory', 'T1.4 correction: memory for full fine-tuning'),
  qloraMemoryCorrection: at('/t1/lora-qlora', 'correction-qlora-memory', 'T1.4 correction: memory for QLoRA'),
  loraBestPractices: at('/t1/lora-qlora', 'lora-best-practices', 'T1.4: LoRA best practices'),
  calculator: at('/t1/lora-qlora', 'lora-memory-calculator', 'T1.4: the LoRA memory calculator'),

  rlhf: at('/t1/alignment-rlhf-dpo', 'rlhf-reinforcement-learning-from-human-feedback', 'T1.5: RLHF in three steps'),
  dpo: at('/t1/alignment-rlhf-dpo', 'dpo-direct-preference-optimization', 'T1.5: DPO compared with RLHF'),
  preferenceData: at('/t1/alignment-rlhf-dpo', 'preference-data-format', 'T1.5: the preference data format'),

  chatFormat: at('/t1/data-preparation', 'data-format-chat-format', 'T1.6: the chat data format'),
  dataChecklist: at('/t1/data-preparation', 'data-quality-checklist', 'T1.6: the data quality checklist'),
  howMuchData: at('/t1/data-preparation', 'how-much-data', 'T1.6: how much data?'),

  pipeline: at('/t1/fine-tuning-pipeline', 't1-7-pipeline', 'T1.7: the fine-tuning pipeline'),

  evaluationFramework: at('/t1/evaluation', 'evaluation-framework', 'T1.8: the evaluation framework'),
  abPattern: at('/t1/evaluation', 'ab-evaluation-pattern', 'T1.8: the A/B evaluation pattern'),

  azureMinDataCorrection: at('/t1/azure-ai-foundry', 'correction-azure-min-data', 'T1.9 correction: minimum data and method on Azure'),
  azureFlow: at('/t1/azure-ai-foundry', 'azure-fine-tuning-flow', 'T1.9: the Azure fine-tuning flow'),
  azureCost: at('/t1/azure-ai-foundry', 'cost-estimation', 'T1.9: cost estimation'),

  llmopsLifecycle: at('/t1/mlops', 'the-llmops-lifecycle', 'T1.10: the LLMOps lifecycle'),
  llmopsTools: at('/t1/mlops', 'key-llmops-tools', 'T1.10: key LLMOps tools'),
} as const satisfies Record<string, LinkTarget>;

/** The id of the block every section page ends with. */
export const CHECK_ANCHOR = 'check-your-understanding';
