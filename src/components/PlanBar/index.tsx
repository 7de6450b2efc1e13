/**
 * "Your plan" beside a widget, in one line of the widget's code: `<PlanBar adapter={…} />`. It says which of the
 * widget's values came from the plan (and from where), offers the plan's values where a link differs, and has
 * "Add to my plan" and "Open my plan". The server and the hydrating render show the bar as it is with no plan, so the
 * page does not move when a reader without one opens it.
 */
import React, {memo, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import clsx from 'clsx';
import type {WidgetAdapter} from '@site/src/utils/scenario/adapters/types';
import {setAtText} from '@site/src/utils/scenario/timeText';
import {useToday} from '@site/src/utils/scenario/useToday';
import {PLAN_PAGE} from './planPage';
import {useWidgetSync} from './useWidgetSync';
import PlanStorageNote from './StorageNote';
import styles from './styles.module.css';

interface PlanBarProps {
  adapter: WidgetAdapter;
  /** More about the plan for this widget (the fit table's check of budget and days against the run). */
  children?: ReactNode;
}

// Memoised: the widget re-renders on every slider step, the bar only when its adapter, children or the plan change.
const PlanBar = memo(function PlanBar({adapter, children}: PlanBarProps): React.JSX.Element {
  const {comparison, hints, kept, addToPlan, takePlanValues} = useWidgetSync(adapter);
  const [said, setSaid] = useState('');
  const today = useToday();
  const when = (at: number) => (today === null ? '' : `, ${setAtText(at, today)}`);

  return (
    <aside className={styles.bar} aria-label="Your plan" data-plan-bar={adapter.widget}>
      <div className={styles.line}>
        <p className={styles.title}>
          <strong>Your plan</strong> <span className={styles.subtle}>kept in this browser, never uploaded</span>
        </p>
        <div className={styles.actions}>
          {comparison?.inPlan ? (
            <span className={styles.inPlan}>
              <span aria-hidden="true">✓ </span>In your plan
            </span>
          ) : (
            <button
              type="button"
              className="button button--secondary button--sm"
              disabled={comparison === null}
              onClick={() => {
                addToPlan();
                setSaid('Added to your plan.');
              }}>
              Add to my plan
            </button>
          )}
          <Link className="button button--primary button--sm" to={PLAN_PAGE}>
            Open my plan
          </Link>
        </div>
      </div>

      {comparison && comparison.fromPlan.length > 0 && (
        <div className={styles.block}>
          <p>From your plan (change a value here to override it):</p>
          <ul>
            {comparison.fromPlan.map((note) => (
              <li key={note.id}>
                {note.text} — {note.source}
                {when(note.at)}
              </li>
            ))}
          </ul>
        </div>
      )}

      {comparison && comparison.differences.length > 0 && (
        <div className={clsx(styles.block, styles.differs)} role="note">
          <p>This page’s values differ from your plan:</p>
          <ul>
            {comparison.differences.map((difference) => (
              <li key={difference.id}>
                Here: {difference.here}. In your plan: {difference.inPlan} — {difference.source}
                {when(difference.at)}.
              </li>
            ))}
          </ul>
          <div className={styles.actions}>
            <button type="button" className="button button--secondary button--sm" onClick={() => takePlanValues()}>
              Use my plan’s values
            </button>
            <button
              type="button"
              className="button button--secondary button--sm"
              onClick={() => {
                addToPlan();
                setSaid('This page’s values are now in your plan.');
              }}>
              Put this page’s values in my plan
            </button>
          </div>
        </div>
      )}

      {hints.map((hint) => (
        <p key={hint} className={styles.block}>
          {hint}
        </p>
      ))}
      {children}
      <PlanStorageNote kept={kept} />
      <p className="visually-hidden" aria-live="polite">
        {said}
      </p>
    </aside>
  );
});

export default PlanBar;
