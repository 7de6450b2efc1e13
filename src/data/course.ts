/** Facts about the module itself, from the seed's header block. */
export const course = {
  code: 'T1',
  title: 'Fine-Tuning & Model Customization',
  duration: '60–90 minutes',
  level: 'Deep-Dive',
  partOf: '🍎 FROOT Transformation Layer',
  prerequisites: 'F1 (GenAI Foundations), F2 (LLM Landscape)',
  lastUpdated: 'March 2026',
} as const;

/** The interactive tools, each answering one question a reader brings. */
export const courseTools = [
  {
    title: 'Which customization fits me?',
    question: 'Given your data, budget, time and what is wrong today, which of the eight methods fits — and where should you start?',
    to: '/t1/customization-spectrum#which-method-fits-you',
  },
  {
    title: 'Should I fine-tune?',
    question: 'Click through the module’s decision flowchart, one question at a time, to a recommendation you can share.',
    to: '/t1/when-to-fine-tune#decision-flowchart',
  },
  {
    title: 'LoRA memory calculator',
    question: 'For your model, rank and GPU: how many parameters does LoRA train, and will full fine-tuning, LoRA or QLoRA fit in memory?',
    to: '/t1/lora-qlora#lora-memory-calculator',
  },
] as const;
