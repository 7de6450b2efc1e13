/** "Next steps" as a checklist linking to where the module teaches each, and "What is missing" with a link to do it. */
import React from 'react';
import Link from '@docusaurus/Link';
import type {Plan} from './planEngine';
import styles from './styles.module.css';

/** What the plan lacks, each with a link to do it, and where two tools say different things about one fact. */
export function MissingView({plan}: {plan: Plan}): React.JSX.Element | null {
  if (plan.missing.length === 0 && plan.disagreements.length === 0) return null;
  const required = plan.missing.filter((item) => !item.optional);
  return (
    <section aria-labelledby="plan-missing" className={styles.missing}>
      <h2 id="plan-missing">{required.length ? 'What is missing' : 'Nearly complete'}</h2>
      <ul className={styles.compactList}>
        {plan.missing.map((item) => (
          <li key={item.text} data-missing={item.part}>
            {item.optional && <em>Optional: </em>}
            {item.text} <Link to={item.link.to}>{item.link.text}</Link>
          </li>
        ))}
        {plan.disagreements.map((note) => (
          <li key={note} data-disagreement="">
            <em>The tools disagree: </em>
            {note}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function NextStepsView({plan}: {plan: Plan}): React.JSX.Element {
  return (
    <section aria-labelledby="plan-next-steps" className={styles.section}>
      <h2 id="plan-next-steps">Next steps</h2>
      <ul className={styles.checklist}>
        {plan.nextSteps.map((step) => (
          <li key={step.id} data-step={step.id} data-done={step.done}>
            <span className={styles.box} aria-hidden="true">
              {step.done ? '☑' : '☐'}
            </span>{' '}
            <strong>{step.text}</strong>
            <span className="visually-hidden">{step.done ? ' (done)' : ' (to do)'}</span>: {step.detail} <Link to={step.link.to}>{step.link.text}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
