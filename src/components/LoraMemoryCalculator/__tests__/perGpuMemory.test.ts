import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {modelPresets} from '@site/src/data/models';
import {memoryConstants as C} from '@site/src/data/memoryConstants';
import {baseModelParams, loraTrainableParams, TARGET_MODULES} from '../loraMath';
import {estimateMethodMemory, type MemoryPartId, type TrainingSettings} from '../memoryEstimate';
import {effectiveOffload, fewestCards, perGpuMemory, type PerGpuPartId} from '../perGpuMemory';
import {calculate} from '../calculate';
import {METHODS, OFFLOADS, STRATEGIES, type Method} from '../inputs';
import {validInputs} from './arbitraries';

const arch = (id: string) => modelPresets.find((m) => m.id === id)!.architecture;
const llama7 = arch('llama-2-7b');
const llama7Base = baseModelParams(llama7);
const llama70 = arch('llama-3.1-70b');
const base70 = baseModelParams(llama70);
const settings: TrainingSettings = {precision: 'bf16', optimizer: 'adamw', seqLength: 2048, microBatch: 1, gradientCheckpointing: true, doubleQuant: true};

function estimate(method: Method, extra: Partial<TrainingSettings> = {}, model = llama7, base = llama7Base) {
  const adapters = loraTrainableParams(model, 16, TARGET_MODULES).total;
  return estimateMethodMemory(method, model, base, method === 'full' ? 0 : adapters, {...settings, targets: TARGET_MODULES, ...extra});
}

function part(parts: {id: MemoryPartId | PerGpuPartId; bytes: number}[], id: MemoryPartId | PerGpuPartId): number {
  return parts.find((p) => p.id === id)?.bytes ?? NaN;
}

describe('DPO in the one-card estimate', () => {
  it('doubles activations, kept inputs and logits: a chosen and a rejected sequence per example', () => {
    for (const method of METHODS) {
      const sft = estimate(method);
      const dpo = estimate(method, {objective: 'dpo'});
      for (const id of ['activations', 'adapterInputs', 'logits'] as const) expect(part(dpo.parts, id)).toBeCloseTo(2 * part(sft.parts, id), 3);
      // The same as SFT with twice the micro-batch, part for part, the reference apart.
      const doubled = estimate(method, {microBatch: 2});
      for (const id of ['activations', 'adapterInputs', 'logits', 'dequantBuffer'] as const) expect(part(dpo.parts, id)).toBe(part(doubled.parts, id));
    }
  });

  it('holds a frozen 16-bit reference for full fine-tuning only, and none once its log-probabilities are precomputed', () => {
    expect(part(estimate('full', {objective: 'dpo'}).parts, 'referenceWeights')).toBe(llama7Base.total * 2);
    expect(part(estimate('full', {objective: 'dpo', precision: 'fp32'}).parts, 'referenceWeights')).toBe(llama7Base.total * 4);
    expect(part(estimate('full', {objective: 'dpo', referencePrecomputed: true}).parts, 'referenceWeights')).toBe(0);
    expect(part(estimate('lora', {objective: 'dpo'}).parts, 'referenceWeights')).toBe(0);
    expect(part(estimate('qlora', {objective: 'dpo'}).parts, 'referenceWeights')).toBe(0);
    expect(part(estimate('full').parts, 'referenceWeights')).toBe(0);
    // The reference is a weight: not in "weights only" (the module's figure), but sharded with the weights.
    const dpo = estimate('full', {objective: 'dpo'});
    expect(dpo.weightsOnlyBytes).toBe(estimate('full').weightsOnlyBytes);
  });
});

