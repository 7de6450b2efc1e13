/**
 * Every constant the LoRA memory estimate uses, with its source. The
 * calculator's "show the math" panel lists this table as it stands, so a
 * figure changed here changes on the page too.
 */
export interface MemoryConstant {
  /** Symbol used in the formulas on the page. */
  symbol: string;
  /** What it is, in the reader's words. */
  label: string;
  value: number;
  unit: string;
  /** Where the value comes from. */
  source: string;
}

const MIXED_PRECISION = 'Micikevicius et al., "Mixed Precision Training" (arXiv 1710.03740)';
const ZERO = 'Rajbhandari et al., "ZeRO" (arXiv 1910.02054), section 3.1: mixed-precision Adam keeps 2 + 2 + 12 bytes per parameter';
const QLORA = 'Dettmers et al., "QLoRA" (arXiv 2305.14314), section 3';
const KORTHIKANTI = 'Korthikanti et al., "Reducing Activation Recomputation in Large Transformer Models" (arXiv 2205.05198), section 4';

export const memoryConstants = {
  /** Bytes in one GB: the vendors' decimal gigabyte, used for every figure on the page. */
  bytesPerGB: {symbol: 'GB', label: 'Bytes per GB', value: 1e9, unit: 'bytes', source: 'SI prefix giga; GPU vendors state memory in this unit'},
  /** bf16 and fp16 store a number in 16 bits. */
  bytes16bit: {symbol: 'B_{16}', label: '16-bit value (bf16, fp16)', value: 2, unit: 'bytes', source: 'IEEE 754 binary16; Google bfloat16 format'},
  /** fp32 stores a number in 32 bits. */
  bytes32bit: {symbol: 'B_{32}', label: '32-bit value (fp32)', value: 4, unit: 'bytes', source: 'IEEE 754 binary32'},
  /** Mixed precision keeps an fp32 copy of every trained 16-bit weight for the update. */
  masterWeightBytes: {symbol: 'B_{master}', label: 'fp32 master copy of a 16-bit trained weight', value: 4, unit: 'bytes per trained parameter', source: `${MIXED_PRECISION}; ${ZERO}`},
  /** PEFT creates the adapter matrices in fp32 even over a 16-bit base. */
  adapterTrainingBytes: {symbol: 'B_{A}', label: 'LoRA adapter weight while training (fp32)', value: 4, unit: 'bytes per adapter parameter', source: 'Hugging Face PEFT: adapter weights are kept in fp32 (autocast_adapter_dtype=True by default)'},
  /** AdamW keeps two moments per trained parameter, each in fp32. */
  adamwStateBytes: {symbol: 'B_{opt}^{AdamW}', label: 'AdamW: two fp32 moments', value: 8, unit: 'bytes per trained parameter', source: `Loshchilov & Hutter, "Decoupled Weight Decay Regularization" (arXiv 1711.05101); ${ZERO}`},
  /** 8-bit AdamW stores each moment in one byte (block-wise quantized). */
  adamw8bitStateBytes: {symbol: 'B_{opt}^{8bit}', label: '8-bit AdamW: two 8-bit moments', value: 2, unit: 'bytes per trained parameter', source: 'Dettmers et al., "8-bit Optimizers via Block-wise Quantization" (arXiv 2110.02861); bitsandbytes AdamW8bit'},
  /** 8-bit AdamW keeps one fp32 scale per block of moments. */
  adamw8bitBlockSize: {symbol: 'n_{opt}', label: '8-bit optimizer block size (one fp32 scale per block and moment)', value: 2048, unit: 'values', source: 'Dettmers et al. (arXiv 2110.02861), section 2.1: block size 2048'},
  /** SGD with momentum keeps one fp32 buffer per trained parameter. */
  sgdStateBytes: {symbol: 'B_{opt}^{SGD}', label: 'SGD with momentum: one fp32 buffer', value: 4, unit: 'bytes per trained parameter', source: 'PyTorch torch.optim.SGD (momentum buffer); plain SGD without momentum keeps none'},
  /** NF4 stores each weight in 4 bits. */
  nf4Bits: {symbol: 'b_{NF4}', label: 'NF4 weight', value: 4, unit: 'bits per parameter', source: QLORA},
  /** NF4 quantizes weights in blocks that share one absmax constant. */
  nf4BlockSize: {symbol: 'n_{1}', label: 'NF4 block size', value: 64, unit: 'weights per block', source: QLORA},
  /** Without double quantization each block constant is an fp32 number. */
  nf4ConstantBits: {symbol: 'c_{1}', label: 'NF4 block constant without double quantization (fp32)', value: 32, unit: 'bits per block', source: `${QLORA}: 32/64 = 0.5 bit per parameter`},
  /** Double quantization stores the block constants in 8 bits... */
  dqConstantBits: {symbol: 'c_{1}^{DQ}', label: 'NF4 block constant with double quantization (8-bit)', value: 8, unit: 'bits per block', source: QLORA},
  /** ...and groups 256 of them under one fp32 second-level constant. */
  dqSecondLevelBlockSize: {symbol: 'n_{2}', label: 'Block constants per second-level constant', value: 256, unit: 'blocks', source: QLORA},
  dqSecondLevelBits: {symbol: 'c_{2}', label: 'Second-level constant (fp32)', value: 32, unit: 'bits', source: `${QLORA}: 8/64 + 32/(64·256) = 0.127 bit per parameter`},
  /** Activation bytes per token per hidden unit per layer, 16-bit, no recomputation, flash attention. */
  activationBytesPerSbh: {symbol: '34', label: 'Activations per layer, without checkpointing', value: 34, unit: 'bytes per (token × hidden unit) in 16-bit', source: `${KORTHIKANTI}, equation 1: s·b·h·(34 + 5·a·s/h)`},
  /** The attention-score term; fused (flash) attention never stores the s × s scores. */
  attentionScoreCoefficient: {symbol: '5', label: 'Attention scores per layer (5·a·s/h), dropped with flash attention', value: 5, unit: 'bytes per (token × head × token) in 16-bit', source: `${KORTHIKANTI}; Dao et al., "FlashAttention" (arXiv 2205.14135)`},
  /** With full checkpointing each layer keeps only its 16-bit input. */
  checkpointBytesPerSbh: {symbol: '2', label: 'Activations per layer kept with full checkpointing', value: 2, unit: 'bytes per (token × hidden unit)', source: `${KORTHIKANTI}, section 4.3: 2·s·b·h per layer, plus one layer recomputed`},
  /** The activation figures above are for 16-bit training; fp32 doubles them. */
  activationReferenceBytes: {symbol: 'B_{act}', label: 'Bytes per activation value the formulas assume', value: 2, unit: 'bytes', source: KORTHIKANTI},
  /** The loss is computed on fp32 logits. */
  logitBytes: {symbol: 'B_{logit}', label: 'Logit value (fp32 for the loss)', value: 4, unit: 'bytes per token per vocabulary entry', source: 'Hugging Face transformers: LlamaForCausalLM upcasts logits to fp32 before the cross-entropy loss'},
  /** CUDA context, kernels and allocator slack, paid once per GPU. */
  runtimeOverheadBytes: {symbol: 'O', label: 'Runtime overhead per GPU (CUDA context, allocator slack)', value: 1e9, unit: 'bytes', source: 'Several hundred MB to about 1 GB per GPU (PyTorch CUDA context and caching allocator); the upper end is used'},
} as const satisfies Record<string, MemoryConstant>;

export type MemoryConstantName = keyof typeof memoryConstants;
