import {describe, expect, it} from 'vitest';
import {FLOOR_ROUTE, MODES, slashForm} from '../../bench/budgets.mjs';
import {benchReport} from '../../bench/report.mjs';

/** A Lighthouse row that meets every budget, changed by `overrides`. */
function row(mode: string, route: string, overrides: Record<string, unknown> = {}) {
  return {
    mode,
    route,
    performance: 100,
    accessibility: 100,
    accessibilityRuns: [100, 100],
    bestPractices: 100,
    seo: 100,
    tbt: 10,
    lcp: 1200,
    cls: 0,
    jsKb: route === FLOOR_ROUTE ? 150 : 170,
    tbtRuns: [10, 10],
    thirdPartyRequests: 0,
    mermaidRuntime: false,
    ...overrides,
  };
}

const engines = [{name: 'an engine', medianMicros: 10}];
const slider = (mode: string, maxMs: number) => ({mode, route: '/t1/lora-qlora/', slider: 'LoRA rank', drags: [maxMs], maxMs});
const LORA = '/t1/lora-qlora/';

describe('the bench report', () => {
  it('lists each route once per serving mode, saying which', () => {
    const rows = MODES.flatMap((mode) => [row(mode.id, FLOOR_ROUTE), row(mode.id, LORA)]);
    const {table, misses} = benchReport({modes: MODES, rows, engines, sliders: MODES.map((mode) => slider(mode.id, 40)), slidersDragged: 1});
    expect(misses).toEqual([]);
    for (const mode of MODES) {
      expect(table).toContain(`| ${LORA} | ${mode.label} |`);
      expect(table).toContain(`| ${FLOOR_ROUTE} (floor) | ${mode.label} |`);
      expect(table).toContain(`| ${LORA} "LoRA rank" | ${mode.label} | 40 |`);
    }
  });

  it('judges a route against the floor measured in the same mode', () => {
    const rows = [
      row('plain', FLOOR_ROUTE, {tbt: 0}),
      row('plain', LORA, {tbt: 90}),
      row('headers', FLOOR_ROUTE, {tbt: 50}),
      row('headers', LORA, {tbt: 90}),
    ];
    const {misses} = benchReport({modes: MODES, rows, engines, sliders: [], slidersDragged: 0});
    expect(misses).toHaveLength(1);
    expect(misses[0]).toMatch(/^\/t1\/lora-qlora\/ \(plain host\): TBT 90 ms > floor 0 \+ 75 ms/);
  });

  it('fails accessibility when one run is below 100, whatever the median, and shows each run', () => {
    const rows = MODES.flatMap((mode) => [row(mode.id, FLOOR_ROUTE), row(mode.id, LORA, mode.id === 'plain' ? {accessibilityRuns: [100, 96, 100]} : {})]);
    const {table, misses} = benchReport({modes: MODES, rows, engines, sliders: [], slidersDragged: 0});
    expect(misses).toEqual(['/t1/lora-qlora/ (plain host): accessibility 96 < 100 (runs 100, 96, 100)']);
    expect(table).toContain(`| ${LORA} | plain host | 100 | 100/96/100 |`);
  });

  it('judges the slider drags in each mode', () => {
    const rows = MODES.map((mode) => row(mode.id, FLOOR_ROUTE));
    const {misses} = benchReport({modes: MODES, rows, engines, sliders: [slider('plain', 40), slider('headers', 56)], slidersDragged: 1});
    expect(misses).toEqual(['/t1/lora-qlora/ LoRA rank (production headers (CSP)): 56 ms']);
  });
});

describe('slashForm', () => {
  it.each([
    ['/t1/lora-qlora', '/t1/lora-qlora/'],
    ['/t1/lora-qlora/', '/t1/lora-qlora/'],
    ['/', '/'],
    ['/sw.js', '/sw.js'],
  ])('%s → %s', (route, expected) => {
    expect(slashForm(route)).toBe(expected);
  });
});
