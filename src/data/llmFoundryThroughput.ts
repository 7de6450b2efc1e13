/**
 * LLM Foundry's published throughput benchmarks, every bf16 row for MPT models
 * of 1B parameters and more (142 rows of 209; the 125M–760M rows are smaller
 * than any model the calculator offers, the FP8 rows use another precision).
 * Copied from mosaicml/llm-foundry, scripts/train/benchmarking/README.md at
 * commit 8c8dd48f72168c5d51e2f7b151595892a8fba43d, tables "H100 80GB BF16
 * (Large Scale, >= 128 GPUs)", "H100 80GB BF16", "A100 80GB with 1600 Gbps
 * node-node interconnect (RoCE)" and "A100 40GB with 1600 Gbps node-node
 * interconnect (RoCE)". All are full training (pre-training recipes, the same
 * compute as full fine-tuning), FSDP (FULL_SHARD, or SHARD_GRAD_OP for the
 * large-scale 1B and 3B rows), flash attention, no CPU offload.
 *
 * The estimate's step efficiency η is the median of what these runs achieve
 * (a test recomputes it); a few of them also sit in throughputCalibration.ts.
 */
import type {ComputeShape} from '@site/src/components/LoraMemoryCalculator/trainingTime';

export type MptSize = '1b' | '3b' | '7b' | '13b' | '30b' | '70b';

/**
 * MPT blocks: attention with as many key/value heads as query heads (4·d² weights)
 * and a plain MLP of width 4·d (8·d²), no gate; vocabulary 50,368, head tied to
 * the embeddings (the logits matmul still runs). From the same repository's
 * scripts/train/yamls/pretrain/mpt-<size>.yaml (d_model, n_layers, expansion_ratio 4, vocab_size).
 */
const MPT_DIMENSIONS: Record<MptSize, {dModel: number; layers: number}> = {
  '1b': {dModel: 2048, layers: 24},
  '3b': {dModel: 2560, layers: 32},
  '7b': {dModel: 4096, layers: 32},
  '13b': {dModel: 5120, layers: 40},
  '30b': {dModel: 7168, layers: 48},
  '70b': {dModel: 8192, layers: 80},
};
const MPT_VOCAB = 50368;

export function mptShape(size: MptSize): ComputeShape {
  const {dModel, layers} = MPT_DIMENSIONS[size];
  return {layers, attentionWidth: dModel, blockLinearParams: 12 * dModel * dModel * layers, outputHeadParams: MPT_VOCAB * dModel};
}

export interface LlmFoundryRow {
  model: MptSize;
  sequenceLength: number;
  gpus: number;
  gpu: 'h100-80' | 'a100-80' | 'a100-40';
  microBatch: number;
  gradientAccumulation: number;
  /** "Throughput (T/s/GPU)" */
  tokensPerSecondPerGpu: number;
  checkpointing: boolean;
  /** The table's own MFU in % (its formula counts attention without the causal half). */
  publishedMfuPercent: number;
}

type Row = [MptSize, number, number, LlmFoundryRow['gpu'], number, number, number, boolean, number];

