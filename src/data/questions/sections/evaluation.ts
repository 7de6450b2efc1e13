/** T1.8 Evaluation — Did It Work? Reading the targets, and running a fair A/B comparison. */
import {links} from '../links';
import type {SectionQuestions} from '../types';

const questions: SectionQuestions = {
  section: 'evaluation',
  questions: [
    {
      kind: 'single',
      id: 'regression',
      prompt:
        'Your fine-tune scores 91 % accuracy on the test set and 99 % format compliance, but drops 9 % on general benchmarks. By T1.8’s targets, is it ready?',
      learnMore: links.evaluationFramework,
      options: [
        {
          id: 'no-regression',
          text: 'No: the regression check allows less than 5 % degradation',
          correct: true,
          why: 'Accuracy (>85 %) and format compliance (>98 %) pass, but a 9 % drop on general benchmarks means fine-tuning broke general capability.',
        },
        {
          id: 'yes-task',
          text: 'Yes: the task metrics are what matter',
          correct: false,
          why: 'T1.8’s last step: the fine-tune should win on task metrics “without significant regression on general metrics”.',
          learnMore: links.abPattern,
        },
        {
          id: 'no-accuracy',
          text: 'No: accuracy must be above 95 %',
          correct: false,
          why: 'T1.8’s accuracy target is above 85 % for most tasks; 91 % passes it.',
        },
        {
          id: 'yes-format',
          text: 'Yes: format compliance above 98 % outweighs the rest',
          correct: false,
          why: 'Each metric has its own target; a model must meet all of them, and the regression check fails.',
        },
      ],
    },
    {
      kind: 'numeric',
      id: 'ab-wins-needed',
      prompt:
        'In a blind A/B evaluation of 100 prompts, each prompt goes to one evaluator, who prefers one of the two responses. What is the smallest number of prompts on which the fine-tuned model must be preferred to meet T1.8’s human-preference target? Give the exact number.',
      learnMore: links.evaluationFramework,
      answer: 61,
      tolerance: {kind: 'absolute', value: 0},
      unit: 'prompts of 100',
      decimals: 0,
      working: 'The target is “>60% prefer fine-tuned”: more than 60 of 100, so at least 61. Exactly 60 is 60 %, not more.',
      mistakes: [{value: 60, why: '60 of 100 is exactly 60 %; the target is more than 60 %.'}],
    },
    {
      kind: 'multiple',
      id: 'fair-ab',
      prompt: 'Which of these does T1.8’s A/B evaluation pattern require? Select all that apply.',
      learnMore: links.abPattern,
      options: [
        {id: 'unseen-prompts', text: 'Test prompts that are not in the training data', correct: true, why: 'Step 1: otherwise the fine-tune is tested on answers it has memorised.'},
        {id: 'both-models', text: 'Responses from both the base and the fine-tuned model to the same prompts', correct: true, why: 'Step 2: the comparison is prompt by prompt.'},
        {id: 'blind-order', text: 'A random order, so evaluators do not know which model wrote which response', correct: true, why: 'Step 3: a blind comparison keeps evaluators’ expectations out of the scores.'},
        {
          id: 'label-models',
          text: 'Labels telling evaluators which response is the fine-tuned one, so they can judge the improvement',
          correct: false,
          why: 'That breaks step 3: knowing which is which biases the scores.',
        },
        {
          id: 'training-prompts',
          text: 'Prompts taken from the training set, where the right answers are known',
          correct: false,
          why: 'That breaks step 1: the fine-tune has seen them.',
        },
      ],
    },
    {
      kind: 'single',
      id: 'eval-loss-rises',
      prompt: 'During training, eval loss falls for two epochs and then starts rising while training loss keeps falling. What does this tell you?',
      learnMore: links.evaluationFramework,
      options: [
        {
          id: 'overfitting',
          text: 'The model is overfitting: keep the checkpoint with the lowest eval loss and stop',
          correct: true,
          why: 'T1.8 wants eval loss “decreasing, not diverging”, and T1.4 says to monitor it and stop when it rises.',
          learnMore: links.loraBestPractices,
        },
        {
          id: 'keep-going',
          text: 'Training is going well: training loss is what matters',
          correct: false,
          why: 'Falling training loss with rising eval loss is the model memorising its training set rather than learning the task.',
        },
        {
          id: 'raise-lr',
          text: 'The learning rate is too low: raise it',
          correct: false,
          why: 'A higher learning rate fits the training data faster, which deepens the overfitting this curve shows.',
        },
        {
          id: 'bad-eval-set',
          text: 'The eval set is broken: eval loss should follow training loss',
          correct: false,
          why: 'The two curves part exactly when a model overfits; that is what a held-out eval set is for.',
        },
      ],
    },
    {
      kind: 'single',
      id: 'malformed-json',
      prompt: 'A schema validator finds that 3 % of the fine-tuned model’s JSON outputs are malformed. Which row of T1.8’s framework does this fail?',
      learnMore: links.evaluationFramework,
      options: [
        {
          id: 'format-compliance',
          text: 'Format compliance: 97 % is below the >98 % target',
          correct: true,
          why: 'Format compliance is measured by schema validation, and 97 % valid misses the target of more than 98 %.',
        },
        {
          id: 'accuracy',
          text: 'Accuracy: 97 % is below a 98 % target',
          correct: false,
          why: 'Accuracy compares answers with ground truth and its target is >85 %; malformed JSON is a format problem.',
        },
        {
          id: 'nothing',
          text: 'None: 97 % is above every target in the table',
          correct: false,
          why: 'Format compliance asks for more than 98 %.',
        },
        {
          id: 'regression',
          text: 'The regression check: under 5 % degradation',
          correct: false,
          why: 'That row is about general benchmarks, not about your output format.',
        },
      ],
    },
  ],
};

export default questions;
