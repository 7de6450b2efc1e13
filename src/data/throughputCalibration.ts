/**
 * Published, measured fine-tuning and training runs the training-time estimate
 * is held to: each with its full configuration, the measured throughput, and
 * where it was published (repository, path, commit, the line quoted).
 * A unit test recomputes every point with the engine and bounds the error;
 * the page's "How close are these estimates?" table reads the same list.
 *
 * Four sources. Points are kept in the list when excluded, with the reason:
 *  - implied utilization above 75 % of the card's datasheet peak (counting the
 *    FLOPs the run really executes, recomputation included): the best plain
 *    matmul reaches 80–87 % on an A100 or H100, so a whole training step above
 *    75 % leaves too little for everything that is not a matmul;
 *  - CPU offload, whose transfers and CPU-side optimizer the estimate does not model;
 *  - sharded training over PCIe that the authors themselves call bandwidth-bound;
 *  - micro-steps smaller than any included run (eager PyTorch with a few hundred
 *    tokens per step waits on launching thousands of small kernels, which the
 *    estimate does not model: the PEFT LoRA runs there measure half the estimated
 *    speed; the engine flags such runs as 'small-steps').
 */
import type {GpuCompute} from './gpus';
import {gpus} from './gpus';
import {modelPresets, type ModelArchitecture} from './models';
import {mptShape, type MptSize} from './llmFoundryThroughput';
import {loraTrainableParams, TARGET_MODULES, type TargetModule} from '@site/src/components/LoraMemoryCalculator/loraMath';
import {
  computeShapeOf,
  type ComputeShape,
  type ShardingStrategy,
  type TrainingMethod,
  type TrainingOptimizer,
} from '@site/src/components/LoraMemoryCalculator/trainingTime';

export type CalibrationSource = 'llm-foundry' | 'torchtune' | 'answerai-fsdp-qlora' | 'peft-method-comparison';

export const calibrationSources: Record<CalibrationSource, {name: string; repository: string; path: string; commit: string}> = {
  'llm-foundry': {
    name: 'LLM Foundry benchmarking tables (MosaicML/Databricks)',
    repository: 'mosaicml/llm-foundry',
    path: 'scripts/train/benchmarking/README.md',
    commit: '8c8dd48f72168c5d51e2f7b151595892a8fba43d',
  },
  torchtune: {
    name: 'torchtune README (PyTorch)',
    repository: 'pytorch/torchtune',
    path: 'README.md',
    // Two tables, two commits: see each point's citation.
    commit: '30b8519e86d2094879576e16ab1f8d21a6f6f9f7',
  },
  'answerai-fsdp-qlora': {
    name: 'Answer.AI, "Benchmarking QLoRA+FSDP" (February–March 2024)',
    repository: 'AnswerDotAI/fsdp_qlora',
    path: 'benchmarks_03_2024.md',
    commit: '05ed9f2a60f96a0795cb082bceab70a9b19fd213',
  },
  'peft-method-comparison': {
    name: 'Hugging Face PEFT method comparison (MetaMathQA)',
    repository: 'huggingface/peft',
    path: 'method_comparison/MetaMathQA/results/',
    commit: '5d602fdbff04c33c1c4de55cda9d4ae1d7cb7e40',
  },
};

export type ExclusionReason = 'impossible-utilization' | 'cpu-offload' | 'interconnect-bound' | 'small-steps';

export interface ThroughputCalibrationPoint {
  id: string;
  source: CalibrationSource;
  /** The model as the source names it. */
  model: string;
  shape: ComputeShape;
  method: TrainingMethod;
  /** Adapter rank and targets, as the run's config sets them. */
  lora?: {rank: number; targets: readonly TargetModule[]};
  adapterParams: number;
  sequenceLength: number;
  microBatch: number;
  gradientAccumulation: number;
  checkpointing: boolean;
  optimizer: TrainingOptimizer;
  gpuName: string;
  gpu: GpuCompute;
  gpus: number;
  strategy: ShardingStrategy;
  /** Precision, sharding, compile, packing and the like, as published. */
  settings: string;
  measuredTokensPerSecondPerGpu: number;
  /** How the figure above follows from what was published. */
  measurement: string;
  citation: {commit: string; quote: string};
  excluded?: {reason: ExclusionReason; detail: string};
}

function presetArchitecture(id: string): ModelArchitecture {
  const preset = modelPresets.find((m) => m.id === id);
  if (!preset) throw new Error(`No model preset ${id}`);
  return preset.architecture;
}

function gpuCompute(id: string): GpuCompute {
  const gpu = gpus.find((g) => g.id === id);
  if (!gpu) throw new Error(`No GPU ${id}`);
  return gpu.compute;
}

