// The plan's recompute on an input: the fit table holds its budget and days against the run on each slider move or
// keystroke (fitCheck.ts, once the reader has a plan). Budget: ≤ 50 µs median (npm run bench). The plan page builds
// the whole plan once per visit, not per input (buildPlan: ~340 µs median on this machine under load, 2026-12-06).
import {bench, describe} from 'vitest';
import {DEFAULT_SITUATION} from '@site/src/components/CustomizationFit/situation';
import {emptyScenario, setFacts} from '@site/src/utils/scenario/scenario';
import {checkSituationAgainstRun} from './fitCheck';

// A plan with a sized run: the calculator's settings, a file's numbers.
const scenario = setFacts(
  emptyScenario(),
  {examples: 2347, tokensPerExample: 346, tokensPerEpoch: 812345, seqLength: 1024, runQuery: 'model=llama-3.1-8b&rank=16&gpu=a100-80&seq=1024', budgetUsd: 1000, days: 30, goal: 'domain'},
  'calculator',
  1,
);

let examples = 1;
describe('plan: one recompute', () => {
  bench('the fit table’s budget and days against the run (a slider step)', () => {
    examples = (examples * 7 + 13) % 100_000_000;
    checkSituationAgainstRun({...DEFAULT_SITUATION, examples}, scenario);
  });
});
