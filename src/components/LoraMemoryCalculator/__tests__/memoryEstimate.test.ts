import {describe, expect, it} from 'vitest';
import {modelPresets, type ModelArchitecture} from '@site/src/data/models';
import {memoryConstants as C} from '@site/src/data/memoryConstants';
import {baseModelParams, loraTrainableParams, TARGET_MODULES} from '../loraMath';
import {
  activationBytes,
  comparableBytes,
  estimateMethodMemory,
  layerAdapterBytes,
  layerBlockBytes,
  nf4BitsPerParam,
  optimizerStateBytes,
  resolveSettings,
  type MemoryPartId,
  type TrainingSettings,
} from '../memoryEstimate';

function preset(id: string): ModelArchitecture {
  const found = modelPresets.find((m) => m.id === id);
  if (!found) throw new Error(`no preset ${id}`);
  return found.architecture;
}

// Only the six settings every caller knows: the optional ones take their defaults.
const settings: TrainingSettings = {
  precision: 'bf16',
  optimizer: 'adamw',
  seqLength: 2048,
  microBatch: 1,
  gradientCheckpointing: true,
  doubleQuant: true,
};

function partsOf(estimate: {parts: {id: MemoryPartId; bytes: number}[]}): Record<MemoryPartId, number> {
  return Object.fromEntries(estimate.parts.map((p) => [p.id, p.bytes])) as Record<MemoryPartId, number>;
}

const llama7 = preset('llama-2-7b');
const llama7Base = baseModelParams(llama7);
const llama7Adapter = loraTrainableParams(llama7, 8, ['q', 'v']).total; // 4,194,304
const h = 4096;
const I = 11008;
const reserveShare = 0.15 / 0.85;

describe('constants', () => {
  it('NF4 costs 4.5 bits per weight plain and 4.127 with double quantization (QLoRA paper)', () => {
    expect(nf4BitsPerParam(false)).toBe(4 + 32 / 64);
    expect(nf4BitsPerParam(true)).toBeCloseTo(4.127, 3);
    expect(nf4BitsPerParam(true)).toBe(4 + 8 / 64 + 32 / (64 * 256));
  });

  it('optimizer state per trained parameter; paged optimizers keep the same; 16-bit weights get 16-bit moments', () => {
    expect(optimizerStateBytes('adamw')).toBe(8);
    expect(optimizerStateBytes('pagedadamw')).toBe(8);
    expect(optimizerStateBytes('adamw8bit')).toBe(2 + 8 / 2048);
    expect(optimizerStateBytes('pagedadamw8bit')).toBe(2 + 8 / 2048);
    expect(optimizerStateBytes('sgd')).toBe(4);
    expect(optimizerStateBytes('adamw', 2)).toBe(4);
    expect(optimizerStateBytes('adamw8bit', 2)).toBe(2 + 8 / 2048);
  });

  it('the allocator keeps 15 % of what it reserves unused, taken of what each step allocates anew', () => {
    expect(C.allocatorReserveShare.value).toBeCloseTo(reserveShare, 12);
  });

  it('the optional settings default to what transformers, PEFT and bitsandbytes do today', () => {
    expect(resolveSettings(settings)).toMatchObject({
      loss: 'full',
      loraDropout: false,
      trainedPrecision: 'fp32',
      oldBitsandbytes: false,
      targets: ['q', 'v'],
    });
  });
});

