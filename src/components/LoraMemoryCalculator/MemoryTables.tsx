/** The full calculator's tables: the module's own 70B arithmetic beside the estimate, memory by part, and every GPU. */
import React from 'react';
import clsx from 'clsx';
import {seedArithmeticText} from '@site/src/data/seedMemoryClaims';
import type {CalculatorResult} from './calculate';
import {METHOD_LABELS, METHODS} from './inputs';
import {formatGB} from './format';
import {cardsText} from './MethodCards';
import styles from './styles.module.css';

export function SeedArithmetic({result}: {result: CalculatorResult}): React.JSX.Element | null {
  if (result.seedModelSize !== 70) return null;
  return (
    <div className={styles.seedBlock}>
      <h3>The module’s 70B arithmetic (T1.4), weights only, beside this estimate</h3>
      <ul>
        {METHODS.map((method) => {
          const m = result.methods[method];
          if (!m.seedArithmetic) return null;
          return (
            <li key={method}>
              <q>{seedArithmeticText(m.seedArithmetic)}</q>
              <br />
              This calculator for {result.modelName}: weights only {formatGB(m.weightsOnlyBytes)}; with training{' '}
              {formatGB(m.totalBytes)}, which {m.seedArithmeticCards.map((c) => cardsText(c.cards, c.gpu.name, result.inputs.strategy)).join(' and ')}.
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** A table head: the leading columns, then one column per method. */
export function MethodColumnsHead({first}: {first: readonly string[]}): React.JSX.Element {
  return (
    <thead>
      <tr>
        {first.map((heading) => (
          <th key={heading} scope="col">
            {heading}
          </th>
        ))}
        {METHODS.map((m) => (
          <th key={m} scope="col">
            {METHOD_LABELS[m]}
          </th>
        ))}
      </tr>
    </thead>
  );
}

export function PartsTable({result}: {result: CalculatorResult}): React.JSX.Element {
  const parts = result.methods.full.parts;
  return (
    <div className={styles.tableScroll} tabIndex={0} role="region" aria-label="Memory by part (scrolls sideways)">
      <table className={styles.table}>
        <caption>
          Memory by part, in GB (10<sup>9</sup> bytes), for {result.modelName}
        </caption>
        <MethodColumnsHead first={['Part']} />
        <tbody>
          {parts.map((part, i) =>
            // The DPO reference's row only for DPO.
            part.id === 'referenceWeights' && result.inputs.objective !== 'dpo' ? null : (
              <tr key={part.id}>
                <th scope="row">{part.label}</th>
                {METHODS.map((m) => (
                  <td key={m}>
                    {m === 'full' && part.id === 'adapterWeights' ? 'in base weights' : formatGB(result.methods[m].parts[i].bytes)}
                  </td>
                ))}
              </tr>
            ),
          )}
          <tr>
            <th scope="row">Weights only (what the module counts)</th>
            {METHODS.map((m) => (
              <td key={m}>{formatGB(result.methods[m].weightsOnlyBytes)}</td>
            ))}
          </tr>
          <tr className={styles.totalRow}>
            <th scope="row">Total</th>
            {METHODS.map((m) => (
              <td key={m}>{formatGB(result.methods[m].totalBytes)}</td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}

export function GpuTable({result}: {result: CalculatorResult}): React.JSX.Element {
  return (
    <div className={styles.tableScroll} tabIndex={0} role="region" aria-label="GPUs that hold the estimate (scrolls sideways)">
      <table className={styles.table}>
        <caption>Which GPUs hold the whole estimate on one card</caption>
        <MethodColumnsHead first={['GPU', 'Memory']} />
        <tbody>
          {result.gpuFits.map(({gpu, fitsOnOneCard}) => (
            <tr key={gpu.id} className={clsx(gpu.id === result.gpu.id && styles.selectedRow)}>
              <th scope="row">
                {gpu.name}
                {gpu.id === result.gpu.id ? ' (selected)' : ''}
              </th>
              <td>{gpu.memoryGB} GB</td>
              {METHODS.map((m) => (
                <td key={m} className={fitsOnOneCard[m] ? styles.fits : styles.doesNotFit}>
                  {fitsOnOneCard[m] ? '✓ fits' : '✗ no'}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