const llamaStyle = {tiedEmbeddings: false, qkvBias: false, fusedProjections: false} as const;
/** Models of the calibration runs that are not calculator presets; shapes from each model's config.json on Hugging Face. */
const ARCH = {
  'llama-3.2-3b': {hidden: 3072, layers: 28, intermediate: 8192, heads: 24, kvHeads: 8, vocab: 128256, ...llamaStyle, tiedEmbeddings: true},
  'llama-3.1-405b': {hidden: 16384, layers: 126, intermediate: 53248, heads: 128, kvHeads: 8, vocab: 128256, ...llamaStyle},
  'yi-34b': {hidden: 7168, layers: 60, intermediate: 20480, heads: 56, kvHeads: 8, vocab: 64000, ...llamaStyle},
  'llama-2-7b': presetArchitecture('llama-2-7b'),
  'llama-2-70b': presetArchitecture('llama-2-70b'),
  'llama-3.1-8b': presetArchitecture('llama-3.1-8b'),
  'llama-3.1-70b': presetArchitecture('llama-3.1-70b'),
  // Mistral 7B v0.2 has the v0.1 shapes (a longer context and no sliding window change no weight).
  'mistral-7b': presetArchitecture('mistral-7b'),
} satisfies Record<string, ModelArchitecture>;

/**
 * Cards in the calibration runs that the calculator does not offer. Peaks from
 * the datasheets; the measured matmul rates from the same community table as
 * gpus.ts where it has the card, else the measured-to-peak ratio of the same chip.
 */
const CALIBRATION_ONLY_GPUS: Record<'rtx-a6000' | 'rtx-a5000' | 'rtx-6000-ada', GpuCompute> = {
  'rtx-a6000': {
    peakTflops: 154.8,
    peakPrecision: 'bf16',
    peakSource: 'NVIDIA RTX A6000 datasheet: "Tensor Performance 309.7 TFLOPS" (with sparsity; dense is half)',
    measuredMatmulTflops: 123.3,
    measuredMatmulSource: 'zzc0721/torch-performance-test-data, database.md (commit 9d82827): NVIDIA RTX A6000 123.34',
    memoryBandwidthGBps: 768,
    bandwidthSource: 'NVIDIA RTX A6000 datasheet: 768 GB/s',
    architecture: 'ampere',
    linkBetweenCards: 'pcie',
  },
  'rtx-a5000': {
    peakTflops: 111.1,
    peakPrecision: 'bf16',
    peakSource: 'NVIDIA RTX A5000 datasheet: "Tensor Performance 222.2 TFLOPS" (with sparsity; dense is half)',
    measuredMatmulTflops: 88.5,
    measuredMatmulSource: 'No published measurement; the RTX A6000’s measured-to-peak ratio (same GA102 chip), 123.34 / 154.8 × 111.1',
    memoryBandwidthGBps: 768,
    bandwidthSource: 'NVIDIA RTX A5000 datasheet: 768 GB/s',
    architecture: 'ampere',
    linkBetweenCards: 'pcie',
  },
  'rtx-6000-ada': {
    peakTflops: 364.2,
    peakPrecision: 'bf16',
    peakSource: 'NVIDIA RTX 6000 Ada datasheet: "1,457 AI TFLOPS" (FP8 with sparsity); bf16 dense is a quarter',
    measuredMatmulTflops: 270.8,
    measuredMatmulSource: 'No published measurement; the L40S’s measured-to-peak ratio (same AD102 chip), 269.15 / 362.05 × 364.2',
    memoryBandwidthGBps: 960,
    bandwidthSource: 'NVIDIA RTX 6000 Ada datasheet: 960 GB/s',
    architecture: 'ada',
    linkBetweenCards: 'pcie',
  },
};

const ALL_BUT_O: readonly TargetModule[] = ['q', 'k', 'v', 'gate', 'up', 'down'];
const Q_V: readonly TargetModule[] = ['q', 'v'];

/** Adapter count of a Llama-style run, exactly as the memory estimate counts it. */
function adapters(arch: ModelArchitecture, rank: number, targets: readonly TargetModule[]): number {
  return loraTrainableParams(arch, rank, targets).total;
}

type LlamaId = keyof typeof ARCH;
function llamaRun(id: LlamaId, method: TrainingMethod, lora?: {rank: number; targets: readonly TargetModule[]}) {
  const arch = ARCH[id];
  return {shape: computeShapeOf(arch), method, lora, adapterParams: lora ? adapters(arch, lora.rank, lora.targets) : 0};
}

const LF = calibrationSources['llm-foundry'].commit;
const AA = calibrationSources['answerai-fsdp-qlora'].commit;
const PEFT = calibrationSources['peft-method-comparison'].commit;

/**
 * LLM Foundry rows, chosen by a rule rather than by fit: in each of the three
 * bf16 tables of up to 64 GPUs, the 7B row at sequence 2,048 with the fewest GPUs,
 * the 7B row with the longest sequence, and the 70B row with the fewest GPUs.
 * Each point is read from the table row it quotes (columns: Model, SeqLen,
 * # GPUs, GPU, MFU, HFU, Model TFLOP, MicroBatchSize, GradAccum, GlobalBatchSize,
 * Throughput S/s, T/s, T/s/GPU, GlobalBatchSize (T), Precision, MP Mode,
 * Sharding Strategy, Activation Checkpointing, Activation CPUOffload, NumParams).
 */
const LF_GPUS = {h100_80gb: 'h100-80', a100_80gb: 'a100-80', a100_40gb: 'a100-40'} as const;

