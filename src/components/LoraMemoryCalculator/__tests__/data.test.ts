import {describe, expect, it} from 'vitest';
import {modelPresets} from '@site/src/data/models';
import {gpus} from '@site/src/data/gpus';
import {memoryConstants} from '@site/src/data/memoryConstants';
import {
  seedArithmeticLines,
  seedArithmeticText,
  seedQloraComparisonTable,
  seedWeightsFigures,
} from '@site/src/data/seedMemoryClaims';
import {parseTables, readSeed, splitCodeBlocks} from '@site/tests/support/seedModule';

const positiveInteger = (n: number) => Number.isInteger(n) && n > 0;

describe('model presets', () => {
  it('have unique ids', () => {
    expect(new Set(modelPresets.map((m) => m.id)).size).toBe(modelPresets.length);
  });

  it.each(modelPresets.map((m) => [m.id, m] as const))('%s is a well-formed Llama-style architecture with a source', (_id, model) => {
    const a = model.architecture;
    for (const n of [a.hidden, a.layers, a.intermediate, a.heads, a.kvHeads, a.vocab]) expect(positiveInteger(n)).toBe(true);
    expect(a.hidden % a.heads).toBe(0);
    expect(a.heads % a.kvHeads).toBe(0);
    expect(model.source).toMatch(/config\.json/);
    expect(positiveInteger(model.publishedTotalParams)).toBe(true);
  });
});

describe('GPUs', () => {
  it.each(gpus.map((g) => [g.id, g] as const))('%s has a name and memory in GB', (_id, gpu) => {
    expect(gpu.name.length).toBeGreaterThan(0);
    expect(gpu.memoryGB).toBeGreaterThan(0);
  });

  it('have unique ids', () => {
    expect(new Set(gpus.map((g) => g.id)).size).toBe(gpus.length);
  });
});

describe('memory constants', () => {
  it.each(Object.entries(memoryConstants))('%s has a value, a unit and a source', (_name, constant) => {
    expect(Number.isFinite(constant.value)).toBe(true);
    expect(constant.value).toBeGreaterThan(0);
    expect(constant.unit.length).toBeGreaterThan(0);
    expect(constant.source.length).toBeGreaterThan(10);
    expect(constant.label.length).toBeGreaterThan(0);
  });
});

describe("the module's own figures", () => {
  const seed = readSeed();

  it('the T1.3 comparison table is the seed’s, cell for cell', () => {
    const {tables} = parseTables(splitCodeBlocks(seed).prose);
    const seedTable = tables.find((t) => t[0].join('|') === 'Comparison|LoRA|QLoRA');
    expect(seedTable).toBeDefined();
    expect([seedQloraComparisonTable.header, ...seedQloraComparisonTable.rows]).toEqual(seedTable);
  });

  it.each(seedArithmeticLines.map((line) => [line.method, line] as const))('the T1.4 %s line reads as in the seed', (_m, line) => {
    expect(seed).toContain(seedArithmeticText(line));
  });

  it('every figure is one the seed prints', () => {
    for (const figure of seedWeightsFigures) expect(seed).toContain(`${figure.gb} GB`);
  });

});
