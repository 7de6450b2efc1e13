/** T1.5 Alignment: RLHF & DPO — what each needs, and what a preference pair teaches. */
import {links} from '../links';
import type {SectionQuestions} from '../types';

const questions: SectionQuestions = {
  section: 'alignment-rlhf-dpo',
  questions: [
    {
      kind: 'single',
      id: 'what-dpo-drops',
      prompt: 'What does DPO leave out of the RLHF pipeline?',
      learnMore: links.dpo,
      options: [
        {
          id: 'reward-model',
          text: 'The separately trained reward model and the PPO loop against it',
          correct: true,
          why: 'DPO trains the model directly on preference pairs in a single step: no reward model to train, no PPO (T1.5: “Reward model: Not needed”).',
        },
        {
          id: 'preferences',
          text: 'The human preference data',
          correct: false,
          why: 'DPO needs preference pairs just as RLHF does; it only drops the reward model built from them.',
        },
        {
          id: 'base-model',
          text: 'The pre-trained base model',
          correct: false,
          why: 'Both methods adapt an existing model; neither trains one from nothing.',
        },
        {
          id: 'evaluation',
          text: 'Evaluation of the result',
          correct: false,
          why: 'Alignment changes nothing about evaluation: T1.8’s checks apply to a DPO model as to any fine-tune.',
          learnMore: links.evaluationFramework,
        },
      ],
    },
    {
      kind: 'single',
      id: 'rated-pairs',
      prompt:
        'Your annotators compared 2,000 pairs of answers and marked the better one in each. You have no budget to train a separate model on their ratings. Which method can train on the pairs as they are?',
      learnMore: links.dpo,
      options: [
        {id: 'dpo', text: 'DPO', correct: true, why: 'DPO needs “preference pairs only”: prompt, chosen and rejected, in one training step.'},
        {
          id: 'rlhf',
          text: 'RLHF with PPO',
          correct: false,
          why: 'PPO optimizes against a reward model, which RLHF first trains from these rankings: the separate model you have no budget for.',
          learnMore: links.rlhf,
        },
        {
          id: 'sft',
          text: 'Supervised fine-tuning on the pairs',
          correct: false,
          why: 'SFT learns from one target answer per prompt; it would ignore the rejected answers, which carry half of what the raters said.',
        },
        {
          id: 'continued-pre-training',
          text: 'Continued pre-training',
          correct: false,
          why: 'Pre-training on raw text learns language, not which of two answers people prefer.',
          learnMore: links.spectrum,
        },
      ],
    },
    {
      kind: 'single',
      id: 'good-rejected-answer',
      prompt:
        "In T1.5’s example the rejected answer reads: “A token is basically a word. Like when you type 'hello world' that's 2 tokens.” What makes it a useful rejected answer?",
      learnMore: links.preferenceData,
      options: [
        {
          id: 'plausible-but-sloppy',
          text: 'It is on topic and plausible, but vague and misleading, so the pair teaches a preference for precise answers',
          correct: true,
          why: '“Basically a word” is the misconception the chosen answer corrects (sub-word units, about 4 characters each); a pair that differs in quality, not topic, is what DPO learns from.',
        },
        {
          id: 'off-topic',
          text: 'It is off topic',
          correct: false,
          why: 'It answers the question asked; an off-topic answer would teach little the model does not already do.',
        },
        {
          id: 'rude',
          text: 'It is rude',
          correct: false,
          why: 'Its tone is casual, not rude; what the pair contrasts is depth and accuracy.',
        },
        {
          id: 'must-be-wrong',
          text: 'Rejected answers must contain a factual error',
          correct: false,
          why: 'No such rule: a rejected answer is simply the one people preferred less. Here “hello world” may well be two tokens; the problem is “a token is basically a word”.',
        },
      ],
    },
    {
      kind: 'multiple',
      id: 'rlhf-vs-dpo',
      prompt: 'Which of these match T1.5’s comparison of RLHF and DPO? Select all that apply.',
      learnMore: links.dpo,
      options: [
        {id: 'reward-separate', text: 'RLHF needs a reward model trained separately', correct: true, why: 'T1.5: “Required (separate training)”, step 2 of the pipeline.'},
        {id: 'ppo-finicky', text: 'RLHF’s PPO training can be finicky', correct: true, why: 'T1.5’s “Stability” row; DPO is “More stable”.'},
        {id: 'pairs-only', text: 'DPO needs preference pairs only', correct: true, why: 'T1.5’s “Data needed” row: no reward-model data beyond the pairs.'},
        {
          id: 'dpo-worse',
          text: 'DPO always gives worse quality than RLHF',
          correct: false,
          why: 'T1.5 calls DPO’s quality “Comparable (sometimes better)”, and lists Llama 3 and Zephyr among the models aligned with it.',
        },
        {
          id: 'dpo-three-steps',
          text: 'DPO is a three-step pipeline like RLHF',
          correct: false,
          why: 'RLHF is the 3-step pipeline (SFT, reward model, PPO); DPO is a single training step.',
        },
      ],
    },
    {
      kind: 'single',
      id: 'where-rankings-go',
      prompt: 'In RLHF, where do the human annotators’ rankings turn into something the training can optimize?',
      learnMore: links.rlhf,
      options: [
        {
          id: 'reward-model',
          text: 'Step 2: a reward model trained from the rankings, which then scores the LLM’s outputs',
          correct: true,
          why: 'The rankings train the reward model; PPO in step 3 optimizes the LLM against that model’s scores, not against the rankings directly.',
        },
        {
          id: 'sft',
          text: 'Step 1: supervised fine-tuning on the ranked answers',
          correct: false,
          why: 'Step 1 is SFT on instruction data, before any ranking happens.',
        },
        {
          id: 'ppo-direct',
          text: 'Step 3: PPO reads the rankings directly',
          correct: false,
          why: 'PPO needs a score for every new output the model writes; only a reward model can give that, so the rankings reach PPO through step 2.',
        },
        {
          id: 'nowhere',
          text: 'Nowhere: the rankings are only for evaluation',
          correct: false,
          why: 'They are the whole point of RLHF: step 2 learns human preference from them.',
        },
      ],
    },
  ],
};

export default questions;
