/**
 * The reader's fine-tuning plan: everything they gave the site's tools, on one page they can share (a permalink with
 * every input and no file), print (two pages) and download as Markdown. The plan is computed by planEngine.ts from
 * one part per widget; this component only lays it out.
 */
import React, {useMemo} from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import clsx from 'clsx';
import PlanStorageNote from '@site/src/components/PlanBar/StorageNote';
import {PLAN_PAGE} from '@site/src/components/PlanBar/planPage';
import {buildPlan} from './planEngine';
import {canonicalInputs, permalinkQuery} from './planInputs';
import {planToMarkdown} from './planMarkdown';
import {usePlanInputs, type ShownPlan} from './usePlanInputs';
import PlanActions from './PlanActions';
import DecisionView from './DecisionView';
import RunView from './RunView';
import DataView from './DataView';
import EvaluationView from './EvaluationView';
import {MissingView, NextStepsView} from './StepsView';
import styles from './styles.module.css';

/**
 * On the server and while hydrating, neither the link's plan nor the browser's is known: the page shows the empty
 * plan (the module's defaults), so it is read at first paint (its LCP), and a reader without a plan sees no change.
 */
const PENDING: ShownPlan = {inputs: {}, from: 'browser', messages: [], hasStoredPlan: false, kept: true};

export default function FineTuningPlan(): React.JSX.Element {
  const known = usePlanInputs();
  const shown = known ?? PENDING;
  const plan = useMemo(() => buildPlan(shown.inputs), [shown]);
  // The permalink and the links into each tool carry each part as its tool reads it, never a link's raw text.
  const links = useMemo(() => canonicalInputs(shown.inputs), [shown]);
  const pagePath = useBaseUrl(PLAN_PAGE);
  const siteRoot = useBaseUrl('/').replace(/\/$/, '');

  // The server knows no origin: the hydrating render must say what it said.
  const origin = known === null || typeof window === 'undefined' ? '' : window.location.origin;
  const permalink = `${origin}${pagePath}${permalinkQuery(links)}`;
  const empty = Object.keys(links).length === 0;

  return (
    <div className={styles.plan} data-plan-from={known === null ? 'pending' : shown.from}>
      <noscript>
        <p className={styles.banner}>Your plan is put together in your browser from what you gave the site’s tools, and needs JavaScript: below are the module’s defaults.</p>
      </noscript>
      {shown.from === 'link' ? (
        <p className={clsx(styles.banner)} role="note">
          This plan comes from a link: it shows exactly what the link holds, whatever plan your browser keeps.
        </p>
      ) : (
        <p className={styles.intro}>
          {/* The first sentence is as long as the empty plan's: a reader without a plan sees nothing move (CLS). */}
          {known === null
            ? 'Reading your plan from this browser: until then, these are the defaults of the site’s tools.'
            : empty
              ? 'Your plan is empty: the site’s tools fill it as you use them. Start with any of the steps below.'
              : 'Put together from what you gave the site’s tools, kept in this browser. Change a value in its tool and it changes here.'}
        </p>
      )}
      <PlanStorageNote kept={shown.kept} />
      {(shown.messages.length > 0 || plan.messages.length > 0) && (
        <div className={clsx('alert alert--warning', styles.messages)} role="status">
          <p>Some of this link’s values could not be used as given:</p>
          <ul>
            {[...shown.messages, ...plan.messages].map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </div>
      )}
      <PlanActions
        permalink={permalink}
        markdown={() => planToMarkdown(plan, `${origin}${siteRoot}`, permalink)}
        from={shown.from}
        inputs={links}
        hasStoredPlan={shown.hasStoredPlan}
        planPath={pagePath}
      />
      <MissingView plan={plan} />
      <DecisionView plan={plan} inputs={links} />
      <RunView plan={plan} inputs={links} />
      <DataView plan={plan} />
      <EvaluationView plan={plan} inputs={links} />
      <NextStepsView plan={plan} />
      <p className={styles.footnote}>
        Estimates, not measurements: memory, time and cost come from the course’s calibrated estimates (see{' '}
        <Link to="/t1/lora-qlora/#how-close-are-these-estimates">how close they are</Link>). Nothing here leaves your browser.
      </p>
    </div>
  );
}
