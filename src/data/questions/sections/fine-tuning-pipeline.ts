/** T1.7 The Fine-Tuning Pipeline: the loop, not a one-off job. */
import {links} from '../links';
import type {SectionQuestions} from '../types';

const questions: SectionQuestions = {
  section: 'fine-tuning-pipeline',
  questions: [
    {
      kind: 'single',
      id: 'poor-metrics',
      prompt: 'Your fine-tuned model’s test-set metrics come back poor. Where does T1.7’s pipeline send you?',
      learnMore: links.pipeline,
      options: [
        {
          id: 'iterate',
          text: 'Iterate: more data or an adjusted config, back to data preparation',
          correct: true,
          why: '“Metrics poor” leads to “Iterate: more data, adjust config”, which returns to the start of the pipeline.',
        },
        {
          id: 'deploy-and-watch',
          text: 'Deploy it and let production monitoring decide',
          correct: false,
          why: 'Only “Metrics OK” leads to deployment; poor metrics never reach production in the pipeline.',
        },
        {
          id: 'retrain',
          text: 'Retrain on updated production data',
          correct: false,
          why: 'Retraining is the path from monitoring, when drift is detected after deployment, not from a failed evaluation.',
        },
        {
          id: 'more-epochs',
          text: 'Train the same data for more epochs until the metrics pass',
          correct: false,
          why: 'Adjusting the config is part of iterating, but more epochs on the same data risks overfitting (T1.4: 1–3 epochs, stop when eval loss rises).',
          learnMore: links.loraBestPractices,
        },
      ],
    },
    {
      kind: 'single',
      id: 'drift',
      prompt: 'Three months after deployment, monitoring shows answer quality falling as users ask about a new product line. What comes next in the pipeline?',
      learnMore: links.pipeline,
      options: [
        {
          id: 'retrain',
          text: 'Retrain with updated data, starting again at data preparation',
          correct: true,
          why: '“Drift detected” leads from monitoring to “Retrain: updated data”, back into data preparation: the pipeline is a loop.',
        },
        {
          id: 'iterate-config',
          text: 'Adjust the LoRA rank and learning rate, then redeploy',
          correct: false,
          why: 'The model has not got worse at learning; the world moved. New questions need new data, and a new run still goes through validation and evaluation.',
        },
        {
          id: 'nothing',
          text: 'Nothing: the model passed evaluation before deployment',
          correct: false,
          why: 'Evaluation measured the questions of its day; monitoring exists because production drifts away from them.',
        },
        {
          id: 'new-base',
          text: 'Switch to a larger base model and deploy it directly',
          correct: false,
          why: 'Any change of model goes back through selection, config, training and evaluation before deployment; skipping them skips the checks.',
        },
      ],
    },
    {
      kind: 'multiple',
      id: 'before-training',
      prompt: 'Which steps come before training in T1.7’s pipeline? Select all that apply.',
      learnMore: links.pipeline,
      options: [
        {id: 'data-preparation', text: 'Data preparation: clean, format, split', correct: true, why: 'The first step; the split also sets aside the test set evaluation will need.'},
        {id: 'data-validation', text: 'Data validation: quality checks, dedup', correct: true, why: 'Second: problems are cheapest to fix before any GPU time is spent.', learnMore: links.dataChecklist},
        {id: 'base-model', text: 'Base model selection', correct: true, why: 'Third: GPT-4o-mini, Phi or Llama, chosen before the config that depends on it.'},
        {id: 'config', text: 'Config: LoRA rank, learning rate, epochs', correct: true, why: 'Fourth, just before training.'},
        {id: 'evaluation', text: 'Evaluation on the test set', correct: false, why: 'Evaluation follows training: it measures the trained model.'},
        {id: 'monitoring', text: 'Production monitoring', correct: false, why: 'Monitoring follows deployment.'},
      ],
    },
    {
      kind: 'single',
      id: 'leaked-test-set',
      prompt: 'You discover that 30 of your 100 test prompts were also in the training data. What does that do to the evaluation step?',
      learnMore: links.abPattern,
      options: [
        {
          id: 'inflated',
          text: 'It makes the metrics look better than the model is: re-split so no test prompt is in training',
          correct: true,
          why: 'The model has seen those answers, so it scores well on them without having learned the task; T1.8’s A/B pattern asks for test prompts “not in training data”, and T1.7 splits the data at its first step.',
        },
        {
          id: 'harmless',
          text: 'Nothing: the other 70 still give a fair score',
          correct: false,
          why: 'The 30 seen prompts are averaged in with the 70 and pull the score up; the result no longer measures generalisation.',
        },
        {
          id: 'deflated',
          text: 'It makes the metrics look worse than the model is',
          correct: false,
          why: 'Seen examples are easier for the model, not harder: the error runs the other way.',
        },
        {
          id: 'regression-only',
          text: 'It only affects the regression check on general benchmarks',
          correct: false,
          why: 'General benchmarks are separate; the leak contaminates the task metrics computed on your own test set.',
          learnMore: links.evaluationFramework,
        },
      ],
    },
  ],
};

export default questions;
