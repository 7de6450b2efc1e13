import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {customArchitectureRule, modelPresets, type ModelArchitecture} from '@site/src/data/models';
import {baseModelParams, blockProjections, deriveCustomArchitecture, loraTrainableParams, TARGET_MODULES} from '../loraMath';

function preset(id: string): ModelArchitecture {
  const found = modelPresets.find((m) => m.id === id);
  if (!found) throw new Error(`no preset ${id}`);
  return found.architecture;
}

describe('base model parameters counted from the architecture', () => {
  it.each(modelPresets.map((m) => [m.id, m] as const))('%s matches its published total within 0.1 %', (_id, model) => {
    const counted = baseModelParams(model.architecture).total;
    expect(Math.abs(counted - model.publishedTotalParams) / model.publishedTotalParams).toBeLessThanOrEqual(0.001);
  });

  it('counts Llama 2 7B part by part', () => {
    const parts = baseModelParams(preset('llama-2-7b'));
    expect(parts.embeddings).toBe(32000 * 4096);
    expect(parts.outputHead).toBe(32000 * 4096);
    // q, k, v, o: 4 × 4096²; gate, up, down: 3 × 4096 × 11008.
    expect(parts.blockLinearWeights).toBe(32 * (4 * 4096 * 4096 + 3 * 4096 * 11008));
    expect(parts.norms).toBe((2 * 32 + 1) * 4096);
    expect(parts.biases).toBe(0);
    expect(parts.total).toBe(6_738_415_616);
  });

  it('counts Qwen2.5 7B q, k, v biases: 28 layers × (3584 + 512 + 512)', () => {
    expect(baseModelParams(preset('qwen2.5-7b')).biases).toBe(28 * (3584 + 512 + 512));
  });

  it('gives k and v the narrower grouped-query shape', () => {
    const shapes = blockProjections(preset('llama-3.1-70b'));
    const byName = Object.fromEntries(shapes.map((p) => [p.name, p]));
    expect(byName.q_proj).toMatchObject({dIn: 8192, dOut: 8192});
    expect(byName.k_proj).toMatchObject({dIn: 8192, dOut: 1024});
    expect(byName.v_proj).toMatchObject({dIn: 8192, dOut: 1024});
    expect(byName.down_proj).toMatchObject({dIn: 28672, dOut: 8192});
  });

  it('counts a tied output head once', () => {
    const untied = preset('llama-2-7b');
    const tied = {...untied, tiedEmbeddings: true};
    expect(baseModelParams(untied).total - baseModelParams(tied).total).toBe(32000 * 4096);
  });
});

describe('LoRA trainable parameters, worked by hand', () => {
  it('Llama 2 7B, rank 8 on q and v: 32 × 2 × 8 × (4096 + 4096) = 4,194,304', () => {
    expect(loraTrainableParams(preset('llama-2-7b'), 8, ['q', 'v']).total).toBe(4_194_304);
  });

  it('Llama 3.1 70B, rank 16 on all seven: 80 × 16 × (2·16384 + 2·9216 + 3·36864) = 207,093,760', () => {
    // q, o: 8192 + 8192; k, v: 8192 + 1024; gate, up, down: 8192 + 28672.
    const perLayer = 16 * (2 * 16384 + 2 * 9216 + 3 * 36864);
    expect(perLayer).toBe(2_588_672);
    expect(loraTrainableParams(preset('llama-3.1-70b'), 16, TARGET_MODULES).total).toBe(207_093_760);
  });

  it('Mistral 7B, rank 16 on q, k, v, o: 32 × 16 × (8192 + 5120 + 5120 + 8192) = 13,631,488', () => {
    expect(loraTrainableParams(preset('mistral-7b'), 16, ['q', 'k', 'v', 'o']).total).toBe(13_631_488);
  });

  it('Qwen2.5 7B biases add nothing to the adapter: 28 × 8 × (4096 + 4096) for q, v', () => {
    // q: 3584 → 3584; v: 3584 → 512.
    expect(loraTrainableParams(preset('qwen2.5-7b'), 8, ['q', 'v']).total).toBe(28 * 8 * (3584 + 3584 + 3584 + 512));
  });

  it('lists each adapted module with r·(d_in + d_out)', () => {
    const {modules, perLayer} = loraTrainableParams(preset('llama-2-7b'), 4, ['q', 'down']);
    expect(modules).toEqual([
      {name: 'q_proj', dIn: 4096, dOut: 4096, reads: 'attnNormOut', paramsPerLayer: 4 * 8192},
      {name: 'down_proj', dIn: 11008, dOut: 4096, reads: 'mlpProduct', paramsPerLayer: 4 * 15104},
    ]);
    expect(perLayer).toBe(4 * 8192 + 4 * 15104);
  });

  it('adapts nothing when no target is chosen', () => {
    expect(loraTrainableParams(preset('llama-2-7b'), 8, []).total).toBe(0);
  });
});

