import {describe, expect, it} from 'vitest';
import {
  costText,
  customizationMethods,
  customizationTableHeader,
  dataNeededText,
  effortLevels,
  minCostUsd,
  problemsToday,
  seedShortNumber,
  seedTableRow,
} from '@site/src/data/customizationMethods';
import {
  azureCostTableHeader,
  azureFineTunableModels,
  azureModelsTableHeader,
  azureTrainingCosts,
  minDataText,
  modelForCost,
  supportText,
  trainingCostText,
} from '@site/src/data/azureFineTuning';
import {parseTables, readSeed, splitCodeBlocks} from '@site/tests/support/seedModule';

const seedTables = parseTables(splitCodeBlocks(readSeed()).prose).tables;
const seedTable = (header: readonly string[]) => seedTables.find((t) => t[0].join('|') === header.join('|'));

describe('T1.1 customization methods', () => {
  it('rebuild the seed’s table cell for cell, in its order', () => {
    const table = seedTable(customizationTableHeader);
    expect(table).toBeDefined();
    expect([[...customizationTableHeader], ...customizationMethods.map(seedTableRow)]).toEqual(table);
  });

  it('have unique ids', () => {
    expect(new Set(customizationMethods.map((m) => m.id)).size).toBe(customizationMethods.length);
  });

  it.each(customizationMethods.map((m) => [m.name, m] as const))('%s has well-formed thresholds', (_name, method) => {
    expect(effortLevels.map((e) => e.level)).toContain(method.effort);
    if (method.data.kind === 'examples') {
      expect(Number.isInteger(method.data.min) && method.data.min >= 0).toBe(true);
      expect(method.data.max).toBeGreaterThan(method.data.min);
    }
    if (method.data.kind === 'tokens') expect(method.data.minTokens).toBeGreaterThan(0);
    const min = minCostUsd(method.cost);
    if (min !== null) expect(min).toBeGreaterThanOrEqual(0);
    if (method.cost.kind === 'usd') expect(method.cost.maxUsd).toBeGreaterThan(method.cost.minUsd);
    for (const [problem, reason] of Object.entries(method.wrongToolFor)) {
      expect(problemsToday.map((p) => p.id)).toContain(problem);
      expect(reason.length).toBeGreaterThan(20);
    }
    // Cell text is derived from the numbers: never empty, never NaN.
    expect(dataNeededText(method.data)).not.toMatch(/NaN|undefined|^$/);
    expect(costText(method.cost)).not.toMatch(/NaN|undefined|^$/);
  });

  it('keep prompt engineering free, instant and right for every problem (“Always start here”)', () => {
    const prompts = customizationMethods[0];
    expect(prompts.whenToUse).toBe('Always start here');
    expect(prompts.data.kind).toBe('none');
    expect(minCostUsd(prompts.cost)).toBe(0);
    expect(effortLevels.find((e) => e.level === prompts.effort)?.minDays).toBe(0);
    expect(prompts.wrongToolFor).toEqual({});
  });

  it('make fine-tuning and pre-training the wrong tool for new knowledge, and RAG the right one', () => {
    const wrongForKnowledge = customizationMethods.filter((m) => m.wrongToolFor.knowledge !== undefined).map((m) => m.id);
    expect(wrongForKnowledge).toEqual(expect.arrayContaining(['lora', 'full-fine-tuning', 'continued-pre-training', 'from-scratch']));
    expect(customizationMethods.find((m) => m.id === 'rag')?.wrongToolFor.knowledge).toBeUndefined();
  });

  it('give every problem at least one right tool beyond prompts', () => {
    for (const problem of problemsToday) {
      const candidates = customizationMethods.slice(1).filter((m) => m.wrongToolFor[problem.id] === undefined);
      expect(candidates.length, problem.id).toBeGreaterThan(0);
    }
  });

  it('read effort words as non-decreasing day counts', () => {
    const days = effortLevels.map((e) => e.minDays);
    expect([...days].sort((a, b) => a - b)).toEqual(days);
    expect(new Set(effortLevels.map((e) => e.level)).size).toBe(effortLevels.length);
  });

  it('abbreviate numbers the way the seed does', () => {
    expect([5, 500, 1_000, 10_000, 50_000, 1_000_000, 100_000_000].map(seedShortNumber)).toEqual(['5', '500', '1K', '10K', '50K', '1M', '100M']);
  });
});

describe('T1.9 Azure AI Foundry tables', () => {
  it('rebuild the model table cell for cell', () => {
    const table = seedTable(azureModelsTableHeader);
    expect(table).toBeDefined();
    const rows = azureFineTunableModels.map((m) => [m.name, supportText(m), m.method, minDataText(m)]);
    expect([[...azureModelsTableHeader], ...rows]).toEqual(table);
  });

  it('rebuild the cost table cell for cell', () => {
    const table = seedTable(azureCostTableHeader);
    expect(table).toBeDefined();
    const rows = azureTrainingCosts.map((c) => [c.name, trainingCostText(c.training), c.hosting]);
    expect([[...azureCostTableHeader], ...rows]).toEqual(table);
  });

  it('hold per-token prices as numbers', () => {
    const prices = azureTrainingCosts.flatMap((c) => (c.training.kind === 'per-token' ? [c.training.usdPerMillionTokens] : []));
    expect(prices).toEqual([3, 25]);
  });

  it('link every cost row to a model', () => {
    for (const cost of azureTrainingCosts) expect(modelForCost(cost).id).toBe(cost.modelId);
  });

  it('link both fine-tuning rows of T1.1 to an Azure method', () => {
    const methods = customizationMethods.filter((m) => m.azureMethod).map((m) => [m.id, m.azureMethod]);
    expect(methods).toEqual([
      ['lora', 'LoRA'],
      ['full-fine-tuning', 'Full FT'],
    ]);
  });
});
