/**
 * Published peak memory per GPU of multi-GPU fine-tuning runs, for the memory
 * estimate's calibration (DDP, FSDP/ZeRO-3 and CPU offload). Each point gives
 * its configuration as the source states it and where it was published
 * (repository, path, commit, quoted line). Collected beside the throughput set;
 * the memory estimate's tests decide how to use them.
 *
 * Units: torchtune's table and Answer.AI's both print GiB (2^30 bytes);
 * `measuredGB` converts to the site's GB (10^9 bytes).
 */
import type {TargetModule} from '@site/src/components/LoraMemoryCalculator/loraMath';

export interface MultiGpuMemoryPoint {
  id: string;
  source: 'torchtune' | 'answerai-fsdp-qlora';
  /** A calculator preset id where the model is one, else the model's name. */
  model: string;
  presetId?: string;
  method: 'full' | 'lora' | 'qlora';
  lora?: {rank: number; targets: readonly TargetModule[]};
  sequenceLength: number;
  /** Sequences per micro-step and GPU. */
  microBatch: number;
  checkpointing: boolean;
  gpus: number;
  gpuName: string;
  /** `ddp`: every card holds everything; `zero3`: FSDP full shard. */
  strategy: 'ddp' | 'zero3';
  /** FSDP CPU offload: weights and gradients (and so the optimizer step) on the CPU. */
  offload: 'none' | 'all';
  /** Precision, optimizer and the rest, as published. */
  settings: string;
  measuredGiB: number;
  measuredGB: number;
  /** Which peak the source reports. */
  measure: string;
  citation: {repository: string; path: string; commit: string; quote: string};
  /** Settings of the run the calculator has no control for; such a point is left out of the comparison. */
  unmodelledSettings?: string;
}

const GIB = 2 ** 30 / 1e9;

const TORCHTUNE = {repository: 'pytorch/torchtune', path: 'README.md', commit: '30b8519e86d2094879576e16ab1f8d21a6f6f9f7'};
const TT_MEASURE =
  'The README’s "Peak Memory per GPU" (the recipes log torch.cuda peak active, allocated and reserved memory; the table does not say which)';
const TT_SETTINGS =
  'bf16, batch 2 packed to 2,048 tokens (no gradient accumulation), torch.compile, activation checkpointing, chunked cross-entropy; config llama3_1/<model>_<method>.yaml at this commit';

/** What the three torchtune rows share: 8 × A100 80GB, packed to 2,048, checkpointing. */
const TT_RIG = {source: 'torchtune', sequenceLength: 2048, checkpointing: true, gpus: 8, gpuName: 'NVIDIA A100 (80 GB)', strategy: 'zero3'} as const;

const ANSWER_AI = {repository: 'AnswerDotAI/fsdp_qlora', path: 'benchmarks_03_2024.md', commit: '05ed9f2a60f96a0795cb082bceab70a9b19fd213'};
const AA_MEASURE = 'Peak reserved memory per GPU (torch.cuda.max_memory_reserved, as train.py logs it), in GiB';
const AA_SETTINGS =
  'train.py: bf16, AdamW, LoRA rank 64 on q, k, v, gate, up, down, reentrant activation checkpointing, dummy samples of exactly the context length';
const ALL_BUT_O: readonly TargetModule[] = ['q', 'k', 'v', 'gate', 'up', 'down'];

type AaRow = Pick<MultiGpuMemoryPoint, 'id' | 'model' | 'method' | 'sequenceLength' | 'microBatch' | 'strategy' | 'offload' | 'measuredGiB'> & {
  presetId?: string;
  rig: '2 × RTX 3090' | '2 × RTX 4090';
  quote: string;
};

function answerAi(row: AaRow): MultiGpuMemoryPoint {
  const {rig, quote, ...rest} = row;
  return {
    ...rest,
    source: 'answerai-fsdp-qlora',
    lora: {rank: 64, targets: ALL_BUT_O},
    checkpointing: true,
    gpus: 2,
    gpuName: rig === '2 × RTX 3090' ? 'GeForce RTX 3090 (24 GB)' : 'GeForce RTX 4090 (24 GB)',
    settings: `${AA_SETTINGS}; ${row.strategy === 'ddp' ? 'DDP (a full copy on each GPU)' : 'FSDP full shard'}${row.offload === 'all' ? ', CPU offload (--use_cpu_offload True)' : ''}`,
    measuredGB: row.measuredGiB * GIB,
    measure: AA_MEASURE,
    citation: {...ANSWER_AI, quote},
  };
}