function llmFoundryRow(id: string, quote: string): ThroughputCalibrationPoint {
  const cells = quote.split('|').map((cell) => cell.trim()).slice(1, -1);
  const [size, seq, cards, gpuName, , , , micro, accum, , , , perGpu, , precision, mode, sharding, checkpointing] = cells;
  const gpu = gpus.find((g) => g.id === LF_GPUS[gpuName as keyof typeof LF_GPUS]);
  if (!gpu) throw new Error(`Unknown GPU in ${id}`);
  return {
    id,
    source: 'llm-foundry',
    model: `MPT-${size.toUpperCase()}`,
    shape: mptShape(size as MptSize),
    method: 'full',
    adapterParams: 0,
    sequenceLength: Number(seq),
    microBatch: Number(micro),
    gradientAccumulation: Number(accum),
    checkpointing: checkpointing === 'True',
    optimizer: 'adamw',
    gpuName: gpu.name,
    gpu: gpu.compute,
    gpus: Number(cards),
    strategy: 'zero3',
    settings: `${precision} (${mode} mixed precision), FSDP ${sharding}, flash attention, pre-training recipe (full training)`,
    measuredTokensPerSecondPerGpu: Number(perGpu),
    measurement: 'The table’s "Throughput (T/s/GPU)" column',
    citation: {commit: LF, quote},
  };
}

const LLM_FOUNDRY: ThroughputCalibrationPoint[] = [
  llmFoundryRow(
    'lf-h100-7b-2k',
    '|  7b | 2048 | 8 | h100_80gb | 46.44 | 46.44 | 459 | 6 | 1 | 48 | 41 | 85144 | 10643 | 98304 | amp_bf16 | DEFAULT | FULL_SHARD | False | False | 6658859008 |',
  ),
  llmFoundryRow(
    'lf-h100-7b-64k',
    '|  7b | 65536 | 8 | h100_80gb | 28.59 | 38.13 | 282 | 1 | 2 | 16 | 0 | 15654 | 1956 | 1048576 | amp_bf16 | DEFAULT | FULL_SHARD | True | False | 6918905856 |',
  ),
  llmFoundryRow(
    'lf-h100-70b',
    '|  70b | 2048 | 32 | h100_80gb | 36.15 | 48.2 | 357 | 2 | 16 | 1024 | 13 | 28242 | 882 | 2097152 | amp_bf16 | DEFAULT | FULL_SHARD | True | False | 64862437376 |',
  ),
  llmFoundryRow(
    'lf-a100-80-7b-2k',
    '|  7b | 2048 | 8 | a100_80gb | 64.23 | 64.23 | 200 | 6 | 2 | 96 | 18 | 37130 | 4641 | 196608 | amp_bf16 | DEFAULT | FULL_SHARD | False | False | 6658859008 |',
  ),
  llmFoundryRow(
    'lf-a100-80-7b-64k',
    '|  7b | 65536 | 8 | a100_80gb | 46.97 | 62.63 | 146 | 1 | 2 | 16 | 0 | 8108 | 1013 | 1048576 | amp_bf16 | DEFAULT | FULL_SHARD | True | False | 6918905856 |',
  ),
  llmFoundryRow(
    'lf-a100-80-70b',
    '|  70b | 2048 | 32 | a100_80gb | 48.56 | 64.75 | 151 | 2 | 16 | 1024 | 5 | 11962 | 373 | 2097152 | bf16 | PURE | FULL_SHARD | True | False | 64862437376 |',
  ),
  llmFoundryRow(
    'lf-a100-40-7b-2k',
    '|  7b | 2048 | 8 | a100_40gb | 50.92 | 67.89 | 158 | 12 | 4 | 384 | 14 | 29436 | 3679 | 786432 | bf16 | PURE | FULL_SHARD | True | False | 6658859008 |',
  ),
  llmFoundryRow(
    'lf-a100-40-7b-16k',
    '|  7b | 16384 | 8 | a100_40gb | 47.65 | 63.53 | 148 | 1 | 4 | 32 | 1 | 17998 | 2249 | 524288 | bf16 | PURE | FULL_SHARD | True | False | 6717579264 |',
  ),
  llmFoundryRow(
    'lf-a100-40-70b',
    '|  70b | 2048 | 64 | a100_40gb | 35.87 | 47.82 | 111 | 2 | 1 | 128 | 8 | 17672 | 276 | 262144 | bf16 | PURE | FULL_SHARD | True | False | 64862437376 |',
  ),
];

// torchtune, both README tables: batch 2 packed, no gradient accumulation, one GPU unless stated.
type TorchtuneRow = Pick<ThroughputCalibrationPoint, 'id' | 'model' | 'sequenceLength' | 'checkpointing' | 'gpuName' | 'gpu' | 'settings' | 'measurement'> &
  Partial<Pick<ThroughputCalibrationPoint, 'optimizer' | 'gpus' | 'strategy' | 'microBatch' | 'gradientAccumulation' | 'excluded'>> & {
    run: ReturnType<typeof llamaRun>;
    tokensPerSecond: number;
    commit: string;
    quote: string;
  };

function torchtune(row: TorchtuneRow): ThroughputCalibrationPoint {
  const {run, tokensPerSecond, commit, quote, gpus: cards = 1, ...rest} = row;
  return {
    source: 'torchtune',
    ...run,
    microBatch: 2,
    gradientAccumulation: 1,
    optimizer: 'adamw',
    strategy: cards > 1 ? 'zero3' : 'ddp',
    ...rest,
    gpus: cards,
    measuredTokensPerSecondPerGpu: tokensPerSecond / cards,
    citation: {commit, quote},
  };
}

