/** "Evaluation": prompts the A/B test needs at the reader's target, and T1.8's targets. */
import React from 'react';
import Link from '@docusaurus/Link';
import type {Plan} from './planEngine';
import {openInWidget} from './planEngine';
import type {PlanInputs} from './planInputs';
import {evaluationLines} from './planTexts';
import styles from './styles.module.css';

export default function EvaluationView({plan, inputs}: {plan: Plan; inputs: PlanInputs}): React.JSX.Element {
  const link = openInWidget('evaluation-workbench', inputs.eval, 'Plan the test in the win-rate calculator');
  return (
    <section aria-labelledby="plan-evaluation" className={styles.section}>
      <h2 id="plan-evaluation">Evaluation</h2>
      <ul className={styles.compactList}>
        {evaluationLines(plan).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <div className={styles.tableBox}>
        <table className={styles.table}>
          <caption className={styles.caption}>T1.8’s evaluation framework: what to hit</caption>
          <thead>
            <tr>
              <th scope="col">Metric</th>
              <th scope="col">What it measures</th>
              <th scope="col">Target</th>
            </tr>
          </thead>
          <tbody>
            {plan.evaluation.metrics.map((metric) => (
              <tr key={metric.metric}>
                <th scope="row">{metric.metric}</th>
                <td>{metric.measures}</td>
                <td>{metric.target}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className={styles.linkLine}>
        <Link to={link.to}>{link.text}</Link>
      </p>
    </section>
  );
}
