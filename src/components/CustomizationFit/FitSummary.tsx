/**
 * The outcome in brief, kept in view while the situation is edited (see InstrumentLayout): where to start, the next
 * step, how many methods fit, the run in tokens and which verdicts the last change changed. It is the widget's only
 * summary, so assistive technology reads it (but for the run, which the results repeat in full); fitAnnouncement() is
 * spoken once when the reader pauses.
 */
import React, {memo, useState} from 'react';
import {formatShortCount} from './formatNumbers';
import {trainingTokens, type FitTable} from './fitVerdicts';
import type {Situation} from './situation';
import {changesText, fittingText, verdictChanges, type VerdictChange} from './verdictChanges';
import styles from './styles.module.css';

export function startHereText(table: FitTable): string {
  return `Start here: ${table.startHere?.method.name ?? 'nothing fits'}`;
}

function nextStepText({nextStep}: FitTable): string {
  return nextStep ? `Next step if prompts are not enough: ${nextStep.method.name}` : 'Nothing beyond prompts fits yet';
}

/** The run the cost column prices: what the examples, tokens per example and epochs change when no verdict does. */
function runText(situation: Situation): string {
  return `Your run: ${formatShortCount(trainingTokens(situation))} training tokens`;
}

/** The summary as one sentence, for the announcement after a change. */
export function fitAnnouncement(table: FitTable, situation: Situation, changes: readonly VerdictChange[]): string {
  const changed = changes.length > 0 ? ` Changed: ${changesText(changes, 3)}.` : '';
  return `${startHereText(table)}. ${nextStepText(table)}. ${fittingText(table)}. ${runText(situation)}.${changed}`;
}

/**
 * The verdicts the latest change changed: kept until a later change changes some, so a slider step that changes
 * nothing leaves them up. A table that is not the reader's edit (a link, Back) starts afresh.
 */
export function useVerdictChanges(table: FitTable, edited: boolean): VerdictChange[] {
  const [seen, setSeen] = useState<{table: FitTable; changes: VerdictChange[]}>({table, changes: []});
  if (seen.table !== table) {
    const changes = edited ? verdictChanges(seen.table, table) : [];
    setSeen({table, changes: !edited || changes.length > 0 ? changes : seen.changes});
  }
  return seen.changes;
}

interface FitSummaryProps {
  table: FitTable;
  /** The situation the table is for (the deferred one). */
  situation: Situation;
  changes: readonly VerdictChange[];
}

const FitSummary = memo(function FitSummary({table, situation, changes}: FitSummaryProps): React.JSX.Element {
  const {nextStep, closestMiss} = table;
  return (
    <div className={styles.summary}>
      <p>
        {nextStep ? (
          <>
            <strong>Next step if prompts are not enough:</strong> {nextStep.method.name}.
          </>
        ) : (
          <>Nothing beyond prompts fits yet.</>
        )}{' '}
        {fittingText(table)}.
      </p>
      <p aria-hidden="true">{runText(situation)}.</p>
      {!nextStep && closestMiss && (
        <p>
          Closest beyond prompts: <strong>{closestMiss.method.name}</strong>, {closestMiss.verdict.toLowerCase()}.
        </p>
      )}
      {changes.length > 0 && (
        <p className={styles.changes}>
          <strong>Changed:</strong> {changesText(changes, 1)}.
        </p>
      )}
    </div>
  );
});

export default FitSummary;