// Llama 3.2 3B on one A100 (80GB: the packed run peaks at 60 GiB), batch 2 packed to 4,096. Included: the rows that
// change what the estimate counts (packing, compile, checkpointing, method); the rows between them change memory
// only (chunked loss, fused optimizer step, activation offload, 8-bit AdamW).
const TT_3B = '1814feb17a9038e1a8053ce93111bd26774a8db6';
const tt3b = {
  model: 'Llama 3.2 3B',
  sequenceLength: 4096,
  gpuName: 'NVIDIA A100 (80GB)',
  gpu: gpuCompute('a100-80'),
  measurement: 'Tokens per second, as tabulated',
  commit: TT_3B,
} as const;
const TT_3B_SETTINGS = 'bf16, batch 2 packed to 4,096 tokens, one GPU (single-device recipe)';
const TT_3B_TUNED = `${TT_3B_SETTINGS}; torch.compile, chunked cross-entropy, activation checkpointing`;
const LORA_3B = {rank: 64, targets: ['q', 'v', 'o', 'gate', 'up', 'down'] as const};
const LINK = 'https://pytorch.org/torchtune/main/tutorials/memory_optimizations.html';

const TORCHTUNE: ThroughputCalibrationPoint[] = [
  torchtune({
    ...tt3b,
    id: 'tt-3b-full-packed',
    run: llamaRun('llama-3.2-3b', 'full'),
    checkpointing: false,
    settings: `${TT_3B_SETTINGS}; eager (no compile)`,
    tokensPerSecond: 7075,
    quote: '| [+ Packed Dataset](https://pytorch.org/torchtune/main/basics/packing.html) | 60.0 | +135.16% | 7075 | +238.40% |',
  }),
  torchtune({
    ...tt3b,
    id: 'tt-3b-full-compile',
    run: llamaRun('llama-3.2-3b', 'full'),
    checkpointing: false,
    settings: `${TT_3B_SETTINGS}; torch.compile`,
    tokensPerSecond: 8998,
    quote: '| [+ Compile](https://pytorch.org/tutorials/intermediate/torch_compile_tutorial.html) | 51.0 | -14.93% | 8998 | +27.18% |',
  }),
  torchtune({
    ...tt3b,
    id: 'tt-3b-full-checkpointing',
    run: llamaRun('llama-3.2-3b', 'full'),
    checkpointing: true,
    settings: TT_3B_TUNED,
    tokensPerSecond: 7210,
    quote: `| [+ Activation Checkpointing](${LINK}#activation-checkpointing) | 24.9 | -41.93% | 7210 | -21.41% |`,
  }),
  torchtune({
    ...tt3b,
    id: 'tt-3b-lora',
    run: llamaRun('llama-3.2-3b', 'lora', LORA_3B),
    checkpointing: true,
    settings: `${TT_3B_TUNED}, activation offloading; LoRA rank 64 on q, v, output projection and the MLP (3B_lora_single_device.yaml at this commit)`,
    tokensPerSecond: 8210,
    quote: `| [LoRA](${LINK}#glossary-lora) | 8.5 | -51.61% | 8210 | +17.96% |`,
  }),
  torchtune({
    ...tt3b,
    id: 'tt-3b-qlora',
    run: llamaRun('llama-3.2-3b', 'qlora', LORA_3B),
    checkpointing: true,
    settings: `${TT_3B_TUNED}, activation offloading; QLoRA (NF4) rank 64 on q, v, output projection and the MLP`,
    tokensPerSecond: 8035,
    quote: `| [QLoRA](${LINK}#quantized-low-rank-adaptation-qlora) | 4.6 | -45.71% | 8035 | -2.13% |`,
  }),
];

// Llama 3.1 table: "batch size 2 (without gradient accumulation), a dataset packed to sequence length 2048, and torch
// compile enabled"; the configs (llama3_1/*.yaml at the same commit) checkpoint activations.
const TT_8B = '30b8519e86d2094879576e16ab1f8d21a6f6f9f7';
const EPOCH = 'Tokens/sec, "Measured over one full training epoch"';
const tt8b = {model: 'Llama 3.1 8B', sequenceLength: 2048, checkpointing: true, measurement: EPOCH, commit: TT_8B} as const;
const TT_8B_SETTINGS = 'bf16, batch 2 packed to 2,048 tokens, torch.compile, activation checkpointing';
const on4090 = {gpuName: 'GeForce RTX 4090', gpu: gpuCompute('rtx-4090')} as const;
const onA6000 = {gpuName: 'NVIDIA RTX A6000', gpu: CALIBRATION_ONLY_GPUS['rtx-a6000']} as const;
const on8A100 = {gpuName: 'NVIDIA A100 (80GB)', gpu: gpuCompute('a100-80'), gpus: 8} as const;
const PAGED_8BIT = 'paged 8-bit AdamW fused into the backward (8B_full_single_device.yaml)';
const LORA_8B = {rank: 8, targets: Q_V};
const TOTAL_READING = 'read as the total over 8 GPUs: per GPU it would be 4.7× the A100’s peak';
const IMPOSSIBLE = (percent: number): ThroughputCalibrationPoint['excluded'] => ({
  reason: 'impossible-utilization',
  detail: `Implies ${percent} % of the card’s datasheet peak for the FLOPs this run executes (recomputation included): above the 75 % no published training step reaches`,
});

