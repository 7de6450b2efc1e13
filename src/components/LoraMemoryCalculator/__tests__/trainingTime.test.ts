import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {gpus} from '@site/src/data/gpus';
import {modelPresets} from '@site/src/data/models';
import {throughputConstants} from '@site/src/data/throughputConstants';
import {TARGET_MODULES} from '../loraMath';
import {
  computeShapeOf,
  durationInUnits,
  estimateEachMethod,
  estimateTrainingRun,
  flopsPerToken,
  secondsPerTokenPerGpu,
  SMALLEST_CALIBRATED_MICRO_STEP_TOKENS,
  type RunPlan,
  type TrainingRunInput,
} from '../trainingTime';
import {TRAINING_TIME_ASSUMPTIONS, trainingTimeWorkings} from '../trainingTimeMath';

const preset = (id: string) => modelPresets.find((m) => m.id === id)!.architecture;
const gpu = (id: string) => gpus.find((g) => g.id === id)!;

const llama2: TrainingRunInput = {
  shape: computeShapeOf(preset('llama-2-7b')),
  method: 'full',
  adapterParams: 0,
  objective: 'sft',
  referencePrecomputed: false,
  sequenceLength: 2048,
  microBatch: 4,
  gradientAccumulation: 1,
  gradientCheckpointing: false,
  optimizer: 'adamw',
  gpu: gpu('a100-80').compute,
  gpus: 1,
  strategy: 'ddp',
  offload: 'none',
  tokensPerEpoch: 10_000_000,
  epochs: 1,
  usdPerGpuHour: 2,
};

describe('FLOPs per token', () => {
  // Llama 2 7B: blocks 32 × (4·4096² + 3·4096·11008) = 6,476,005,376 weights; head 32,000 × 4,096 = 131,072,000.
  const linear = 6_476_005_376 + 131_072_000;
  // Causal attention forward: 4 · ½ · 2,048 · 4,096 · 32 layers.
  const attention = 4 * 0.5 * 2048 * 4096 * 32;

  it('counts the shape from the same parameters as the memory estimate', () => {
    expect(computeShapeOf(preset('llama-2-7b'))).toEqual({
      layers: 32,
      attentionWidth: 4096,
      blockLinearParams: 6_476_005_376,
      outputHeadParams: 131_072_000,
    });
  });

  it('full fine-tuning: 2N forward, 4N backward, attention 1 + 2.5', () => {
    const f = flopsPerToken(llama2);
    expect(f.forward).toBe(2 * linear + attention);
    expect(f.backward).toBe(4 * linear + 2.5 * attention);
    expect(f.recompute).toBe(0);
    expect(f.total).toBe(6 * linear + 3.5 * attention);
    expect(f.model).toBe(f.total);
  });

  it('LoRA skips the frozen weights’ gradients but not the activations’', () => {
    const adapterParams = 4_194_304;
    const f = flopsPerToken({...llama2, method: 'lora', adapterParams});
    expect(f.forward).toBe(2 * linear + 2 * adapterParams + attention);
    expect(f.backward).toBe(2 * (linear + adapterParams) + 2 * adapterParams + 2.5 * attention);
    // About two thirds of full fine-tuning's compute; a little more, as attention's backward is the same for both.
    expect(f.total / flopsPerToken(llama2).total).toBeGreaterThan(0.66);
    expect(f.total / flopsPerToken(llama2).total).toBeLessThan(0.7);
  });

  it('checkpointing runs each block and its attention forward again, not the output head', () => {
    const f = flopsPerToken({...llama2, gradientCheckpointing: true});
    expect(f.recompute).toBe(2 * 6_476_005_376 + attention);
    expect(f.model).toBe(flopsPerToken(llama2).total);
  });

  it('attention grows with the sequence: at 32k it is a large share of the work', () => {
    const long = flopsPerToken({...llama2, sequenceLength: 32768});
    expect(long.attention / long.total).toBeGreaterThan(0.4);
    expect(flopsPerToken(llama2).attention / flopsPerToken(llama2).total).toBeLessThan(0.05);
  });

  it('DPO adds a reference forward: the base without adapters for LoRA, nothing when a full run’s reference is precomputed', () => {
    const lora = {...llama2, method: 'lora' as const, adapterParams: 4_194_304, objective: 'dpo' as const};
    expect(flopsPerToken(lora).referenceForward).toBe(2 * linear + attention);
    const full = {...llama2, objective: 'dpo' as const};
    expect(flopsPerToken(full).referenceForward).toBe(2 * linear + attention);
    expect(flopsPerToken({...full, referencePrecomputed: true}).referenceForward).toBe(0);
  });
});

