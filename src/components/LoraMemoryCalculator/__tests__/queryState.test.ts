import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {DEFAULT_INPUTS, GPU_IDS, LOSS_MODES, METHODS, MODEL_IDS, OPTIMIZERS, PRECISIONS, TRAINED_PRECISIONS, type CalculatorInputs} from '../inputs';
import {TARGET_MODULES} from '../loraMath';
import {mergeIntoSearch, parseQuery, QUERY_KEYS, serializeQuery} from '../queryState';

describe('parseQuery', () => {
  it('gives the defaults and no message for an empty query', () => {
    expect(parseQuery('')).toEqual({inputs: DEFAULT_INPUTS, messages: [], hadCalculatorKeys: false});
  });

  it('reads every key', () => {
    const {inputs, messages} = parseQuery(
      '?model=custom&params=13.5&rank=16&alpha=32&targets=down,q,k&precision=fp32&optimizer=adamw8bit&seq=4096&batch=2&gc=0&dq=0&loss=chunked&dropout=1&trained=16bit&oldbnb=1&gpu=h100-80&method=qlora',
    );
    expect(messages).toEqual([]);
    expect(inputs).toEqual({
      model: 'custom',
      paramsBillions: 13.5,
      rank: 16,
      alpha: 32,
      targets: ['q', 'k', 'down'],
      precision: 'fp32',
      optimizer: 'adamw8bit',
      seqLength: 4096,
      microBatch: 2,
      gradientCheckpointing: false,
      doubleQuant: false,
      loss: 'chunked',
      loraDropout: true,
      trainedPrecision: '16bit',
      oldBitsandbytes: true,
      gpu: 'h100-80',
      recommendedMethod: 'qlora',
    } satisfies CalculatorInputs);
  });

  it('clamps out-of-range numbers to the nearest valid value, naming the parameter', () => {
    const {inputs, messages} = parseQuery('rank=999&alpha=0&seq=-5&batch=1e309');
    expect(inputs).toMatchObject({rank: 256, alpha: 1, seqLength: 64, microBatch: 128});
    expect(messages).toHaveLength(4);
    expect(messages[0]).toMatch(/^rank: .*999.*largest.*256/);
    expect(messages[1]).toMatch(/^alpha: .*smallest.*1\./);
    expect(messages[2]).toMatch(/^seq: /);
    expect(messages[3]).toMatch(/^batch: .*1e309.*128/);
  });

  it('resets things that are not numbers to the default: NaN, Infinity, hex, words, other scripts', () => {
    for (const garbage of ['NaN', 'Infinity', '0x10', 'eight', '８', '', ' ', '1,000', '<script>alert(1)</script>']) {
      const {inputs, messages} = parseQuery(`rank=${encodeURIComponent(garbage)}`);
      expect(inputs.rank).toBe(DEFAULT_INPUTS.rank);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toBe('rank: not a number; using the default, 8.');
    }
  });

  it('rounds a fractional rank and says so', () => {
    const {inputs, messages} = parseQuery('rank=8.6');
    expect(inputs.rank).toBe(9);
    expect(messages).toEqual(['rank: “8.6” is not a whole number; using 9.']);
  });

  it('resets unknown choices to defaults, naming the parameter', () => {
    const {inputs, messages} = parseQuery(
      'model=gpt-5&gpu=tpu&precision=int3&optimizer=lion&gc=yes&dq=2&loss=fused&dropout=0.1&trained=fp8&oldbnb=yes',
    );
    expect(inputs).toMatchObject({
      model: DEFAULT_INPUTS.model,
      gpu: DEFAULT_INPUTS.gpu,
      precision: DEFAULT_INPUTS.precision,
      optimizer: DEFAULT_INPUTS.optimizer,
      gradientCheckpointing: DEFAULT_INPUTS.gradientCheckpointing,
      doubleQuant: DEFAULT_INPUTS.doubleQuant,
      loss: 'full',
      loraDropout: false,
      trainedPrecision: 'fp32',
      oldBitsandbytes: false,
    });
    expect(messages.map((m) => m.split(':')[0])).toEqual([
      'model',
      'precision',
      'optimizer',
      'gc',
      'dq',
      'loss',
      'dropout',
      'trained',
      'oldbnb',
      'gpu',
    ]);
    expect(messages[0]).toBe(
      'model: not one of llama-2-7b, llama-2-13b, llama-2-70b, llama-3.1-8b, llama-3.1-70b, llama-3.2-3b, mistral-7b, phi-4, qwen2.5-7b, custom; using Llama 2 7B.',
    );
    expect(messages[5]).toBe('loss: not one of full, chunked; using full.');
  });

  it('keeps known targets, drops unknown ones, and falls back when none is left', () => {
    expect(parseQuery('targets=q,lm_head,v,v').inputs.targets).toEqual(['q', 'v']);
    expect(parseQuery('targets=q,lm_head,v').messages).toEqual(['targets: one name not among q, k, v, o, gate, up, down; ignored.']);
    const none = parseQuery('targets=,,%F0%9F%A6%99');
    expect(none.inputs.targets).toEqual(DEFAULT_INPUTS.targets);
    expect(none.messages[none.messages.length - 1]).toBe('targets: no module left to adapt; using q,v.');
  });

  it('uses the first of repeated keys and says so', () => {
    const {inputs, messages} = parseQuery('rank=4&rank=64');
    expect(inputs.rank).toBe(4);
    expect(messages).toEqual(['rank: given 2 times; the first value is used.']);
  });

  it('ignores params unless the model is custom', () => {
    const {inputs, messages} = parseQuery('model=llama-2-7b&params=100');
    expect(inputs.paramsBillions).toBe(DEFAULT_INPUTS.paramsBillions);
    expect(messages).toEqual(['params: applies only with model=custom; ignored.']);
    expect(parseQuery('model=custom&params=500').inputs.paramsBillions).toBe(405);
    expect(parseQuery('model=custom&params=0.1').inputs.paramsBillions).toBe(0.5);
  });

  it('ignores an unknown method with a message', () => {
    const {inputs, messages} = parseQuery('method=dpo');
    expect(inputs.recommendedMethod).toBeNull();
    expect(messages).toEqual(['method: not one of full, lora, qlora; ignored.']);
  });

  it('never echoes input that is not a well-formed number', () => {
    const hostile = '<img src=x onerror=alert(1)>NaN Infinity';
    const {messages} = parseQuery(new URLSearchParams({gpu: hostile, model: hostile, rank: hostile, targets: hostile, method: hostile}).toString());
    expect(messages).toHaveLength(6);
    for (const message of messages) expect(message).not.toMatch(/<|NaN|Infinity/);
  });

  it('quotes an out-of-range number briefly', () => {
    const {messages} = parseQuery(`seq=${'9'.repeat(60)}`);
    expect(messages).toEqual(['seq: “999999999999999999999999…” is above the largest allowed value; using 131072.']);
  });

  it('ignores other widgets’ keys', () => {
    expect(parseQuery('step=3&answers=a,b&rank=16')).toMatchObject({messages: [], hadCalculatorKeys: true});
  });

  it('never throws and always yields valid inputs, whatever the string', () => {
    const keyValue = fc.tuple(fc.constantFrom(...QUERY_KEYS, 'x'), fc.string({unit: 'binary'}));
    fc.assert(
      fc.property(fc.oneof(fc.string({unit: 'binary'}), fc.array(keyValue).map((kv) => new URLSearchParams(kv).toString())), (search) => {
        const {inputs, messages} = parseQuery(search);
        expect(MODEL_IDS).toContain(inputs.model);
        expect(GPU_IDS).toContain(inputs.gpu);
        expect(PRECISIONS).toContain(inputs.precision);
        expect(OPTIMIZERS).toContain(inputs.optimizer);
        expect(inputs.targets.length).toBeGreaterThan(0);
        for (const n of [inputs.rank, inputs.alpha, inputs.seqLength, inputs.microBatch, inputs.paramsBillions]) {
          expect(Number.isFinite(n)).toBe(true);
          expect(n).toBeGreaterThan(0);
        }
        for (const m of messages) expect(m).toMatch(/^[a-z]+: /);
      }),
    );
  });
});

