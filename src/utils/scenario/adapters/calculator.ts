/**
 * The LoRA memory calculator's part of the scenario: its whole query (every setting, read back by its own parser) and
 * the facts it shares with other widgets, each under the calculator's own key. The run-planning keys (`tokens`,
 * `epochs`, `objective`) take part as soon as the calculator's parser knows them (issue 18): until then a fact the
 * calculator cannot show is not written into its link.
 */
import {mergeIntoSearch, parseQuery, QUERY_KEYS, serializeQuery} from '@site/src/components/LoraMemoryCalculator/queryState';
import {formatInteger} from '@site/src/utils/numberFormat';
import type {FactId} from '../facts';
import {hasAnyKey, type WidgetAdapter} from './types';

/** Shared facts and the calculator key each one is, where the calculator has that key. */
const SHARED_KEYS: ReadonlyArray<readonly [FactId, string]> = [
  ['seqLength', 'seq'],
  ['tokensPerEpoch', 'tokens'],
  ['epochs', 'epochs'],
  ['objective', 'objective'],
];

const calculatorKeys: readonly string[] = QUERY_KEYS;

/** The shared facts this calculator build can show. */
export const calculatorSharedKeys = SHARED_KEYS.filter(([, key]) => calculatorKeys.includes(key));

/** The calculator's settings as it would write them: every key, in its order. */
export function canonicalRunQuery(search: string): string {
  return serializeQuery(parseQuery(search).inputs);
}

function keyOf(id: FactId): string | undefined {
  return calculatorSharedKeys.find(([fact]) => fact === id)?.[1];
}

/** A run query without the keys other facts carry: what "the other settings" compare on. */
function withoutSharedKeys(query: string): string {
  const params = new URLSearchParams(query);
  for (const [, key] of calculatorSharedKeys) params.delete(key);
  return params.toString();
}

export const calculatorAdapter: WidgetAdapter = {
  widget: 'calculator',
  facts: ['runQuery', ...calculatorSharedKeys.map(([id]) => id)],
  hasOwnKeys: (search) => hasAnyKey(search, calculatorKeys),
  ownPart: canonicalRunQuery,
  readFacts(search) {
    const run = new URLSearchParams(canonicalRunQuery(search));
    const facts: Record<string, string | number> = {runQuery: run.toString()};
    for (const [id, key] of calculatorSharedKeys) {
      const value = run.get(key);
      if (value !== null) facts[id] = id === 'objective' ? value : Number(value);
    }
    return facts;
  },
  writeFact(search, id, value) {
    const own = new URLSearchParams(canonicalRunQuery(search));
    if (id === 'runQuery') {
      // The whole run replaces the calculator's settings; its own parser reads it, so no stale key survives.
      return mergeIntoSearch(search, parseQuery(String(value)).inputs);
    }
    const key = keyOf(id);
    if (!key) return search;
    own.set(key, String(value));
    return mergeIntoSearch(search, parseQuery(own.toString()).inputs);
  },
  describe(id, value) {
    switch (id) {
      case 'runQuery':
        return 'Your run settings (model, method, GPU and the rest)';
      case 'seqLength':
        return `Sequence length: ${formatInteger(value as number)} tokens`;
      case 'tokensPerEpoch':
        return `Training tokens per epoch: ${formatInteger(value as number)}`;
      case 'epochs':
        return `Epochs: ${formatInteger(value as number)}`;
      case 'objective':
        return `Training objective: ${String(value).toUpperCase()}`;
      default:
        return id;
    }
  },
  same: (id, a, b) => (id === 'runQuery' ? withoutSharedKeys(String(a)) === withoutSharedKeys(String(b)) : a === b),
};
