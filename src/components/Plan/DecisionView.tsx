/** "Decision": the flowchart's path and outcome, the fit table's recommendation and reason, budget and days. */
import React from 'react';
import Link from '@docusaurus/Link';
import type {Plan} from './planEngine';
import {openInWidget} from './planEngine';
import type {PlanInputs} from './planInputs';
import styles from './styles.module.css';

export default function DecisionView({plan, inputs}: {plan: Plan; inputs: PlanInputs}): React.JSX.Element {
  const {flow, fit, budget} = plan.decision;
  const flowLink = openInWidget('decision-flowchart', inputs.flow, flow ? 'Change your answers' : 'Answer the flowchart');
  const fitLink = openInWidget('which-method', inputs.fit, fit ? 'Change your situation' : 'Fill in the fit table');
  return (
    <section aria-labelledby="plan-decision" className={styles.section}>
      <h2 id="plan-decision">Decision</h2>
      <div className={styles.twoColumns}>
        <div>
          <h3 className={styles.partTitle}>Should you fine-tune? (T1.2)</h3>
          {flow && flow.answers.length > 0 ? (
            <ol className={styles.compactList}>
              {flow.answers.map((answer) => (
                <li key={answer.question}>
                  {answer.question} <em>{answer.answer}</em>
                </li>
              ))}
            </ol>
          ) : (
            <p className={styles.missingText}>Not answered yet.</p>
          )}
          {flow?.outcome ? (
            <p data-plan-outcome={flow.outcome.id}>
              <strong>{flow.outcome.label}.</strong> <span className={styles.explanation}>{flow.outcome.explanation}</span>
            </p>
          ) : (
            flow && <p className={styles.missingText}>Stops at “{flow.openQuestion}”.</p>
          )}
          <p className={styles.linkLine}>
            <Link to={flowLink.to}>{flowLink.text}</Link>
          </p>
        </div>
        <div>
          <h3 className={styles.partTitle}>Which method fits? (T1.1)</h3>
          {fit ? (
            <>
              <p>For {fit.situationText}:</p>
              <p>
                Start here: <strong data-plan-start-here="">{fit.startHere?.name ?? 'nothing fits'}</strong>. {fit.startHere?.reason}
              </p>
              {fit.training ? (
                <p>
                  Fine-tuning: <strong>{fit.training.name}</strong>, {fit.training.verdict.toLowerCase()}. {fit.training.reason}
                </p>
              ) : (
                <p>No fine-tuning method is the right tool for this goal.</p>
              )}
            </>
          ) : (
            <p className={styles.missingText}>Not filled in yet.</p>
          )}
          <p className={styles.linkLine}>
            <Link to={fitLink.to}>{fitLink.text}</Link>
          </p>
        </div>
      </div>
      {budget && (
        <p className={styles.check} data-budget-status={budget.status}>
          <strong>Budget and days against the run:</strong> {budget.sentence}
        </p>
      )}
    </section>
  );
}