const validInputs: fc.Arbitrary<CalculatorInputs> = fc.record({
  model: fc.constantFrom(...MODEL_IDS),
  paramsBillions: fc.double({min: 0.5, max: 405, noNaN: true}),
  rank: fc.integer({min: 1, max: 256}),
  alpha: fc.integer({min: 1, max: 512}),
  targets: fc.subarray([...TARGET_MODULES], {minLength: 1}),
  precision: fc.constantFrom(...PRECISIONS),
  optimizer: fc.constantFrom(...OPTIMIZERS),
  seqLength: fc.integer({min: 64, max: 131072}),
  microBatch: fc.integer({min: 1, max: 128}),
  gradientCheckpointing: fc.boolean(),
  doubleQuant: fc.boolean(),
  loss: fc.constantFrom(...LOSS_MODES),
  loraDropout: fc.boolean(),
  trainedPrecision: fc.constantFrom(...TRAINED_PRECISIONS),
  oldBitsandbytes: fc.boolean(),
  gpu: fc.constantFrom(...GPU_IDS),
  recommendedMethod: fc.constantFrom(null, ...METHODS),
});

describe('serializeQuery', () => {
  it('writes every key in a fixed order, commas kept readable', () => {
    expect(serializeQuery(DEFAULT_INPUTS)).toBe(
      'model=llama-2-7b&rank=8&alpha=16&targets=q,v&precision=bf16&optimizer=adamw&seq=2048&batch=1&gc=1&dq=1&loss=full&dropout=0&trained=fp32&oldbnb=0&gpu=rtx-4090',
    );
    expect(serializeQuery({...DEFAULT_INPUTS, model: 'custom', paramsBillions: 13, recommendedMethod: 'lora'})).toBe(
      'model=custom&params=13&rank=8&alpha=16&targets=q,v&precision=bf16&optimizer=adamw&seq=2048&batch=1&gc=1&dq=1&loss=full&dropout=0&trained=fp32&oldbnb=0&gpu=rtx-4090&method=lora',
    );
  });

  it('round-trips through parseQuery without a message', () => {
    fc.assert(
      fc.property(validInputs, (inputs) => {
        const parsed = parseQuery(serializeQuery(inputs));
        expect(parsed.messages).toEqual([]);
        const expected = inputs.model === 'custom' ? inputs : {...inputs, paramsBillions: DEFAULT_INPUTS.paramsBillions};
        expect(parsed.inputs).toEqual(expected);
      }),
    );
  });
});

describe('mergeIntoSearch', () => {
  it("keeps other widgets' keys and replaces the calculator's own", () => {
    expect(mergeIntoSearch('?step=2&rank=999&rank=3&model=x', DEFAULT_INPUTS)).toBe(`?step=2&${serializeQuery(DEFAULT_INPUTS)}`);
    expect(mergeIntoSearch('', DEFAULT_INPUTS)).toBe(`?${serializeQuery(DEFAULT_INPUTS)}`);
  });
});
