import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {DEFAULT_INPUTS, METHODS, type CalculatorInputs} from '../inputs';
import {TARGET_MODULES} from '../loraMath';
import {validInputs} from './arbitraries';
import {calculate, resultTexts} from '../calculate';


/** Every number anywhere in a result. */
function numbersIn(value: unknown, found: number[] = []): number[] {
  if (typeof value === 'number') found.push(value);
  else if (Array.isArray(value)) value.forEach((v) => numbersIn(v, found));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => numbersIn(v, found));
  return found;
}

/** Every string anywhere in a result. */
function stringsIn(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string') found.push(value);
  else if (Array.isArray(value)) value.forEach((v) => stringsIn(v, found));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => stringsIn(v, found));
  return found;
}

function totals(inputs: Partial<CalculatorInputs>) {
  const {methods} = calculate(inputs);
  return {full: methods.full.totalBytes, lora: methods.lora.totalBytes, qlora: methods.qlora.totalBytes};
}

describe('the two configurations the lead quotes', () => {
  it('Llama 2 7B, rank 8 on q, v (defaults otherwise)', () => {
    const result = calculate({...DEFAULT_INPUTS, model: 'llama-2-7b', rank: 8, targets: ['q', 'v']});
    expect(resultTexts(result)).toEqual({
      trainableParameters: '4,194,304',
      trainablePercent: '0.0622 %',
      adapterSize: '8.39 MB',
      totals: {full: '111 GB', lora: '16.8 GB', qlora: '7.34 GB'},
    });
    expect(result.seedModelSize).toBe(7);
    expect(result.methods.lora.seedFigure?.gb).toBe(14);
    expect(result.methods.lora.cardsOfSelectedGpu).toBe(1);
    // 107,814,649,856 B sharded over 24 GB − 3,433,839,676 B per card = 5.24 → 6 RTX 4090s.
    expect(result.methods.full.cardsOfSelectedGpu).toBe(6);
  });

  it('Llama 3.1 70B, QLoRA rank 16 on all linear, s = 2048, b = 1, checkpointing', () => {
    const result = calculate({
      ...DEFAULT_INPUTS,
      model: 'llama-3.1-70b',
      rank: 16,
      alpha: 32,
      targets: [...TARGET_MODULES],
      seqLength: 2048,
      microBatch: 1,
      gradientCheckpointing: true,
      gpu: 'a100-80',
    });
    const texts = resultTexts(result);
    expect(texts.trainableParameters).toBe('207,093,760');
    expect(texts.trainablePercent).toBe('0.294 %');
    expect(texts.adapterSize).toBe('414 MB');
    expect(texts.totals.qlora).toBe('52.6 GB');
    expect(result.methods.qlora.cardsOfSelectedGpu).toBe(1);
    expect(result.gpuFits.filter((f) => f.fitsOnOneCard.qlora).map((f) => f.gpu.id)).toEqual(['a100-80', 'h100-80', 'h200', 'mi300x']);
    expect(result.methods.qlora.seedArithmetic?.cardsClaimed).toBe(1);
  });
});

