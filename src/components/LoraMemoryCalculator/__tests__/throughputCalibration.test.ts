import {describe, expect, it} from 'vitest';
import {calibrationSources, throughputCalibration} from '@site/src/data/throughputCalibration';
import {llmFoundryRows} from '@site/src/data/llmFoundryThroughput';
import {throughputConstants} from '@site/src/data/throughputConstants';
import {
  compareWithMeasurement,
  impliesImpossibleUtilization,
  llmFoundryStepEfficiencies,
  quantile,
  summarize,
  throughputQuery,
} from '../throughputCheck';
import {SMALLEST_CALIBRATED_MICRO_STEP_TOKENS} from '../trainingTime';
import {parseQuery} from '../queryState';
import {calculate} from '../calculate';
import {planRun} from '../runPlan';

const comparisons = throughputCalibration.map(compareWithMeasurement);
const included = comparisons.filter((c) => !c.point.excluded);
const summary = summarize(comparisons);
const tokensPerMicroStep = (c: (typeof comparisons)[number]) => c.point.microBatch * c.point.sequenceLength;

describe('the throughput calibration set', () => {
  it('has at least 15 runs the estimate is held to, from at least three sources, several on many GPUs', () => {
    expect(included.length).toBeGreaterThanOrEqual(15);
    expect(new Set(included.map((c) => c.point.source)).size).toBeGreaterThanOrEqual(3);
    expect(included.filter((c) => c.point.gpus > 1).length).toBeGreaterThanOrEqual(5);
    expect(new Set(included.map((c) => c.point.method))).toEqual(new Set(['full', 'lora', 'qlora']));
  });

  it('has unique ids', () => {
    expect(new Set(throughputCalibration.map((p) => p.id)).size).toBe(throughputCalibration.length);
  });

  it.each(throughputCalibration.map((p) => [p.id, p] as const))('%s names its source, commit and the line it quotes', (_id, point) => {
    expect(calibrationSources[point.source]).toBeDefined();
    expect(point.citation.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(point.citation.quote.length).toBeGreaterThan(20);
    expect(point.measurement.length).toBeGreaterThan(10);
    expect(point.measuredTokensPerSecondPerGpu).toBeGreaterThan(0);
    if (point.excluded) expect(point.excluded.detail.length).toBeGreaterThan(20);
  });
});

describe('the estimate against every included run', () => {
  it.each(included.map((c) => [c.point.id, c] as const))('%s is within 0.5–2× of the measurement', (_id, c) => {
    expect(c.ratio).toBeGreaterThanOrEqual(0.5);
    expect(c.ratio).toBeLessThanOrEqual(2);
  });

  it('has a median error of at most 25 %', () => {
    expect(summary.medianAbsoluteError).toBeLessThanOrEqual(0.25);
  });
});

describe('exclusions follow stated rules, not the fit', () => {
  it('a run is set aside for impossible utilization exactly when it implies more than the ceiling', () => {
    for (const c of comparisons) {
      expect(c.point.excluded?.reason === 'impossible-utilization').toBe(impliesImpossibleUtilization(c));
    }
  });

  it('a run is set aside for small steps exactly when its micro-step is smaller than every included run’s', () => {
    const smallestIncluded = Math.min(...included.map(tokensPerMicroStep));
    expect(SMALLEST_CALIBRATED_MICRO_STEP_TOKENS).toBe(smallestIncluded);
    for (const c of comparisons) {
      const small = tokensPerMicroStep(c) < SMALLEST_CALIBRATED_MICRO_STEP_TOKENS;
      expect(c.point.excluded?.reason === 'small-steps').toBe(small);
    }
  });

  it('runs with CPU offload, or sharded over PCIe, are the ones set aside for those reasons', () => {
    for (const c of comparisons) {
      if (c.point.excluded?.reason === 'cpu-offload') expect(c.point.settings + c.point.excluded.detail).toMatch(/offload/i);
      if (c.point.excluded?.reason === 'interconnect-bound') {
        expect(c.point.gpu.linkBetweenCards).toBe('pcie');
        expect(c.point.strategy).not.toBe('ddp');
      }
    }
  });
});

describe('the constants the calibration sets', () => {
  it('the step efficiency of each generation is the median of what LLM Foundry’s runs on it achieve', () => {
    const {hopper, ampere} = llmFoundryStepEfficiencies();
    // Every bf16 row for 1B and up, less those above the plausibility ceiling.
    expect(hopper.length + ampere.length).toBeGreaterThan(llmFoundryRows.length - 5);
    expect(throughputConstants.stepEfficiency.value).toBeCloseTo(quantile(ampere, 0.5), 2);
    expect(throughputConstants.stepEfficiencyHopper.value).toBeCloseTo(quantile(hopper, 0.5), 2);
  });

  it('the range is the 10th to 90th percentile of measured ÷ estimated over the included runs', () => {
    expect(throughputConstants.rangeLow.value).toBeCloseTo(summary.measuredOverEstimated.p10, 2);
    expect(throughputConstants.rangeHigh.value).toBeCloseTo(summary.measuredOverEstimated.p90, 2);
  });
});

describe('quantile', () => {
  it('interpolates between order statistics', () => {
    expect(quantile([3, 1, 2], 0.5)).toBe(2);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([0, 10], 0.1)).toBeCloseTo(1, 12);
    expect(quantile([], 0.5)).toBeNaN();
  });
});

describe('each row of the page’s throughput table loads its configuration', () => {
  it('into a calculator whose estimate is the row’s (gradient accumulation, not a calculator setting, moves it by under 1 %)', () => {
    let loaded = 0;
    for (const c of comparisons) {
      const link = throughputQuery(c.point);
      if (!('query' in link)) continue;
      loaded += 1;
      const {inputs, messages} = parseQuery(link.query);
      expect(messages, c.point.id).toEqual([]);
      const result = calculate(inputs);
      const run = planRun(result);
      const perGpu = run.methods[c.point.method].time.tokensPerSecond.central / c.point.gpus;
      expect(perGpu / c.estimatedTokensPerSecondPerGpu, c.point.id).toBeCloseTo(1, 2);
      expect(inputs.recommendedMethod).toBe(c.point.method);
    }
    expect(loaded).toBeGreaterThanOrEqual(15);
  });

  it('says what the calculator lacks where it cannot load a row', () => {
    for (const c of comparisons) {
      const link = throughputQuery(c.point);
      if ('query' in link) continue;
      expect(link.missing.length).toBeGreaterThan(0);
      for (const text of link.missing) expect(text).toMatch(/is not among its (models|GPUs)$/);
    }
    expect(comparisons.filter((c) => c.point.source === 'llm-foundry').every((c) => 'missing' in throughputQuery(c.point))).toBe(true);
  });
});
