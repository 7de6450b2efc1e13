/** T1.10 MLOps for LLMs: the lifecycle's stages and the tools for each job. */
import {links} from '../links';
import type {SectionQuestions} from '../types';

const questions: SectionQuestions = {
  section: 'mlops',
  questions: [
    {
      kind: 'single',
      id: 'compare-runs',
      prompt:
        'You ran twelve fine-tuning jobs with different ranks and learning rates, and want to compare their metrics and promote the best model. Which tool in T1.10’s table is built for that?',
      learnMore: links.llmopsTools,
      options: [
        {id: 'mlflow', text: 'MLflow', correct: true, why: 'T1.10: “Experiment tracking, model registry”: runs side by side, then the winner registered as a versioned model.'},
        {id: 'azure-monitor', text: 'Azure Monitor', correct: false, why: 'Production observability: it watches a deployed model, not training runs.'},
        {id: 'github-actions', text: 'GitHub Actions', correct: false, why: 'CI/CD for model pipelines: it can run the jobs, but it does not compare or register their results.'},
        {id: 'langsmith', text: 'LangSmith / LangFuse', correct: false, why: 'LLM-specific tracing and evaluation of calls in an application, not a registry of training runs.'},
      ],
    },
    {
      kind: 'single',
      id: 'five-percent-first',
      prompt: 'A new fine-tuned model first gets 5 % of production traffic, and more as its quality metrics hold. Which deployment pattern from T1.10’s lifecycle is this?',
      learnMore: links.llmopsLifecycle,
      options: [
        {id: 'canary', text: 'Canary rollout', correct: true, why: 'A small share of traffic first, widened step by step while the metrics hold, so a bad model reaches few users.'},
        {id: 'blue-green', text: 'Blue/green deploy', correct: false, why: 'Blue/green switches all traffic from the old environment to the new one at once, keeping the old one ready to switch back.'},
        {id: 'ab-testing', text: 'A/B testing', correct: false, why: 'A/B testing splits traffic to compare variants on a metric; it does not grow one variant’s share as a safety step.'},
        {id: 'drift-detection', text: 'Drift detection', correct: false, why: 'That is an Operate capability that watches quality over time, not a way to deploy.'},
      ],
    },
    {
      kind: 'single',
      id: 'back-to-develop',
      prompt: 'What sends the LLMOps lifecycle from Operate back to Develop?',
      learnMore: links.llmopsLifecycle,
      options: [
        {
          id: 'retrain-trigger',
          text: 'A retrain trigger, such as detected drift',
          correct: true,
          why: 'The diagram’s one edge back: “Retrain trigger” from Operate to Develop; drift detection is one of Operate’s jobs.',
        },
        {id: 'runs-once', text: 'Nothing: the lifecycle runs once per model', correct: false, why: 'The lifecycle is a cycle: the retrain trigger closes it.'},
        {id: 'canary', text: 'A finished canary rollout', correct: false, why: 'A canary rollout leads into Operate, not back to Develop.'},
        {id: 'cost', text: 'Any rise in cost', correct: false, why: 'Cost tracking is watched in Operate, but the edge back to Develop in the diagram is the retrain trigger.'},
      ],
    },
    {
      kind: 'multiple',
      id: 'evaluate-stage',
      prompt: 'Which of these belong to the Evaluate stage of T1.10’s lifecycle? Select all that apply.',
      learnMore: links.llmopsLifecycle,
      options: [
        {id: 'offline-metrics', text: 'Offline metrics', correct: true, why: 'Evaluate: scores on a test set before release, as in T1.8.', learnMore: links.evaluationFramework},
        {id: 'llm-as-judge', text: 'LLM-as-judge', correct: true, why: 'Evaluate: a strong model grades responses at a scale humans cannot.'},
        {id: 'human-review', text: 'Human review', correct: true, why: 'Evaluate: people check what metrics and judges miss, as in T1.8’s A/B pattern.', learnMore: links.abPattern},
        {id: 'canary', text: 'Canary rollout', correct: false, why: 'That is Deploy.'},
        {id: 'drift-detection', text: 'Drift detection', correct: false, why: 'That is Operate, after deployment.'},
      ],
    },
    {
      kind: 'single',
      id: 'slow-decline',
      prompt: 'Quality in production falls slowly as users’ questions shift toward a product launched after training. Which Operate capability should flag it?',
      learnMore: links.llmopsLifecycle,
      options: [
        {id: 'drift-detection', text: 'Drift detection', correct: true, why: 'Drift is exactly this: production inputs moving away from what the model was trained and evaluated on.'},
        {id: 'cost-tracking', text: 'Cost tracking', correct: false, why: 'Cost can stay flat while quality falls.'},
        {id: 'blue-green', text: 'Blue/green deploy', correct: false, why: 'That is a way to release a model (Deploy), not to notice decline.'},
        {id: 'prompt-engineering', text: 'Prompt engineering', correct: false, why: 'That is Develop: a possible fix once the decline has been flagged.'},
      ],
    },
  ],
};

export default questions;
