/** T1.9 Azure AI Foundry Fine-Tuning: what a job costs, what keeps costing, and the model table's corrections. */
import {azureFineTunableModels, azureTrainingCosts, minDataText, trainingCostText} from '@site/src/data/azureFineTuning';
import {trainingCostQuestion} from '../fitQuestions';
import {links} from '../links';
import type {SectionQuestions} from '../types';

function perTokenPrice(name: string): number {
  const training = azureTrainingCosts.find((cost) => cost.name === name)?.training;
  if (training?.kind !== 'per-token') throw new Error(`T1.9 gives no per-token price for ${name}.`);
  return training.usdPerMillionTokens;
}
const mini = perTokenPrice('GPT-4o-mini');
const full = perTokenPrice('GPT-4o');
const miniMinData = minDataText(azureFineTunableModels.find((m) => m.id === 'gpt-4o-mini')!);
const phi4Training = trainingCostText(azureTrainingCosts.find((cost) => cost.modelId === 'phi-4')!.training);

const questions: SectionQuestions = {
  section: 'azure-ai-foundry',
  questions: [
    trainingCostQuestion({
      id: 'gpt-4o-mini-job',
      prompt:
        'You fine-tune GPT-4o-mini on 2,000 examples of 500 tokens each for 3 epochs. At T1.9’s training price, what does the job cost, in US dollars? Within $0.50 counts as right.',
      query: 'examples=2000&tokens=500&epochs=3',
      model: 'GPT-4o-mini',
      tolerance: {kind: 'absolute', value: 0.5},
      learnMore: links.azureCost,
    }),
    {
      kind: 'numeric',
      id: 'gpt-4o-vs-mini',
      prompt: 'The same job on GPT-4o instead of GPT-4o-mini: how many times the training cost? Within 0.2 counts as right.',
      learnMore: links.azureCost,
      answer: full / mini,
      tolerance: {kind: 'absolute', value: 0.2},
      unit: 'times as much',
      decimals: 1,
      working: `Training is billed per token, and the job reads the same tokens on either model: $${full.toFixed(2)} ÷ $${mini.toFixed(2)} per million tokens = ${(full / mini).toFixed(2)} times.`,
    },
    {
      kind: 'single',
      id: 'ten-examples',
      prompt: `T1.9’s table gives GPT-4o-mini a minimum of “${miniMinData}”. What does that number mean, per the site’s correction?`,
      learnMore: links.azureMinDataCorrection,
      correction: {moduleSays: `GPT-4o-mini — Min Data: ${miniMinData}`, link: links.azureMinDataCorrection},
      options: [
        {
          id: 'floor',
          text: 'It is the least the service accepts; teaching a new skill takes hundreds to thousands of examples',
          correct: true,
          why: 'Microsoft’s own fine-tuning guide says so, in line with the module’s advice not to fine-tune on fewer than 100 examples.',
        },
        {
          id: 'enough',
          text: 'It is enough for most tasks on a model this capable',
          correct: false,
          why: 'Ten examples let the job run; they rarely teach anything reliable. The module itself says fewer than 100 calls for few-shot prompting.',
          learnMore: links.dontFineTuneWhen,
        },
        {
          id: 'fifty',
          text: 'It means 50, as the table recommends for GPT-4o',
          correct: false,
          why: 'The “50+ recommended” is GPT-4o’s row; and 50 is still far below the hundreds the vendor’s guide names for a new skill.',
        },
        {
          id: 'per-epoch',
          text: 'It is the number of examples trained per epoch',
          correct: false,
          why: 'It is a minimum file size for the job, not a batch or epoch setting.',
        },
      ],
    },
    {
      kind: 'single',
      id: 'azure-openai-method',
      prompt: 'T1.9’s table says GPT-4o and GPT-4o-mini are fine-tuned with “Full FT”. How does Microsoft’s own guide say Azure OpenAI fine-tunes them?',
      learnMore: links.azureMinDataCorrection,
      correction: {moduleSays: 'GPT-4o, GPT-4o-mini — Method: Full FT', link: links.azureMinDataCorrection},
      options: [
        {
          id: 'lora',
          text: 'With LoRA',
          correct: true,
          why: 'The vendor’s guide says Azure OpenAI uses LoRA, so the table’s “Full FT” for these models does not match it.',
        },
        {
          id: 'full',
          text: 'With full fine-tuning, as the table says',
          correct: false,
          why: 'That is the module’s cell; the guide it contradicts is Microsoft’s own “Customize a model with fine-tuning”.',
        },
        {
          id: 'rlhf',
          text: 'With RLHF',
          correct: false,
          why: 'RLHF is an alignment pipeline with a reward model (T1.5), not how the managed service fine-tunes on your examples.',
          learnMore: links.rlhf,
        },
        {
          id: 'continued-pre-training',
          text: 'With continued pre-training on your data',
          correct: false,
          why: 'The service trains on chat examples (JSONL), not on raw text.',
          learnMore: links.azureFlow,
        },
      ],
    },
    {
      kind: 'single',
      id: 'cost-after-training',
      prompt: 'Training has finished and the fine-tuned model exists. Which cost keeps running from here?',
      learnMore: links.azureFlow,
      options: [
        {
          id: 'hosting',
          text: 'Hosting the deployed model on its managed endpoint',
          correct: true,
          why: 'The flow deploys the model to a managed endpoint before you can test it via the API, and T1.9’s table bills hosting separately from training.',
          learnMore: links.azureCost,
        },
        {
          id: 'training-tokens',
          text: 'Training tokens, billed again for every call',
          correct: false,
          why: 'Training tokens are billed once, for the job; calls to the deployed model are hosting and usage.',
          learnMore: links.azureCost,
        },
        {
          id: 'nothing',
          text: 'Nothing: a fine-tuned model is free to call',
          correct: false,
          why: 'T1.9’s cost table gives every model a hosting cost after training.',
          learnMore: links.azureCost,
        },
        {
          id: 'upload',
          text: 'Storing the uploaded JSONL file',
          correct: false,
          why: 'The flow’s running cost is the endpoint the model is deployed to, not the training file.',
        },
      ],
    },
    {
      kind: 'single',
      id: 'phi-4-billing',
      prompt: 'How does T1.9 say training Phi-4 (14B) is billed?',
      learnMore: links.azureCost,
      options: [
        {
          id: 'compute-hours',
          text: phi4Training,
          correct: true,
          why: 'Phi-4 trains on GPUs you reserve, billed by the hour, so there is no per-token price to multiply by your tokens.',
        },
        {
          id: 'per-token-mini',
          text: `~$${mini.toFixed(2)} per 1M training tokens, like GPT-4o-mini`,
          correct: false,
          why: 'Per-token prices are for the managed GPT models; Phi-4 is billed by compute hours.',
        },
        {
          id: 'per-token-4o',
          text: `~$${full.toFixed(2)} per 1M training tokens, like GPT-4o`,
          correct: false,
          why: 'Per-token prices are for the managed GPT models; Phi-4 is billed by compute hours.',
        },
        {
          id: 'free',
          text: 'Free, as an open model',
          correct: false,
          why: 'The weights are open, but the GPUs that train it on Azure are not free.',
        },
      ],
    },
  ],
};

export default questions;