const TORCHTUNE_8B: ThroughputCalibrationPoint[] = [
  torchtune({
    ...tt8b,
    ...on4090,
    id: 'tt-8b-full-4090',
    run: llamaRun('llama-3.1-8b', 'full'),
    optimizer: 'adamw8bit',
    settings: `${TT_8B_SETTINGS}; ${PAGED_8BIT}`,
    tokensPerSecond: 1650,
    quote: '| Llama 3.1 8B | Full finetune | 1x 4090 | 18.9 GiB | 1650 |',
  }),
  torchtune({
    ...tt8b,
    ...on4090,
    id: 'tt-8b-lora-4090',
    run: llamaRun('llama-3.1-8b', 'lora', LORA_8B),
    settings: `${TT_8B_SETTINGS}; LoRA rank 8 on q and v (8B_lora_single_device.yaml)`,
    tokensPerSecond: 3083,
    quote: '| Llama 3.1 8B | LoRA | 1x 4090 |  16.2 GiB | 3083 |',
    excluded: IMPOSSIBLE(86),
  }),
  torchtune({
    ...tt8b,
    ...on4090,
    id: 'tt-8b-qlora-4090',
    run: llamaRun('llama-3.1-8b', 'qlora', LORA_8B),
    settings: `${TT_8B_SETTINGS}; QLoRA rank 8 on q and v (8B_qlora_single_device.yaml)`,
    tokensPerSecond: 2413,
    quote: '| Llama 3.1 8B | QLoRA | 1x 4090 | 7.4 GiB | 2413  |',
  }),
  torchtune({
    ...tt8b,
    ...onA6000,
    id: 'tt-8b-full-a6000',
    run: llamaRun('llama-3.1-8b', 'full'),
    optimizer: 'adamw8bit',
    settings: `${TT_8B_SETTINGS}; ${PAGED_8BIT}`,
    tokensPerSecond: 2579,
    quote: '| Llama 3.1 8B | Full finetune | 1x A6000 | 37.4 GiB |  2579|',
    excluded: IMPOSSIBLE(102),
  }),
  torchtune({
    ...tt8b,
    ...onA6000,
    id: 'tt-8b-lora-a6000',
    run: llamaRun('llama-3.1-8b', 'lora', LORA_8B),
    settings: `${TT_8B_SETTINGS}; LoRA rank 8 on q and v`,
    tokensPerSecond: 4699,
    quote: '| Llama 3.1 8B | LoRA | 1x A6000 | 30.3 GiB  | 4699 |',
    excluded: IMPOSSIBLE(141),
  }),
  torchtune({
    ...tt8b,
    ...on8A100,
    id: 'tt-70b-full-8xa100',
    model: 'Llama 3.1 70B',
    run: llamaRun('llama-3.1-70b', 'full'),
    settings: `${TT_8B_SETTINGS}; FSDP with CPU offload (70B_full.yaml: fsdp_cpu_offload: True)`,
    tokensPerSecond: 1568,
    measurement: `${EPOCH}, ${TOTAL_READING}`,
    quote: '| Llama 3.1 70B | Full finetune | 8x A100  | 13.9 GiB ** | 1568  |',
    excluded: {reason: 'cpu-offload', detail: 'Weights, gradients and optimizer states offloaded to the CPU ("**= Uses CPU offload with fused optimizer")'},
  }),
  torchtune({
    ...tt8b,
    ...on8A100,
    id: 'tt-70b-lora-8xa100',
    model: 'Llama 3.1 70B',
    run: llamaRun('llama-3.1-70b', 'lora', {rank: 16, targets: ['q', 'k', 'v']}),
    settings: `${TT_8B_SETTINGS}; FSDP; LoRA rank 16 on q, k, v (70B_lora.yaml)`,
    tokensPerSecond: 3497,
    measurement: `${EPOCH}, ${TOTAL_READING}`,
    quote: '| Llama 3.1 70B | LoRA | 8x A100 | 27.6 GiB  | 3497  |',
  }),
  torchtune({
    ...tt8b,
    ...on8A100,
    id: 'tt-405b-qlora-8xa100',
    model: 'Llama 3.1 405B',
    run: llamaRun('llama-3.1-405b', 'qlora', {rank: 16, targets: TARGET_MODULES}),
    microBatch: 1,
    gradientAccumulation: 16,
    settings:
      'bf16, packed to 2,048, activation checkpointing; FSDP; QLoRA rank 16 on q, k, v, output projection and the MLP (405B_qlora.yaml: batch 1, accumulation 16)',
    tokensPerSecond: 653,
    measurement: `${EPOCH}, ${TOTAL_READING}`,
    quote: '| Llama 3.1 405B | QLoRA | 8x A100 | 44.8 GB  | 653  |',
  }),
];

