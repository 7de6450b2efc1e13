/** The recomputed table: one row per method with its verdict and reason, effort, data, cost and the reader's own cost. */
import React from 'react';
import clsx from 'clsx';
import {costText, dataNeededText, effortReading, problemsToday} from '@site/src/data/customizationMethods';
import {formatCount, formatUsd} from './formatNumbers';
import type {FitRow, FitTable as FitTableResult, ModelCostEstimate, Verdict} from './fitVerdicts';
import type {Situation} from './situation';
import styles from './styles.module.css';

const VERDICT_STYLE: Record<Verdict, {className: string; icon: string}> = {
  Fits: {className: styles.fits, icon: '✓'},
  'Wrong tool': {className: styles.wrongTool, icon: '✕'},
  'Not enough data': {className: styles.short, icon: '!'},
  'Over budget': {className: styles.short, icon: '!'},
  'Takes too long': {className: styles.short, icon: '!'},
};

const MARKER_TEXT = {'start-here': 'Start here', 'next-step': 'Next step if prompts are not enough'} as const;

function OwnCostCell({estimates}: {estimates: ModelCostEstimate[] | null}): React.JSX.Element {
  if (estimates === null) {
    return (
      <>
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">Not computed: not a managed fine-tuning job</span>
      </>
    );
  }
  return (
    <ul className={styles.costList}>
      {estimates.map((estimate) => (
        <li key={estimate.modelName}>
          {estimate.modelName}:{' '}
          {estimate.usd === null ? (
            <>{estimate.priceText}, no per-token price in the module</>
          ) : (
            <>
              <strong>{formatUsd(estimate.usd)}</strong>
              {estimate.overBudget && <span className={styles.overBudget}> (over your budget)</span>}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

function FitTableRow({row, firstMiss}: {row: FitRow; firstMiss: boolean}): React.JSX.Element {
  const {method, verdict, reason, marker, ownCost} = row;
  const effort = effortReading(method.effort);
  const style = VERDICT_STYLE[verdict];
  return (
    <tr role="row" data-method={method.id} data-verdict={verdict} className={clsx(firstMiss && styles.firstMiss, marker && styles.marked)}>
      <th role="rowheader" scope="row" className={styles.methodCell}>
        <span className={styles.methodName}>{method.name}</span>
        {marker && <span className={clsx(styles.marker, marker === 'start-here' && styles.startHere)}>{MARKER_TEXT[marker]}</span>}
      </th>
      <td role="cell" data-label="Verdict" className={styles.verdictCell}>
        <span className={clsx(styles.verdict, style.className)}>
          <span aria-hidden="true">{style.icon} </span>
          {verdict}
        </span>
        <span className={styles.reason}>{reason}</span>
      </td>
      <td role="cell" data-label="Effort">
        {method.effort}
        <span className={styles.subtle}> ({effort.minDays === 0 ? 'under a day' : `from ${effort.minDays} days`})</span>
      </td>
      <td role="cell" data-label="Data needed">
        {dataNeededText(method.data)}
      </td>
      <td role="cell" data-label="Cost (T1.1)">
        {costText(method.cost)}
      </td>
      <td role="cell" data-label="Your training cost" className={styles.ownCostCell}>
        <OwnCostCell estimates={ownCost} />
      </td>
    </tr>
  );
}

export default function FitTable({table, situation}: {table: FitTableResult; situation: Situation}): React.JSX.Element {
  const firstMissIndex = table.rows.findIndex((r) => r.verdict !== 'Fits');
  const problemLabel = problemsToday.find((p) => p.id === situation.problem)?.label ?? '';
  return (
    <div className={styles.tableBox}>
      <table role="table" className={styles.fitTable}>
        <caption className={styles.caption}>
          Verdicts for {formatCount(situation.examples)} examples, {formatUsd(situation.budgetUsd)}, {formatCount(situation.days)}{' '}
          {situation.days === 1 ? 'day' : 'days'}; problem: {problemLabel.toLowerCase()}
        </caption>
        <thead role="rowgroup">
          <tr role="row">
            <th role="columnheader" scope="col">
              Method
            </th>
            <th role="columnheader" scope="col">
              Verdict
            </th>
            <th role="columnheader" scope="col">
              Effort
            </th>
            <th role="columnheader" scope="col">
              Data needed
            </th>
            <th role="columnheader" scope="col">
              Cost (T1.1)
            </th>
            <th role="columnheader" scope="col">
              Your training cost
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {table.rows.map((row, index) => (
            <FitTableRow key={row.method.id} row={row} firstMiss={index === firstMissIndex && index > 0} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
