/** The win-rate calculator's part of the scenario: the A/B test's target win rate and power. */
import {
  mergeCalculatorIntoSearch,
  parseCalculatorQuery,
  QUERY_KEYS,
} from '@site/src/components/WinRateCalculator/winRate';
import {formatInteger} from '@site/src/utils/numberFormat';
import type {FactId} from '../facts';
import {hasAnyKey, type WidgetAdapter} from './types';

const KEY_OF: Partial<Record<FactId, string>> = {winTarget: QUERY_KEYS.targetPercent, winPower: QUERY_KEYS.powerPercent};

const inputsOf = (search: string) => parseCalculatorQuery(search).inputs;

export const winRateAdapter: WidgetAdapter = {
  widget: 'win-rate',
  facts: ['winTarget', 'winPower'],
  hasOwnKeys: (search) => hasAnyKey(search, Object.values(QUERY_KEYS)),
  ownPart: (search) => mergeCalculatorIntoSearch('', inputsOf(search)).replace(/^\?/, ''),
  readFacts(search) {
    const inputs = inputsOf(search);
    return {winTarget: inputs.targetPercent, winPower: inputs.powerPercent};
  },
  writeFact(search, id, value) {
    const key = KEY_OF[id];
    if (!key) return search;
    const params = new URLSearchParams(search);
    params.set(key, String(value));
    return mergeCalculatorIntoSearch(search, parseCalculatorQuery(params.toString()).inputs);
  },
  describe: (id, value) => (id === 'winPower' ? `Power: ${formatInteger(value as number)} %` : `Target win rate: ${formatInteger(value as number)} %`),
};