// model, sequence length, GPUs, GPU, micro-batch, gradient accumulation, tokens/s per GPU, checkpointing, published MFU %
const ROWS: readonly Row[] = [
  ['70b', 2048, 512, 'h100-80', 408, 8, 1007, true, 41.25],
  ['70b', 2048, 256, 'h100-80', 419, 8, 1035, true, 42.42],
  ['70b', 2048, 128, 'h100-80', 428, 8, 1058, true, 43.36],
  ['30b', 2048, 512, 'h100-80', 398, 8, 2115, true, 40.27],
  ['30b', 2048, 256, 'h100-80', 404, 8, 2148, true, 40.89],
  ['30b', 2048, 128, 'h100-80', 414, 8, 2199, true, 41.85],
  ['13b', 2048, 512, 'h100-80', 406, 16, 4952, true, 41.12],
  ['13b', 2048, 256, 'h100-80', 409, 16, 4989, true, 41.42],
  ['13b', 2048, 128, 'h100-80', 417, 16, 5080, true, 42.18],
  ['7b', 2048, 512, 'h100-80', 417, 6, 9670, false, 42.2],
  ['7b', 2048, 256, 'h100-80', 436, 6, 10119, false, 44.15],
  ['7b', 2048, 128, 'h100-80', 452, 6, 10475, false, 45.71],
  ['3b', 2048, 512, 'h100-80', 388, 8, 21664, false, 39.24],
  ['3b', 2048, 256, 'h100-80', 408, 8, 22772, false, 41.25],
  ['3b', 2048, 128, 'h100-80', 419, 8, 23422, false, 42.43],
  ['1b', 2048, 512, 'h100-80', 362, 12, 39837, false, 36.65],
  ['1b', 2048, 256, 'h100-80', 387, 12, 42555, false, 39.15],
  ['1b', 2048, 128, 'h100-80', 401, 12, 44123, false, 40.6],
  ['70b', 2048, 64, 'h100-80', 421, 8, 1039, true, 42.57],
  ['70b', 2048, 32, 'h100-80', 357, 2, 882, true, 36.15],
  ['30b', 8192, 8, 'h100-80', 296, 1, 1384, true, 29.92],
  ['30b', 4096, 8, 'h100-80', 354, 1, 1802, true, 35.86],
  ['30b', 2048, 32, 'h100-80', 434, 14, 2308, true, 43.92],
  ['30b', 2048, 16, 'h100-80', 426, 10, 2263, true, 43.07],
  ['30b', 2048, 8, 'h100-80', 377, 3, 2002, true, 38.11],
  ['30b', 1024, 8, 'h100-80', 383, 6, 2084, true, 38.76],
  ['13b', 32768, 8, 'h100-80', 313, 1, 1976, true, 31.68],
  ['13b', 16384, 8, 'h100-80', 351, 3, 2985, true, 35.55],
  ['13b', 4096, 8, 'h100-80', 411, 10, 4717, true, 41.6],
  ['13b', 2048, 64, 'h100-80', 394, 2, 4800, false, 39.86],
  ['13b', 2048, 32, 'h100-80', 395, 2, 4811, false, 39.95],
  ['13b', 2048, 16, 'h100-80', 391, 2, 4767, false, 39.58],
  ['13b', 2048, 8, 'h100-80', 393, 2, 4792, false, 39.79],
  ['13b', 1024, 8, 'h100-80', 438, 40, 5502, true, 44.27],
  ['7b', 65536, 8, 'h100-80', 282, 1, 1956, true, 28.59],
  ['7b', 32768, 8, 'h100-80', 306, 2, 3318, true, 30.94],
  ['7b', 8192, 8, 'h100-80', 367, 8, 6935, true, 37.14],
  ['7b', 4096, 8, 'h100-80', 399, 16, 8611, true, 40.42],
  ['7b', 2048, 8, 'h100-80', 459, 6, 10643, false, 46.44],
  ['7b', 1024, 8, 'h100-80', 423, 64, 10203, true, 42.83],
  ['3b', 65536, 8, 'h100-80', 265, 1, 3262, true, 26.81],
  ['3b', 32768, 8, 'h100-80', 285, 3, 5873, true, 28.84],
  ['3b', 16384, 8, 'h100-80', 359, 1, 11152, false, 36.34],
  ['3b', 8192, 8, 'h100-80', 398, 3, 16578, false, 40.31],
  ['3b', 4096, 8, 'h100-80', 418, 5, 20964, false, 42.31],
  ['3b', 2048, 64, 'h100-80', 403, 6, 22525, false, 40.8],
  ['3b', 2048, 32, 'h100-80', 412, 6, 23021, false, 41.7],
  ['3b', 2048, 16, 'h100-80', 432, 10, 24142, false, 43.73],
  ['3b', 1024, 8, 'h100-80', 457, 20, 27046, false, 46.2],
  ['3b', 512, 8, 'h100-80', 458, 40, 27965, false, 46.32],
  ['1b', 65536, 8, 'h100-80', 260, 1, 5506, true, 26.34],
  ['1b', 32768, 8, 'h100-80', 331, 1, 12025, false, 33.54],
  ['1b', 16384, 8, 'h100-80', 348, 2, 19649, false, 35.22],
  ['1b', 8192, 8, 'h100-80', 373, 3, 29157, false, 37.73],
  ['1b', 4096, 8, 'h100-80', 398, 7, 38535, false, 40.26],
  ['1b', 2048, 64, 'h100-80', 404, 20, 44402, false, 40.85],
  ['1b', 2048, 32, 'h100-80', 410, 20, 45130, false, 41.52],
  ['1b', 2048, 16, 'h100-80', 419, 20, 46037, false, 42.36],
  ['1b', 2048, 8, 'h100-80', 413, 14, 45455, false, 41.82],
  ['1b', 1024, 8, 'h100-80', 415, 18, 48910, false, 41.95],
  ['1b', 512, 8, 'h100-80', 427, 56, 52275, false, 43.21],
  ['70b', 2048, 64, 'a100-80', 166, 8, 410, true, 53.33],
  ['70b', 2048, 32, 'a100-80', 151, 2, 373, true, 48.56],
  ['30b', 8192, 8, 'a100-80', 122, 1, 574, true, 39.38],
  ['30b', 4096, 8, 'a100-80', 160, 1, 814, true, 51.37],
  ['30b', 2048, 8, 'a100-80', 172, 3, 916, true, 55.3],
  ['30b', 1024, 8, 'a100-80', 174, 6, 946, true, 55.82],
  ['30b', 512, 8, 'a100-80', 175, 12, 967, true, 56.4],
  ['13b', 32768, 8, 'a100-80', 161, 1, 1016, true, 51.69],
  ['13b', 16384, 8, 'a100-80', 168, 3, 1431, true, 54.07],
  ['13b', 8192, 8, 'a100-80', 174, 5, 1795, true, 56.07],
  ['13b', 4096, 8, 'a100-80', 179, 10, 2060, true, 57.62],
  ['13b', 2048, 8, 'a100-80', 185, 2, 2262, false, 59.57],
  ['13b', 1024, 8, 'a100-80', 185, 40, 2330, true, 59.48],
  ['7b', 65536, 8, 'a100-80', 146, 1, 1013, true, 46.97],
  ['7b', 32768, 8, 'a100-80', 154, 2, 1672, true, 49.46],
  ['7b', 16384, 8, 'a100-80', 162, 4, 2453, true, 51.96],
  ['7b', 8192, 8, 'a100-80', 169, 8, 3206, true, 54.47],
  ['7b', 4096, 8, 'a100-80', 171, 16, 3684, true, 54.84],
  ['7b', 2048, 8, 'a100-80', 200, 6, 4641, false, 64.23],
  ['7b', 1024, 8, 'a100-80', 180, 64, 4357, true, 58.01],
  ['3b', 65536, 8, 'a100-80', 143, 1, 1767, true, 46.05],
  ['3b', 32768, 8, 'a100-80', 147, 3, 3029, true, 47.18],
  ['3b', 16384, 8, 'a100-80', 178, 1, 5529, false, 57.13],
  ['3b', 8192, 8, 'a100-80', 185, 3, 7695, false, 59.34],
  ['3b', 4096, 8, 'a100-80', 188, 5, 9457, false, 60.53],
  ['3b', 2048, 8, 'a100-80', 193, 10, 10811, false, 62.11],
  ['3b', 1024, 8, 'a100-80', 195, 20, 11580, false, 62.73],
  ['3b', 512, 8, 'a100-80', 198, 40, 12127, false, 63.71],
  ['1b', 65536, 8, 'a100-80', 144, 1, 3044, true, 46.18],
  ['1b', 32768, 8, 'a100-80', 173, 1, 6275, false, 55.52],
  ['1b', 16384, 8, 'a100-80', 176, 2, 9956, false, 56.6],
  ['1b', 8192, 8, 'a100-80', 176, 3, 13814, false, 56.69],
  ['1b', 4096, 8, 'a100-80', 184, 7, 17807, false, 59.0],
  ['1b', 2048, 8, 'a100-80', 186, 14, 20513, false, 59.86],
  ['1b', 1024, 8, 'a100-80', 187, 18, 22112, false, 60.15],
  ['1b', 512, 8, 'a100-80', 189, 56, 23148, false, 60.68],
  ['70b', 2048, 128, 'a100-40', 152, 4, 376, true, 48.91],
  ['70b', 2048, 64, 'a100-40', 111, 2, 276, true, 35.87],
  ['30b', 2048, 128, 'a100-40', 163, 6, 865, true, 52.25],
  ['30b', 2048, 32, 'a100-40', 161, 4, 857, true, 51.74],
  ['13b', 8192, 8, 'a100-40', 137, 1, 1407, true, 43.95],
  ['13b', 4096, 8, 'a100-40', 139, 2, 1603, true, 44.85],
  ['13b', 2048, 128, 'a100-40', 162, 16, 1972, true, 51.93],
  ['13b', 2048, 64, 'a100-40', 162, 16, 1976, true, 52.04],
  ['13b', 2048, 32, 'a100-40', 164, 14, 1998, true, 52.62],
  ['13b', 2048, 16, 'a100-40', 163, 10, 1993, true, 52.5],
  ['13b', 2048, 8, 'a100-40', 137, 4, 1668, true, 43.94],
  ['13b', 1024, 8, 'a100-40', 137, 8, 1727, true, 44.07],
  ['13b', 512, 8, 'a100-40', 138, 16, 1763, true, 44.28],
  ['7b', 16384, 8, 'a100-40', 148, 1, 2249, true, 47.65],
  ['7b', 8192, 8, 'a100-40', 153, 3, 2887, true, 49.04],
  ['7b', 4096, 8, 'a100-40', 156, 6, 3366, true, 50.11],
  ['7b', 2048, 128, 'a100-40', 156, 18, 3623, true, 50.14],
  ['7b', 2048, 64, 'a100-40', 158, 18, 3665, true, 50.73],
  ['7b', 2048, 32, 'a100-40', 160, 18, 3725, true, 51.55],
  ['7b', 2048, 16, 'a100-40', 157, 16, 3645, true, 50.44],
  ['7b', 2048, 8, 'a100-40', 158, 12, 3679, true, 50.92],
  ['7b', 1024, 8, 'a100-40', 160, 24, 3854, true, 51.31],
  ['7b', 512, 8, 'a100-40', 158, 48, 3895, true, 50.85],
  ['3b', 32768, 8, 'a100-40', 143, 1, 2955, true, 46.03],
  ['3b', 16384, 8, 'a100-40', 143, 2, 4465, true, 46.14],
  ['3b', 8192, 8, 'a100-40', 172, 1, 7149, false, 55.13],
  ['3b', 4096, 8, 'a100-40', 175, 2, 8777, false, 56.18],
  ['3b', 2048, 128, 'a100-40', 170, 6, 9538, false, 54.8],
  ['3b', 2048, 64, 'a100-40', 174, 6, 9736, false, 55.94],
  ['3b', 2048, 32, 'a100-40', 177, 6, 9914, false, 56.96],
  ['3b', 2048, 16, 'a100-40', 174, 5, 9750, false, 56.02],
  ['3b', 2048, 8, 'a100-40', 180, 5, 10065, false, 57.82],
  ['3b', 1024, 8, 'a100-40', 181, 10, 10731, false, 58.14],
  ['3b', 512, 8, 'a100-40', 185, 20, 11324, false, 59.49],
  ['1b', 32768, 8, 'a100-40', 140, 1, 5095, true, 45.07],
  ['1b', 16384, 8, 'a100-40', 172, 1, 9715, false, 55.23],
  ['1b', 8192, 8, 'a100-40', 172, 2, 13474, false, 55.29],
  ['1b', 4096, 8, 'a100-40', 174, 4, 16856, false, 55.85],
  ['1b', 2048, 128, 'a100-40', 169, 10, 18647, false, 54.41],
  ['1b', 2048, 64, 'a100-40', 172, 10, 19001, false, 55.44],
  ['1b', 2048, 32, 'a100-40', 141, 10, 15555, false, 45.39],
  ['1b', 2048, 16, 'a100-40', 173, 8, 19085, false, 55.69],
  ['1b', 2048, 8, 'a100-40', 175, 8, 19271, false, 56.23],
  ['1b', 1024, 8, 'a100-40', 177, 16, 20959, false, 57.02],
  ['1b', 512, 8, 'a100-40', 178, 32, 21782, false, 57.1],
];

export const llmFoundryRows: readonly LlmFoundryRow[] = ROWS.map(
  ([model, sequenceLength, gpus, gpu, microBatch, gradientAccumulation, tokensPerSecondPerGpu, checkpointing, publishedMfuPercent]) => ({
    model,
    sequenceLength,
    gpus,
    gpu,
    microBatch,
    gradientAccumulation,
    tokensPerSecondPerGpu,
    checkpointing,
    publishedMfuPercent,
  }),
);
