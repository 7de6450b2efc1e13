/**
 * Published, measured peak GPU memory of single-GPU fine-tuning runs: the calibration set the LoRA memory
 * calculator is held against. Each run gives the calculator settings that reproduce it, the measurement as
 * published (value, unit, which PyTorch statistic), and the line it was read from. The quotes and the longer
 * notes live in memoryCalibrationSources.ts, which only the page's table loads.
 *
 * Every setting not listed in `inputs` is the calculator's default; `assumptions` says how each detail the
 * source does not state was chosen.
 */
import type {CalculatorInputs, Method} from '@site/src/components/LoraMemoryCalculator/inputs';

export type Framework = 'LitGPT' | 'torchtune' | 'Hugging Face PEFT';

/**
 * Which peak was measured: `allocated` (torch.cuda.max_memory_allocated: live tensors) or `reserved`
 * (torch.cuda.max_memory_reserved: what the caching allocator holds). Neither includes the CUDA context.
 */
export type MeasuredStatistic = 'allocated' | 'reserved';

export interface CalibrationRun {
  id: string;
  framework: Framework;
  /** The method the run trained; the other two columns of the calculator are not compared. */
  method: Method;
  /** Short description for the table. */
  label: string;
  /** Calculator settings that reproduce the run (the rest are defaults). */
  inputs: Partial<CalculatorInputs>;
  /** The GPU the run used, as the source names it. */
  gpuAsRun: string;
  measured: {value: number; unit: 'GB' | 'GiB' | 'bytes'; statistic: MeasuredStatistic};
}

/** Bytes in one unit of a published figure: GB = 10^9 bytes, GiB = 2^30 bytes. */
export const UNIT_BYTES = {GB: 1e9, GiB: 2 ** 30, bytes: 1} as const;

export function measuredBytes(run: CalibrationRun): number {
  return run.measured.value * UNIT_BYTES[run.measured.unit];
}

// LitGPT's finetune/lora.py as it ran: bf16-true (adapters and AdamW states in bf16), LoRA dropout 0.05,
// lm_head_chunk_size=128 with chunked_cross_entropy, no gradient checkpointing, bitsandbytes before 0.44 for
// QLoRA (PagedAdamW), and `Memory used` = torch.cuda.max_memory_allocated() / 1e9.
const litgpt = {
  precision: 'bf16',
  loss: 'chunked',
  loraDropout: true,
  trainedPrecision: '16bit',
  gradientCheckpointing: false,
  targets: ['q', 'v'],
} as const satisfies Partial<CalculatorInputs>;
const litgptQlora = {...litgpt, optimizer: 'pagedadamw', oldBitsandbytes: true} as const satisfies Partial<CalculatorInputs>;

// torchtune's lora_finetune_single_device recipe in April 2024: bf16 model and adapters (AdamW states in bf16),
// LoRA dropout 0.05 (the builders' default), activation checkpointing, torch.nn.CrossEntropyLoss on full logits,
// alpaca_cleaned_dataset truncated at 512 tokens, batch size 2.
const torchtune2024 = {
  precision: 'bf16',
  optimizer: 'adamw',
  loss: 'full',
  loraDropout: true,
  trainedPrecision: '16bit',
  gradientCheckpointing: true,
  seqLength: 512,
  microBatch: 2,
  rank: 8,
  alpha: 16,
} as const satisfies Partial<CalculatorInputs>;

// PEFT's method comparison on MetaMathQA: Llama 3.2 3B in bf16, fp32 adapters (autocast_adapter_dtype), AdamW,
// batch 4, no gradient checkpointing, transformers' loss on the full logits, lora_dropout 0.0.
const peftMetaMath = {
  model: 'llama-3.2-3b',
  precision: 'bf16',
  optimizer: 'adamw',
  loss: 'full',
  loraDropout: false,
  trainedPrecision: 'fp32',
  gradientCheckpointing: false,
  seqLength: 768,
  microBatch: 4,
  gpu: 'l40s',
} as const satisfies Partial<CalculatorInputs>;

