import {describe, expect, it} from 'vitest';
import {modelPresets, type ModelArchitecture} from '@site/src/data/models';
import {baseModelParams, loraTrainableParams} from '../loraMath';
import {
  activationBytes,
  cardsNeeded,
  estimateMethodMemory,
  nf4BitsPerParam,
  optimizerStateBytes,
  type MemoryPartId,
  type TrainingSettings,
} from '../memoryEstimate';

function preset(id: string): ModelArchitecture {
  const found = modelPresets.find((m) => m.id === id);
  if (!found) throw new Error(`no preset ${id}`);
  return found.architecture;
}

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

describe('constants', () => {
  it('NF4 costs 4.5 bits per weight plain and 4.127 with double quantization (QLoRA paper)', () => {
    expect(nf4BitsPerParam(false)).toBe(4 + 32 / 64);
    expect(nf4BitsPerParam(true)).toBeCloseTo(4.127, 3);
    expect(nf4BitsPerParam(true)).toBe(4 + 8 / 64 + 32 / (64 * 256));
  });

  it('optimizer state per trained parameter', () => {
    expect(optimizerStateBytes('adamw')).toBe(8);
    expect(optimizerStateBytes('adamw8bit')).toBe(2 + 8 / 2048);
    expect(optimizerStateBytes('sgd')).toBe(4);
  });
});

describe('Llama 2 7B, rank 8 on q, v, bf16, AdamW, s = 2048, b = 1, checkpointing, double quantization', () => {
  it('LoRA, part by part', () => {
    const lora = estimateMethodMemory('lora', llama7, llama7Base, llama7Adapter, settings);
    expect(partsOf(lora)).toEqual({
      baseWeights: 13_476_831_232, // 6,738,415,616 × 2
      adapterWeights: 16_777_216, // 4,194,304 × 4 (fp32)
      gradients: 16_777_216,
      optimizerStates: 33_554_432, // × 8
      activations: 822_083_584, // (2 × 32 + 34) × 2048 × 1 × 4096
      logits: 262_144_000, // 1 × 2048 × 32000 × 4
      runtimeOverhead: 1_000_000_000,
    });
    expect(lora.totalBytes).toBe(15_628_167_680);
    expect(lora.weightsOnlyBytes).toBe(13_476_831_232 + 16_777_216);
  });

  it('full fine-tuning: 16-bit weights and gradients, fp32 master copy, two fp32 moments', () => {
    const full = estimateMethodMemory('full', llama7, llama7Base, llama7Adapter, settings);
    const parts = partsOf(full);
    expect(parts.baseWeights).toBe(13_476_831_232);
    expect(parts.adapterWeights).toBe(0);
    expect(parts.gradients).toBe(13_476_831_232);
    expect(parts.optimizerStates).toBe(80_860_987_392); // × (4 + 8)
    expect(full.totalBytes).toBe(109_898_877_440);
  });

  it('QLoRA: 6,476,005,376 block weights in NF4 + 262,410,240 other params in 16-bit', () => {
    expect(llama7Base.blockLinearWeights).toBe(6_476_005_376);
    const withDq = estimateMethodMemory('qlora', llama7, llama7Base, llama7Adapter, settings);
    // 809,500,672 bytes per bit-per-weight × 4.126953125 bits + 262,410,240 × 2
    expect(partsOf(withDq).baseWeights).toBe(3_340_771_328 + 524_820_480);
    const plain = estimateMethodMemory('qlora', llama7, llama7Base, llama7Adapter, {...settings, doubleQuant: false});
    expect(partsOf(plain).baseWeights).toBe(3_642_753_024 + 524_820_480); // × 4.5 bits
    // Everything but the base weights is the same as LoRA.
    const lora = estimateMethodMemory('lora', llama7, llama7Base, llama7Adapter, settings);
    expect(withDq.totalBytes - partsOf(withDq).baseWeights).toBe(lora.totalBytes - partsOf(lora).baseWeights);
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
  it('without checkpointing: 34 · s · b · h per layer (flash attention: no 5·a·s/h term)', () => {
    expect(activationBytes(llama7, {...settings, gradientCheckpointing: false}).bytes).toBe(34 * 32 * 2048 * 4096);
  });

  it('with checkpointing: 2 · s · b · h per layer plus one layer of 34 · s · b · h', () => {
    expect(activationBytes(llama7, {...settings, microBatch: 4}).bytes).toBe((2 * 32 + 34) * 2048 * 4 * 4096);
  });

  it('doubles in fp32', () => {
    expect(activationBytes(llama7, {...settings, precision: 'fp32'}).bytes).toBe(2 * activationBytes(llama7, settings).bytes);
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

describe('cards needed', () => {
  const llama70 = preset('llama-3.1-70b');
  const base70 = baseModelParams(llama70);

  it('full fine-tuning of Llama 3.1 70B in bf16 on 80 GB cards needs 16', () => {
    const full = estimateMethodMemory('full', llama70, base70, 0, settings);
    // Sharded: 70,553,706,496 × 16 B; per card: (2·80 + 34)·2048·8192 + 2048·128256·4 + 1 GB.
    expect(full.shardableBytes).toBe(1_128_859_303_936);
    expect(full.perCardBytes).toBe(3_254_779_904 + 1_050_673_152 + 1_000_000_000);
    expect(cardsNeeded(full, 80e9)).toBe(16); // ceil(1,128,859,303,936 / 74,694,546,944) = ceil(15.11)
  });

  it('is 1 when the total fits, and null when activations alone overflow a card', () => {
    const lora = estimateMethodMemory('lora', llama7, llama7Base, llama7Adapter, settings);
    expect(cardsNeeded(lora, 24e9)).toBe(1);
    const huge = estimateMethodMemory('lora', llama7, llama7Base, llama7Adapter, {
      ...settings,
      gradientCheckpointing: false,
      seqLength: 131072,
      microBatch: 8,
    });
    expect(cardsNeeded(huge, 80e9)).toBeNull();
  });
});
