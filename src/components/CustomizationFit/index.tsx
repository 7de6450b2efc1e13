/**
 * T1.1's customization spectrum, recomputed for the reader: their labelled
 * examples, budget, days and what is wrong today give each method one
 * verdict with its reason. State lives in the query string
 * (?examples=&budget=&days=&goal=), so a link reproduces the table. The
 * outcome in brief stays in view beside or below the form (InstrumentLayout);
 * the full table follows it.
 */
import React, {useDeferredValue, useMemo, useRef} from 'react';
import clsx from 'clsx';
import InstrumentLayout from '@site/src/components/InstrumentLayout';
import {DEFAULT_SITUATION} from './situation';
import {fitTable} from './fitVerdicts';
import {formatCount, formatUsd} from './formatNumbers';
import {useSituationInUrl} from './useSituationInUrl';
import SituationForm from './SituationForm';
import FitSummary, {fitAnnouncement, useVerdictChanges} from './FitSummary';
import FitResults from './FitResults';
import PlanBar from '@site/src/components/PlanBar';
import RunBudgetCheck from './RunBudgetCheck';
import {fitTableAdapter} from '@site/src/utils/scenario/adapters/fitTable';
import styles from './styles.module.css';

export default function CustomizationFit(): React.JSX.Element {
  const {situation, messages, update, edited} = useSituationInUrl();
  const shownSituation = useDeferredValue(situation);
  const table = useMemo(() => fitTable(shownSituation), [shownSituation]);
  const changes = useVerdictChanges(table, edited);
  const resultsHeading = useRef<HTMLHeadingElement>(null);

  return (
    <div className={styles.widget} data-widget="customization-fit">
      <noscript>
        <p className={styles.noScript}>
          Changing the inputs needs JavaScript. The table below shows the verdicts for the default situation: {formatCount(DEFAULT_SITUATION.examples)}{' '}
          examples, {formatUsd(DEFAULT_SITUATION.budgetUsd)}, {DEFAULT_SITUATION.days} days.
        </p>
      </noscript>

      {messages.length > 0 && (
        <div role="alert" className={clsx('alert alert--warning', styles.messages)}>
          <p>Some of this link’s values could not be used as given:</p>
          <ul>
            {messages.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </div>
      )}

      <InstrumentLayout
        controls={<SituationForm situation={situation} update={update} />}
        summaryTitle={
          <>
            <strong>Start here:</strong> {table.startHere?.method.name ?? 'nothing fits'}
          </>
        }
        summary={<FitSummary table={table} situation={shownSituation} changes={changes} />}
        summaryRepeatsResults={false}
        summaryLabel="Your outcome at a glance"
        announcement={fitAnnouncement(table, shownSituation, changes)}
        fullResultsLabel="Full table"
        fullResults={resultsHeading}
      />

      {/* Below the controls: its budget check changes length with "Start here", and content that grows above the
          control a reader is moving would shift the page under them. */}
      <PlanBar adapter={fitTableAdapter}>
        <RunBudgetCheck situation={shownSituation} />
      </PlanBar>

      <FitResults situation={shownSituation} table={table} headingRef={resultsHeading} />
    </div>
  );
}