// Answer.AI's train.py: dummy samples of exactly the context length, LoRA rank 64 on q, k, v, gate, up, down
// ("all"), activation checkpointing, bf16; "Time (s)" is the training loop alone (CUDA events). Tokens per GPU =
// samples × context ÷ time ÷ GPUs; the loader drops the samples past a multiple of the batch (1,020 of 1,024 for 6, 10, 12).
const AA_SETTINGS = 'bf16, LoRA rank 64 on q, k, v, gate, up, down, activation checkpointing, dummy samples of exactly the context length';
const aaTokensPerGpu = (samples: number, context: number, seconds: number, cards: number) => (samples * context) / seconds / cards;

function answerAi(
  id: string,
  run: ReturnType<typeof llamaRun>,
  model: string,
  o: {gpuName: string; gpu: GpuCompute; gpus: number; ddp: boolean; batch: number; accum?: number; context?: number; samples: number; seconds: number; quote: string; excluded?: ThroughputCalibrationPoint['excluded']; extra?: string},
): ThroughputCalibrationPoint {
  const context = o.context ?? 2048;
  return {
    id,
    source: 'answerai-fsdp-qlora',
    model,
    ...run,
    sequenceLength: context,
    microBatch: o.batch,
    gradientAccumulation: o.accum ?? 1,
    checkpointing: true,
    optimizer: 'adamw',
    gpuName: o.gpuName,
    gpu: o.gpu,
    gpus: o.gpus,
    strategy: o.ddp ? 'ddp' : 'zero3',
    settings: `${AA_SETTINGS}; ${o.ddp ? 'DDP (full copy on each GPU)' : 'FSDP full shard'}${o.extra ? `; ${o.extra}` : ''}`,
    measuredTokensPerSecondPerGpu: aaTokensPerGpu(o.samples, context, o.seconds, o.gpus),
    measurement: `${o.samples} samples × ${context} tokens ÷ ${o.seconds} s ÷ ${o.gpus} GPUs`,
    citation: {commit: AA, quote: o.quote},
    ...(o.excluded ? {excluded: o.excluded} : {}),
  };
}

const AA_LORA_7B = llamaRun('llama-2-7b', 'lora', {rank: 64, targets: ALL_BUT_O});
const AA_QLORA_7B = llamaRun('llama-2-7b', 'qlora', {rank: 64, targets: ALL_BUT_O});
const AA_QLORA_70B = llamaRun('llama-2-70b', 'qlora', {rank: 64, targets: ALL_BUT_O});
const dual4090 = {gpuName: 'GeForce RTX 4090 (two, PCIe 4.0 x16 each, no NVLink)', gpu: gpuCompute('rtx-4090'), gpus: 2};
const dual3090 = {gpuName: 'GeForce RTX 3090 (two, power-limited to 280 W, no NVLink)', gpu: gpuCompute('rtx-3090'), gpus: 2};
const A100_40 = gpuCompute('a100-40');
const BANDWIDTH_BOUND: ThroughputCalibrationPoint['excluded'] = {
  reason: 'interconnect-bound',
  detail:
    'Sharded over PCIe without NVLink; the authors: "for the lower-end configurations … training speed was bandwidth-bound". The estimate assumes communication hides behind compute',
};
const RIG_3090_BOUND: ThroughputCalibrationPoint['excluded'] = {
  reason: 'interconnect-bound',
  detail: 'The authors: "On my system, the data transfer speed outweighs the gain" (older motherboard, PCIe lanes not stated). The estimate assumes communication hides behind compute',
};
const OFFLOADED: ThroughputCalibrationPoint['excluded'] = {reason: 'cpu-offload', detail: 'FSDP CPU offload of the weights (--use_cpu_offload True)'};

