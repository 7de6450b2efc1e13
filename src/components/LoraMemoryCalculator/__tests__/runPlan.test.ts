import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {gpus} from '@site/src/data/gpus';
import {calculate} from '../calculate';
import {DEFAULT_INPUTS, METHODS, type CalculatorInputs} from '../inputs';
import {durationFloorText, durationRangeText, durationShortText, formatUsd, planRun, priceOf, RUN_SETTINGS, runIsPlanned, trainingRunInputOf} from '../runPlan';
import {caveatText, managedForScaleText, managedText, setupText, timeAccuracyText, tokensText} from '../runTexts';
import {memoryAnnouncement, summaryFigures} from '../summaryTexts';
import {throughputCalibrationResult} from '../throughputCheck';
import {TARGET_MODULES} from '../loraMath';
import {estimateTrainingRun} from '../trainingTime';
import {validInputs} from './arbitraries';

const HOUR = 3600;

describe('whether the reader is planning a run', () => {
  it('is not at the defaults, and is as soon as any setting of “The run” changes', () => {
    expect(runIsPlanned(DEFAULT_INPUTS)).toBe(false);
    const changed: Partial<CalculatorInputs> = {
      objective: 'dpo',
      dpoReference: 'precomputed',
      gpus: 2,
      strategy: 'ddp',
      offload: 'optimizer',
      tokensPerEpoch: 1e6,
      epochs: 1,
      usdPerGpuHour: 1,
    };
    for (const key of RUN_SETTINGS) expect(runIsPlanned({...DEFAULT_INPUTS, [key]: changed[key]}), key).toBe(true);
  });
});

describe('time and cost of a run, for any settings', () => {
  it('are finite and ordered, and their texts carry a unit and no NaN', () => {
    fc.assert(
      fc.property(validInputs, (inputs) => {
        const result = calculate(inputs);
        const run = planRun(result);
        for (const method of METHODS) {
          const m = run.methods[method];
          for (const range of [m.time.seconds, m.time.costUsd, m.time.tokensPerSecond]) {
            expect(Number.isFinite(range.low) && Number.isFinite(range.high)).toBe(true);
            expect(range.low).toBeLessThanOrEqual(range.central * (1 + 1e-12));
            expect(range.central).toBeLessThanOrEqual(range.high * (1 + 1e-12));
          }
          for (const text of [m.timeText, m.costText, m.perGpuText, m.timeShortText]) expect(text).not.toMatch(/NaN|undefined|Infinity|—/);
          if (m.timeKind === 'range') {
            expect(m.timeText).toMatch(/^[\d,.]+–[\d,.]+ (minutes|hours|days)$/);
            expect(m.costText).toMatch(/^\$[\d,.]+–\$[\d,.]+$/);
          }
          if (m.timeKind === 'at-least') expect(m.timeText).toMatch(/^more than [\d,.]+ (minutes|hours|days)$/);
          if (m.timeKind === 'not-estimated') expect(result.inputs.precision).toBe('fp32');
        }
        for (const caveat of run.caveats) expect(caveatText(caveat, result, run).length).toBeGreaterThan(40);
        expect(memoryAnnouncement(result, run)).not.toMatch(/NaN|undefined/);
      }),
      {numRuns: 80},
    );
  });

  it('cost is GPU-hours × the price: the reader’s, or the GPU’s default', () => {
    for (const gpu of gpus) {
      const atDefault = planRun(calculate({gpu: gpu.id}));
      expect(atDefault.usdPerGpuHour).toBe(gpu.price.usdPerGpuHour);
      expect(atDefault.defaultPrice).toBe(true);
      const lora = atDefault.methods.lora.time;
      expect(lora.costUsd.central).toBeCloseTo(lora.gpuHours.central * gpu.price.usdPerGpuHour, 6);
    }
    const mine = planRun(calculate({gpu: 'h100-80', gpus: 8, usdPerGpuHour: 2}));
    expect(mine.defaultPrice).toBe(false);
    expect(mine.methods.qlora.time.costUsd.central).toBeCloseTo(mine.methods.qlora.time.seconds.central / HOUR * 8 * 2, 6);
    expect(priceOf({...DEFAULT_INPUTS, usdPerGpuHour: 0}, gpus[0])).toBe(0);
  });

  it('is the time engine’s estimate for the calculator’s settings (paged optimizers as their plain versions)', () => {
    const result = calculate({model: 'llama-3.1-8b', optimizer: 'pagedadamw8bit', gpu: 'a100-80', gpus: 4, tokensPerEpoch: 5e7});
    const run = planRun(result);
    for (const method of METHODS) {
      const input = trainingRunInputOf(result, method);
      expect(input.optimizer).toBe('adamw8bit');
      expect(run.methods[method].time).toEqual(estimateTrainingRun(input));
    }
  });

  it('shows no time for fp32 training, and a floor with CPU offload', () => {
    const fp32 = planRun(calculate({precision: 'fp32'}));
    expect(fp32.methods.lora.timeText).toBe('not estimated for fp32');
    const offloaded = planRun(calculate({strategy: 'zero3', offload: 'all'}));
    expect(offloaded.methods.lora.timeKind).toBe('at-least');
    expect(offloaded.caveats).toContain('cpu-offload-time');
  });

  it('names the caveats that apply: offload corrected, 4-bit sharding, tensor parallelism, PPO', () => {
    expect(planRun(calculate({strategy: 'ddp', offload: 'optimizer'})).caveats).toContain('offload-needs-sharding');
    expect(planRun(calculate({strategy: 'zero2', offload: 'all'})).caveats).toContain('weights-offload-needs-zero3');
    const several = planRun(calculate({gpu: 'h100-80', gpus: 8, strategy: 'zero3'})).caveats;
    expect(several).toEqual(expect.arrayContaining(['qlora-fsdp-storage', 'tensor-parallel']));
    expect(planRun(calculate({})).caveats).toEqual([]);
    const dpo = calculate({model: 'llama-3.1-8b', objective: 'dpo'});
    const run = planRun(dpo);
    expect(run.caveats).toContain('ppo');
    // PPO for full fine-tuning: two trained models and two frozen copies, about twice DPO's full fine-tuning memory.
    expect(run.ppoBytes).toBeGreaterThan(2 * (dpo.methods.full.totalBytes - dpo.base.total * 2));
    expect(caveatText('ppo', dpo, run)).toMatch(/on the order of [\d,.]+ GB/);
  });

  it('prices the same tokens as a managed job at T1.9’s rates where it can, and says so where it cannot', () => {
    expect(planRun(calculate({model: 'llama-3.1-8b'})).managed?.kind).toBe('not-priced');
    expect(planRun(calculate({model: 'phi-4'})).managed?.kind).toBe('compute-hours');
    expect(planRun(calculate({model: 'llama-2-7b'})).managed).toBeNull();
    expect(managedText(null, 'Llama 2 7B')).toBe('T1.9’s managed fine-tuning does not list Llama 2 7B.');
    const scale = planRun(calculate({tokensPerEpoch: 20_000_000, epochs: 3})).managedForScale;
    expect(scale).toMatchObject({kind: 'per-token', billedTokens: 60_000_000, usd: 180});
    expect(managedForScaleText(scale)).toBe(
      'For scale, the same 60 million training tokens on T1.9’s managed GPT-4o-mini ($3.00 per 1 million tokens) would bill $180.',
    );
  });
});