describe('memory per GPU', () => {
  it('one card without offload is the one-card estimate, whatever the strategy', () => {
    for (const method of METHODS) {
      const one = estimate(method);
      for (const strategy of STRATEGIES) expect(perGpuMemory(one, {gpus: 1, strategy, offload: 'none'}).totalBytes).toBeCloseTo(one.totalBytes, 0);
    }
  });

  it('DDP: every card holds everything, however many there are', () => {
    const full = estimate('full');
    expect(perGpuMemory(full, {gpus: 64, strategy: 'ddp', offload: 'none'}).totalBytes).toBeCloseTo(full.totalBytes, 0);
  });

  it('ZeRO-2 splits gradients and optimizer states, not the weights', () => {
    const full = estimate('full');
    const per = perGpuMemory(full, {gpus: 8, strategy: 'zero2', offload: 'none'});
    expect(part(per.parts, 'gradients')).toBe(part(full.parts, 'gradients') / 8);
    expect(part(per.parts, 'optimizerStates')).toBe(part(full.parts, 'optimizerStates') / 8);
    expect(part(per.parts, 'baseWeights')).toBe(part(full.parts, 'baseWeights'));
    expect(part(per.parts, 'gatheredBlocks')).toBe(0);
  });

  it('ZeRO-3 splits the weights too and gathers two blocks and the root unit (and, for full fine-tuning, their gradients)', () => {
    // Llama 2 7B, bf16: a block is 4·4096² + 3·4096·11008 weights + two norms; the root 2 × 32,000 × 4,096 + 4,096.
    const block = 4 * 4096 ** 2 + 3 * 4096 * 11008 + 2 * 4096;
    const root = 2 * 32000 * 4096 + 4096;
    const full = estimate('full');
    const per = perGpuMemory(full, {gpus: 4, strategy: 'zero3', offload: 'none'});
    expect(part(per.parts, 'baseWeights')).toBe(part(full.parts, 'baseWeights') / 4);
    expect(part(per.parts, 'gatheredBlocks')).toBe(2 * (2 * block + root) + 2 * (block + root));
    const lora = estimate('lora');
    const adaptersPerBlock = lora.fsdpUnits.blockBytes - 2 * block;
    expect(adaptersPerBlock).toBeCloseTo((loraTrainableParams(llama7, 16, TARGET_MODULES).total * 4) / 32, 3);
    expect(part(perGpuMemory(lora, {gpus: 4, strategy: 'zero3', offload: 'none'}).parts, 'gatheredBlocks')).toBeCloseTo(2 * lora.fsdpUnits.blockBytes + 2 * root, 3);
  });

  it('QLoRA gathers its blocks in 4-bit (with a matching storage type)', () => {
    const qlora = estimate('qlora');
    const lora = estimate('lora');
    expect(qlora.fsdpUnits.blockBytes).toBeLessThan(lora.fsdpUnits.blockBytes / 3);
    expect(qlora.fsdpUnits.rootBytes).toBe(lora.fsdpUnits.rootBytes);
  });

  it('offload moves the optimizer states, or everything sharded, to CPU memory', () => {
    const full = estimate('full');
    const opt = perGpuMemory(full, {gpus: 2, strategy: 'zero2', offload: 'optimizer'});
    expect(part(opt.parts, 'optimizerStates')).toBe(0);
    expect(opt.cpuBytes).toBe(part(full.parts, 'optimizerStates') / 2);
    const all = perGpuMemory(full, {gpus: 1, strategy: 'zero3', offload: 'all'});
    for (const id of ['baseWeights', 'gradients', 'optimizerStates'] as const) expect(part(all.parts, id)).toBe(0);
    // One card with everything offloaded still gathers the blocks it computes with.
    expect(part(all.parts, 'gatheredBlocks')).toBeGreaterThan(0);
    expect(all.totalBytes).toBeLessThan(full.totalBytes / 10);
  });

  it('offload only where the frameworks allow it, and says what it changed', () => {
    expect(effectiveOffload('ddp', 'optimizer')).toEqual({offload: 'none', correction: 'offload-needs-sharding'});
    expect(effectiveOffload('zero2', 'all')).toEqual({offload: 'optimizer', correction: 'weights-offload-needs-zero3'});
    expect(effectiveOffload('zero3', 'all')).toEqual({offload: 'all', correction: null});
    expect(effectiveOffload('ddp', 'none')).toEqual({offload: 'none', correction: null});
  });

  it('per card, the parts add up to the total; more cards never need more memory each', () => {
    fc.assert(
      fc.property(validInputs, fc.integer({min: 2, max: 1023}), (inputs, gpus) => {
        const result = calculate({...inputs, gpus});
        for (const method of METHODS) {
          const per = result.methods[method].perGpu;
          const sum = per.parts.reduce((total, p) => total + p.bytes, 0);
          expect(sum).toBeCloseTo(per.totalBytes, 0);
          expect(per.parts.every((p) => Number.isFinite(p.bytes) && p.bytes >= 0)).toBe(true);
          const more = calculate({...inputs, gpus: gpus + 1}).methods[method].perGpu;
          expect(more.totalBytes).toBeLessThanOrEqual(per.totalBytes + 1e-3);
        }
      }),
      {numRuns: 60},
    );
  });
});