describe('Llama 2 7B, rank 8 on q, v, bf16, AdamW, s = 2048, b = 1, checkpointing, double quantization', () => {
  it('LoRA, part by part', () => {
    const lora = estimateMethodMemory('lora', llama7, llama7Base, llama7Adapter, settings);
    const block = 2 * h * 4 + 4 * h * 2 + 3 * I * 2; // 131,584 B per token: fp32 norm inputs, q k v out, SwiGLU
    const transient = 806_354_944 + 16_777_216 + 786_432_000; // activations, kept inputs, logits
    expect(block).toBe(131_584);
    expect(partsOf(lora)).toEqual({
      baseWeights: 13_476_831_232, // 6,738,415,616 × 2
      adapterWeights: 16_777_216, // 4,194,304 × 4 (fp32)
      gradients: 16_777_216,
      optimizerStates: 33_554_432, // × 8
      referenceWeights: 0, // not DPO
      activations: 806_354_944, // (32 layers × h × 2 + one layer of 131,584 B) × 2048
      adapterInputs: 16_777_216, // q and v read the attention norm's output: h × 2 B × 2048, one recomputed layer
      dequantBuffer: 0,
      logits: 786_432_000, // 2048 × 32,000 × 12 B
      allocatorReserve: transient * reserveShare,
      runtimeOverhead: 1343 * 2 ** 20,
    });
    expect(lora.allocatedBytes).toBe(15_153_504_256);
    expect(lora.reservedBytes).toBeCloseTo(15_153_504_256 + transient * reserveShare, 3);
    expect(lora.totalBytes).toBeCloseTo(lora.reservedBytes + 1343 * 2 ** 20, 3);
    expect(lora.weightsOnlyBytes).toBe(13_476_831_232 + 16_777_216);
  });

  it('full fine-tuning: 16-bit weights and gradients, fp32 master copy, two fp32 moments', () => {
    const full = estimateMethodMemory('full', llama7, llama7Base, llama7Adapter, settings);
    const parts = partsOf(full);
    expect(parts.baseWeights).toBe(13_476_831_232);
    expect(parts.adapterWeights).toBe(0);
    expect(parts.adapterInputs).toBe(0);
    expect(parts.gradients).toBe(13_476_831_232);
    expect(parts.optimizerStates).toBe(80_860_987_392); // × (4 + 8)
    // The recomputed layer also keeps the trained projections' and norms' inputs: (3h + I + 2h) × 2 B more.
    expect(parts.activations).toBe((32 * h * 2 + 194_560) * 2048);
  });

  it('pure 16-bit training (torchtune, LitGPT bf16-true): no master copy and 16-bit moments, 2 + 2 + 4 bytes per weight', () => {
    const full = estimateMethodMemory('full', llama7, llama7Base, 0, {...settings, trainedPrecision: '16bit'});
    expect(partsOf(full).optimizerStates).toBe(6_738_415_616 * 4);
    const lora = estimateMethodMemory('lora', llama7, llama7Base, llama7Adapter, {...settings, trainedPrecision: '16bit'});
    expect(partsOf(lora)).toMatchObject({adapterWeights: 4_194_304 * 2, gradients: 4_194_304 * 2, optimizerStates: 4_194_304 * 4});
  });

  it('QLoRA: NF4 block weights, 16-bit rest, and one dequantized 16-bit copy of the largest 4-bit layer', () => {
    expect(llama7Base.blockLinearWeights).toBe(6_476_005_376);
    const withDq = estimateMethodMemory('qlora', llama7, llama7Base, llama7Adapter, settings);
    // 809,500,672 bytes per bit-per-weight × 4.126953125 bits + 262,410,240 × 2
    expect(partsOf(withDq).baseWeights).toBe(3_340_771_328 + 524_820_480);
    const plain = estimateMethodMemory('qlora', llama7, llama7Base, llama7Adapter, {...settings, doubleQuant: false});
    expect(partsOf(plain).baseWeights).toBe(3_642_753_024 + 524_820_480); // × 4.5 bits
    expect(partsOf(withDq).dequantBuffer).toBe(h * I * 2); // gate, up or down: 4,096 × 11,008 × 2 B
    const lora = estimateMethodMemory('lora', llama7, llama7Base, llama7Adapter, settings);
    expect(withDq.allocatedBytes - partsOf(withDq).baseWeights - partsOf(withDq).dequantBuffer).toBe(
      lora.allocatedBytes - partsOf(lora).baseWeights,
    );
  });

  it("weights only lands within 5 % of the module's ~14 GB (LoRA) and ~4 GB (QLoRA)", () => {
    const lora = estimateMethodMemory('lora', llama7, llama7Base, llama7Adapter, settings);
    const qlora = estimateMethodMemory('qlora', llama7, llama7Base, llama7Adapter, settings);
    expect(lora.weightsOnlyBytes).toBe(13_493_608_448); // 13.49 GB: 6.74B, not 7B, × 2
    expect(Math.abs(lora.weightsOnlyBytes / 14e9 - 1)).toBeLessThan(0.05);
    expect(qlora.weightsOnlyBytes).toBe(3_865_591_808 + 16_777_216); // 3.88 GB with block constants and 16-bit embeddings
    expect(Math.abs(qlora.weightsOnlyBytes / 4e9 - 1)).toBeLessThan(0.05);
  });
});

describe('activations', () => {
  const noCheckpointing = {...settings, gradientCheckpointing: false};

  it('without checkpointing: every layer keeps two fp32 norm inputs, q, k, v and output, and SwiGLU’s three tensors', () => {
    expect(activationBytes(llama7, noCheckpointing).bytes).toBe(32 * (8 * h + 8 * h + 6 * I) * 2048);
    expect(layerBlockBytes(llama7, 'lora', 'bf16').bytes).toBe(8 * h + 8 * h + 6 * I);
  });

  it('full fine-tuning also keeps what the trained weights need: the projections’ four inputs and the norms’ outputs', () => {
    expect(layerBlockBytes(llama7, 'full', 'bf16').bytes - layerBlockBytes(llama7, 'lora', 'bf16').bytes).toBe((5 * h + I) * 2);
  });

  it('with checkpointing: each layer’s 16-bit input, plus one layer recomputed', () => {
    expect(activationBytes(llama7, {...settings, microBatch: 4}).bytes).toBe((32 * h * 2 + 131_584) * 2048 * 4);
  });

  it('fp32 doubles the 16-bit tensors; the norms’ fp32 inputs stay 4 bytes', () => {
    expect(layerBlockBytes(llama7, 'lora', 'fp32').bytes).toBe(8 * h + 16 * h + 12 * I);
  });
});

