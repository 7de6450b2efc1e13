import {describe, expect, it} from 'vitest';
import {gpus} from '@site/src/data/gpus';
import {multiGpuMemoryCalibration} from '@site/src/data/multiGpuMemoryCalibration';
import {modelPresets} from '@site/src/data/models';
import {throughputConstants} from '@site/src/data/throughputConstants';
import {azureFineTunableModels, azureTrainingCosts} from '@site/src/data/azureFineTuning';
import {AZURE_FAMILY_OF_PRESET, managedCostForPreset, managedFineTuningCost} from '../managedFineTuningCost';

describe('GPU compute and price data', () => {
  it.each(gpus.map((g) => [g.id, g] as const))('%s has a sourced peak, a measured matmul rate, a bandwidth and a dated price', (_id, gpu) => {
    const c = gpu.compute;
    expect(c.peakTflops).toBeGreaterThan(0);
    expect(c.peakSource).toMatch(/datasheet|whitepaper/i);
    expect(c.measuredMatmulSource.length).toBeGreaterThan(20);
    // Measured rates sit near the datasheet peak: GeForce cards boost past it, power-limited cards fall well short.
    expect(c.measuredMatmulTflops / c.peakTflops).toBeGreaterThan(0.45);
    expect(c.measuredMatmulTflops / c.peakTflops).toBeLessThan(1.2);
    expect(c.memoryBandwidthGBps).toBeGreaterThan(100);
    expect(c.bandwidthSource.length).toBeGreaterThan(10);
    expect(gpu.price.usdPerGpuHour).toBeGreaterThan(0);
    expect(gpu.price.source.length).toBeGreaterThan(20);
    expect(gpu.price.asOf.length).toBeGreaterThan(3);
  });

  it('only the T4 lacks bf16, and says so', () => {
    expect(gpus.filter((g) => g.compute.peakPrecision !== 'bf16').map((g) => g.id)).toEqual(['t4']);
    expect(gpus.find((g) => g.id === 't4')!.compute.peakSource).toMatch(/no bf16/i);
  });
});

describe('throughput constants', () => {
  it.each(Object.entries(throughputConstants))('%s has a value, a unit and a source', (_name, constant) => {
    expect(Number.isFinite(constant.value)).toBe(true);
    expect(constant.value).toBeGreaterThan(0);
    expect(constant.unit.length).toBeGreaterThan(0);
    expect(constant.source.length).toBeGreaterThan(10);
  });
});

describe('multi-GPU memory points', () => {
  it.each(multiGpuMemoryCalibration.map((p) => [p.id, p] as const))('%s is configured, measured and cited', (_id, p) => {
    expect(p.gpus).toBeGreaterThan(1);
    expect(p.measuredGB).toBeCloseTo((p.measuredGiB * 2 ** 30) / 1e9, 9);
    expect(p.citation.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(p.citation.quote).toContain(String(p.measuredGiB));
    if (p.presetId) expect(modelPresets.map((m) => m.id)).toContain(p.presetId);
    if (p.method !== 'full') expect(p.lora).toBeDefined();
  });

  it('has unique ids', () => {
    expect(new Set(multiGpuMemoryCalibration.map((p) => p.id)).size).toBe(multiGpuMemoryCalibration.length);
  });
});

describe('managed fine-tuning cost at T1.9’s prices', () => {
  it('bills per-token models for tokens × epochs', () => {
    const mini = azureTrainingCosts.find((c) => c.modelId === 'gpt-4o-mini')!;
    expect(mini.training.kind).toBe('per-token');
    const cost = managedFineTuningCost('gpt-4o-mini', 20_000_000, 3);
    expect(cost).toEqual({kind: 'per-token', modelName: 'GPT-4o-mini', billedTokens: 60_000_000, usdPerMillionTokens: 3, usd: 180});
  });

  it('says what T1.9 gives where it prints no per-token price', () => {
    expect(managedFineTuningCost('phi-4', 1e6, 1)).toEqual({kind: 'compute-hours', modelName: 'Phi-4 (14B)', text: 'Compute hours (GPU reservation)'});
    expect(managedFineTuningCost('llama-3.1', 1e6, 1)).toEqual({kind: 'not-priced', modelName: 'Llama 3.1'});
  });

  it('maps only presets of a family T1.9 lists', () => {
    for (const family of Object.values(AZURE_FAMILY_OF_PRESET)) expect(azureFineTunableModels.map((m) => m.id)).toContain(family);
    for (const presetId of Object.keys(AZURE_FAMILY_OF_PRESET)) expect(modelPresets.map((m) => m.id)).toContain(presetId);
    expect(managedCostForPreset('llama-2-7b', 1e6, 1)).toBeNull();
    expect(managedCostForPreset('llama-3.1-8b', 1e6, 1)?.kind).toBe('not-priced');
  });
});
