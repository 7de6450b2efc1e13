/** T1.3 Fine-Tuning Methods: counting LoRA's parameters, what fits a card, and the QLoRA table's corrections. */
import {modelPresets} from '@site/src/data/models';
import {formatInteger} from '@site/src/components/LoraMemoryCalculator/format';
import {methodsOnOneCardQuestion, trainableParamsQuestion} from '../loraQuestions';
import {links} from '../links';
import type {SectionQuestions} from '../types';

// The k_proj question quotes the model's published shape, read from the same preset the calculator uses.
const llama31_8b = modelPresets.find((m) => m.id === 'llama-3.1-8b')!.architecture;
const kWidth = (llama31_8b.hidden / llama31_8b.heads) * llama31_8b.kvHeads;

const questions: SectionQuestions = {
  section: 'fine-tuning-methods',
  questions: [
    trainableParamsQuestion({
      id: 'llama2-7b-rank8-qv',
      prompt:
        'How many parameters does LoRA train on Llama 2 7B with rank 8 on q_proj and v_proj in every layer? Answer in millions; within 2 % counts as right.',
      query: 'model=llama-2-7b&rank=8&targets=q,v',
      scale: 1e6,
      unit: 'million parameters',
      decimals: 2,
      tolerance: {kind: 'relative', value: 0.02},
      learnMore: links.lora,
    }),
    trainableParamsQuestion({
      id: 'llama31-8b-k-proj',
      prompt:
        `Llama 3.1 8B uses grouped-query attention: its k_proj maps ${formatInteger(llama31_8b.hidden)} inputs to ` +
        `${formatInteger(kWidth)} outputs. How many parameters does a rank-16 adapter on one k_proj, in one layer, train? Give the exact number.`,
      query: 'model=llama-3.1-8b&rank=16&targets=k',
      module: 'k_proj',
      scale: 1,
      unit: 'parameters',
      decimals: 0,
      tolerance: {kind: 'absolute', value: 0},
      learnMore: links.lora,
    }),
    methodsOnOneCardQuestion({
      id: 'one-rtx-4090',
      prompt:
        'Llama 2 7B, rank 8 on q and v, sequence 2,048, micro-batch 1, gradient checkpointing on, bf16, AdamW. Which of these fit on one 24 GB GeForce RTX 4090 by the calculator’s estimate? Select all that apply.',
      query: 'model=llama-2-7b&rank=8&targets=q,v&seq=2048&batch=1&gc=1&precision=bf16&optimizer=adamw&gpu=rtx-4090',
      learnMore: links.qloraTableCorrection,
      correction: {moduleSays: 'GPU required — LoRA: A100 40GB+; QLoRA: RTX 4090 (24GB)', link: links.qloraTableCorrection},
    }),
    {
      kind: 'single',
      id: 'adapter-shapes',
      prompt:
        'The T1.3 diagram draws A as (d × r) and B as (r × d) beside the formula Wx + BAx. With column vectors, as in that formula, what shapes do A and B have for a layer with d_in inputs and d_out outputs?',
      learnMore: links.loraShapesCorrection,
      correction: {moduleSays: 'Matrix A (d × r) and Matrix B (r × d), with Output = Wx + BAx', link: links.loraShapesCorrection},
      options: [
        {
          id: 'r-by-din',
          text: 'A is r × d_in and B is d_out × r',
          correct: true,
          why: 'A maps x down to r numbers and B maps them back up to d_out (Hu et al., 2021). The diagram’s shapes are the row-vector convention, h = xW + xAB; the count r × (d_in + d_out) is the same either way.',
        },
        {
          id: 'as-drawn',
          text: 'A is d_in × r and B is r × d_out, as the diagram draws them',
          correct: false,
          why: 'Then BA would be r × r and could not multiply x: those shapes belong to the row-vector form, h = xW + xAB, not to Wx + BAx.',
        },
        {
          id: 'full-and-tiny',
          text: 'A is d_out × d_in and B is r × r',
          correct: false,
          why: 'An A as large as W would train as many parameters as W itself; LoRA’s saving comes from both matrices having r as one side.',
        },
        {
          id: 'square',
          text: 'Both are r × r',
          correct: false,
          why: 'Two r × r matrices never touch the layer’s d_in inputs or d_out outputs, so they could not adapt it.',
        },
      ],
    },
    {
      kind: 'multiple',
      id: 'qlora-table-memory',
      prompt: 'T1.3’s QLoRA table gives “~14 GB” and “~4 GB” for a 7B model and “RTX 4090 (24GB)” as QLoRA’s GPU. Per the site’s correction, which of these are true? Select all that apply.',
      learnMore: links.qloraTableCorrection,
      correction: {moduleSays: 'Memory for 7B: ~14 GB (LoRA), ~4 GB (QLoRA); GPU required: A100 40GB+ / RTX 4090 (24GB)', link: links.qloraTableCorrection},
      options: [
        {
          id: 'weights-only',
          text: 'The memory rows count the base model’s weights only: 7B × 2 bytes ≈ 14 GB, 7B × 0.5 bytes ≈ 3.5 GB',
          correct: true,
          why: 'Yes: they are parameters × bytes per parameter, nothing else.',
        },
        {
          id: 'training-adds',
          text: 'Training adds the adapters’ gradients and optimizer state, activations and, for QLoRA, the quantization constants',
          correct: true,
          why: 'Yes: that is why the calculator’s estimate for training is above the weights-only figure.',
          learnMore: links.calculator,
        },
        {
          id: '70b-on-4090',
          text: 'The RTX 4090 row holds for 70B too',
          correct: false,
          why: 'No: 70B in 4-bit is about 35 GB of weights alone, more than the card’s 24 GB. The GPU row fits the 7B model.',
        },
        {
          id: '70b-16bit-one-a100',
          text: 'A 70B base in 16-bit (~140 GB) fits one A100',
          correct: false,
          why: 'No: the largest A100 has 80 GB, so 140 GB of weights needs at least two cards before training adds anything.',
          learnMore: links.lora70bCorrection,
        },
      ],
    },
    {
      kind: 'single',
      id: 'lora-quality',
      prompt: 'T1.3’s QLoRA table says LoRA has “None” quality loss against full fine-tuning. What does the evidence the site cites say?',
      learnMore: links.loraQualityCorrection,
      correction: {moduleSays: 'Quality loss (LoRA): None vs full FT', link: links.loraQualityCorrection},
      options: [
        {
          id: 'often-close',
          text: 'Often close, not always equal: LoRA fell well behind on code and math in one study, while forgetting less',
          correct: true,
          why: 'Hu et al. (2021) found LoRA matching full fine-tuning on their tasks; Biderman et al., “LoRA Learns Less and Forgets Less” (2024), found it well behind on code and math, with less forgetting of the base model’s skills.',
        },
        {
          id: 'always-equal',
          text: 'None: LoRA always matches full fine-tuning',
          correct: false,
          why: 'That is the module’s cell, and it also disagrees with its own Key Takeaway 2 (“95% of the quality”).',
        },
        {
          id: 'always-95',
          text: 'LoRA always reaches exactly 95 % of full fine-tuning’s quality',
          correct: false,
          why: '“95% of the quality” is the module’s rule of thumb, not a measurement: the gap depends on the task, from none to large.',
        },
        {
          id: 'always-better',
          text: 'LoRA is better on every task because it forgets less',
          correct: false,
          why: 'Forgetting less is real, but it comes with learning less on hard new tasks such as code and math.',
        },
      ],
    },
  ],
};

export default questions;