const l2 = {model: 'Llama 2 7B', presetId: 'llama-2-7b'};

export const multiGpuMemoryCalibration: readonly MultiGpuMemoryPoint[] = [
  {
    ...TT_RIG,
    id: 'tt-70b-full-8xa100',
    model: 'Llama 3.1 70B',
    presetId: 'llama-3.1-70b',
    method: 'full',
    microBatch: 2,
    offload: 'all',
    settings: `${TT_SETTINGS}; FSDP with CPU offload and the optimizer step fused into the backward ("**= Uses CPU offload with fused optimizer")`,
    unmodelledSettings:
      'the optimizer step runs on the CPU inside the backward pass, so no gradient is held, and the embeddings and output head are sharded as units of their own (custom_sharded_layers in 70B_full.yaml): the calculator has neither setting',
    measuredGiB: 13.9,
    measuredGB: 13.9 * GIB,
    measure: TT_MEASURE,
    citation: {...TORCHTUNE, quote: '| Llama 3.1 70B | Full finetune | 8x A100  | 13.9 GiB ** | 1568  |'},
  },
  {
    ...TT_RIG,
    id: 'tt-70b-lora-8xa100',
    model: 'Llama 3.1 70B',
    presetId: 'llama-3.1-70b',
    method: 'lora',
    lora: {rank: 16, targets: ['q', 'k', 'v']},
    microBatch: 2,
    offload: 'none',
    settings: `${TT_SETTINGS}; FSDP; AdamW; LoRA rank 16 on q, k, v (70B_lora.yaml)`,
    measuredGiB: 27.6,
    measuredGB: 27.6 * GIB,
    measure: TT_MEASURE,
    citation: {...TORCHTUNE, quote: '| Llama 3.1 70B | LoRA | 8x A100 | 27.6 GiB  | 3497  |'},
  },
  {
    ...TT_RIG,
    id: 'tt-405b-qlora-8xa100',
    model: 'Llama 3.1 405B',
    method: 'qlora',
    lora: {rank: 16, targets: ['q', 'k', 'v', 'o', 'gate', 'up', 'down']},
    microBatch: 1,
    offload: 'none',
    settings: `${TT_SETTINGS.replace('batch 2', 'batch 1').replace(' (no gradient accumulation)', ', gradient accumulation 16')}; FSDP without CPU offload; NF4 base, LoRA rank 16 on every projection (405B_qlora.yaml)`,
    // The row prints "GB" where every other row prints GiB; read as GiB like the rest.
    measuredGiB: 44.8,
    measuredGB: 44.8 * GIB,
    measure: `${TT_MEASURE}; this row's unit is printed "GB", taken as GiB like the other rows`,
    citation: {...TORCHTUNE, quote: '| Llama 3.1 405B | QLoRA | 8x A100 | 44.8 GB  | 653  |'},
  },
  answerAi({id: 'aa-7b-qlora-fsdp-512', ...l2, method: 'qlora', sequenceLength: 512, microBatch: 1, strategy: 'zero3', offload: 'none', measuredGiB: 4.98, rig: '2 × RTX 3090', quote: '|   QLoRA    |      512       |       4.98        |  1,082   |'}),
  answerAi({id: 'aa-7b-qlora-fsdp-2048', ...l2, method: 'qlora', sequenceLength: 2048, microBatch: 1, strategy: 'zero3', offload: 'none', measuredGiB: 5.21, rig: '2 × RTX 3090', quote: '|   QLoRA    |      2048      |       5.21        |  1,564   |'}),
  answerAi({id: 'aa-7b-lora-fsdp-512', ...l2, method: 'lora', sequenceLength: 512, microBatch: 1, strategy: 'zero3', offload: 'none', measuredGiB: 10.24, rig: '2 × RTX 3090', quote: '|    LoRA    |      512       |       10.24       |  2,597   |'}),
  answerAi({id: 'aa-7b-lora-fsdp-2048', ...l2, method: 'lora', sequenceLength: 2048, microBatch: 1, strategy: 'zero3', offload: 'none', measuredGiB: 10.22, rig: '2 × RTX 3090', quote: '|    LoRA    |      2048      |       10.22       |  3,090   |'}),
  answerAi({id: 'aa-7b-qlora-fsdp-bs4', ...l2, method: 'qlora', sequenceLength: 2048, microBatch: 4, strategy: 'zero3', offload: 'none', measuredGiB: 11.22, rig: '2 × RTX 3090', quote: '|   QLoRA    |     4      |       11.22       |   998    |'}),
  answerAi({id: 'aa-7b-qlora-fsdp-bs10', ...l2, method: 'qlora', sequenceLength: 2048, microBatch: 10, strategy: 'zero3', offload: 'none', measuredGiB: 20.97, rig: '2 × RTX 3090', quote: '|   QLoRA    |     10     |       20.97       |   936    |'}),
  answerAi({id: 'aa-7b-lora-fsdp-bs4', ...l2, method: 'lora', sequenceLength: 2048, microBatch: 4, strategy: 'zero3', offload: 'none', measuredGiB: 16.14, rig: '2 × RTX 3090', quote: '|    LoRA    |     4      |       16.14       |  1,366   |'}),
  answerAi({id: 'aa-7b-lora-fsdp-bs6', ...l2, method: 'lora', sequenceLength: 2048, microBatch: 6, strategy: 'zero3', offload: 'none', measuredGiB: 21.35, rig: '2 × RTX 3090', quote: '|    LoRA    |     6      |       21.35       |  1,199   |'}),
  answerAi({id: 'aa-7b-qlora-ddp-bs8', ...l2, method: 'qlora', sequenceLength: 2048, microBatch: 8, strategy: 'ddp', offload: 'none', measuredGiB: 20.94, rig: '2 × RTX 3090', quote: '|   QLoRA    | True |     8      |       20.94       |   875    |'}),
  answerAi({id: 'aa-7b-lora-ddp-bs4', ...l2, method: 'lora', sequenceLength: 2048, microBatch: 4, strategy: 'ddp', offload: 'none', measuredGiB: 22.04, rig: '2 × RTX 3090', quote: '|    LoRA    | True |     4      |       22.04       |   881    |'}),
  answerAi({id: 'aa-7b-lora-offload-bs10', ...l2, method: 'lora', sequenceLength: 2048, microBatch: 10, strategy: 'zero3', offload: 'all', measuredGiB: 22.69, rig: '2 × RTX 4090', quote: '|    LoRA    |    True     | False |     10     |       22.69       |   482    |'}),
  answerAi({id: 'aa-7b-qlora-offload-bs12', ...l2, method: 'qlora', sequenceLength: 2048, microBatch: 12, strategy: 'zero3', offload: 'all', measuredGiB: 22.38, rig: '2 × RTX 4090', quote: '|   QLoRA    |    True     | False |     12     |       22.38       |   464    |'}),
  answerAi({id: 'aa-yi34b-qlora-fsdp-bs2', model: 'Yi 34B', method: 'qlora', sequenceLength: 2048, microBatch: 2, strategy: 'zero3', offload: 'none', measuredGiB: 23.05, rig: '2 × RTX 3090', quote: '|   QLoRA    |    False    |     2      |       23.05       |  5,041   |'}),
  answerAi({id: 'aa-yi34b-qlora-offload-bs4', model: 'Yi 34B', method: 'qlora', sequenceLength: 2048, microBatch: 4, strategy: 'zero3', offload: 'all', measuredGiB: 22.98, rig: '2 × RTX 3090', quote: '|   QLoRA    |    True     |     4      |       22.98       |  4,830   |'}),
  answerAi({id: 'aa-70b-qlora-offload-bs2', model: 'Llama 2 70B', presetId: 'llama-2-70b', method: 'qlora', sequenceLength: 2048, microBatch: 2, strategy: 'zero3', offload: 'all', measuredGiB: 14.92, rig: '2 × RTX 3090', quote: '|   QLoRA    |    True     |     2      |       14.92       |  11,795  |'}),
  answerAi({id: 'aa-mistral-qlora-offload-24k', model: 'Mistral 7B v0.2', presetId: 'mistral-7b', method: 'qlora', sequenceLength: 24576, microBatch: 1, strategy: 'zero3', offload: 'all', measuredGiB: 22.54, rig: '2 × RTX 4090', quote: '|   QLoRA    |    True     |     1      |     24,576     |       22.54       |  7,809   |'}),
];