describe('inputs kept for the adapters', () => {
  const s = (extra: Partial<TrainingSettings>) => resolveSettings({...settings, ...extra});

  it('adapters reading the same tensor share it: q, k and v keep the attention norm’s output once', () => {
    expect(layerAdapterBytes(llama7, 'lora', s({targets: ['q', 'k', 'v']})).bytes).toBe(h * 2);
    expect(layerAdapterBytes(llama7, 'lora', s({targets: [...TARGET_MODULES]})).bytes).toBe((3 * h + I) * 2);
  });

  it('with dropout each adapted layer keeps its own 16-bit copy and a one-byte mask', () => {
    expect(layerAdapterBytes(llama7, 'lora', s({targets: ['q', 'v'], loraDropout: true})).bytes).toBe(2 * h * 3);
    expect(layerAdapterBytes(llama7, 'lora', s({targets: ['down'], loraDropout: true})).bytes).toBe(I * 3);
  });

  it('bitsandbytes before 0.44 keeps every 4-bit layer’s input, adapted or not (QLoRA only)', () => {
    const old = s({targets: ['q', 'v'], oldBitsandbytes: true});
    expect(layerAdapterBytes(llama7, 'qlora', old).bytes).toBe((3 * h + I) * 2);
    expect(layerAdapterBytes(llama7, 'lora', old).bytes).toBe(h * 2);
    expect(layerAdapterBytes(llama7, 'qlora', s({targets: ['q', 'v'], oldBitsandbytes: true, loraDropout: true})).bytes).toBe(
      2 * h * 3 + (3 * h + I) * 2,
    );
  });

  it('count for every layer without checkpointing, for the recomputed one with it', () => {
    const every = estimateMethodMemory('lora', llama7, llama7Base, llama7Adapter, {...settings, gradientCheckpointing: false});
    const one = estimateMethodMemory('lora', llama7, llama7Base, llama7Adapter, settings);
    expect(partsOf(every).adapterInputs).toBe(32 * partsOf(one).adapterInputs);
  });
});

describe('the loss', () => {
  it('full logits: 12 bytes per token per vocabulary entry; chunked: 4', () => {
    const full = estimateMethodMemory('lora', llama7, llama7Base, llama7Adapter, settings);
    const chunked = estimateMethodMemory('lora', llama7, llama7Base, llama7Adapter, {...settings, loss: 'chunked'});
    expect(partsOf(full).logits).toBe(2048 * 32_000 * 12);
    expect(partsOf(chunked).logits).toBe(2048 * 32_000 * 4);
  });
});

describe('what a measurement is compared with', () => {
  it('allocated < reserved < everything on the card', () => {
    const lora = estimateMethodMemory('lora', llama7, llama7Base, llama7Adapter, settings);
    expect(comparableBytes(lora, 'allocated')).toBe(lora.allocatedBytes);
    expect(comparableBytes(lora, 'reserved')).toBe(lora.reservedBytes);
    expect(comparableBytes(lora, 'device')).toBe(lora.totalBytes);
    expect(lora.allocatedBytes).toBeLessThan(lora.reservedBytes);
    expect(lora.reservedBytes).toBeLessThan(lora.totalBytes);
  });
});

describe('fp32 and other optimizers', () => {
  it('fp32 full fine-tuning needs no master copy: 4 + 4 + 8 bytes per parameter', () => {
    const full = estimateMethodMemory('full', llama7, llama7Base, llama7Adapter, {...settings, precision: 'fp32'});
    const parts = partsOf(full);
    expect(parts.baseWeights).toBe(6_738_415_616 * 4);
    expect(parts.gradients).toBe(6_738_415_616 * 4);
    expect(parts.optimizerStates).toBe(6_738_415_616 * 8);
  });

  it('8-bit AdamW on the adapter: 4,194,304 × 2.00390625 = 8,404,992 bytes', () => {
    const lora = estimateMethodMemory('lora', llama7, llama7Base, llama7Adapter, {...settings, optimizer: 'adamw8bit'});
    expect(partsOf(lora).optimizerStates).toBe(8_404_992);
  });

  it('SGD with momentum in full fine-tuning: master copy + one fp32 buffer', () => {
    const full = estimateMethodMemory('full', llama7, llama7Base, llama7Adapter, {...settings, optimizer: 'sgd'});
    expect(partsOf(full).optimizerStates).toBe(6_738_415_616 * (4 + 4));
  });
});