describe('Phi-4: fused qkv_proj and gate_up_proj', () => {
  const phi = preset('phi-4');

  it('adapts the whole qkv_proj once when any of q, k, v is chosen: 40 × 8 × (5120 + 7680)', () => {
    const expected = 40 * 8 * (5120 + (40 + 2 * 10) * 128);
    expect(expected).toBe(4_096_000);
    expect(loraTrainableParams(phi, 8, ['q', 'v']).total).toBe(expected);
    expect(loraTrainableParams(phi, 8, ['q']).total).toBe(expected);
    expect(loraTrainableParams(phi, 8, ['q', 'k', 'v']).total).toBe(expected);
    expect(loraTrainableParams(phi, 8, ['q', 'v']).modules.map((m) => m.name)).toEqual(['qkv_proj']);
  });

  it('adapts gate_up_proj for gate or up: 40 × 8 × (5120 + 35840)', () => {
    expect(loraTrainableParams(phi, 8, ['up']).total).toBe(40 * 8 * (5120 + 2 * 17920));
  });

  it('all linear on fused modules: 27,852,800, fewer than 32,768,000 on separate ones', () => {
    const fused = loraTrainableParams(phi, 8, TARGET_MODULES).total;
    const separate = loraTrainableParams({...phi, fusedProjections: false}, 8, TARGET_MODULES).total;
    expect(fused).toBe(40 * 8 * (12800 + 10240 + 40960 + 23040));
    expect(fused).toBe(27_852_800);
    expect(separate).toBe(32_768_000);
  });

  it('has the same base total fused or not', () => {
    expect(baseModelParams(phi).total).toBe(baseModelParams({...phi, fusedProjections: false}).total);
  });
});

describe('custom architecture rule', () => {
  it.each([0.5, 1, 3, 7, 13, 34, 70, 180, 405])('%sB lands within 10 percent of the request and follows the rule', (billions) => {
    const arch = deriveCustomArchitecture(billions);
    const total = baseModelParams(arch).total;
    expect(Math.abs(total / (billions * 1e9) - 1)).toBeLessThan(0.1);
    expect(arch.hidden / arch.heads).toBe(customArchitectureRule.headDim);
    expect(arch.layers).toBe(arch.hidden / customArchitectureRule.hiddenPerLayer);
    expect(arch.kvHeads).toBeLessThanOrEqual(customArchitectureRule.maxKvHeads);
    expect(arch.intermediate % customArchitectureRule.intermediateMultiple).toBe(0);
    expect(arch.vocab).toBe(customArchitectureRule.vocab);
  });

  it('reproduces Llama 3.1 8B exactly for 8.03B', () => {
    const llama31 = preset('llama-3.1-8b');
    expect(deriveCustomArchitecture(8.03)).toEqual(llama31);
    expect(baseModelParams(deriveCustomArchitecture(8.03)).total).toBe(8_030_261_248);
  });

  it('grows with the requested size and picks the closest width', () => {
    fc.assert(
      fc.property(fc.double({min: 0.5, max: 405, noNaN: true}), fc.double({min: 0.5, max: 405, noNaN: true}), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(baseModelParams(deriveCustomArchitecture(lo)).total).toBeLessThanOrEqual(
          baseModelParams(deriveCustomArchitecture(hi)).total,
        );
      }),
    );
  });

  it('falls back to the smallest size for garbage', () => {
    expect(deriveCustomArchitecture(Number.NaN)).toEqual(deriveCustomArchitecture(0.5));
    expect(deriveCustomArchitecture(Number.POSITIVE_INFINITY)).toEqual(deriveCustomArchitecture(405));
  });
});
