/** T1.4 LoRA & QLoRA: what really fits a card, and the module's figures the site corrects. */
import {memoryConstants as C} from '@site/src/data/memoryConstants';
import {gpuFitQuestion} from '../loraQuestions';
import {links} from '../links';
import type {SectionQuestions} from '../types';

// Full fine-tuning with mixed-precision AdamW, per trained parameter: 16-bit weight and gradient, fp32 master copy, two fp32 moments.
const fullBytesPerParam = 2 * C.bytes16bit.value + C.masterWeightBytes.value + C.adamwStateBytes.value;
const params70b = 70e9;
const terabytes = (bytes: number) => bytes / 1e12;

const questions: SectionQuestions = {
  section: 'lora-qlora',
  questions: [
    gpuFitQuestion({
      id: 'qlora-70b-seq-4096',
      prompt:
        'QLoRA of Llama 3.1 70B at sequence length 4,096 (rank 8 on q and v, micro-batch 1, gradient checkpointing, double quantization, AdamW). Which of these GPUs hold it on one card by the calculator’s estimate? Select all that apply.',
      query: 'model=llama-3.1-70b&rank=8&targets=q,v&seq=4096&batch=1&gc=1&dq=1&precision=bf16&optimizer=adamw&gpu=a100-80&method=qlora',
      method: 'qlora',
      gpuIds: ['rtx-4090', 'a100-40', 'l40s', 'a100-80', 'h100-80'],
      learnMore: links.qloraMemoryCorrection,
      correction: {moduleSays: 'QLoRA: 70B in 4-bit + 0.1B trained = ~35 GB + ~200 MB', link: links.qloraMemoryCorrection},
    }),
    {
      kind: 'single',
      id: 'seventy-b-on-one-a100',
      prompt: 'T1.4 says that after LoRA you can “fine-tune 70B on a single A100”. Which is right?',
      learnMore: links.lora70bCorrection,
      correction: {moduleSays: 'After LoRA: … Fine-tune 70B on a single A100.', link: links.lora70bCorrection},
      options: [
        {
          id: 'qlora-only',
          text: 'Only QLoRA does it, on an 80 GB A100: plain LoRA keeps the 70B base in 16-bit, about 140 GB',
          correct: true,
          why: 'The frozen 16-bit base alone is 70B × 2 bytes = 140 GB, past the largest A100’s 80 GB; in 4-bit it is about 35–40 GB, which one 80 GB card holds. The module’s own arithmetic agrees: LoRA 4x A100, QLoRA 1x.',
        },
        {
          id: 'lora-fits',
          text: 'Plain LoRA fits, because only 0.1B parameters are trained',
          correct: false,
          why: 'Training few parameters shrinks gradients and optimizer state, but the frozen base still has to sit in memory: 140 GB in 16-bit.',
        },
        {
          id: 'any-a100',
          text: 'QLoRA fits on any A100, 40 GB included',
          correct: false,
          why: 'The 4-bit weights with their block constants are about 36–40 GB before adapters, activations and overhead: a 40 GB card is too tight.',
          learnMore: links.qloraMemoryCorrection,
        },
        {
          id: 'neither',
          text: 'Neither: 70B always needs several GPUs',
          correct: false,
          why: 'QLoRA was made for exactly this: the QLoRA paper fine-tunes a 65B model on one 48 GB GPU.',
          learnMore: links.qloraMemoryCorrection,
        },
      ],
    },
    {
      kind: 'numeric',
      id: 'full-fine-tuning-terabytes',
      prompt:
        'Full fine-tuning with mixed-precision AdamW keeps a 16-bit weight and gradient, an fp32 master copy and two fp32 Adam moments for every parameter. How many terabytes is that for a 70B model, before activations? Within 0.05 TB counts as right.',
      learnMore: links.fullMemoryCorrection,
      correction: {moduleSays: 'Full Fine-Tuning: 70B × 2 bytes (FP16) = 140 GB VRAM → Need 32x A100', link: links.fullMemoryCorrection},
      answer: terabytes(params70b * fullBytesPerParam),
      tolerance: {kind: 'absolute', value: 0.05},
      unit: 'TB',
      decimals: 2,
      working:
        `2 × ${C.bytes16bit.value} bytes (16-bit weight and gradient) + ${C.masterWeightBytes.value} (fp32 master copy) + ${C.adamwStateBytes.value} (Adam’s two fp32 moments) = ` +
        `${fullBytesPerParam} bytes per parameter; 70 × 10⁹ × ${fullBytesPerParam} bytes = ${terabytes(params70b * fullBytesPerParam).toFixed(2)} TB. ` +
        'The module’s 140 GB is the 16-bit weights alone; the full state needs 16 or more 80 GB A100s, so “32x” is plausible for it, not for 140 GB.',
      mistakes: [
        {value: terabytes(params70b * C.bytes16bit.value), why: 'That is the module’s 140 GB: the 16-bit weights alone, without gradients or optimizer state.'},
        {value: terabytes(params70b * 2 * C.bytes16bit.value), why: 'That counts weights and gradients but not the fp32 master copy and Adam’s two moments, which are most of it.'},
      ],
    },
    {
      kind: 'single',
      id: 'lora-year',
      prompt: 'T1.4 opens with “Before LoRA (2023)”. Which dates are right?',
      learnMore: links.loraYearCorrection,
      correction: {moduleSays: 'Before LoRA (2023)', link: links.loraYearCorrection},
      options: [
        {
          id: 'lora-2021',
          text: 'LoRA in 2021 (Hu et al.), QLoRA in 2023 (Dettmers et al.)',
          correct: true,
          why: 'LoRA: arXiv 2106.09685, June 2021. The 2023 paper is QLoRA (arXiv 2305.14314), which brought the largest open models down to one GPU.',
        },
        {
          id: 'lora-2023',
          text: 'LoRA in 2023, QLoRA in 2024',
          correct: false,
          why: 'That shifts both by the module’s mistake: LoRA is from 2021 and QLoRA from 2023.',
        },
        {
          id: 'both-2023',
          text: 'Both in 2023',
          correct: false,
          why: 'QLoRA is from 2023, but it built on LoRA, which appeared two years earlier, in 2021.',
        },
        {
          id: 'lora-2019',
          text: 'LoRA in 2019, QLoRA in 2021',
          correct: false,
          why: 'Both are two years too early: LoRA 2021, QLoRA 2023.',
        },
      ],
    },
    {
      kind: 'single',
      id: 'rank-alpha-lr',
      prompt: 'You start a LoRA run at rank 16, as T1.4’s best practices suggest. Which alpha and learning rate do they go with?',
      learnMore: links.loraBestPractices,
      options: [
        {
          id: 'alpha32-lr2e-4',
          text: 'alpha 32, learning rate 2e-4',
          correct: true,
          why: 'alpha = 2 × rank gives 32 for r = 16, and 1e-4 to 2e-4 is the recommended range: lower than full fine-tuning, to avoid instability.',
        },
        {
          id: 'alpha16-lr1e-3',
          text: 'alpha 16, learning rate 1e-3',
          correct: false,
          why: 'alpha = rank halves the adapter’s scaling against the rule (alpha = 2 × rank), and 1e-3 is five times the top of the recommended 1e-4 to 2e-4.',
        },
        {
          id: 'alpha32-lr2e-6',
          text: 'alpha 32, learning rate 2e-6',
          correct: false,
          why: 'The alpha is right, but 2e-6 is a hundred times below the recommended 1e-4 to 2e-4: the adapters would barely move.',
        },
        {
          id: 'alpha128-lr2e-4',
          text: 'alpha 128, learning rate 2e-4',
          correct: false,
          why: 'The learning rate is in range, but alpha = 8 × rank scales the adapter’s output four times past the module’s rule of 2 × rank.',
        },
      ],
    },
  ],
};

export default questions;
