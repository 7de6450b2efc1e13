/**
 * GPUs the calculator checks a training run against: memory per card as the
 * vendor states it, and — for the run planner — how fast a card computes, how
 * fast it reads its memory, and what an hour of it costs to rent.
 */
export interface Gpu {
  /** Query-string id (`?gpu=`). */
  id: string;
  name: string;
  /** Memory per card in GB (10^9 bytes), the vendor's unit. */
  memoryGB: number;
}

/** The GPU generations the time estimate tells apart (attention kernels differ by generation). */
export type GpuArchitecture = 'turing' | 'ampere' | 'ada' | 'hopper' | 'blackwell' | 'cdna3';

/** How fast one card computes and moves data: what the training-time estimate needs. */
export interface GpuCompute {
  /** Dense tensor-core peak in TFLOPS for 16-bit training, no sparsity. */
  peakTflops: number;
  /** bf16 everywhere except the T4, which has no bf16 and trains in fp16 mixed precision. */
  peakPrecision: 'bf16' | 'fp16';
  /** Datasheet or whitepaper the peak comes from, with the line that states it. */
  peakSource: string;
  /**
   * A measured dense 16-bit matmul throughput in TFLOPS (PyTorch `matmul`, best
   * shape of those tried): what the card sustains, which differs from the
   * datasheet's boost-clock figure in both directions.
   */
  measuredMatmulTflops: number;
  /** Where that measurement was published; says so where the value is a stand-in. */
  measuredMatmulSource: string;
  /** Memory bandwidth in GB/s (10^9 bytes per second). */
  memoryBandwidthGBps: number;
  bandwidthSource: string;
  architecture: GpuArchitecture;
  /**
   * How cards in one server talk: NVLink (A100/H100/H200 SXM boards) and AMD
   * Infinity Fabric carry sharded training's traffic at hundreds of GB/s;
   * PCIe cards share tens of GB/s, which can bound a multi-GPU run.
   */
  linkBetweenCards: 'nvlink' | 'infinity-fabric' | 'pcie';
}

/** A default price for one GPU-hour; the reader can change it. */
export interface GpuPrice {
  usdPerGpuHour: number;
  /** What kind of price it is: one provider's on-demand list price, or a market figure across providers. */
  kind: 'cloud on-demand list price' | 'cloud capacity-block price' | 'marketplace price' | 'median across providers';
  /** Who charges it, and where it was read. */
  source: string;
  /** When the source stated it (ISO date, or month). */
  asOf: string;
}

export interface GpuWithCompute extends Gpu {
  compute: GpuCompute;
  price: GpuPrice;
}

/** Source of every memory figure below: each vendor's product datasheet (NVIDIA, AMD). */
export const gpuSource = 'Vendor datasheets (NVIDIA, AMD); memory per card in GB = 10^9 bytes';

// One community table measured the sustained matmul rate of most cards with one script (square bf16/fp16
// matmuls 1,024–10,240, 30 runs after warm-up): zzc0721/torch-performance-test-data, database.md at 9d82827.
const ZZC = 'zzc0721/torch-performance-test-data, database.md (commit 9d82827637262c4351e3f9483f96b8cff57a601f), bf16 column';
// Stas Bekman's maximum-achievable-matmul table searches shapes; it agrees with the table above for A100 and H100.
const MAMF =
  'stas00/ml-engineering, compute/accelerator/README.md (commit 744d01e18b79512572f64a6bbd8b5f4a725203a7), "Maximum Achievable Matmul FLOPS comparison table"';
// RunPod's table as deploybase.ai lists it ("RunPod GPU Pricing: 2026 Comprehensive Pricing Guide", 2026-03-10).
const runpod = (row: string) => `RunPod on-demand, as listed by deploybase.ai "RunPod GPU Pricing: 2026 Comprehensive Pricing Guide" (2026-03-10): ${row}`;
const MERCATUS = 'mercatus-ai.com "Cloud GPU pricing" (May 2026), specialty-provider on-demand range';

