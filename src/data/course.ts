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
