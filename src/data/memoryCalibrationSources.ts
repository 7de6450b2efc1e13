/**
 * Where each calibration run of memoryCalibration.ts comes from: the line its measurement is quoted from, the
 * files its configuration is read from, and how every detail the source does not state was chosen. Also the
 * published runs that were looked at and left out, each with the reason. Only the page's table loads this file.
 */
import type {Framework} from './memoryCalibration';

export interface SourceLine {
  /** GitHub owner/name. */
  repo: string;
  path: string;
  /** Full commit hash the quote was read at. */
  commit: string;
  /** The line, as published. */
  quote: string;
}

export interface RunSource {
  measurement: SourceLine;
  /** Files the configuration is read from (config, recipe, the code that prints the figure). */
  configuration: readonly {repo: string; path: string; commit: string; what: string}[];
  /** How each detail the source does not state was chosen, and what the calculator models differently. */
  assumptions: readonly string[];
}

const LITGPT = 'Lightning-AI/litgpt';
const LITGPT_RT_COMMIT = 'e567dbe8e5d3125af918550254258008b9228a71';
// The code version the resource tables state ("LitGPT version: commit 8641822").
const LITGPT_2023 = '8641822b3249bb94f068c254aa5d13decbc9f0a0';
const LITGPT_HUB_APRIL = '5895df1004c3d05ef69f7aeffcfee757dbc42d58';
const LITGPT_HUB_JULY = 'fd71063ce749008f77a991e07879d35d8d4ba4ed';
const TORCHTUNE = 'pytorch/torchtune';
const TORCHTUNE_LORA_TUTORIAL = 'ff594c23113891c99050f730c6be0aeacf511b2f';
const TORCHTUNE_LLAMA3_TUTORIAL = '20747cd87ba803d514d5d3d57e90fcfb059ecf56';
const PEFT = 'huggingface/peft';
const PEFT_RESULTS = '51c2ff666b142d004c12609c9686cf17ca055751';
const PEFT_DEFAULTS = 'cc8973120a49336993723084f5b918c5baafd512';

const litgpt2023Config = [
  {repo: LITGPT, path: 'finetune/lora.py', commit: LITGPT_2023, what: 'lora_r = 8, lora_alpha = 16, lora_dropout = 0.05, q and v only; bnb.optim.PagedAdamW when quantized; logits in chunks of 128 tokens with chunked_cross_entropy; the first batch holds the longest sample; "Memory used" = torch.cuda.max_memory_allocated() / 1e9'},
] as const;

const litgpt2023Assumptions = [
  'Sequence length 1,304 tokens: the table states the longest Alpaca sample is 1,304 tokens with the Llama 2 tokenizer, and finetune/lora.py puts it in the first batch (get_batch forces longest_seq_ix) and pads the batch to it.',
  'bf16-true: the adapters and their AdamW moments are bf16 (trained weights in 16-bit).',
  'LitGPT adapts q and v inside one fused qkv layer and applies dropout once for both; the calculator counts one dropout copy per adapted layer, as PEFT does (0.5 GB more for 7B at 1,304 tokens).',
  'Lit-GPT’s RMSNorm of October 2023 keeps its bf16 input rather than an fp32 copy; the calculator counts the fp32 copy of transformers, torchtune and later LitGPT.',
] as const;

const litgptQloraNotes = [
  'bitsandbytes 0.41.1 (stated in the table) keeps every 4-bit layer’s input until the backward pass.',
  'Fabric’s bitsandbytes plugin also quantizes the output head; the calculator keeps it in 16-bit as PEFT does. The two effects nearly cancel: 0.2 GB more weights, 0.17 GB less dequantization buffer for Llama 2 7B.',
] as const;

const litgptHub2024Assumptions = [
  'Sequence length 512: max_seq_length in the config; Alpaca2k has samples longer than that, so batches padded to 512 tokens occur and set the peak.',
  'bf16-true: the adapters and their AdamW moments are bf16 (trained weights in 16-bit).',
  'LitGPT adapts q and v inside one fused qkv layer and applies dropout once for both; the calculator counts one dropout copy per adapted layer, as PEFT does.',
] as const;

