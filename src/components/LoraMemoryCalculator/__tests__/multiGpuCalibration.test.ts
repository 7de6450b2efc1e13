import {describe, expect, it} from 'vitest';
import {multiGpuMemoryCalibration} from '@site/src/data/multiGpuMemoryCalibration';
import {parseQuery} from '../queryState';
import {multiGpuCalibration, multiGpuQuery, multiGpuRow, MULTI_GPU_LIMIT} from '../multiGpuCalibration';

const {rows, included, summary} = multiGpuCalibration();

describe('the multi-GPU memory points (issue 18: per card within ±25 %)', () => {
  it.each(included.map((r) => [r.point.id, r] as const))('%s', (_id, row) => {
    // Recomputed from the engine here, not read from anywhere.
    expect(multiGpuRow(row.point).estimatedBytes).toBe(row.estimatedBytes);
    expect(Math.abs(row.error)).toBeLessThanOrEqual(MULTI_GPU_LIMIT);
  });

  it('holds most of the published points, from both sources, under DDP, ZeRO-3 and CPU offload', () => {
    expect(included.length).toBeGreaterThanOrEqual(12);
    expect(new Set(included.map((r) => r.point.source)).size).toBe(2);
    expect(new Set(included.map((r) => r.point.strategy))).toEqual(new Set(['ddp', 'zero3']));
    expect(included.some((r) => r.point.offload === 'all')).toBe(true);
    expect(summary.count).toBe(included.length);
    expect(summary.medianAbsError).toBeLessThanOrEqual(0.15);
  });

  it('compares one card’s reserved peak, without the CUDA context, for the run’s own cards and strategy', () => {
    for (const row of rows) {
      const perGpu = row.result.methods[row.point.method].perGpu;
      expect(row.estimatedBytes).toBe(perGpu.reservedBytes);
      expect(perGpu.layout).toMatchObject({gpus: row.point.gpus, strategy: row.point.strategy});
      expect(row.inputs.gpus).toBe(row.point.gpus);
    }
  });

  it('leaves points out only by the stated rules', () => {
    for (const row of rows) {
      if (row.excluded === null) continue;
      switch (row.excluded.rule) {
        case 'not-a-preset':
          expect(row.point.presetId).toBeUndefined();
          break;
        case 'settings-not-modelled':
          expect(row.point.unmodelledSettings).toBe(row.excluded.detail);
          break;
        case 'peak-not-from-training': {
          const tokens = row.point.sequenceLength * row.point.microBatch;
          const larger = multiGpuMemoryCalibration.find(
            (p) =>
              p.id !== row.point.id &&
              p.model === row.point.model &&
              p.method === row.point.method &&
              p.strategy === row.point.strategy &&
              p.sequenceLength * p.microBatch >= 4 * tokens &&
              p.measuredGB <= row.point.measuredGB * 1.05,
          );
          expect(larger).toBeDefined();
          break;
        }
      }
    }
    // A point with a preset and nothing unmodelled is left out only when its own source shows the flat peak.
    expect(rows.filter((r) => r.excluded?.rule === 'peak-not-from-training').map((r) => r.point.id)).toEqual(['aa-7b-qlora-fsdp-512', 'aa-7b-lora-fsdp-512']);
  });

  it('each row’s link loads exactly the settings the estimate used', () => {
    for (const row of rows.filter((r) => r.excluded?.rule !== 'not-a-preset')) {
      const {inputs, messages} = parseQuery(multiGpuQuery(row));
      expect(messages).toEqual([]);
      expect(inputs).toEqual({...row.inputs, recommendedMethod: row.point.method});
    }
  });
});
