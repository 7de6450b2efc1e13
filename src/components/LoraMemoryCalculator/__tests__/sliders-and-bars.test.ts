import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {DEFAULT_INPUTS} from '../inputs';
import {TARGET_MODULES} from '../loraMath';
import {calculate} from '../calculate';
import {barLayout} from '../barLayout';
import {
  isPowerOfTwo,
  paramsFromSlider,
  PARAMS_SLIDER_STEPS,
  RANK_MARKS,
  roundModelSize,
  SEQ_LENGTH_STOPS,
  seqStopIndex,
  sliderFromParams,
} from '../sliderScales';

describe('model-size slider (log scale)', () => {
  it('spans 0.5B to 405B', () => {
    expect(paramsFromSlider(0)).toBe(0.5);
    expect(paramsFromSlider(PARAMS_SLIDER_STEPS)).toBe(405);
    expect(sliderFromParams(0.5)).toBe(0);
    expect(sliderFromParams(405)).toBe(PARAMS_SLIDER_STEPS);
  });

  it('rounds to sizes a person would type', () => {
    expect(roundModelSize(0.537)).toBe(0.54);
    expect(roundModelSize(6.738)).toBe(6.7);
    expect(roundModelSize(13.4)).toBe(13);
    expect(roundModelSize(1000)).toBe(405);
  });

  it('grows with the position and lands back near where it started', () => {
    fc.assert(
      fc.property(fc.integer({min: 0, max: PARAMS_SLIDER_STEPS - 1}), (p) => {
        expect(paramsFromSlider(p + 1)).toBeGreaterThanOrEqual(paramsFromSlider(p));
        expect(Math.abs(sliderFromParams(paramsFromSlider(p)) - p)).toBeLessThanOrEqual(8);
      }),
    );
  });
});

describe('sequence-length slider', () => {
  it('snaps to the nearest power of two on a log scale', () => {
    expect(SEQ_LENGTH_STOPS[seqStopIndex(2048)]).toBe(2048);
    expect(SEQ_LENGTH_STOPS[seqStopIndex(3000)]).toBe(4096);
    expect(SEQ_LENGTH_STOPS[seqStopIndex(2800)]).toBe(2048);
    expect(SEQ_LENGTH_STOPS[seqStopIndex(131072)]).toBe(131072);
  });
});

describe('rank marks', () => {
  it('are the powers of two from 1 to 256', () => {
    expect(RANK_MARKS.every(isPowerOfTwo)).toBe(true);
    expect(RANK_MARKS).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256]);
    expect(isPowerOfTwo(12)).toBe(false);
  });
});

describe('bar layout', () => {
  it('sizes segments in proportion to bytes, on one scale for all bars', () => {
    const result = calculate(DEFAULT_INPUTS);
    const layout = barLayout(result);
    const lora = layout.bars.find((b) => b.method === 'lora')!;
    const base = lora.segments.find((s) => s.id === 'baseWeights')!;
    expect(base.percent).toBeCloseTo((100 * base.bytes) / layout.scaleBytes, 9);
    expect(lora.cut).toBe(false);
    expect(layout.gpuLinePercent).toBeCloseTo((100 * 24e9) / layout.scaleBytes, 9);
  });

  it('cuts a full fine-tuning bar far beyond the rest, and says so', () => {
    const layout = barLayout(calculate({...DEFAULT_INPUTS, model: 'llama-3.1-70b'}));
    const full = layout.bars.find((b) => b.method === 'full')!;
    expect(full.cut).toBe(true);
    expect(full.segments.reduce((sum, s) => sum + s.percent, 0)).toBeCloseTo(100, 9);
  });

  it('never leaves the track, whatever the settings', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('llama-2-7b', 'llama-3.1-70b', 'phi-4', 'custom'),
        fc.integer({min: 1, max: 256}),
        fc.integer({min: 64, max: 131072}),
        fc.constantFrom('t4', 'h200', 'mi300x'),
        (model, rank, seqLength, gpu) => {
          const layout = barLayout(calculate({...DEFAULT_INPUTS, model, rank, seqLength, gpu, targets: [...TARGET_MODULES]}));
          for (const bar of layout.bars) {
            const width = bar.segments.reduce((sum, s) => sum + s.percent, 0);
            expect(width).toBeLessThanOrEqual(100 + 1e-9);
            for (const s of bar.segments) expect(s.percent).toBeGreaterThan(0);
          }
          expect(layout.gpuLinePercent).toBeGreaterThan(0);
          expect(layout.gpuLinePercent).toBeLessThanOrEqual(100);
        },
      ),
    );
  });
});
