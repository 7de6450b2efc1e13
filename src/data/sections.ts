/**
 * The module's sections in reading order: the route of each page and the
 * anchor the seed's own table of contents used for it, so old links into the
 * single-page original (/t1/#t14-…) still reach the right page.
 */
export interface ModuleSection {
  /** Page route under the site root. */
  path: string;
  /** Heading as the module titles it. */
  title: string;
  /** The seed's contents anchor for this section. */
  seedAnchor: string;
}

export const moduleSections: readonly ModuleSection[] = [
  {path: '/t1/customization-spectrum', title: 'T1.1 The Customization Spectrum', seedAnchor: 't11-the-customization-spectrum'},
  {path: '/t1/when-to-fine-tune', title: 'T1.2 When to Fine-Tune (and When Not To)', seedAnchor: 't12-when-to-fine-tune-and-when-not-to'},
  {path: '/t1/fine-tuning-methods', title: 'T1.3 Fine-Tuning Methods', seedAnchor: 't13-fine-tuning-methods'},
  {path: '/t1/lora-qlora', title: 'T1.4 LoRA & QLoRA — The Practical Revolution', seedAnchor: 't14-lora--qlora--the-practical-revolution'},
  {path: '/t1/alignment-rlhf-dpo', title: 'T1.5 Alignment: RLHF & DPO', seedAnchor: 't15-alignment-rlhf--dpo'},
  {path: '/t1/data-preparation', title: 'T1.6 Data Preparation', seedAnchor: 't16-data-preparation'},
  {path: '/t1/fine-tuning-pipeline', title: 'T1.7 The Fine-Tuning Pipeline', seedAnchor: 't17-the-fine-tuning-pipeline'},
  {path: '/t1/evaluation', title: 'T1.8 Evaluation — Did It Work?', seedAnchor: 't18-evaluation--did-it-work'},
  {path: '/t1/azure-ai-foundry', title: 'T1.9 Azure AI Foundry Fine-Tuning', seedAnchor: 't19-azure-ai-foundry-fine-tuning'},
  {path: '/t1/mlops', title: 'T1.10 MLOps for LLMs', seedAnchor: 't110-mlops-for-llms'},
  {path: '/t1/key-takeaways', title: 'Key Takeaways', seedAnchor: 'key-takeaways'},
];

/** The page a seed anchor (without `#`) now lives on, or undefined. */
export function sectionForSeedAnchor(anchor: string): ModuleSection | undefined {
  return moduleSections.find((section) => section.seedAnchor === anchor);
}
