// One recompute of every output, as on each slider move. Budget: ≤ 50 µs median.
// Run with `npx vitest bench --run` (add `--outputJson bench.json` for the median of each case); the unit-test
// include (__tests__/**/*.test.ts) does not pick this file up.
import {bench, describe} from 'vitest';
import {DEFAULT_INPUTS, type CalculatorInputs} from './inputs';
import {TARGET_MODULES} from './loraMath';
import {calculate, resultTexts} from './calculate';
import {planRun} from './runPlan';
import {memoryAnnouncement} from './summaryTexts';

const llama70QLoRA: CalculatorInputs = {
  ...DEFAULT_INPUTS,
  model: 'llama-3.1-70b',
  rank: 16,
  alpha: 32,
  targets: [...TARGET_MODULES],
};
const custom405: CalculatorInputs = {...DEFAULT_INPUTS, model: 'custom', paramsBillions: 405, targets: [...TARGET_MODULES]};
const plannedRun: CalculatorInputs = {...llama70QLoRA, objective: 'dpo', gpu: 'h100-80', gpus: 8, strategy: 'zero3', tokensPerEpoch: 20_000_000};

let rank = 1;
function recompute(inputs: CalculatorInputs): void {
  // A new rank each time, as a dragged slider gives.
  rank = (rank % 256) + 1;
  const result = calculate({...inputs, rank});
  resultTexts(result);
  for (const method of ['full', 'lora', 'qlora'] as const) result.methods[method].parts.forEach((p) => p.workings.length);
}

describe('LoRA memory calculator: one recompute of every output', () => {
  bench('Llama 2 7B, rank 8 on q, v', () => recompute(DEFAULT_INPUTS));
  bench('Llama 3.1 70B QLoRA, all linear', () => recompute(llama70QLoRA));
  bench('custom 405B (architecture derived each time)', () => recompute(custom405));
  // What a change of the run's settings costs in all: memory, per-GPU memory, time, cost and the summary's sentence.
  bench('Llama 3.1 70B, DPO on 8 × H100, with time and cost', () => {
    rank = (rank % 256) + 1;
    const result = calculate({...plannedRun, rank});
    memoryAnnouncement(result, planRun(result));
  });
});