export const gpus: readonly GpuWithCompute[] = [
  {
    id: 't4',
    name: 'NVIDIA T4',
    memoryGB: 16,
    compute: {
      peakTflops: 65,
      peakPrecision: 'fp16',
      peakSource: 'NVIDIA T4 datasheet: "Mixed Precision (FP16/FP32) 65 TFLOPS". No bf16 tensor cores: training on a T4 uses fp16 mixed precision',
      measuredMatmulTflops: 41.9,
      measuredMatmulSource: `${ZZC.replace('bf16 column', 'fp16 column')}: Tesla T4 16GB 41.91, 42.71, 41.93 (median)`,
      memoryBandwidthGBps: 320,
      bandwidthSource: 'NVIDIA T4 datasheet: "GPU Memory Bandwidth 320+ GB/s"',
      architecture: 'turing',
      linkBetweenCards: 'pcie',
    },
    price: {
      usdPerGpuHour: 0.526,
      kind: 'cloud on-demand list price',
      source: 'AWS EC2 On-Demand, US East (N. Virginia), g4dn.xlarge (1 × T4, 4 vCPU, 16 GiB): AWS’s list price, unchanged for years; not re-read from a dated page',
      asOf: 'list price, undated',
    },
  },
  {
    id: 'l4',
    name: 'NVIDIA L4',
    memoryGB: 24,
    compute: {
      peakTflops: 121,
      peakPrecision: 'bf16',
      peakSource: 'NVIDIA L4 datasheet: "BF16 Tensor Core 242 teraFLOPS*" (* with sparsity; dense is half)',
      measuredMatmulTflops: 70.9,
      measuredMatmulSource: `${ZZC}: NVIDIA L4 70.89 (a 72 W card: far below its boost-clock peak)`,
      memoryBandwidthGBps: 300,
      bandwidthSource: 'NVIDIA L4 datasheet: "GPU Memory Bandwidth 300GB/s"',
      architecture: 'ada',
      linkBetweenCards: 'pcie',
    },
    price: {
      usdPerGpuHour: 0.8048,
      kind: 'cloud on-demand list price',
      source: 'AWS EC2 On-Demand, US East (N. Virginia), g6.xlarge (1 × L4, 4 vCPU, 16 GiB): AWS’s list price; not re-read from a dated page',
      asOf: 'list price, undated',
    },
  },
  {
    id: 'a10',
    name: 'NVIDIA A10',
    memoryGB: 24,
    compute: {
      peakTflops: 125,
      peakPrecision: 'bf16',
      peakSource: 'NVIDIA A10 datasheet: "BF16 Tensor Core 125 TF | 250 TF*" (* with sparsity)',
      // No published measurement: the ratio measured on its sibling GA102 card, the RTX A6000 (123.34 of 154.8).
      measuredMatmulTflops: 99.6,
      measuredMatmulSource: `No published measurement; stand-in: the measured-to-peak ratio of the RTX A6000, the same GA102 chip (${ZZC}: RTX A6000 123.34 of 154.8 = 0.797), times 125`,
      memoryBandwidthGBps: 600,
      bandwidthSource: 'NVIDIA A10 datasheet: "GPU Memory Bandwidth 600 GB/s"',
      architecture: 'ampere',
      linkBetweenCards: 'pcie',
    },
    price: {
      usdPerGpuHour: 1.006,
      kind: 'cloud on-demand list price',
      source: 'AWS EC2 On-Demand, US East (N. Virginia), g5.xlarge (1 × A10G, the A10 variant AWS offers): "$1.006/hr", quoted in "Amazon EC2 On-Demand Pricing … (2026)"',
      asOf: '2026-06',
    },
  },
  {
    id: 'rtx-3090',
    name: 'GeForce RTX 3090',
    memoryGB: 24,
    compute: {
      peakTflops: 71,
      peakPrecision: 'bf16',
      peakSource: 'NVIDIA Ampere GA102 GPU architecture whitepaper, RTX 3090: "Peak BF16 Tensor TFLOPS with FP32 Accumulate 71/142"',
      measuredMatmulTflops: 76.6,
      measuredMatmulSource: `${ZZC}: RTX 3090 76.34, 76.68, 76.58 (median; GeForce cards boost above the whitepaper clock)`,
      memoryBandwidthGBps: 936,
      bandwidthSource: 'NVIDIA GeForce RTX 3090 specifications: 936 GB/s (384-bit GDDR6X at 19.5 Gbps)',
      architecture: 'ampere',
      linkBetweenCards: 'pcie',
    },
    price: {usdPerGpuHour: 0.39, kind: 'marketplace price', source: runpod('RTX 3090 24GB, spot $0.22, on-demand $0.39'), asOf: '2026-03'},
  },
  {
    id: 'rtx-4090',
    name: 'GeForce RTX 4090',
    memoryGB: 24,
    compute: {
      peakTflops: 165.2,
      peakPrecision: 'bf16',
      peakSource: 'NVIDIA Ada GPU architecture whitepaper, RTX 4090: "Peak BF16 Tensor TFLOPS with FP32 Accumulate 165.2/330.4"',
      measuredMatmulTflops: 165.3,
      measuredMatmulSource: `${ZZC}: RTX 4090 24GB 162.39, 163.09, 164.81, 165.71, 170.06, 173.31 (median)`,
      memoryBandwidthGBps: 1008,
      bandwidthSource: 'NVIDIA GeForce RTX 4090 specifications: 1,008 GB/s (384-bit GDDR6X at 21 Gbps)',
      architecture: 'ada',
      linkBetweenCards: 'pcie',
    },
    price: {
      usdPerGpuHour: 0.6,
      kind: 'marketplace price',
      source: runpod(
        'RTX 4090 24GB, spot $0.34, on-demand $0.60 (other March 2026 quotes, gputracker.dev and deploybase.ai "RTX 4090 Cloud", give $0.34 on-demand: the market spread is wide)',
      ),
      asOf: '2026-03',
    },
  },
  {
    id: 'rtx-5090',
    name: 'GeForce RTX 5090',
    memoryGB: 32,
    compute: {
      peakTflops: 209.5,
      peakPrecision: 'bf16',
      peakSource:
        'NVIDIA RTX Blackwell GPU architecture whitepaper, RTX 5090: FP16/BF16 tensor with FP32 accumulate 209.5 dense (419 with sparsity; GeForce cards run FP32 accumulation at half the FP16-accumulate rate)',
      measuredMatmulTflops: 238,
      measuredMatmulSource: `${ZZC}: RTX 5090 32GB 221.65, 236.03, 240.05, 242.18 (median; above the whitepaper figure, as GeForce cards boost past its clock)`,
      memoryBandwidthGBps: 1792,
      bandwidthSource: 'NVIDIA GeForce RTX 5090 specifications: 1,792 GB/s (512-bit GDDR7 at 28 Gbps)',
      architecture: 'blackwell',
      linkBetweenCards: 'pcie',
    },
    price: {usdPerGpuHour: 1.22, kind: 'marketplace price', source: runpod('RTX 5090 32GB, spot $0.69, on-demand $1.22'), asOf: '2026-03'},
  },
  {
    id: 'a100-40',
    name: 'NVIDIA A100 40GB',
    memoryGB: 40,
    compute: {
      peakTflops: 312,
      peakPrecision: 'bf16',
      peakSource: 'NVIDIA A100 datasheet: "BFLOAT16 Tensor Core 312 TFLOPS | 624 TFLOPS*" (* with sparsity)',
      measuredMatmulTflops: 246.3,
      measuredMatmulSource: `${ZZC}: A100 40GB 246.33 (${MAMF}: A100 SXM 271.2 with the best shape)`,
      memoryBandwidthGBps: 1555,
      bandwidthSource: 'NVIDIA A100 datasheet: 40GB HBM2 "1,555GB/s"',
      architecture: 'ampere',
      linkBetweenCards: 'nvlink',
    },
    price: {
      usdPerGpuHour: 1.844,
      kind: 'cloud capacity-block price',
      source: 'AWS EC2 Capacity Blocks for ML pricing, p4d.24xlarge (8 × A100 40GB): "Effective Accelerator Hourly Rate $1.844" (rates then scheduled to change on 2025-01-01)',
      asOf: '2024-12',
    },
  },
  {
    id: 'l40s',
    name: 'NVIDIA L40S',
    memoryGB: 48,
    compute: {
      peakTflops: 362.05,
      peakPrecision: 'bf16',
      peakSource: 'NVIDIA L40S datasheet: "BF16 Tensor Core 362.05 | 733 TFLOPS*" (* with sparsity)',
      measuredMatmulTflops: 269.2,
      measuredMatmulSource: `${ZZC}: NVIDIA L40S 269.15`,
      memoryBandwidthGBps: 864,
      bandwidthSource: 'NVIDIA L40S datasheet: "GPU Memory Bandwidth 864GB/s"',
      architecture: 'ada',
      linkBetweenCards: 'pcie',
    },
    price: {usdPerGpuHour: 1.4, kind: 'marketplace price', source: runpod('L40S 48GB, spot $0.79, on-demand $1.40'), asOf: '2026-03'},
  },
  {
    id: 'a100-80',
    name: 'NVIDIA A100 80GB',
    memoryGB: 80,
    compute: {
      peakTflops: 312,
      peakPrecision: 'bf16',
      peakSource: 'NVIDIA A100 datasheet: "BFLOAT16 Tensor Core 312 TFLOPS | 624 TFLOPS*" (* with sparsity)',
      measuredMatmulTflops: 264.5,
      measuredMatmulSource: `${ZZC}: A100 SXM4 80GB 264.53 (${MAMF}: A100 SXM 271.2 with the best shape)`,
      memoryBandwidthGBps: 2039,
      bandwidthSource: 'NVIDIA A100 datasheet: 80GB HBM2e SXM "2,039GB/s"',
      architecture: 'ampere',
      linkBetweenCards: 'nvlink',
    },
    price: {usdPerGpuHour: 1.5, kind: 'median across providers', source: `${MERCATUS}: A100 80GB "$1.10–$1.50" (upper end)`, asOf: '2026-05'},
  },
  {
    id: 'h100-80',
    name: 'NVIDIA H100 80GB',
    memoryGB: 80,
    compute: {
      peakTflops: 989.4,
      peakPrecision: 'bf16',
      peakSource: 'NVIDIA H100 datasheet, SXM: "BF16 Tensor Core 1,979 teraFLOPS*" (* with sparsity; dense is half). The PCIe card is 756 dense',
      measuredMatmulTflops: 790.6,
      measuredMatmulSource: `${ZZC}: H100 80GB HBM3 797.51, 783.66 (mean; ${MAMF}: H100 SXM 794.5)`,
      memoryBandwidthGBps: 3350,
      bandwidthSource: 'NVIDIA H100 datasheet, SXM: "GPU Memory Bandwidth 3.35TB/s"',
      architecture: 'hopper',
      linkBetweenCards: 'nvlink',
    },
    price: {
      usdPerGpuHour: 2.99,
      kind: 'cloud on-demand list price',
      source: 'Lambda on-demand H100 SXM, as quoted by cliffcenter.com "AMD inference economics" (2026-05-18: "H100 sits at $2.99 on Lambda") and gputracker.dev (2026-03-19)',
      asOf: '2026-05',
    },
  },
  {
    id: 'h200',
    name: 'NVIDIA H200',
    memoryGB: 141,
    compute: {
      peakTflops: 989.4,
      peakPrecision: 'bf16',
      peakSource: 'NVIDIA H200 datasheet, SXM: "BF16 Tensor Core 1,979 TFLOPS*" (* with sparsity; dense is half)',
      measuredMatmulTflops: 790.3,
      measuredMatmulSource: `${ZZC}: NVIDIA H200 790.29`,
      memoryBandwidthGBps: 4800,
      bandwidthSource: 'NVIDIA H200 datasheet: "GPU Memory Bandwidth 4.8TB/s"',
      architecture: 'hopper',
      linkBetweenCards: 'nvlink',
    },
    price: {usdPerGpuHour: 3.5, kind: 'median across providers', source: `${MERCATUS}: H200 SXM5 "$3.50–$4.50" (lower end)`, asOf: '2026-05'},
  },
  {
    id: 'mi300x',
    name: 'AMD Instinct MI300X',
    memoryGB: 192,
    compute: {
      peakTflops: 1307.4,
      peakPrecision: 'bf16',
      peakSource: 'AMD Instinct MI300X datasheet: "Peak bfloat16 1307.4 TFLOPs" (2614.9 with structured sparsity)',
      measuredMatmulTflops: 668.4,
      measuredMatmulSource: `${MAMF}: AMD MI300X 668.4 (51.4 %; PYTORCH_TUNABLEOP_ENABLED=1)`,
      memoryBandwidthGBps: 5300,
      bandwidthSource: 'AMD Instinct MI300X datasheet: "Peak Theoretical Memory Bandwidth 5.3 TB/s"',
      architecture: 'cdna3',
      linkBetweenCards: 'infinity-fabric',
    },
    price: {
      usdPerGpuHour: 1.99,
      kind: 'median across providers',
      source: 'cliffcenter.com "AMD inference economics" (2026-05-18): "Median MI300X is $1.99"',
      asOf: '2026-05',
    },
  },
];
