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
const EAGER = 'Counting the tensors autograd keeps in a Llama block as Korthikanti et al. (arXiv 2205.05198, section 4) do, for the eager PyTorch code of transformers, LitGPT and torchtune';
const FLASH = 'Dao et al., "FlashAttention" (arXiv 2205.14135)';

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
  /** One 16-bit value a layer keeps for the backward pass; fp32 training keeps 4-byte values instead. */
  activationReferenceBytes: {symbol: 'B_{act}', label: 'Bytes per kept activation value (16-bit training)', value: 2, unit: 'bytes', source: KORTHIKANTI},
  /** Each RMSNorm upcasts its input to fp32 and keeps that copy for the backward pass. */
  normInputBytes: {symbol: 'B_{norm}', label: 'RMSNorm: fp32 copy of its input, kept for the backward pass', value: 4, unit: 'bytes per hidden unit, per norm (two per layer)', source: `${EAGER}: RMSNorm computes in fp32 (x.float()) in transformers, LitGPT and torchtune`},
  /** Attention keeps q, k, v and its output; k and v are expanded to every query head before the kernel. */
  attentionKeptValues: {symbol: 'n_{attn}', label: 'Attention: q, k, v and output kept (k, v expanded to the query heads)', value: 4, unit: 'values per hidden unit', source: `${FLASH}: the backward pass reads q, k, v and the output; repeat_kv (transformers) and k.expand (LitGPT, torchtune) widen k and v`},
  /** SwiGLU keeps the gate output, the up output and silu(gate). */
  swigluKeptValues: {symbol: 'n_{MLP}', label: 'SwiGLU MLP: gate output, up output and silu(gate) kept', value: 3, unit: 'values per MLP unit', source: `${EAGER}: silu keeps its input, the product both factors (PyTorch autograd)`},
  /** With full checkpointing each layer keeps only its 16-bit input. */
  checkpointValuesPerLayer: {symbol: 'n_{ckpt}', label: 'Values per layer kept with full checkpointing (the layer input)', value: 1, unit: 'value per hidden unit', source: `${KORTHIKANTI}, section 4.3: 2·s·b·h bytes per layer, plus one layer recomputed`},
  /** A dropout layer's 16-bit output is what LoRA's A matrix reads; the mask is one byte per value. */
  dropoutMaskBytes: {symbol: 'B_{mask}', label: 'LoRA dropout: one-byte mask per input value (besides the 16-bit dropped-out copy)', value: 1, unit: 'byte per input value, per adapted layer', source: 'PyTorch native_dropout keeps a bool mask for its backward pass; PEFT applies lora_dropout to each adapted layer’s input separately'},
  /** The standard loss: fp32 log-probabilities kept, then their gradient and the logits' gradient in the backward pass. */
  lossBytesFull: {symbol: 'B_{loss}^{full}', label: 'Loss on the full logits: bytes per token per vocabulary entry at its peak', value: 12, unit: 'bytes per token per vocabulary entry', source: 'fp32 logits for F.cross_entropy (transformers ForCausalLMLoss): log_softmax keeps its fp32 output, and its backward pass adds its gradient and the logits\' (4 + 4 + 4 B). Cross-check: apple/ml-cross-entropy benchmark (Wijmans et al., arXiv 2411.09009), PyTorch baseline loss + gradient 28,000 MiB for 8,192 × 256,000 logits'},
  /** Chunked losses keep 4 bytes per logit: fp32 log-probabilities chunk by chunk, or 16-bit logits plus 16-bit log-probabilities. */
  lossBytesChunked: {symbol: 'B_{loss}^{chunk}', label: 'Loss computed in chunks: bytes per token per vocabulary entry kept for the backward pass', value: 4, unit: 'bytes per token per vocabulary entry', source: 'torchtune CEWithChunkedOutputLoss (fp32 log-probabilities of every chunk kept, logits freed); LitGPT chunked_cross_entropy (16-bit logits and log-probabilities)'},
  /** The caching allocator keeps freed blocks; tensors freed and allocated again every step leave part of it unused. */
  allocatorReserveShare: {symbol: 'f_{res}', label: 'Allocator reserve per byte of activations, buffers and logits', value: 0.15 / 0.85, unit: 'bytes per byte (15 % of what is reserved)', source: 'Guo et al., "GMLake" (ASPLOS 2024, arXiv 2401.08156): PyTorch\'s allocator left 15 % of reserved memory fragmented on average over eight LLM fine-tuning workloads; memory of fixed sizes does not fragment (torchtune logs 13.96 GB allocated, 13.98 GB reserved after loading Llama 2 7B)'},
  /** CUDA context and kernels, paid once per GPU, outside what PyTorch allocates or reserves. */
  /** DPO scores a chosen and a rejected response for each prompt, in one batch. */
  dpoSequencesPerPair: {symbol: 'n_{DPO}', label: 'DPO: sequences per preference pair (chosen and rejected), each with its activations and logits', value: 2, unit: 'sequences per example', source: 'Rafailov et al., "Direct Preference Optimization" (arXiv 2305.18290), eq. 7: the loss compares the log-probabilities of the chosen and the rejected response; TRL DPOTrainer.concatenated_forward runs both in one batch'},
  /** FSDP keeps the block it computes and the next one, being gathered, unsharded at once. */
  fsdpGatheredBlocks: {symbol: 'n_{gather}', label: 'ZeRO-3 / FSDP: decoder blocks gathered (unsharded) on each card at once', value: 2, unit: 'blocks', source: 'pytorch/pytorch PR #128884 (FSDP2): "allows two all-gather output tensors to be alive at once" in forward, and prefetches the next block in backward (FSDP1: BackwardPrefetch.BACKWARD_PRE)'},
  /** The root unit (embeddings, output head, final norm) stays gathered from the forward through the backward. */
  fsdpRootUnitsHeld: {symbol: 'n_{root}', label: 'ZeRO-3 / FSDP: root unit (embeddings, output head, final norm) held unsharded through the step', value: 1, unit: 'unit', source: 'PyTorch docs, torch.distributed.fsdp.fully_shard: reshard_after_forward=None is True for non-root modules and False for the root; FSDP1 likewise does not free the root\'s parameters after the forward (Hugging Face Accelerate wraps decoder blocks and leaves the rest in the root)'},
  runtimeOverheadBytes: {symbol: 'O', label: 'CUDA context and kernels per GPU', value: 1343 * 2 ** 20, unit: 'bytes', source: 'Hugging Face transformers docs, model_memory_anatomy.md: torch.ones((1, 1)).to("cuda") → "GPU memory occupied: 1343 MB" (nvidia-smi, MiB) before any model is loaded'},
} as const satisfies Record<string, MemoryConstant>;

export type MemoryConstantName = keyof typeof memoryConstants;