describe('time per token', () => {
  it('QLoRA pays for dequantization, a share that shrinks with the micro-batch', () => {
    const qlora = {...llama2, method: 'qlora' as const, adapterParams: 4_194_304, gradientCheckpointing: true};
    const small = secondsPerTokenPerGpu({...qlora, microBatch: 1});
    const large = secondsPerTokenPerGpu({...qlora, microBatch: 16});
    expect(small.dequantization).toBeGreaterThan(0);
    expect(small.dequantization / small.total).toBeGreaterThan(large.dequantization / large.total);
    expect(secondsPerTokenPerGpu({...qlora, method: 'lora'}).dequantization).toBe(0);
  });

  it('the optimizer step is paid once per step, and sharded by ZeRO', () => {
    const ddp = secondsPerTokenPerGpu({...llama2, gpus: 8});
    const zero = secondsPerTokenPerGpu({...llama2, gpus: 8, strategy: 'zero3'});
    expect(zero.optimizer).toBeCloseTo(ddp.optimizer / 8, 12);
    const accumulated = secondsPerTokenPerGpu({...llama2, gradientAccumulation: 4});
    expect(accumulated.optimizer).toBeCloseTo(secondsPerTokenPerGpu(llama2).optimizer / 4, 12);
  });

  it('the T4 computes at its fp16 peak: it has no bf16', () => {
    const t4 = gpu('t4').compute;
    expect(t4.peakPrecision).toBe('fp16');
    expect(t4.peakTflops).toBe(65);
  });
});

describe('a run', () => {
  it('time × throughput = tokens × epochs, and cost = GPU-hours × price', () => {
    const e = estimateTrainingRun({...llama2, epochs: 3, gpus: 4, strategy: 'zero3'});
    expect(e.seconds.central * e.tokensPerSecond.central).toBeCloseTo(30_000_000, 0);
    expect(e.gpuHours.central).toBeCloseTo((e.seconds.central * 4) / 3600, 9);
    expect(e.costUsd.central).toBeCloseTo(e.gpuHours.central * 2, 9);
  });

  it('shows the calibration’s spread as its range', () => {
    const e = estimateTrainingRun(llama2);
    expect(e.tokensPerSecond.low / e.tokensPerSecond.central).toBeCloseTo(throughputConstants.rangeLow.value, 12);
    expect(e.tokensPerSecond.high / e.tokensPerSecond.central).toBeCloseTo(throughputConstants.rangeHigh.value, 12);
    expect(e.seconds.low).toBeLessThan(e.seconds.central);
    expect(e.seconds.high).toBeGreaterThan(e.seconds.central);
    expect(e.modelFlopsUtilization.central).toBeGreaterThan(0.2);
    expect(e.modelFlopsUtilization.central).toBeLessThan(throughputConstants.plausibleUtilizationCeiling.value);
  });

  it('a precomputed DPO reference is paid once, not every epoch', () => {
    const dpo = {...llama2, objective: 'dpo' as const, epochs: 3};
    const live = estimateTrainingRun(dpo).seconds.central;
    const precomputed = estimateTrainingRun({...dpo, referencePrecomputed: true}).seconds.central;
    expect(precomputed).toBeLessThan(live);
    expect(precomputed).toBeGreaterThan(estimateTrainingRun({...llama2, epochs: 3}).seconds.central);
  });

  it('names what it does not model', () => {
    expect(estimateTrainingRun(llama2).notModeled).toEqual([]);
    expect(estimateTrainingRun({...llama2, offload: 'optimizer'}).notModeled).toContain('cpu-offload');
    const pcie = {...llama2, gpu: gpu('rtx-4090').compute, gpus: 2, strategy: 'zero3' as const};
    expect(estimateTrainingRun(pcie).notModeled).toContain('pcie-sharding');
    expect(estimateTrainingRun({...pcie, strategy: 'ddp'}).notModeled).not.toContain('pcie-sharding');
    const small = {...llama2, microBatch: 1, sequenceLength: SMALLEST_CALIBRATED_MICRO_STEP_TOKENS / 2};
    expect(estimateTrainingRun(small).notModeled).toContain('small-steps');
  });

  it('gives full fine-tuning, LoRA and QLoRA for one plan, slowest first', () => {
    const plan: RunPlan = {
      ...llama2,
      architecture: preset('llama-3.1-8b'),
      rank: 16,
      targets: TARGET_MODULES,
      gradientCheckpointing: true,
    };
    const each = estimateEachMethod(plan);
    expect(each.full.seconds.central).toBeGreaterThan(each.qlora.seconds.central);
    expect(each.qlora.seconds.central).toBeGreaterThan(each.lora.seconds.central);
  });
});