describe('results for every input', () => {
  it('QLoRA ≤ LoRA ≤ full fine-tuning for the same model and settings', () => {
    fc.assert(
      fc.property(validInputs, (inputs) => {
        const t = totals(inputs);
        // Old bitsandbytes keeps every 4-bit layer's input, and LoRA dropout a copy per adapted layer: at long
        // sequences without checkpointing those outgrow what quantizing (or freezing) saves. Physically so.
        if (!inputs.oldBitsandbytes) expect(t.qlora).toBeLessThanOrEqual(t.lora);
        if (!inputs.loraDropout) expect(t.lora).toBeLessThanOrEqual(t.full);
      }),
    );
  });

  it('old bitsandbytes and LoRA dropout only ever add memory', () => {
    fc.assert(
      fc.property(validInputs, (inputs) => {
        const plain = totals({...inputs, oldBitsandbytes: false, loraDropout: false});
        const old = totals({...inputs, oldBitsandbytes: true, loraDropout: false});
        const dropout = totals({...inputs, oldBitsandbytes: false, loraDropout: true});
        // Equal when the adapters already keep all four tensors the 4-bit layers read (v, o, up and down, say).
        expect(old.qlora).toBeGreaterThanOrEqual(plain.qlora);
        expect(old.lora).toBe(plain.lora);
        expect(dropout.lora).toBeGreaterThan(plain.lora);
        expect(dropout.full).toBe(plain.full);
      }),
    );
  });

  it('a chunked loss and 16-bit trained weights only ever save memory', () => {
    fc.assert(
      fc.property(validInputs, (inputs) => {
        const full = totals({...inputs, loss: 'full'});
        const chunked = totals({...inputs, loss: 'chunked'});
        const fp32 = totals({...inputs, trainedPrecision: 'fp32'});
        const sixteen = totals({...inputs, trainedPrecision: '16bit'});
        for (const method of METHODS) {
          expect(chunked[method]).toBeLessThan(full[method]);
          expect(sixteen[method]).toBeLessThanOrEqual(fp32[method]);
        }
      }),
    );
  });

  it('LoRA and QLoRA memory grow with rank; full fine-tuning does not depend on it', () => {
    fc.assert(
      fc.property(validInputs, fc.integer({min: 1, max: 256}), fc.integer({min: 1, max: 256}), (inputs, a, b) => {
        fc.pre(a !== b);
        const [lo, hi] = a < b ? [a, b] : [b, a];
        const small = totals({...inputs, rank: lo});
        const large = totals({...inputs, rank: hi});
        expect(large.lora).toBeGreaterThan(small.lora);
        expect(large.qlora).toBeGreaterThan(small.qlora);
        expect(large.full).toBe(small.full);
      }),
    );
  });

  it('memory grows with sequence length and with micro-batch, for every method', () => {
    fc.assert(
      fc.property(
        validInputs,
        fc.integer({min: 64, max: 131072}),
        fc.integer({min: 64, max: 131072}),
        fc.integer({min: 1, max: 128}),
        fc.integer({min: 1, max: 128}),
        (inputs, s1, s2, b1, b2) => {
          fc.pre(s1 !== s2 && b1 !== b2);
          const [sLo, sHi] = s1 < s2 ? [s1, s2] : [s2, s1];
          const [bLo, bHi] = b1 < b2 ? [b1, b2] : [b2, b1];
          const base = totals({...inputs, seqLength: sLo, microBatch: bLo});
          const longer = totals({...inputs, seqLength: sHi, microBatch: bLo});
          const wider = totals({...inputs, seqLength: sLo, microBatch: bHi});
          for (const method of METHODS) {
            expect(longer[method]).toBeGreaterThan(base[method]);
            expect(wider[method]).toBeGreaterThan(base[method]);
          }
        },
      ),
    );
  });

  it('every number is finite and non-negative, and no text says NaN or Infinity, for any input at all', () => {
    const garbage = fc.oneof(
      fc.anything({maxDepth: 2}),
      fc.constantFrom(Number.NaN, Infinity, -Infinity, -1, 0, Number('1e309'), -0, 2 ** 53, '<script>', '🦙', null, undefined),
    );
    const anyInputs = fc.record(
      {
        model: garbage,
        paramsBillions: garbage,
        rank: garbage,
        alpha: garbage,
        targets: fc.oneof(garbage, fc.array(garbage)),
        precision: garbage,
        optimizer: garbage,
        seqLength: garbage,
        microBatch: garbage,
        gradientCheckpointing: garbage,
        doubleQuant: garbage,
        loss: garbage,
        loraDropout: garbage,
        trainedPrecision: garbage,
        oldBitsandbytes: garbage,
        gpu: garbage,
        recommendedMethod: garbage,
      },
      {requiredKeys: []},
    );
    fc.assert(
      fc.property(fc.oneof(anyInputs, validInputs), (inputs) => {
        const result = calculate(inputs as Partial<CalculatorInputs>);
        for (const n of numbersIn(result)) {
          expect(Number.isFinite(n)).toBe(true);
          expect(n).toBeGreaterThanOrEqual(0);
        }
        const workings = METHODS.flatMap((m) => result.methods[m].parts.map((p) => p.workings));
        for (const text of [...stringsIn(resultTexts(result)), ...workings]) {
          expect(text).not.toMatch(/NaN|Infinity|undefined/);
        }
      }),
      {numRuns: 300},
    );
  }, 30_000);

  it('shows the module’s figures only near 7B and 70B', () => {
    expect(calculate({model: 'mistral-7b'}).seedModelSize).toBe(7);
    expect(calculate({model: 'qwen2.5-7b'}).seedModelSize).toBe(7);
    expect(calculate({model: 'llama-3.1-8b'}).seedModelSize).toBeNull();
    expect(calculate({model: 'llama-2-13b'}).seedModelSize).toBeNull();
    expect(calculate({model: 'llama-2-70b'}).seedModelSize).toBe(70);
    expect(calculate({model: 'custom', paramsBillions: 70}).seedModelSize).toBe(70);
  });
});
