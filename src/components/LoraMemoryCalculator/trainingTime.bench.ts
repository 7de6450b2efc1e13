// One recompute of the run planner's outputs (three methods), as on each slider move. Budget: ≤ 50 µs median.
// Run with `npx vitest bench --run src/components/LoraMemoryCalculator/trainingTime.bench.ts`.
import {bench, describe} from 'vitest';
import {gpus} from '@site/src/data/gpus';
import {modelPresets} from '@site/src/data/models';
import {TARGET_MODULES} from './loraMath';
import {durationInUnits, estimateEachMethod, type RunPlan} from './trainingTime';
import {managedCostForPreset} from './managedFineTuningCost';

const h100 = gpus.find((g) => g.id === 'h100-80')!;
const plan: RunPlan = {
  architecture: modelPresets.find((m) => m.id === 'llama-3.1-70b')!.architecture,
  rank: 16,
  targets: TARGET_MODULES,
  objective: 'dpo',
  referencePrecomputed: false,
  sequenceLength: 2048,
  microBatch: 4,
  gradientAccumulation: 1,
  gradientCheckpointing: true,
  optimizer: 'adamw',
  gpu: h100.compute,
  gpus: 8,
  strategy: 'zero3',
  offload: 'none',
  tokensPerEpoch: 20_000_000,
  epochs: 3,
  usdPerGpuHour: h100.price.usdPerGpuHour,
};

let tokens = 1;
describe('run planner: one recompute of every time and cost output', () => {
  bench('Llama 3.1 70B, DPO, 8 × H100, three methods', () => {
    // A new token count each time, as a dragged slider gives.
    tokens = (tokens % 1000) + 1;
    const each = estimateEachMethod({...plan, tokensPerEpoch: tokens * 1e6});
    for (const method of ['full', 'lora', 'qlora'] as const) durationInUnits(each[method].seconds.central);
    managedCostForPreset('llama-3.1-70b', tokens * 1e6, 3);
  });
});
