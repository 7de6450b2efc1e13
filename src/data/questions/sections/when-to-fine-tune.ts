/** T1.2 When to Fine-Tune (and When Not To): the flowchart, and what fine-tuning cannot do. */
import {flowchartOutcomeQuestion} from '../flowchartQuestions';
import {links} from '../links';
import type {SectionQuestions} from '../types';

const questions: SectionQuestions = {
  section: 'when-to-fine-tune',
  questions: [
    flowchartOutcomeQuestion({
      id: 'inconsistent-json',
      prompt:
        'A team’s model understands the task, but its JSON comes back in a different shape each time. They have not tried few-shot examples yet. Where does the T1.2 flowchart send them?',
      answers: ['wrong-format', 'no'],
      outcomeIds: ['TRY_FEW', 'LORA', 'TRY_RAG', 'DONE'],
      learnMore: links.flowchart,
    }),
    flowchartOutcomeQuestion({
      id: 'sixty-examples',
      prompt:
        'The model does not get your insurance domain, and detailed prompts with RAG still give poor answers. You have 60 reviewed examples. Where does the flowchart end?',
      answers: ['no-domain', 'still-poor', 'under-100'],
      outcomeIds: ['LORA', 'NOTYET', 'FULL', 'TRY_RAG'],
      learnMore: links.flowchart,
    }),
    flowchartOutcomeQuestion({
      id: 'four-thousand-examples',
      prompt:
        'Same domain problem, prompting and RAG tried and still poor, but now you have 4,000 reviewed examples. Where does the flowchart end?',
      answers: ['no-domain', 'still-poor', '1000-10k'],
      outcomeIds: ['LORA', 'FULL_LORA', 'FULL', 'NOTYET'],
      learnMore: links.flowchart,
    }),
    {
      kind: 'single',
      id: 'daily-prices',
      prompt: 'Your assistant must quote this week’s prices, and the price list changes daily. What does T1.2 recommend?',
      learnMore: links.dontFineTuneWhen,
      options: [
        {
          id: 'rag',
          text: 'RAG: retrieve the current price list into the prompt',
          correct: true,
          why: 'T1.2’s first “Don’t fine-tune when” row: for current or changing data, use RAG. Retrieval reads today’s list at question time; no training run goes stale.',
        },
        {
          id: 'weekly-fine-tune',
          text: 'Fine-tune on the price list every week',
          correct: false,
          why: 'Fine-tuning teaches how to respond, not what to know (the Critical Insight): the model would blur prices together and be out of date by the next day.',
        },
        {
          id: 'few-shot',
          text: 'Few-shot examples of price answers',
          correct: false,
          why: 'Examples show the shape of an answer, not today’s numbers; the model would copy the example prices or make new ones up.',
        },
        {
          id: 'full-fine-tuning',
          text: 'Full fine-tuning, to store the prices in every weight',
          correct: false,
          why: 'More weights do not make knowledge current: it is the most expensive way to bake in data that changes daily, and T1.2 sends new knowledge to RAG.',
        },
      ],
    },
    {
      kind: 'multiple',
      id: 'reasons-to-fine-tune',
      prompt: 'Which of these are reasons T1.2 gives to fine-tune? Select all that apply.',
      learnMore: links.fineTuneWhen,
      options: [
        {
          id: 'long-system-message',
          text: 'Every call carries a 2,000-token system message you would like to drop',
          correct: true,
          why: 'T1.2’s “Cost reduction” row: trained behaviour replaces a long prompt you pay for on every call.',
        },
        {
          id: 'few-shot-latency',
          text: 'Few-shot examples in every call make responses slow',
          correct: true,
          why: 'T1.2’s “Latency reduction” row: shorter prompts give faster responses once the examples are trained in.',
        },
        {
          id: 'xml-schema',
          text: 'The output must follow one XML schema, whatever the input',
          correct: true,
          why: 'T1.2’s “Consistent output format” row: reliable structure despite varying inputs.',
        },
        {
          id: 'last-quarter-facts',
          text: 'The model should know last quarter’s sales figures',
          correct: false,
          why: 'That is new knowledge: T1.2 says “RAG, not fine-tuning”.',
          learnMore: links.dontFineTuneWhen,
        },
        {
          id: 'forty-examples',
          text: 'You have 40 examples and want to iterate quickly',
          correct: false,
          why: 'Two “Don’t fine-tune when” rows at once: fewer than 100 examples calls for few-shot prompting, and quick iteration for prompt engineering.',
          learnMore: links.dontFineTuneWhen,
        },
      ],
    },
    {
      kind: 'single',
      id: 'both-knowledge-and-style',
      prompt:
        'A team wants answers grounded in policy documents that change monthly, written in a consistent formal style that always cites its sources. What does T1.2’s Critical Insight recommend?',
      learnMore: links.dontFineTuneWhen,
      options: [
        {
          id: 'combine',
          text: 'Combine them: RAG for the documents, fine-tuning for the style',
          correct: true,
          why: 'The Critical Insight: fine-tuning teaches how to respond, RAG supplies what to know; “for both, combine RAG + fine-tuning”.',
        },
        {
          id: 'fine-tune-only',
          text: 'Fine-tune on the documents; the style comes with them',
          correct: false,
          why: 'Fine-tuning would teach the style but not keep up with documents that change monthly: new knowledge is RAG’s job.',
        },
        {
          id: 'rag-only',
          text: 'RAG alone: retrieved documents fix the style too',
          correct: false,
          why: 'Retrieval adds facts to the prompt; a consistent behaviour, such as always citing sources, is what T1.2 gives to fine-tuning.',
        },
        {
          id: 'continued-pre-training',
          text: 'Continued pre-training on the documents',
          correct: false,
          why: 'That bakes in a snapshot of the text at great cost (weeks to months, millions of tokens) and still goes stale.',
          learnMore: links.spectrum,
        },
      ],
    },
  ],
};

export default questions;
