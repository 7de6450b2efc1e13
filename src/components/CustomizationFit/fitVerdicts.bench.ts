// One full recompute of the table, as on each slider move or keystroke. Budget: ≤ 50 µs median (npm run bench).
import {bench, describe} from 'vitest';
import {DEFAULT_SITUATION, type Situation} from './situation';
import {fitTable} from './fitVerdicts';
import {mergeSituationIntoSearch, parseSituationQuery} from './situationQuery';

let examples = 1;
function recompute(base: Situation): void {
  // A new example count each time, as a dragged slider gives.
  examples = (examples * 7 + 13) % 100_000_000;
  const situation = {...base, examples};
  fitTable(situation);
  mergeSituationIntoSearch('', situation);
}

describe('customization fit: one recompute of the verdict table', () => {
  bench('domain language, default budget and time', () => recompute(DEFAULT_SITUATION));
  bench('new knowledge, large budget', () => recompute({...DEFAULT_SITUATION, problem: 'knowledge', budgetUsd: 1_000_000}));
  bench('reading a shared link', () => {
    parseSituationQuery('?examples=5000&budget=20000&days=60&goal=behavior&tokens=800&epochs=2');
  });
});
