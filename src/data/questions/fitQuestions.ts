/**
 * Questions whose key the customization-fit table computes, from a situation read the way the table reads a link
 * (its own query-string parser and defaults). Options' flags and explanations are the table's verdicts and reasons.
 */
import {fitTable, ownTrainingCost, trainingTokens, type FitRow, type Verdict} from '@site/src/components/CustomizationFit/fitVerdicts';
import {formatCount, formatShortCount, formatUsd} from '@site/src/components/CustomizationFit/formatNumbers';
import {mergeSituationIntoSearch, parseSituationQuery} from '@site/src/components/CustomizationFit/situationQuery';
import {customizationMethods, type CustomizationMethodId} from '@site/src/data/customizationMethods';
import {links} from './links';
import {authoredFields, type Authored} from './authored';
import type {ChoiceQuestion, NumericQuestion, WidgetLink} from './types';

/** "Open this in the fit table": the situation through the table's own query-string contract. */
export function fitTableLink(query: string): WidgetLink {
  return {
    label: 'Open this in the fit table',
    to: `${links.fitTable.path}${mergeSituationIntoSearch('', parseSituationQuery(query).situation)}#${links.fitTable.anchor}`,
  };
}

function fitRows(query: string): {rows: FitRow[]; startHere: FitRow | null} {
  return fitTable(parseSituationQuery(query).situation);
}

function rowOf(rows: FitRow[], id: CustomizationMethodId): FitRow {
  const row = rows.find((candidate) => candidate.method.id === id);
  if (!row) throw new Error(`No method "${id}" in src/data/customizationMethods.ts.`);
  return row;
}

const verdictLine = (row: FitRow) => `The table says “${row.verdict}”: ${row.reason}`;

/** "Which of these methods does the table mark {verdict}?" Options are method ids. */
export function fitVerdictQuestion(authored: Authored & {query: string; verdict: Verdict; methodIds: readonly CustomizationMethodId[]}): ChoiceQuestion {
  const {rows} = fitRows(authored.query);
  return {
    kind: 'multiple',
    ...authoredFields(authored),
    options: authored.methodIds.map((id) => {
      const row = rowOf(rows, id);
      return {id, text: row.method.name, correct: row.verdict === authored.verdict, why: verdictLine(row)};
    }),
    source: {engine: 'customization-fit', query: authored.query, ask: 'verdict', verdict: authored.verdict},
    widget: fitTableLink(authored.query),
  };
}

/** "Which method does the table say to start with?" Options are method ids. */
export function fitStartHereQuestion(authored: Authored & {query: string; methodIds: readonly CustomizationMethodId[]}): ChoiceQuestion {
  const {rows, startHere} = fitRows(authored.query);
  if (!startHere) throw new Error(`${authored.id}: no method fits this situation, so nothing is marked “Start here”.`);
  return {
    kind: 'single',
    ...authoredFields(authored),
    options: authored.methodIds.map((id) => {
      const row = rowOf(rows, id);
      let why: string;
      if (row === startHere) why = `“Start here”: the least effort that fits. ${row.reason}`;
      else if (row.verdict === 'Fits') {
        why = `It fits too (${row.reason.replace(/\.$/, '')}), but takes more effort than ${startHere.method.name}; the table starts with the least effort that fits.`;
      } else why = verdictLine(row);
      return {id, text: row.method.name, correct: row === startHere, why};
    }),
    source: {engine: 'customization-fit', query: authored.query, ask: 'start-here'},
    widget: fitTableLink(authored.query),
  };
}

/** Numeric: what the table's cost column shows for training one Azure model on the reader's data (T1.9's prices). */
export function trainingCostQuestion(
  authored: Authored & {query: string; model: string; tolerance: NumericQuestion['tolerance']},
): NumericQuestion {
  const {situation} = parseSituationQuery(authored.query);
  const method = customizationMethods.find((m) => m.azureMethod !== undefined && ownTrainingCost(m, situation)?.some((c) => c.modelName === authored.model));
  const cost = method ? ownTrainingCost(method, situation)?.find((c) => c.modelName === authored.model) : undefined;
  if (!cost || cost.usd === null) throw new Error(`${authored.id}: the table shows no per-token cost for ${authored.model}.`);
  const tokens = trainingTokens(situation);
  const perEpoch = cost.usd / situation.epochs;
  return {
    kind: 'numeric',
    ...authoredFields(authored),
    answer: cost.usd,
    tolerance: authored.tolerance,
    unit: 'US dollars',
    decimals: 2,
    working:
      `${formatCount(situation.examples)} examples × ${formatCount(situation.tokensPerExample)} tokens × ${situation.epochs} epochs = ` +
      `${formatShortCount(tokens)} training tokens; at ${cost.priceText} that is ${formatUsd(cost.usd)}.`,
    mistakes: situation.epochs > 1 ? [{value: perEpoch, why: `That is one epoch: training reads the data ${situation.epochs} times, and each pass is billed.`}] : [],
    source: {engine: 'customization-fit', query: authored.query, ask: 'training-cost', model: authored.model},
    widget: fitTableLink(authored.query),
  };
}