const litgptHubQloraNotes = [
  'bitsandbytes 0.42.0 (pinned in pyproject.toml) keeps every 4-bit layer’s input until the backward pass.',
  'Fabric’s bitsandbytes plugin also quantizes the output head; the calculator keeps it in 16-bit as PEFT does (the 16-bit head and the smaller dequantization buffer nearly cancel).',
] as const;

function litgptRt(row: string): RunSource {
  return {
    measurement: {repo: LITGPT, path: 'tutorials/resource-tables.md', commit: LITGPT_RT_COMMIT, quote: row},
    configuration: litgpt2023Config,
    assumptions: row.includes('bnb.') ? [...litgpt2023Assumptions, ...litgptQloraNotes] : litgpt2023Assumptions,
  };
}

function litgptHub(row: string, commit: string, config: string): RunSource {
  return {
    measurement: {repo: LITGPT, path: 'config_hub/finetune/README.md', commit, quote: row},
    configuration: [
      {repo: LITGPT, path: `config_hub/finetune/${config}`, commit, what: 'precision bf16-true, lora_r 32, lora_alpha 16, lora_dropout 0.05, q and v, max_seq_length 512, micro_batch_size, AdamW'},
      {repo: LITGPT, path: 'litgpt/finetune/lora.py', commit, what: 'lm_head_chunk_size=128 with chunked_cross_entropy; PagedAdamW when quantized; "Memory used" = torch.cuda.max_memory_allocated() / 1e9'},
      {repo: LITGPT, path: 'pyproject.toml', commit, what: 'bitsandbytes==0.42.0'},
    ],
    assumptions: config.endsWith('qlora.yaml') ? [...litgptHub2024Assumptions, ...litgptHubQloraNotes] : litgptHub2024Assumptions,
  };
}

const torchtuneAssumptions = [
  'Sequence length 512: alpaca_cleaned_dataset truncates at max_seq_len = 512 and batches are padded to their longest sample; the peak is taken at 512 × 2.',
  'The model and adapters are bf16 (dtype: bf16), so AdamW keeps bf16 moments; the LoRA builders’ default dropout is 0.05.',
] as const;

function torchtuneLora2024(row: string, config: string): RunSource {
  return {
    measurement: {repo: TORCHTUNE, path: 'docs/source/tutorials/lora_finetune.rst', commit: TORCHTUNE_LORA_TUTORIAL, quote: row},
    configuration: [
      {repo: TORCHTUNE, path: 'recipes/configs/llama2/7B_lora_single_device.yaml', commit: TORCHTUNE_LORA_TUTORIAL, what: config},
      {repo: TORCHTUNE, path: 'torchtune/utils/memory.py', commit: TORCHTUNE_LORA_TUTORIAL, what: 'memory_stats_log: torch.cuda.max_memory_reserved(device) / 1e9 (the QLoRA tutorial of the same day names the column “Peak memory reserved, training”)'},
    ],
    assumptions: row.includes('all layers')
      ? [
          ...torchtuneAssumptions,
          '“All layers” includes the output projection; the calculator does not adapt the head: r·(4,096 + 32,000) more parameters, 2.3 MB (r 8) or 18.5 MB (r 64) with gradients and moments.',
        ]
      : torchtuneAssumptions,
  };
}

function peftRun(file: string, quote: string, experiment: string): RunSource {
  return {
    measurement: {repo: PEFT, path: `method_comparison/MetaMathQA/results/${file}`, commit: PEFT_RESULTS, quote},
    configuration: [
      {repo: PEFT, path: 'method_comparison/MetaMathQA/default_training_params.json', commit: PEFT_DEFAULTS, what: 'Llama 3.2 3B, bfloat16, max_seq_length 768, batch_size 4, use_gc false, AdamW, autocast_adapter_dtype true (fp32 adapters)'},
      {repo: PEFT, path: `method_comparison/MetaMathQA/experiments/lora/${experiment}/adapter_config.json`, commit: PEFT_RESULTS, what: 'r, lora_alpha, target_modules, lora_dropout 0.0'},
      {repo: PEFT, path: 'method_comparison/MetaMathQA/run.py', commit: PEFT_RESULTS, what: 'memory_reserved() logged after every training step, empty_cache() every 10 steps; accelerator_memory_reserved_99th is the 99th percentile of those logs (evaluation is excluded)'},
    ],
    assumptions: [
      'Sequence length 768 × 4: max_seq_length is 768 and data.py filters MetaMathQA to texts of at most 1,300 characters, a limit chosen so the longest texts stay within 768 tokens; the 99th percentile of 5,000 steps of bucketed, length-sorted batches is set by the longest batches. 768 is the upper bound, so this assumption errs high.',
      'Bytes as published; 1 GB = 10⁹ bytes.',
    ],
  };
}

