/** The customization-fit table's part of the scenario: examples, budget, days, goal, tokens per example, epochs. */
import {problemsToday} from '@site/src/data/customizationMethods';
import {formatCount, formatUsd} from '@site/src/components/CustomizationFit/formatNumbers';
import {mergeSituationIntoSearch, parseSituationQuery, QUERY_KEYS} from '@site/src/components/CustomizationFit/situationQuery';
import type {Situation} from '@site/src/components/CustomizationFit/situation';
import type {FactId} from '../facts';
import {hasAnyKey, type WidgetAdapter} from './types';

/** Each fact the fit table shows, and the field of its situation that holds it. */
const FIELD_OF: Partial<Record<FactId, keyof Situation>> = {
  examples: 'examples',
  budgetUsd: 'budgetUsd',
  days: 'days',
  goal: 'problem',
  tokensPerExample: 'tokensPerExample',
  epochs: 'epochs',
};

const situationOf = (search: string) => parseSituationQuery(search).situation;

export const fitTableAdapter: WidgetAdapter = {
  widget: 'fit-table',
  facts: Object.keys(FIELD_OF) as FactId[],
  hasOwnKeys: (search) => hasAnyKey(search, Object.values(QUERY_KEYS)),
  ownPart: (search) => mergeSituationIntoSearch('', situationOf(search)).replace(/^\?/, ''),
  readFacts(search) {
    const s = situationOf(search);
    return {examples: s.examples, budgetUsd: s.budgetUsd, days: s.days, goal: s.problem, tokensPerExample: s.tokensPerExample, epochs: s.epochs};
  },
  writeFact(search, id, value) {
    const field = FIELD_OF[id];
    if (!field) return search;
    // Through the widget's own reader: a value it would not take from a link (out of range, unknown goal) is corrected
    // or refused the same way, with its own message.
    const params = new URLSearchParams(search);
    params.set(QUERY_KEYS[field], String(value));
    return mergeSituationIntoSearch(search, parseSituationQuery(params.toString()).situation);
  },
  describe(id, value) {
    switch (id) {
      case 'examples':
        return `Labelled examples: ${formatCount(value as number)}`;
      case 'budgetUsd':
        return `Budget: ${formatUsd(value as number)}`;
      case 'days':
        return `Time available: ${formatCount(value as number)} days`;
      case 'goal':
        return `What is wrong today: ${problemsToday.find((p) => p.id === value)?.label ?? 'not one the table knows'}`;
      case 'tokensPerExample':
        return `Average tokens per example: ${formatCount(value as number)}`;
      case 'epochs':
        return `Epochs: ${formatCount(value as number)}`;
      default:
        return id;
    }
  },
};