export const calibrationRuns: readonly CalibrationRun[] = [
  // LitGPT resource tables: A100-SXM4-40GB, Lit-GPT commit 8641822, PyTorch 2.1.0, bitsandbytes 0.41.1.
  {
    id: 'litgpt-rt-llama2-7b-lora-b1',
    framework: 'LitGPT',
    method: 'lora',
    label: 'Llama 2 7B LoRA r8 q,v, 1,304 tokens × 1',
    inputs: {...litgpt, model: 'llama-2-7b', rank: 8, alpha: 16, optimizer: 'adamw', seqLength: 1304, microBatch: 1, gpu: 'a100-40'},
    gpuAsRun: 'NVIDIA A100-SXM4-40GB',
    measured: {value: 21.3, unit: 'GB', statistic: 'allocated'},
  },
  {
    id: 'litgpt-rt-llama2-7b-lora-b2',
    framework: 'LitGPT',
    method: 'lora',
    label: 'Llama 2 7B LoRA r8 q,v, 1,304 tokens × 2',
    inputs: {...litgpt, model: 'llama-2-7b', rank: 8, alpha: 16, optimizer: 'adamw', seqLength: 1304, microBatch: 2, gpu: 'a100-40'},
    gpuAsRun: 'NVIDIA A100-SXM4-40GB',
    measured: {value: 29.07, unit: 'GB', statistic: 'allocated'},
  },
  {
    id: 'litgpt-rt-llama2-7b-qlora-nf4',
    framework: 'LitGPT',
    method: 'qlora',
    label: 'Llama 2 7B QLoRA (NF4) r8 q,v, 1,304 tokens × 1',
    inputs: {...litgptQlora, model: 'llama-2-7b', rank: 8, alpha: 16, doubleQuant: false, seqLength: 1304, microBatch: 1, gpu: 'a100-40'},
    gpuAsRun: 'NVIDIA A100-SXM4-40GB',
    measured: {value: 14.14, unit: 'GB', statistic: 'allocated'},
  },
  {
    id: 'litgpt-rt-llama2-7b-qlora-nf4dq',
    framework: 'LitGPT',
    method: 'qlora',
    label: 'Llama 2 7B QLoRA (NF4, double quant.) r8 q,v, 1,304 tokens × 1',
    inputs: {...litgptQlora, model: 'llama-2-7b', rank: 8, alpha: 16, doubleQuant: true, seqLength: 1304, microBatch: 1, gpu: 'a100-40'},
    gpuAsRun: 'NVIDIA A100-SXM4-40GB',
    measured: {value: 13.84, unit: 'GB', statistic: 'allocated'},
  },
  {
    id: 'litgpt-rt-llama2-13b-lora-b1',
    framework: 'LitGPT',
    method: 'lora',
    label: 'Llama 2 13B LoRA r8 q,v, 1,304 tokens × 1',
    inputs: {...litgpt, model: 'llama-2-13b', rank: 8, alpha: 16, optimizer: 'adamw', seqLength: 1304, microBatch: 1, gpu: 'a100-40'},
    gpuAsRun: 'NVIDIA A100-SXM4-40GB',
    measured: {value: 38.12, unit: 'GB', statistic: 'allocated'},
  },
  {
    id: 'litgpt-rt-llama2-13b-qlora-nf4',
    framework: 'LitGPT',
    method: 'qlora',
    label: 'Llama 2 13B QLoRA (NF4) r8 q,v, 1,304 tokens × 1',
    inputs: {...litgptQlora, model: 'llama-2-13b', rank: 8, alpha: 16, doubleQuant: false, seqLength: 1304, microBatch: 1, gpu: 'a100-40'},
    gpuAsRun: 'NVIDIA A100-SXM4-40GB',
    measured: {value: 23.14, unit: 'GB', statistic: 'allocated'},
  },
  {
    id: 'litgpt-rt-llama2-13b-qlora-nf4dq',
    framework: 'LitGPT',
    method: 'qlora',
    label: 'Llama 2 13B QLoRA (NF4, double quant.) r8 q,v, 1,304 tokens × 1',
    inputs: {...litgptQlora, model: 'llama-2-13b', rank: 8, alpha: 16, doubleQuant: true, seqLength: 1304, microBatch: 1, gpu: 'a100-40'},
    gpuAsRun: 'NVIDIA A100-SXM4-40GB',
    measured: {value: 22.55, unit: 'GB', statistic: 'allocated'},
  },

  // LitGPT config hub: 1 × A10G (24 GB), Alpaca2k, max_seq_length 512, bitsandbytes 0.42.0.
  {
    id: 'litgpt-hub-llama2-7b-lora',
    framework: 'LitGPT',
    method: 'lora',
    label: 'Llama 2 7B LoRA r32 q,v, 512 tokens × 2',
    inputs: {...litgpt, model: 'llama-2-7b', rank: 32, alpha: 16, optimizer: 'adamw', seqLength: 512, microBatch: 2, gpu: 'a10'},
    gpuAsRun: 'NVIDIA A10G (24 GB)',
    measured: {value: 19.77, unit: 'GB', statistic: 'allocated'},
  },
  {
    id: 'litgpt-hub-llama2-7b-qlora',
    framework: 'LitGPT',
    method: 'qlora',
    label: 'Llama 2 7B QLoRA (NF4) r32 q,v, 512 tokens × 2',
    inputs: {...litgptQlora, model: 'llama-2-7b', rank: 32, alpha: 16, doubleQuant: false, seqLength: 512, microBatch: 2, gpu: 'a10'},
    gpuAsRun: 'NVIDIA A10G (24 GB)',
    measured: {value: 13.68, unit: 'GB', statistic: 'allocated'},
  },
  {
    id: 'litgpt-hub-llama31-8b-lora',
    framework: 'LitGPT',
    method: 'lora',
    label: 'Llama 3.1 8B LoRA r32 q,v, 512 tokens × 1',
    inputs: {...litgpt, model: 'llama-3.1-8b', rank: 32, alpha: 16, optimizer: 'adamw', seqLength: 512, microBatch: 1, gpu: 'a10'},
    gpuAsRun: 'NVIDIA A10G (24 GB)',
    measured: {value: 19.73, unit: 'GB', statistic: 'allocated'},
  },
  {
    id: 'litgpt-hub-llama31-8b-qlora',
    framework: 'LitGPT',
    method: 'qlora',
    label: 'Llama 3.1 8B QLoRA (NF4) r32 q,v, 512 tokens × 2',
    inputs: {...litgptQlora, model: 'llama-3.1-8b', rank: 32, alpha: 16, doubleQuant: false, seqLength: 512, microBatch: 2, gpu: 'a10'},
    gpuAsRun: 'NVIDIA A10G (24 GB)',
    measured: {value: 17.41, unit: 'GB', statistic: 'allocated'},
  },
  {
    id: 'litgpt-hub-mistral-7b-lora',
    framework: 'LitGPT',
    method: 'lora',
    label: 'Mistral 7B LoRA r32 q,v, 512 tokens × 2',
    inputs: {...litgpt, model: 'mistral-7b', rank: 32, alpha: 16, optimizer: 'adamw', seqLength: 512, microBatch: 2, gpu: 'a10'},
    gpuAsRun: 'NVIDIA A10G (24 GB)',
    measured: {value: 20.66, unit: 'GB', statistic: 'allocated'},
  },
  {
    id: 'litgpt-hub-mistral-7b-qlora',
    framework: 'LitGPT',
    method: 'qlora',
    label: 'Mistral 7B QLoRA (NF4) r32 q,v, 512 tokens × 2',
    inputs: {...litgptQlora, model: 'mistral-7b', rank: 32, alpha: 16, doubleQuant: false, seqLength: 512, microBatch: 2, gpu: 'a10'},
    gpuAsRun: 'NVIDIA A10G (24 GB)',
    measured: {value: 14.29, unit: 'GB', statistic: 'allocated'},
  },

  // torchtune tutorials, April 2024 (memory_stats_log: torch.cuda.max_memory_reserved() / 1e9).
  {
    id: 'torchtune-llama2-7b-lora-qv-r8',
    framework: 'torchtune',
    method: 'lora',
    label: 'Llama 2 7B LoRA r8 q,v, 512 tokens × 2, checkpointing',
    inputs: {...torchtune2024, model: 'llama-2-7b', targets: ['q', 'v'], gpu: 'rtx-4090'},
    gpuAsRun: 'GPU not stated',
    measured: {value: 15.57, unit: 'GB', statistic: 'reserved'},
  },
  {
    id: 'torchtune-llama2-7b-lora-all-r8',
    framework: 'torchtune',
    method: 'lora',
    label: 'Llama 2 7B LoRA r8 all layers, 512 tokens × 2, checkpointing',
    inputs: {...torchtune2024, model: 'llama-2-7b', targets: ['q', 'k', 'v', 'o', 'gate', 'up', 'down'], gpu: 'rtx-4090'},
    gpuAsRun: 'GPU not stated',
    measured: {value: 15.87, unit: 'GB', statistic: 'reserved'},
  },
  {
    id: 'torchtune-llama2-7b-lora-qv-r64',
    framework: 'torchtune',
    method: 'lora',
    label: 'Llama 2 7B LoRA r64 q,v, 512 tokens × 2, checkpointing',
    inputs: {...torchtune2024, model: 'llama-2-7b', rank: 64, alpha: 128, targets: ['q', 'v'], gpu: 'rtx-4090'},
    gpuAsRun: 'GPU not stated',
    measured: {value: 15.86, unit: 'GB', statistic: 'reserved'},
  },
  {
    id: 'torchtune-llama2-7b-lora-all-r64',
    framework: 'torchtune',
    method: 'lora',
    label: 'Llama 2 7B LoRA r64 all layers, 512 tokens × 2, checkpointing',
    inputs: {...torchtune2024, model: 'llama-2-7b', rank: 64, alpha: 128, targets: ['q', 'k', 'v', 'o', 'gate', 'up', 'down'], gpu: 'rtx-4090'},
    gpuAsRun: 'GPU not stated',
    measured: {value: 17.04, unit: 'GB', statistic: 'reserved'},
  },
  {
    id: 'torchtune-llama3-8b-lora-qv-r8',
    framework: 'torchtune',
    method: 'lora',
    label: 'Llama 3 8B LoRA r8 q,v, 512 tokens × 2, checkpointing',
    inputs: {...torchtune2024, model: 'llama-3.1-8b', targets: ['q', 'v'], gpu: 'rtx-4090'},
    gpuAsRun: 'GPU not stated',
    measured: {value: 18.5, unit: 'GB', statistic: 'reserved'},
  },

  // Hugging Face PEFT method comparison (MetaMathQA), NVIDIA L40S, transformers 5.13, PEFT 0.19.2.dev0, torch 2.13.
  {
    id: 'peft-llama32-3b-lora-qv-r32',
    framework: 'Hugging Face PEFT',
    method: 'lora',
    label: 'Llama 3.2 3B LoRA r32 q,v, up to 768 tokens × 4',
    inputs: {...peftMetaMath, rank: 32, alpha: 64, targets: ['q', 'v']},
    gpuAsRun: 'NVIDIA L40S (48 GB)',
    measured: {value: 20_120_076_288, unit: 'bytes', statistic: 'reserved'},
  },
  {
    id: 'peft-llama32-3b-lora-qv-r64',
    framework: 'Hugging Face PEFT',
    method: 'lora',
    label: 'Llama 3.2 3B LoRA r64 q,v, up to 768 tokens × 4',
    inputs: {...peftMetaMath, rank: 64, alpha: 128, targets: ['q', 'v']},
    gpuAsRun: 'NVIDIA L40S (48 GB)',
    measured: {value: 20_369_637_376, unit: 'bytes', statistic: 'reserved'},
  },
  {
    id: 'peft-llama32-3b-lora-mlp-r10',
    framework: 'Hugging Face PEFT',
    method: 'lora',
    label: 'Llama 3.2 3B LoRA r10 gate,up,down, up to 768 tokens × 4',
    inputs: {...peftMetaMath, rank: 10, alpha: 20, targets: ['gate', 'up', 'down']},
    gpuAsRun: 'NVIDIA L40S (48 GB)',
    measured: {value: 22_064_136_192, unit: 'bytes', statistic: 'reserved'},
  },
];
