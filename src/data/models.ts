/**
 * Decoder architectures the LoRA memory calculator offers as presets.
 * Every number is copied from the model's published config.json on Hugging Face
 * (the repository named in `source`); `publishedTotalParams` is the parameter
 * count those configs give, which the engine's own count is tested against.
 */

/** The shape of a Llama-style decoder: what the parameter and memory counts need. */
export interface ModelArchitecture {
  /** Width of the residual stream (config `hidden_size`). */
  hidden: number;
  /** Transformer blocks (config `num_hidden_layers`). */
  layers: number;
  /** Width of the gated MLP (config `intermediate_size`). */
  intermediate: number;
  /** Query heads (config `num_attention_heads`). */
  heads: number;
  /** Key/value heads; fewer than `heads` means grouped-query attention. */
  kvHeads: number;
  /** Tokenizer vocabulary (config `vocab_size`). */
  vocab: number;
  /** True when the output head reuses the embedding matrix. */
  tiedEmbeddings: boolean;
  /** Qwen2.5 puts biases on q, k and v; the others have none. */
  qkvBias: boolean;
  /** Phi-4 ships q/k/v as one `qkv_proj` and gate/up as one `gate_up_proj`. */
  fusedProjections: boolean;
}

export interface ModelPreset {
  /** Query-string id (`?model=`). */
  id: string;
  /** Name as the reader knows it. */
  name: string;
  architecture: ModelArchitecture;
  /** Total parameter count as published; the engine recounts it from `architecture`. */
  publishedTotalParams: number;
  /** Where the architecture comes from: model card and config.json. */
  source: string;
}

const llamaStyle = {tiedEmbeddings: false, qkvBias: false, fusedProjections: false} as const;

export const modelPresets: readonly ModelPreset[] = [
  {
    id: 'llama-2-7b',
    name: 'Llama 2 7B',
    architecture: {hidden: 4096, layers: 32, intermediate: 11008, heads: 32, kvHeads: 32, vocab: 32000, ...llamaStyle},
    publishedTotalParams: 6_738_415_616,
    source: 'Hugging Face model card meta-llama/Llama-2-7b-hf, config.json',
  },
  {
    id: 'llama-2-13b',
    name: 'Llama 2 13B',
    architecture: {hidden: 5120, layers: 40, intermediate: 13824, heads: 40, kvHeads: 40, vocab: 32000, ...llamaStyle},
    publishedTotalParams: 13_015_864_320,
    source: 'Hugging Face model card meta-llama/Llama-2-13b-hf, config.json',
  },
  {
    id: 'llama-2-70b',
    name: 'Llama 2 70B',
    architecture: {hidden: 8192, layers: 80, intermediate: 28672, heads: 64, kvHeads: 8, vocab: 32000, ...llamaStyle},
    publishedTotalParams: 68_976_648_192,
    source: 'Hugging Face model card meta-llama/Llama-2-70b-hf, config.json',
  },
  {
    id: 'llama-3.1-8b',
    name: 'Llama 3.1 8B',
    architecture: {hidden: 4096, layers: 32, intermediate: 14336, heads: 32, kvHeads: 8, vocab: 128256, ...llamaStyle},
    publishedTotalParams: 8_030_261_248,
    source: 'Hugging Face model card meta-llama/Llama-3.1-8B, config.json',
  },
  {
    id: 'llama-3.1-70b',
    name: 'Llama 3.1 70B',
    architecture: {hidden: 8192, layers: 80, intermediate: 28672, heads: 64, kvHeads: 8, vocab: 128256, ...llamaStyle},
    publishedTotalParams: 70_553_706_496,
    source: 'Hugging Face model card meta-llama/Llama-3.1-70B, config.json',
  },
  {
    id: 'llama-3.2-3b',
    name: 'Llama 3.2 3B',
    architecture: {hidden: 3072, layers: 28, intermediate: 8192, heads: 24, kvHeads: 8, vocab: 128256, tiedEmbeddings: true, qkvBias: false, fusedProjections: false},
    publishedTotalParams: 3_212_749_824,
    source: 'Hugging Face model card meta-llama/Llama-3.2-3B, config.json (tied embeddings; total as PEFT counts it in its method comparison)',
  },
  {
    id: 'mistral-7b',
    name: 'Mistral 7B v0.1',
    architecture: {hidden: 4096, layers: 32, intermediate: 14336, heads: 32, kvHeads: 8, vocab: 32000, ...llamaStyle},
    publishedTotalParams: 7_241_732_096,
    source: 'Hugging Face model card mistralai/Mistral-7B-v0.1, config.json',
  },
  {
    id: 'phi-4',
    name: 'Phi-4 (14B)',
    architecture: {
      hidden: 5120,
      layers: 40,
      intermediate: 17920,
      heads: 40,
      kvHeads: 10,
      vocab: 100352,
      tiedEmbeddings: false,
      qkvBias: false,
      fusedProjections: true,
    },
    publishedTotalParams: 14_659_507_200,
    source: 'Hugging Face model card microsoft/phi-4, config.json (fused qkv_proj and gate_up_proj)',
  },
  {
    id: 'qwen2.5-7b',
    name: 'Qwen2.5 7B',
    architecture: {
      hidden: 3584,
      layers: 28,
      intermediate: 18944,
      heads: 28,
      kvHeads: 4,
      vocab: 152064,
      tiedEmbeddings: false,
      qkvBias: true,
      fusedProjections: false,
    },
    publishedTotalParams: 7_615_616_512,
    source: 'Hugging Face model card Qwen/Qwen2.5-7B, config.json (biases on q, k, v)',
  },
];

/** The `?model=` value for a model described only by its size. */
export const CUSTOM_MODEL_ID = 'custom';

/**
 * The rule that turns a parameter count into a plausible architecture. Each
 * ratio is read off the presets above: head dimension 128 everywhere; layers =
 * hidden / 128 holds for Llama 2 7B and 13B, Qwen2.5 7B and Phi-4; the MLP is
 * 3.5 × hidden in Llama 3.1 8B and 70B and Mistral 7B; 8 key/value heads and
 * the 128,256-token vocabulary are Llama 3.1's.
 */
export const customArchitectureRule = {
  headDim: 128,
  hiddenPerLayer: 128,
  intermediatePerHidden: 3.5,
  intermediateMultiple: 256,
  maxKvHeads: 8,
  vocab: 128256,
  minParamsBillions: 0.5,
  maxParamsBillions: 405,
  source: 'Ratios read off the presets (Llama 2, Llama 3.1, Mistral, Qwen2.5, Phi-4 config.json files)',
} as const;
