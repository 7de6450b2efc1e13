/** "The run": model, method, adapter, GPUs, and memory per GPU, time and cost per method; the managed alternative. */
import React from 'react';
import Link from '@docusaurus/Link';
import clsx from 'clsx';
import type {Plan} from './planEngine';
import {openInWidget} from './planEngine';
import type {PlanInputs} from './planInputs';
import {managedLines, runFacts, runTable} from './planTexts';
import styles from './styles.module.css';

export default function RunView({plan, inputs}: {plan: Plan; inputs: PlanInputs}): React.JSX.Element {
  const {header, rows} = runTable(plan);
  const link = openInWidget('lora-calculator', inputs.run, plan.run.ownSettings ? 'Open this run in the LoRA calculator' : 'Size your run in the LoRA calculator');
  return (
    <section aria-labelledby="plan-run" className={styles.section}>
      <h2 id="plan-run">The run</h2>
      <dl className={styles.facts}>
        {runFacts(plan).map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <div className={styles.tableBox}>
        <table className={styles.table}>
          <caption className="visually-hidden">Memory per GPU, time and GPU cost for each method</caption>
          <thead>
            <tr>
              {header.map((cell) => (
                <th key={cell} scope="col">
                  {cell}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.cells[0]} className={clsx(row.chosen && styles.chosen)}>
                <th scope="row">{row.cells[0]}</th>
                {row.cells.slice(1).map((cell, index) => (
                  <td key={header[index + 1]}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className={styles.compactList}>
        {plan.run.notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
        {managedLines(plan).map((line) => (
          <li key={line}>Managed (T1.9): {line}</li>
        ))}
      </ul>
      <p className={styles.linkLine}>
        <Link to={link.to}>{link.text}</Link>
      </p>
    </section>
  );
}