const ANSWER_AI: ThroughputCalibrationPoint[] = [
  answerAi('aa-7b-lora-ddp-4090', AA_LORA_7B, 'Llama 2 7B', {...dual4090, ddp: true, batch: 4, samples: 1024, seconds: 437, quote: '|    LoRA    |    False    | True  |     4      |       22.04       |   437    |'}),
  answerAi('aa-7b-lora-fsdp-4090', AA_LORA_7B, 'Llama 2 7B', {...dual4090, ddp: false, batch: 6, samples: 1020, seconds: 481, quote: '|    LoRA    |    False    | False |     6      |       21.35       |   481    |'}),
  answerAi('aa-7b-qlora-ddp-4090', AA_QLORA_7B, 'Llama 2 7B', {...dual4090, ddp: true, batch: 8, samples: 1024, seconds: 450, quote: '|   QLoRA    |    False    | True  |     8      |       20.94       |   450    |'}),
  answerAi('aa-7b-qlora-fsdp-4090', AA_QLORA_7B, 'Llama 2 7B', {...dual4090, ddp: false, batch: 10, samples: 1020, seconds: 466, quote: '|   QLoRA    |    False    | False |     10     |       20.97       |   466    |'}),
  answerAi('aa-7b-lora-offload-4090', AA_LORA_7B, 'Llama 2 7B', {...dual4090, ddp: false, batch: 10, samples: 1020, seconds: 482, quote: '|    LoRA    |    True     | False |     10     |       22.69       |   482    |', excluded: OFFLOADED, extra: 'CPU offload'}),
  answerAi('aa-7b-qlora-offload-4090', AA_QLORA_7B, 'Llama 2 7B', {...dual4090, ddp: false, batch: 12, samples: 1020, seconds: 464, quote: '|   QLoRA    |    True     | False |     12     |       22.38       |   464    |', excluded: OFFLOADED, extra: 'CPU offload'}),
  answerAi('aa-34b-qlora-4090', llamaRun('yi-34b', 'qlora', {rank: 64, targets: ALL_BUT_O}), 'Yi 34B', {...dual4090, ddp: false, batch: 2, samples: 1024, seconds: 2072, quote: '|   QLoRA    |    False    |     2      |       23.05       |   2,072  |'}),
  answerAi('aa-70b-qlora-offload-4090', AA_QLORA_70B, 'Llama 2 70B', {...dual4090, ddp: false, batch: 2, samples: 1024, seconds: 4399, quote: '|   QLoRA    |    True     |     2      |       14.92       |  4,399   |', excluded: OFFLOADED, extra: 'CPU offload'}),
  answerAi('aa-mistral-qlora-24k-offload-4090', llamaRun('mistral-7b', 'qlora', {rank: 64, targets: ALL_BUT_O}), 'Mistral 7B v0.2', {
    ...dual4090, ddp: false, batch: 1, context: 24576, samples: 1024, seconds: 7809,
    quote: '|   QLoRA    |    True     |     1      |     24,576     |       22.54       |  7,809   |', excluded: OFFLOADED, extra: 'CPU offload',
  }),
  answerAi('aa-7b-qlora-ddp-3090', AA_QLORA_7B, 'Llama 2 7B', {...dual3090, ddp: true, batch: 8, samples: 1024, seconds: 875, quote: '|   QLoRA    | True |     8      |       20.94       |   875    |'}),
  answerAi('aa-7b-lora-ddp-3090', AA_LORA_7B, 'Llama 2 7B', {...dual3090, ddp: true, batch: 4, samples: 1024, seconds: 881, quote: '|    LoRA    | True |     4      |       22.04       |   881    |'}),
  answerAi('aa-7b-qlora-fsdp-bs1-3090', AA_QLORA_7B, 'Llama 2 7B', {...dual3090, ddp: false, batch: 1, samples: 1024, seconds: 1564, quote: '|   QLoRA    |      2048      |       5.21        |  1,564   |', excluded: RIG_3090_BOUND}),
  answerAi('aa-7b-lora-fsdp-bs1-3090', AA_LORA_7B, 'Llama 2 7B', {...dual3090, ddp: false, batch: 1, samples: 1024, seconds: 3090, quote: '|    LoRA    |      2048      |       10.22       |  3,090   |', excluded: RIG_3090_BOUND}),
  answerAi('aa-7b-qlora-fsdp-bs4-3090', AA_QLORA_7B, 'Llama 2 7B', {...dual3090, ddp: false, batch: 4, samples: 1024, seconds: 998, quote: '|   QLoRA    |     4      |       11.22       |   998    |', excluded: RIG_3090_BOUND}),
  answerAi('aa-7b-lora-fsdp-bs4-3090', AA_LORA_7B, 'Llama 2 7B', {...dual3090, ddp: false, batch: 4, samples: 1024, seconds: 1366, quote: '|    LoRA    |     4      |       16.14       |  1,366   |', excluded: RIG_3090_BOUND}),
  answerAi('aa-7b-qlora-fsdp-3090', AA_QLORA_7B, 'Llama 2 7B', {...dual3090, ddp: false, batch: 10, samples: 1020, seconds: 936, quote: '|   QLoRA    |     10     |       20.97       |   936    |', excluded: RIG_3090_BOUND}),
  answerAi('aa-7b-lora-fsdp-3090', AA_LORA_7B, 'Llama 2 7B', {...dual3090, ddp: false, batch: 6, samples: 1020, seconds: 1199, quote: '|    LoRA    |     6      |       21.35       |  1,199   |', excluded: RIG_3090_BOUND}),
  // "Llama-2 70B QLoRA with Context Length of 2048 on Select Accelerators", 1,024 samples, effective batch 32.
  answerAi('aa-70b-qlora-2xa100', AA_QLORA_70B, 'Llama 2 70B', {gpuName: 'NVIDIA A100 40GB SXM', gpu: A100_40, gpus: 2, ddp: false, batch: 1, accum: 16, samples: 1024, seconds: 3277, quote: '| A100 40GB SMX  |  2   |         False          |     1      |  3,277   | $3.28 - $3.75 |'}),
  answerAi('aa-70b-qlora-4xa100', AA_QLORA_70B, 'Llama 2 70B', {gpuName: 'NVIDIA A100 40GB SXM', gpu: A100_40, gpus: 4, ddp: false, batch: 4, accum: 2, samples: 1024, seconds: 1266, quote: '| A100 40GB SMX  |  4   |         False          |     4      |  1,266   | $2.53 - $2.90 |'}),
  answerAi('aa-70b-qlora-8xa100', AA_QLORA_70B, 'Llama 2 70B', {gpuName: 'NVIDIA A100 40GB SXM', gpu: A100_40, gpus: 8, ddp: false, batch: 4, samples: 1024, seconds: 672, quote: '| A100 40GB SMX  |  8   |         False          |     4      |   672    | $2.69 - $3.08 |'}),
  answerAi('aa-70b-qlora-4xh100', AA_QLORA_70B, 'Llama 2 70B', {gpuName: 'NVIDIA H100 80GB SXM', gpu: gpuCompute('h100-80'), gpus: 4, ddp: false, batch: 8, samples: 1024, seconds: 667, quote: '| H100 80GB SXM  |  4   |         False          |     8      |   667    | $3.48 - $3.53 |'}),
  answerAi('aa-70b-qlora-4xa5000', AA_QLORA_70B, 'Llama 2 70B', {gpuName: 'NVIDIA RTX A5000', gpu: CALIBRATION_ONLY_GPUS['rtx-a5000'], gpus: 4, ddp: false, batch: 1, accum: 8, samples: 1024, seconds: 4829, quote: '|   A5000 24GB   |  4   |         False          |     1      |  4,829   | $2.36 - $4.13 |', excluded: BANDWIDTH_BOUND}),
  answerAi('aa-70b-qlora-8xa5000', AA_QLORA_70B, 'Llama 2 70B', {gpuName: 'NVIDIA RTX A5000', gpu: CALIBRATION_ONLY_GPUS['rtx-a5000'], gpus: 8, ddp: false, batch: 1, accum: 4, samples: 1024, seconds: 2613, quote: '|   A5000 24GB   |  8   |         False          |     1      |  2,613   | $2.55 - $4.47 |', excluded: BANDWIDTH_BOUND}),
  answerAi('aa-70b-qlora-2x6000ada', AA_QLORA_70B, 'Llama 2 70B', {gpuName: 'NVIDIA RTX 6000 Ada ("A6000 Ada")', gpu: CALIBRATION_ONLY_GPUS['rtx-6000-ada'], gpus: 2, ddp: false, batch: 2, accum: 8, samples: 1024, seconds: 5867, quote: '| A6000 Ada 48GB |  2   |         False          |     2      |  5,867   | $3.72 - $5.22 |', excluded: BANDWIDTH_BOUND}),
  answerAi('aa-70b-qlora-4x6000ada', AA_QLORA_70B, 'Llama 2 70B', {gpuName: 'NVIDIA RTX 6000 Ada ("A6000 Ada")', gpu: CALIBRATION_ONLY_GPUS['rtx-6000-ada'], gpus: 4, ddp: false, batch: 3, samples: 1024, seconds: 2904, quote: '| A6000 Ada 48GB |  4   |         False          |     3      |  2,904   | $3.68 - $5.16 |', excluded: BANDWIDTH_BOUND}),
];

