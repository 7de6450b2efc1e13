/**
 * "How close are these estimates?", several GPUs: each published multi-GPU run's peak memory per card beside the
 * calculator's per-card estimate for the same settings (each row a link that loads them), and the runs left out with
 * the rule that left each out. Figures from multiGpuCalibration.ts, the engine the calculator runs.
 */
import React from 'react';
import Link from '@docusaurus/Link';
import {METHOD_LABELS} from './inputs';
import {formatFixed, formatInteger} from './format';
import {formatError, percentUp} from './calibration';
import {multiGpuCalibration, multiGpuQuery, MULTI_GPU_LIMIT, type MultiGpuRow} from './multiGpuCalibration';
import {CALIBRATION_PATH} from './EstimateNote';
import {STRATEGY_NAMES} from './runTexts';
import DetailsBuiltWhenOpened from './DetailsBuiltWhenOpened';
import ColumnsHead from './ColumnsHead';
import styles from './CalibrationTable.module.css';

const CALCULATOR_ANCHOR = 'lora-memory-calculator';

function gb(bytes: number): string {
  return `${formatFixed(bytes / 1e9, 2)} GB`;
}

function setup(row: MultiGpuRow): string {
  const {point} = row;
  const offload = point.offload === 'all' ? ', CPU offload' : '';
  return `${point.gpus} × ${point.gpuName}, ${STRATEGY_NAMES[point.strategy]}${offload}`;
}

function label(row: MultiGpuRow): string {
  const {point} = row;
  const lora = point.lora ? ` r${point.lora.rank}` : '';
  return `${point.model} ${METHOD_LABELS[point.method]}${lora}, ${formatInteger(point.sequenceLength)} tokens × ${point.microBatch}`;
}

export default function MultiGpuCalibrationTable(): React.JSX.Element {
  const {rows, included, summary} = multiGpuCalibration();
  const excluded = rows.filter((r) => r.excluded !== null);
  return (
    <div id="multi-gpu-calibration" className={styles.calibration}>
      <p>
        Each row is a published run on several GPUs with the peak memory its authors measured on each card (PyTorch’s reserved peak).
        The estimate is the calculator’s memory per GPU for the same settings, without the CUDA context: about ±
        {percentUp(summary.medianAbsError)} % on these {summary.count} runs, at most ±{percentUp(summary.maxAbsError)} %. A unit test
        recomputes every row and fails when one is more than {MULTI_GPU_LIMIT * 100} % off.
      </p>
      <div className={styles.scroll} tabIndex={0} role="region" aria-label="Multi-GPU runs and the estimates (scrolls sideways)">
        <table className={styles.table}>
          <caption>Published multi-GPU runs: peak memory per card, measured and estimated</caption>
          <ColumnsHead columns={['Run (loads its settings)', 'Measured per card', 'Estimate', 'Error', 'Source, GPUs']} />
          <tbody>
            {included.map((row) => (
              <tr key={row.point.id}>
                <th scope="row">
                  <Link to={`${CALIBRATION_PATH}?${multiGpuQuery(row)}#${CALCULATOR_ANCHOR}`}>{label(row)}</Link>
                </th>
                <td>
                  {gb(row.measuredBytes)} ({formatFixed(row.point.measuredGiB, 2)} GiB)
                </td>
                <td>{gb(row.estimatedBytes)}</td>
                <td className={Math.abs(row.error) > 0.1 ? styles.wide : undefined}>{formatError(row.error)}</td>
                <td className={styles.wrap}>
                  {row.sourceName}, {setup(row)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <DetailsBuiltWhenOpened className={styles.details} summary="Sources, and the multi-GPU runs left out">
        {() => (
          <ul className={styles.sources}>
            {rows.map((row) => (
              <li key={row.point.id}>
                <strong>{label(row)}</strong> ({row.sourceName}, {setup(row)}):{' '}
                <a href={`https://github.com/${row.point.citation.repository}/blob/${row.point.citation.commit}/${row.point.citation.path}`}>
                  {row.point.citation.repository}/{row.point.citation.path}
                </a>{' '}
                at <code>{row.point.citation.commit.slice(0, 10)}</code>: <code>{row.point.citation.quote}</code>. {row.point.settings}.{' '}
                {row.excluded ? <>Left out: {row.excluded.detail}.</> : null}
              </li>
            ))}
          </ul>
        )}
      </DetailsBuiltWhenOpened>
      <p>
        {excluded.length} of the {rows.length} runs are left out, each by a rule stated before the comparison: a model the calculator does not offer, a setting it does not have, or a peak that did not grow with four times the tokens (set while loading, not training).
      </p>
    </div>
  );
}
