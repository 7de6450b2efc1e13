/**
 * Every section's questions in one module, for the pages that need them all (the module check, the overview's
 * summary): one chunk, with each engine once. A section page loads only its own file from sections/.
 * A unit test checks this list against the files in sections/ and the module's sections.
 */
import customizationSpectrum from './sections/customization-spectrum';
import whenToFineTune from './sections/when-to-fine-tune';
import fineTuningMethods from './sections/fine-tuning-methods';
import loraQlora from './sections/lora-qlora';
import alignmentRlhfDpo from './sections/alignment-rlhf-dpo';
import dataPreparation from './sections/data-preparation';
import fineTuningPipeline from './sections/fine-tuning-pipeline';
import evaluation from './sections/evaluation';
import azureAiFoundry from './sections/azure-ai-foundry';
import mlops from './sections/mlops';
import keyTakeaways from './sections/key-takeaways';
import type {SectionQuestions} from './types';

/** In the module's order. */
export const allSections: readonly SectionQuestions[] = [
  customizationSpectrum,
  whenToFineTune,
  fineTuningMethods,
  loraQlora,
  alignmentRlhfDpo,
  dataPreparation,
  fineTuningPipeline,
  evaluation,
  azureAiFoundry,
  mlops,
  keyTakeaways,
];