// PEFT method comparison on MetaMathQA: one L40S, Llama 3.2 3B, batch 4 of length-bucketed, unpacked samples
// (4,198,051 tokens in 20,000 samples: 210 on average), no checkpointing, no compile, bf16 weights. The figure is the
// median of the per-250-step "tokens / sec" values the result file logs (training time only, evaluation excluded).
const PEFT_SETTINGS = 'bf16, batch 4 unpacked samples of 210 tokens on average (bucketed by length), eager PyTorch, no checkpointing, AdamW';
const SMALL_STEPS: ThroughputCalibrationPoint['excluded'] = {
  reason: 'small-steps',
  detail: 'About 840 tokens per micro-step in eager PyTorch: the GPU waits on thousands of small kernel launches per step, which the estimate does not model',
};
const L40S = gpuCompute('l40s');
function peftRun(id: string, run: ReturnType<typeof llamaRun>, file: string, tokensPerSecond: number, what: string): ThroughputCalibrationPoint {
  return {
    id,
    source: 'peft-method-comparison',
    model: 'Llama 3.2 3B',
    ...run,
    sequenceLength: 210,
    microBatch: 4,
    gradientAccumulation: 1,
    checkpointing: false,
    optimizer: 'adamw',
    gpuName: 'NVIDIA L40S',
    gpu: L40S,
    gpus: 1,
    strategy: 'ddp',
    settings: `${PEFT_SETTINGS}; ${what}`,
    measuredTokensPerSecondPerGpu: tokensPerSecond,
    measurement: `Median of the 20 "tokens / sec" entries in ${file}`,
    citation: {commit: PEFT, quote: `${file}: "train_config": {"model_id": "meta-llama/Llama-3.2-3B", "batch_size": 4, "use_gc": false, "compile": false}, "accelerator": "NVIDIA L40S"`},
    excluded: SMALL_STEPS,
  };
}

const PEFT_RUNS: ThroughputCalibrationPoint[] = [
  peftRun('peft-3b-full', llamaRun('llama-3.2-3b', 'full'), 'full-finetuning--llama-3.2-3B-lr_0.00001.json', 2315, 'full fine-tuning'),
  peftRun('peft-3b-lora-r32', llamaRun('llama-3.2-3b', 'lora', {rank: 32, targets: Q_V}), 'lora--llama-3.2-3B-rank32.json', 7194, 'LoRA rank 32 on q and v'),
  peftRun('peft-3b-lora-mlp', llamaRun('llama-3.2-3b', 'lora', {rank: 10, targets: ['gate', 'up', 'down']}), 'lora--llama-3.2-3B-rank10-target-mlp.json', 6306, 'LoRA rank 10 on the MLP'),
];

export const throughputCalibration: readonly ThroughputCalibrationPoint[] = [
  ...LLM_FOUNDRY,
  ...TORCHTUNE,
  ...TORCHTUNE_8B,
  ...ANSWER_AI,
  ...PEFT_RUNS,
];
