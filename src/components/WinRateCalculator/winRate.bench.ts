// One recompute of the calculator, as on each keystroke in a box (a count re-judges the result; target or power re-plan). Budget: ≤ 50 µs median (npm run bench).
import {bench, describe} from 'vitest';
import {DEFAULT_INPUTS, judgeResult, mergeCalculatorIntoSearch, parseCalculatorQuery, planTest} from './winRate';

let wins = 60;
describe('win-rate calculator: one recompute of every output', () => {
  bench("the module's example, 60 of 100 (a new win count each time)", () => {
    wins = wins === 60 ? 61 : 60;
    const inputs = {...DEFAULT_INPUTS, wins, losses: 100 - wins};
    judgeResult(inputs);
    mergeCalculatorIntoSearch('', inputs);
  });
  bench('a larger test: 130 of 200 with 20 ties, at 90 % power', () => {
    wins = wins === 130 ? 131 : 130;
    judgeResult({wins, losses: 200 - wins, ties: 20, targetPercent: 60, powerPercent: 90});
  });
  bench('the plan: a new target (55–65 %) at 80 % power', () => {
    wins = wins === 60 ? 61 : 60;
    planTest(wins - 5, 80);
  });
  bench('reading a shared link', () => {
    parseCalculatorQuery('?wins=60&losses=40&ties=5&target=65&power=90');
  });
});
