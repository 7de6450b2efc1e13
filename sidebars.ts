import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';

// The module's own order: T1.1 → T1.10, then the takeaways; then the module check and the reader's plan (pages:
// src/pages/t1/check.tsx, src/pages/t1/plan.tsx).
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
    {type: 'link', label: 'Module check', href: '/t1/check'},
    {type: 'link', label: 'Your fine-tuning plan', href: '/t1/plan'},
  ],
};

export default sidebars;
