import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {DEFAULT_INPUTS, GPU_IDS, MODEL_IDS, OPTIMIZERS, PRECISIONS, type CalculatorInputs} from '../inputs';
import {validInputs} from './arbitraries';
import {mergeIntoSearch, parseQuery, QUERY_KEYS, serializeQuery} from '../queryState';

describe('parseQuery', () => {
  it('gives the defaults and no message for an empty query', () => {
    expect(parseQuery('')).toEqual({inputs: DEFAULT_INPUTS, messages: [], hadCalculatorKeys: false});
  });

  it('reads every key', () => {
    const {inputs, messages} = parseQuery(
      '?model=custom&params=13.5&rank=16&alpha=32&targets=down,q,k&precision=fp32&optimizer=adamw8bit&seq=4096&batch=2&gc=0&dq=0&loss=chunked&dropout=1&trained=16bit&oldbnb=1&gpu=h100-80' +
        '&objective=dpo&reference=precomputed&gpus=8&strategy=zero2&offload=optimizer&tokens=20000000&epochs=2&price=2.5&method=qlora',
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
      objective: 'dpo',
      dpoReference: 'precomputed',
      gpus: 8,
      strategy: 'zero2',
      offload: 'optimizer',
      tokensPerEpoch: 20_000_000,
      epochs: 2,
      usdPerGpuHour: 2.5,
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

  describe('the run’s keys', () => {
    it('resets unknown choices to the defaults, naming each key', () => {
      const {inputs, messages} = parseQuery('objective=ppo&reference=live&strategy=zero1&offload=nvme');
      expect(inputs).toMatchObject({objective: 'sft', dpoReference: 'model', strategy: 'zero3', offload: 'none'});
      expect(messages).toEqual([
        'objective: not one of sft, dpo; using sft.',
        'reference: not one of model, precomputed; using model.',
        'strategy: not one of ddp, zero2, zero3; using zero3.',
        'offload: not one of none, optimizer, all; using none.',
      ]);
    });

    it.each([
      ['gpus=0', {gpus: 1}, 'gpus: “0” is below the smallest allowed value; using 1.'],
      ['gpus=4096', {gpus: 1024}, 'gpus: “4096” is above the largest allowed value; using 1024.'],
      ['gpus=2.5', {gpus: 3}, 'gpus: “2.5” is not a whole number; using 3.'],
      ['gpus=eight', {gpus: 1}, 'gpus: not a number; using the default, 1.'],
      ['tokens=0', {tokensPerEpoch: 1}, 'tokens: “0” is below the smallest allowed value; using 1.'],
      ['tokens=1e13', {tokensPerEpoch: 1e12}, 'tokens: “1e13” is above the largest allowed value; using 1000000000000.'],
      ['tokens=20M', {tokensPerEpoch: 10_000_000}, 'tokens: not a number; using the default, 10000000.'],
      ['epochs=0', {epochs: 1}, 'epochs: “0” is below the smallest allowed value; using 1.'],
      ['epochs=1.5', {epochs: 2}, 'epochs: “1.5” is not a whole number; using 2.'],
      ['epochs=101', {epochs: 100}, 'epochs: “101” is above the largest allowed value; using 100.'],
      ['price=-1', {usdPerGpuHour: 0}, 'price: “-1” is below the smallest allowed value; using 0.'],
      ['price=5000', {usdPerGpuHour: 1000}, 'price: “5000” is above the largest allowed value; using 1000.'],
    ])('%s → a message and a safe value', (query, expected, message) => {
      const parsed = parseQuery(query);
      expect(parsed.inputs).toMatchObject(expected);
      expect(parsed.messages).toEqual([message]);
    });

    it('a price that is not a number falls back to the selected GPU’s default, which the message states with its date', () => {
      const {inputs, messages} = parseQuery('gpu=h100-80&price=cheap');
      expect(inputs.usdPerGpuHour).toBeNull();
      expect(messages).toEqual([`price: not a number; using the NVIDIA H100 80GB’s default, $2.99 per GPU-hour (cloud on-demand list price, 2026-05).`]);
    });

    it('no price means the GPU’s default; a price of 0 (own hardware) is kept', () => {
      expect(parseQuery('gpu=a100-80').inputs.usdPerGpuHour).toBeNull();
      expect(parseQuery('price=0').inputs.usdPerGpuHour).toBe(0);
      expect(parseQuery('price=1.75').messages).toEqual([]);
    });
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


describe('serializeQuery', () => {
  it('writes every key in a fixed order, commas kept readable', () => {
    expect(serializeQuery(DEFAULT_INPUTS)).toBe(
      'model=llama-2-7b&rank=8&alpha=16&targets=q,v&precision=bf16&optimizer=adamw&seq=2048&batch=1&gc=1&dq=1&loss=full&dropout=0&trained=fp32&oldbnb=0&gpu=rtx-4090' +
        '&objective=sft&reference=model&gpus=1&strategy=zero3&offload=none&tokens=10000000&epochs=3',
    );
    expect(serializeQuery({...DEFAULT_INPUTS, model: 'custom', paramsBillions: 13, usdPerGpuHour: 0.45, recommendedMethod: 'lora'})).toBe(
      'model=custom&params=13&rank=8&alpha=16&targets=q,v&precision=bf16&optimizer=adamw&seq=2048&batch=1&gc=1&dq=1&loss=full&dropout=0&trained=fp32&oldbnb=0&gpu=rtx-4090' +
        '&objective=sft&reference=model&gpus=1&strategy=zero3&offload=none&tokens=10000000&epochs=3&price=0.45&method=lora',
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