describe('durations in the reader’s unit', () => {
  it.each([
    [30 * 60, 'minutes', 30],
    [5 * 3600, 'hours', 5],
    [47 * 3600, 'hours', 47],
    [72 * 3600, 'days', 3],
  ] as const)('%d s is %s', (seconds, unit, value) => {
    expect(durationInUnits(seconds)).toEqual({unit, value});
  });
});

describe('properties over any valid run', () => {
  const run: fc.Arbitrary<TrainingRunInput> = fc.record({
    shape: fc.constantFrom(...modelPresets.map((m) => computeShapeOf(m.architecture))),
    method: fc.constantFrom('full' as const, 'lora' as const, 'qlora' as const),
    adapterParams: fc.integer({min: 0, max: 500_000_000}),
    objective: fc.constantFrom('sft' as const, 'dpo' as const),
    referencePrecomputed: fc.boolean(),
    sequenceLength: fc.integer({min: 64, max: 131072}),
    microBatch: fc.integer({min: 1, max: 128}),
    gradientAccumulation: fc.integer({min: 1, max: 64}),
    gradientCheckpointing: fc.boolean(),
    optimizer: fc.constantFrom('adamw' as const, 'adamw8bit' as const, 'sgd' as const),
    gpu: fc.constantFrom(...gpus.map((g) => g.compute)),
    gpus: fc.integer({min: 1, max: 1024}),
    strategy: fc.constantFrom('ddp' as const, 'zero2' as const, 'zero3' as const),
    offload: fc.constantFrom('none' as const, 'optimizer' as const, 'all' as const),
    tokensPerEpoch: fc.double({min: 1e3, max: 1e12, noNaN: true}),
    epochs: fc.integer({min: 1, max: 100}),
    usdPerGpuHour: fc.double({min: 0, max: 100, noNaN: true}),
  });

  it('every figure is finite, positive and ordered low ≤ central ≤ high', () => {
    fc.assert(
      fc.property(run, (input) => {
        const e = estimateTrainingRun(input);
        for (const r of [e.tokensPerSecond, e.seconds, e.gpuHours, e.costUsd, e.modelFlopsUtilization]) {
          for (const v of [r.low, r.central, r.high]) expect(Number.isFinite(v) && v >= 0).toBe(true);
          expect(r.low).toBeLessThanOrEqual(r.central);
          expect(r.central).toBeLessThanOrEqual(r.high);
        }
        expect(e.seconds.central).toBeGreaterThan(0);
      }),
    );
  });

  it('more tokens or epochs never take less time; more GPUs never take more', () => {
    fc.assert(
      fc.property(run, fc.integer({min: 2, max: 8}), (input, factor) => {
        const base = estimateTrainingRun(input).seconds.central;
        expect(estimateTrainingRun({...input, tokensPerEpoch: input.tokensPerEpoch * factor}).seconds.central).toBeGreaterThan(base);
        expect(estimateTrainingRun({...input, epochs: input.epochs * factor}).seconds.central).toBeGreaterThan(base);
        expect(estimateTrainingRun({...input, gpus: Math.min(1024, input.gpus * factor)}).seconds.central).toBeLessThanOrEqual(base * (1 + 1e-12));
      }),
    );
  });

  it('the price scales the cost and nothing else', () => {
    fc.assert(
      fc.property(run, (input) => {
        const once = estimateTrainingRun(input);
        const twice = estimateTrainingRun({...input, usdPerGpuHour: input.usdPerGpuHour * 2});
        expect(twice.seconds).toEqual(once.seconds);
        expect(twice.costUsd.central).toBeCloseTo(once.costUsd.central * 2, 6);
      }),
    );
  });
});

describe('show the math', () => {
  it('plugs this run’s numbers into every step, with no NaN', () => {
    const input = {...llama2, method: 'qlora' as const, adapterParams: 4_194_304, gradientCheckpointing: true, objective: 'dpo' as const};
    const lines = trainingTimeWorkings(input, estimateTrainingRun(input));
    expect(lines.map((l) => l.label)).toEqual([
      'Attention per token (QKᵀ and PV, causal)',
      'Forward per token',
      'Backward per token',
      'Checkpointing: forward again',
      'DPO reference forward',
      'Compute per token and GPU',
      'Memory-bound time per token and GPU',
      'Throughput',
      'Model FLOPs utilization',
      'Time and cost',
    ]);
    for (const line of lines) expect(line.workings).not.toMatch(/NaN|undefined|—/);
    expect(lines[0].workings).toContain('2,048 positions');
    expect(TRAINING_TIME_ASSUMPTIONS.join(' ')).toContain(String(throughputConstants.rangeLow.value));
  });
});
