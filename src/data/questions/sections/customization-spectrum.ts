/** T1.1 The Customization Spectrum: where to start, and what the fit table rules out. */
import {customizationMethods, type CustomizationMethodId} from '@site/src/data/customizationMethods';
import {fitStartHereQuestion, fitVerdictQuestion} from '../fitQuestions';
import {links} from '../links';
import type {SectionQuestions} from '../types';

/** T1.1's "When to Use" cell for a method, as the table prints it. */
const whenToUse = (id: CustomizationMethodId) => customizationMethods.find((m) => m.id === id)?.whenToUse ?? '';

const questions: SectionQuestions = {
  section: 'customization-spectrum',
  questions: [
    fitStartHereQuestion({
      id: 'start-here-format',
      prompt:
        'Your team has 300 labelled examples, a $200 budget and a week, and the model’s output format is wrong. In the fit table, which method is marked “Start here”?',
      query: 'examples=300&budget=200&days=7&goal=format',
      methodIds: ['prompt-engineering', 'few-shot', 'lora', 'full-fine-tuning'],
      learnMore: links.fitTable,
    }),
    fitVerdictQuestion({
      id: 'weekly-catalogue',
      prompt:
        'The model must answer from a product catalogue that changes every week. With 300 examples, $200 and a week, which of these does the fit table mark “Fits”? Select all that apply.',
      query: 'examples=300&budget=200&days=7&goal=knowledge',
      verdict: 'Fits',
      methodIds: ['prompt-engineering', 'few-shot', 'rag', 'lora', 'full-fine-tuning'],
      learnMore: links.fitTable,
    }),
    fitVerdictQuestion({
      id: 'deep-behaviour-change',
      prompt:
        'You need a deep, consistent change in how the model behaves, and have 5,000 examples, $20,000 and two months. Which of these does the fit table mark “Fits”? Select all that apply.',
      query: 'examples=5000&budget=20000&days=60&goal=behavior',
      verdict: 'Fits',
      methodIds: ['system-instructions', 'lora', 'full-fine-tuning', 'continued-pre-training'],
      learnMore: links.fitTable,
    }),
    {
      kind: 'single',
      id: 'house-terminology',
      prompt:
        'A law firm wants the model to use its own terminology and drafting style every time. Which method does T1.1’s “When to Use” column name for this?',
      learnMore: links.spectrum,
      options: [
        {
          id: 'lora',
          text: 'LoRA fine-tuning',
          correct: true,
          why: `T1.1 gives LoRA “${whenToUse('lora')}”: terms and phrasing are style the adapters learn from a few hundred good examples.`,
        },
        {
          id: 'system-instructions',
          text: 'System instructions',
          correct: false,
          why: `T1.1 gives system instructions “${whenToUse('system-instructions')}”: rules can ask for a tone, but a whole house style does not fit in a list of rules.`,
        },
        {
          id: 'rag',
          text: 'RAG',
          correct: false,
          why: `T1.1 gives RAG “${whenToUse('rag')}”: retrieval adds facts to the prompt, it does not change how the model writes.`,
        },
        {
          id: 'continued-pre-training',
          text: 'Continued pre-training',
          correct: false,
          why: `T1.1 gives continued pre-training “${whenToUse('continued-pre-training')}”, with millions of tokens and $10K or more: far beyond a firm’s terminology in a language the model already knows.`,
        },
      ],
    },
    fitVerdictQuestion({
      id: 'new-language-budget',
      prompt:
        'A startup wants a model for a language no existing model covers. It has 50,000 examples of text, $5,000 and three months. Which of these does the fit table mark “Over budget”? Select all that apply.',
      query: 'examples=50000&budget=5000&days=90&goal=new-domain',
      verdict: 'Over budget',
      methodIds: ['continued-pre-training', 'from-scratch', 'lora', 'full-fine-tuning'],
      learnMore: links.fitTable,
    }),
  ],
};

export default questions;