export const calibrationSources: Readonly<Record<string, RunSource>> = {
  'litgpt-rt-llama2-7b-lora-b1': litgptRt('| 7 B   | Llama 2        | None         | 1               | 4,194,304            | 21.30 GB    | 2.36 min           |'),
  'litgpt-rt-llama2-7b-lora-b2': litgptRt('| 7 B   | Llama 2        | None         | 2               | 4,194,304            | 29.07 GB    | 2.52 min           |'),
  'litgpt-rt-llama2-7b-qlora-nf4': litgptRt('| 7 B   | Llama 2        | bnb.nf4      | 1               | 4,194,304            | 14.14 GB    | 3.68 min           |'),
  'litgpt-rt-llama2-7b-qlora-nf4dq': litgptRt('| 7 B   | Llama 2        | bnb.nf4-dq   | 1               | 4,194,304            | 13.84 GB    | 3.83 min           |'),
  'litgpt-rt-llama2-13b-lora-b1': litgptRt('| 13 B  | Llama 2        | None         | 1               | 6,553,600            | 38.12 GB    | 3.19 min           |'),
  'litgpt-rt-llama2-13b-qlora-nf4': litgptRt('| 13 B  | Llama 2        | bnb.nf4      | 1               | 6,553,600            | 23.14 GB    | 6.38 min           |'),
  'litgpt-rt-llama2-13b-qlora-nf4dq': litgptRt('| 13 B  | Llama 2        | bnb.nf4-dq   | 1               | 6,553,600            | 22.55 GB    | 6.55 min           |'),
  'litgpt-hub-llama2-7b-lora': litgptHub(
    '| llama-2-7b/lora.yaml              | llama-2-7b             | 4      | 512            | 2                | 1xA10G  | 32.82 min        | $1.0 | 19.77 GB    | 0.802           | 2.230                 | 40.3%           |',
    LITGPT_HUB_APRIL,
    'llama-2-7b/lora.yaml',
  ),
  'litgpt-hub-llama2-7b-qlora': litgptHub(
    '| llama-2-7b/qlora.yaml             | llama-2-7b             | 4      | 512            | 2                | 1xA10G  | 45.67 min        | $1.4 | 13.68 GB    | 0.814           | 2.258                 | 38.6%           |',
    LITGPT_HUB_APRIL,
    'llama-2-7b/qlora.yaml',
  ),
  'litgpt-hub-llama31-8b-lora': litgptHub(
    '| llama-3.1-8b/lora.yaml            | llama-3.1-8b           | 2      | 512            | 1                | 1xA10G  | 13.36 min        | $1.1 | 19.73 GB    | 0.878           | 2.406                 | xx.xx           |',
    LITGPT_HUB_JULY,
    'llama-3.1-8b/lora.yaml',
  ),
  'litgpt-hub-llama31-8b-qlora': litgptHub(
    '| llama-3.1-8b/qlora.yaml           | llama-3.1-8b           | 2      | 512            | 2                | 1xA10G  | 21.81 min        | $0.7 | 17.41 GB    | 0.928           | 2.529                 | xx.xx           |',
    LITGPT_HUB_JULY,
    'llama-3.1-8b/qlora.yaml',
  ),
  'litgpt-hub-mistral-7b-lora': litgptHub(
    '| mistral-7b/lora.yaml              | mistral-7b             | 4      | 512            | 2                | 1xA10G  | 31.01 min        | $0.9 | 20.66 GB    | 0.794           | 2.211                 | 57.9%           |',
    LITGPT_HUB_APRIL,
    'mistral-7b/lora.yaml',
  ),
  'litgpt-hub-mistral-7b-qlora': litgptHub(
    '| mistral-7b/qlora.yaml             | mistral-7b             | 4      | 512            | 2                | 1xA10G  | 44.75 min        | $1.3 | 14.29 GB    | 0.803           | 2.231                 | 57.9%           |',
    LITGPT_HUB_APRIL,
    'mistral-7b/qlora.yaml',
  ),
  'torchtune-llama2-7b-lora-qv-r8': torchtuneLora2024(
    '   * - Q and V only\n     - 8\n     - 16\n     - **15.57 GB**\n     - 0.475',
    'lora_attn_modules q_proj, v_proj; lora_rank 8, lora_alpha 16; batch_size 2; AdamW; torch.nn.CrossEntropyLoss; enable_activation_checkpointing: True; dtype: bf16',
  ),
  'torchtune-llama2-7b-lora-all-r8': torchtuneLora2024(
    '   * - all layers\n     - 8\n     - 16\n     - 15.87 GB\n     - 0.508',
    'as the tutorial changes it: lora_attn_modules q_proj, k_proj, v_proj, output_proj; apply_lora_to_mlp: True; apply_lora_to_output: True; the rest as the default config',
  ),
  'torchtune-llama2-7b-lora-qv-r64': torchtuneLora2024(
    '   * - Q and V only\n     - 64\n     - 128\n     - 15.86 GB\n     - 0.504',
    'lora_attn_modules q_proj, v_proj with lora_rank 64, lora_alpha 128; the rest as the default config',
  ),
  'torchtune-llama2-7b-lora-all-r64': torchtuneLora2024(
    '   * - all layers\n     - 64\n     - 128\n     - 17.04 GB\n     - **0.514**',
    'all layers (attention, MLP and output) with lora_rank 64, lora_alpha 128; the rest as the default config',
  ),
  'torchtune-llama3-8b-lora-qv-r8': {
    measurement: {
      repo: TORCHTUNE,
      path: 'docs/source/tutorials/llama3.rst',
      commit: TORCHTUNE_LLAMA3_TUTORIAL,
      quote: 'In our experiments, we observed a peak memory usage of 18.5 GB. The default config can be trained on a consumer GPU with 24 GB VRAM.',
    },
    configuration: [
      {repo: TORCHTUNE, path: 'recipes/configs/llama3/8B_lora_single_device.yaml', commit: TORCHTUNE_LLAMA3_TUTORIAL, what: 'lora_attn_modules q_proj, v_proj; lora_rank 8, lora_alpha 16; batch_size 2; AdamW; torch.nn.CrossEntropyLoss; enable_activation_checkpointing: True; dtype: bf16'},
      {repo: TORCHTUNE, path: 'torchtune/utils/memory.py', commit: TORCHTUNE_LLAMA3_TUTORIAL, what: 'memory_stats_log, in GB = 10⁹ bytes'},
    ],
    assumptions: [
      ...torchtuneAssumptions,
      'Statistic not stated: taken as reserved, the figure torchtune’s tutorials of the same week report as peak memory.',
      'Llama 3 8B has Llama 3.1 8B’s architecture (the calculator’s preset); they differ only in RoPE scaling, which changes no memory.',
    ],
  },
  'peft-llama32-3b-lora-qv-r32': peftRun('lora--llama-3.2-3B-rank32.json', '"accelerator_memory_reserved_99th": 20120076288,', 'llama-3.2-3B-rank32'),
  'peft-llama32-3b-lora-qv-r64': peftRun('lora--llama-3.2-3B-rank64.json', '"accelerator_memory_reserved_99th": 20369637376,', 'llama-3.2-3B-rank64'),
  'peft-llama32-3b-lora-mlp-r10': peftRun(
    'lora--llama-3.2-3B-rank10-target-mlp.json',
    '"accelerator_memory_reserved_99th": 22064136192,',
    'llama-3.2-3B-rank10-target-mlp',
  ),
};

