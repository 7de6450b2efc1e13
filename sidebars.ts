import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';

// The module's own order: T1.1 → T1.10, then the takeaways.
const sidebars: SidebarsConfig = {
  module: [
    'index',
    'customization-spectrum',
    'when-to-fine-tune',
    'fine-tuning-methods',
    'lora-qlora',
    'alignment-rlhf-dpo',
    'data-preparation',
    'fine-tuning-pipeline',
    'evaluation',
    'azure-ai-foundry',
    'mlops',
    'key-takeaways',
  ],
};

export default sidebars;