describe('the fewest cards under a strategy', () => {
  it('is the smallest count whose per-card memory fits, under ZeRO-2 and ZeRO-3', () => {
    fc.assert(
      fc.property(validInputs, fc.constantFrom(...METHODS), fc.constantFrom('zero2', 'zero3' as const), fc.constantFrom(...OFFLOADS), (inputs, method, strategy, offload) => {
        const result = calculate({...inputs, strategy, offload});
        const one = result.methods[method];
        const card = result.gpu.memoryGB * C.bytesPerGB.value;
        const cards = fewestCards(one, strategy, offload, card);
        if (cards === null) {
          // Not even a thousand-fold split fits.
          expect(perGpuMemory(one, {gpus: 1e6, strategy, offload}).totalBytes).toBeGreaterThan(card * 0.999);
          return;
        }
        expect(perGpuMemory(one, {gpus: cards, strategy, offload}).totalBytes).toBeLessThanOrEqual(card);
        if (cards > 1) expect(perGpuMemory(one, {gpus: cards - 1, strategy, offload}).totalBytes).toBeGreaterThan(card);
      }),
      {numRuns: 80},
    );
  });

  it('under DDP is one card or none: every card holds everything', () => {
    const full = estimate('full', {}, llama70, base70);
    expect(fewestCards(full, 'ddp', 'none', 80e9)).toBeNull();
    expect(fewestCards(estimate('qlora'), 'ddp', 'none', 24e9)).toBe(1);
  });

  it('Llama 3.1 70B full fine-tuning in bf16 with AdamW: about a thousand GB to share, so dozens of 80 GB cards', () => {
    const full = estimate('full', {}, llama70, base70);
    expect(full.shardableBytes).toBe(70_553_706_496 * 16);
    const zero3 = fewestCards(full, 'zero3', 'none', 80e9)!;
    const perCard = perGpuMemory(full, {gpus: zero3, strategy: 'zero3', offload: 'none'});
    expect(perCard.totalBytes).toBeLessThanOrEqual(80e9);
    expect(zero3).toBeGreaterThanOrEqual(16);
    // Offloading everything leaves each card its activations, logits and gathered blocks: fewer cards.
    expect(fewestCards(full, 'zero3', 'all', 80e9)!).toBeLessThan(zero3);
  });

  it('the calculator reports the count under the chosen strategy, and each strategy’s in a table', () => {
    const result = calculate({model: 'llama-3.1-70b', gpu: 'h100-80', strategy: 'zero2'});
    for (const method of METHODS) {
      expect(result.methods[method].cardsOfSelectedGpu).toBe(result.methods[method].fewestCardsByStrategy.zero2);
      for (const strategy of STRATEGIES) {
        expect(result.methods[method].fewestCardsByStrategy[strategy]).toBe(fewestCards(result.methods[method], strategy, 'none', 80e9));
      }
    }
  });
});