/** Published runs looked at and not used, with the reason: none is left out for its error. */
export interface ExcludedRun {
  what: string;
  framework: Framework | 'Unsloth' | 'Answer.AI fsdp_qlora';
  where: {repo: string; path: string; commit: string};
  reason: string;
}

export const excludedRuns: readonly ExcludedRun[] = [
  {
    what: 'Llama 3.2 1B and 3B, LoRA and QLoRA (4.49, 5.53, 9.67 and 10.30 GB)',
    framework: 'LitGPT',
    where: {repo: LITGPT, path: 'config_hub/finetune/README.md', commit: '00af8b0d9b43eaa3f8c812e3e8bd53ef38cbb49d'},
    reason: 'LitGPT’s Llama 3.2 configuration (litgpt/config.py at that commit) has no tied embeddings, so it trains with a separate output head: a model the calculator does not offer.',
  },
  {
    what: 'Full fine-tuning rows (Llama 3.2 1B: 8.70 GB at micro-batch 4; Llama 3.2 3B: 16.51 GB)',
    framework: 'LitGPT',
    where: {repo: LITGPT, path: 'config_hub/finetune/README.md', commit: '00af8b0d9b43eaa3f8c812e3e8bd53ef38cbb49d'},
    reason: 'Below the floor of the run’s own weights, gradients and AdamW moments (1.5 billion parameters × 8 bytes = 12 GB for Llama 3.2 1B with LitGPT’s untied head), so the figure cannot be the peak of the run as configured.',
  },
  {
    what: 'QLoRA, Llama 2 7B: 9.29 GB peak reserved in training',
    framework: 'torchtune',
    where: {repo: TORCHTUNE, path: 'docs/source/tutorials/qlora_finetune.rst', commit: TORCHTUNE_LORA_TUTORIAL},
    reason: 'The same table shows 9.13 GB reserved at model initialisation: the peak was set while loading (the model was built in bf16 on the GPU and quantized layer by layer), not by training.',
  },
  {
    what: 'Llama 3.1 8B on an RTX 4090 (LoRA 16.2 GiB, QLoRA 7.4 GiB) and the Llama 3.2 3B optimization-flags table',
    framework: 'torchtune',
    where: {repo: TORCHTUNE, path: 'README.md', commit: '1814feb17a9038e1a8053ce93111bd26774a8db6'},
    reason: 'torch.compile is on (it changes which tensors are kept) and, for the flags table’s LoRA and QLoRA rows, activation offloading; the 8B table does not say which statistic it reports.',
  },
  {
    what: 'Full fine-tuning of Llama 3.2 3B (37.3 GB reserved, 99th percentile)',
    framework: 'Hugging Face PEFT',
    where: {repo: PEFT, path: 'method_comparison/MetaMathQA/results/full-finetuning--llama-3.2-3B-lr_0.00001.json', commit: PEFT_RESULTS},
    reason: 'One micro-batch per optimizer step with zero_grad(set_to_none=True): the gradients appear while the activations are freed, never beside all of them. The calculator counts all gradients beside all activations, as with gradient accumulation.',
  },
  {
    what: 'Llama 3.1 8B and Llama 3.3 70B maximum context lengths (Unsloth and Hugging Face + FA2)',
    framework: 'Unsloth',
    where: {repo: 'unslothai/unsloth', path: 'README.md', commit: 'e3162dc5bf88bf4c2b598c74cbcaba0706c4067b'},
    reason: 'Each figure is the longest context that fits a given amount of memory, not a measured peak, and the Hugging Face baseline’s checkpointing, optimizer and library versions are not stated. Unsloth’s own column also offloads activations to CPU memory.',
  },
  {
    what: 'Llama 2 7B, Yi 34B and Llama 2 70B with FSDP (including its DDP mode) on two RTX 3090s',
    framework: 'Answer.AI fsdp_qlora',
    where: {repo: 'AnswerDotAI/fsdp_qlora', path: 'benchmarks_03_2024.md', commit: 'e877dda5026dfd964cccdb92a4532da587cbdae0'},
    reason: 'Multi-GPU runs: they wait for the strategies (DDP, ZeRO, FSDP) the calculator does not model yet.',
  },
];