describe('the run’s words', () => {
  it('durations in the unit of the central value, two significant figures', () => {
    expect(durationRangeText({low: 2.9 * HOUR, central: 3.4 * HOUR, high: 4.04 * HOUR})).toBe('2.9–4.0 hours');
    expect(durationRangeText({low: 720, central: 900, high: 1020})).toBe('12–17 minutes');
    expect(durationRangeText({low: 3 * 86400, central: 3.5 * 86400, high: 4.2 * 86400})).toBe('3.0–4.2 days');
    expect(durationFloorText({low: 2.94 * HOUR, central: 3.4 * HOUR, high: 4 * HOUR})).toBe('more than 2.9 hours');
    expect(durationShortText({low: 2.9 * HOUR, central: 3.4 * HOUR, high: 4.04 * HOUR}, 'range')).toBe('2.9–4.0 h');
    expect(durationShortText({low: 40, central: 50, high: 60}, 'range')).toBe('0.67–1.0 min');
    // Values that round up across a threshold take the next one's form: "10–14 hours", not "10.0–14 hours".
    expect(durationRangeText({low: 9.97 * HOUR, central: 11.3 * HOUR, high: 13.6 * HOUR})).toBe('10–14 hours');
    expect(durationRangeText({low: 0.997 * HOUR, central: 1.2 * HOUR, high: 1.5 * HOUR})).toBe('1.0–1.5 hours');
  });

  it('dollars with cents below $10, whole dollars above', () => {
    expect(formatUsd(0.846)).toBe('$0.85');
    expect(formatUsd(28.4)).toBe('$28');
    expect(formatUsd(9.996)).toBe('$10');
    expect(formatUsd(12_345.6)).toBe('$12,346');
  });

  it('the setup and the tokens as a reader says them', () => {
    const result = calculate({gpu: 'h100-80', gpus: 8, strategy: 'zero3', tokensPerEpoch: 20_000_000, epochs: 3, objective: 'dpo'});
    expect(setupText(result)).toBe('8 × NVIDIA H100 80GB (80 GB), ZeRO-3 / FSDP full shard, no CPU offload');
    expect(setupText(calculate({}))).toBe('one GeForce RTX 4090 (24 GB)');
    expect(tokensText(result)).toBe('20 million tokens × 3 epochs = 60 million training tokens, chosen and rejected responses both counted');
  });

  it('the time estimate’s accuracy comes from the calibration, not typed', () => {
    const {summary} = throughputCalibrationResult();
    const text = timeAccuracyText(summary);
    expect(text).toContain(`on the ${summary.included} published runs below`);
    expect(text).toContain(`±${Math.ceil(summary.medianAbsoluteError * 100 - 1e-9)} %`);
  });

  it('the summary shows one card’s memory on the chosen GPUs once the run is planned', () => {
    const inputs = {model: 'llama-3.1-8b', rank: 16, targets: [...TARGET_MODULES], microBatch: 4, gpu: 'h100-80'};
    const alone = calculate(inputs);
    expect(summaryFigures(alone, planRun(alone), 'lora').figure).toBe(planRun(alone).methods.lora.perGpuText);
    const eight = calculate({...inputs, gpus: 8});
    const run = planRun(eight);
    expect(summaryFigures(eight, run, 'full')).toEqual({figure: run.methods.full.perGpuText, fits: run.methods.full.fits, fitText: run.methods.full.fits ? 'fits' : expect.any(String)});
    expect(memoryAnnouncement(eight, run)).toContain('Per card on 8 × NVIDIA H100 80GB (80 GB): Full fine-tuning');
  });
});
