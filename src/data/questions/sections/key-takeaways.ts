/** Key Takeaways: the five rules applied to cases. */
import {fitVerdictQuestion} from '../fitQuestions';
import {flowchartOutcomeQuestion} from '../flowchartQuestions';
import {links} from '../links';
import type {SectionQuestions} from '../types';

const questions: SectionQuestions = {
  section: 'key-takeaways',
  questions: [
    flowchartOutcomeQuestion({
      id: 'works-well-already',
      prompt:
        'With a clear prompt, the base model already does your task well. A colleague wants to fine-tune anyway, “to be safe”. Where does the T1.2 flowchart end, in line with rule 1?',
      answers: ['works-well'],
      outcomeIds: ['DONE', 'LORA', 'TRY_FEW', 'FULL_LORA'],
      learnMore: links.flowchart,
    }),
    {
      kind: 'single',
      id: 'reason-for-full',
      prompt: 'Rule 2: “LoRA is the default. Unless you have a specific reason for full fine-tuning…” Which of these is such a reason, by T1.3?',
      learnMore: links.fullFineTuning,
      options: [
        {
          id: 'deep-change',
          text: 'You need a deep change in behaviour and have tens of thousands of good examples',
          correct: true,
          why: 'T1.3: full fine-tuning is for “deep behavioral change AND enough data”, 10K–100K examples ideal.',
        },
        {
          id: 'few-examples',
          text: 'You have 300 examples and want the strongest possible effect',
          correct: false,
          why: 'With hundreds of examples, updating every weight overfits and risks catastrophic forgetting; the flowchart gives 100–1,000 examples to LoRA / QLoRA.',
          learnMore: links.flowchart,
        },
        {
          id: 'new-facts',
          text: 'The model must learn last month’s figures',
          correct: false,
          why: 'That is knowledge, and rule 5 sends knowledge to RAG, whatever the fine-tuning method.',
          learnMore: links.dontFineTuneWhen,
        },
        {
          id: 'small-gpu',
          text: 'You have one 24 GB GPU',
          correct: false,
          why: 'That is a reason against it: full fine-tuning keeps about 16 bytes per parameter, over 100 GB for a 7B model.',
          learnMore: links.fullMemoryCorrection,
        },
      ],
    },
    {
      kind: 'single',
      id: 'quality-over-quantity',
      prompt: 'Two datasets for the same task: 500 examples curated by domain experts, or 50,000 scraped examples full of near-duplicates and contradictions. Which does rule 3 favour?',
      learnMore: links.dataChecklist,
      options: [
        {
          id: 'curated',
          text: 'The 500 expert-curated examples',
          correct: true,
          why: 'Rule 3 word for word: “500 expert-curated examples beat 50,000 mediocre ones”; duplicates and contradictions are what T1.6’s checklist removes.',
        },
        {
          id: 'scraped',
          text: 'The 50,000 scraped examples: volume averages out the noise',
          correct: false,
          why: 'Contradictions confuse the model rather than cancel out, and duplicates over-weight some patterns (T1.6’s checklist).',
        },
        {
          id: 'both',
          text: 'Both, mixed together, since more data never hurts',
          correct: false,
          why: 'The 50,000 would swamp the 500: the model would learn mostly from the mediocre examples.',
        },
        {
          id: 'neither',
          text: 'Neither: 500 is below any minimum',
          correct: false,
          why: 'T1.6 puts the minimum at 100 examples for a 7B model and 500 for 70B: 500 is enough to start with.',
          learnMore: links.howMuchData,
        },
      ],
    },
    {
      kind: 'multiple',
      id: 'measure-rigorously',
      prompt: 'Rule 4: “Always evaluate rigorously.” Which of these does it ask you to measure? Select all that apply.',
      learnMore: links.evaluationFramework,
      options: [
        {id: 'accuracy', text: 'Accuracy on a test set', correct: true, why: 'Named in rule 4, with a target above 85 % in T1.8.'},
        {id: 'format', text: 'Format compliance', correct: true, why: 'Named in rule 4, with a target above 98 % in T1.8.'},
        {id: 'regression', text: 'Regression on general capability', correct: true, why: 'Named in rule 4: less than 5 % degradation on general benchmarks (T1.8).'},
        {
          id: 'feels-better',
          text: 'Whether the team feels the answers got better',
          correct: false,
          why: 'Rule 4 says not to stop at “feels better”; T1.8’s blind A/B evaluation turns impressions into a measurement.',
          learnMore: links.abPattern,
        },
      ],
    },
    fitVerdictQuestion({
      id: 'how-not-what',
      prompt:
        'Rule 5: fine-tuning teaches how, not what. With 2,000 examples, $5,000 and a month, and a model that needs current knowledge, which of these does the fit table call the wrong tool? Select all that apply.',
      query: 'examples=2000&budget=5000&days=30&goal=knowledge',
      verdict: 'Wrong tool',
      methodIds: ['lora', 'full-fine-tuning', 'rag', 'prompt-engineering'],
      learnMore: links.fitTable,
    }),
  ],
};

export default questions;
