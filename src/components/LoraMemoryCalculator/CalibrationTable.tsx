/**
 * "How close are these estimates?": every calibration run beside the calculator's estimate for its settings,
 * each row a link that loads those settings into the calculator; then the sources (CalibrationSources.tsx, loaded
 * when opened). All figures come from calibration.ts, which runs the same engine as the calculator.
 */
import React, {lazy, Suspense} from 'react';
import Link from '@docusaurus/Link';
import {calibration, calibrationQuery, formatError, percentUp, type CalibrationRow} from './calibration';
import {METHOD_LABELS} from './inputs';
import {formatFixed} from './format';
import {CALIBRATION_PATH} from './EstimateNote';
import DetailsBuiltWhenOpened from './DetailsBuiltWhenOpened';
import ColumnsHead from './ColumnsHead';
import styles from './CalibrationTable.module.css';

const CALCULATOR_ANCHOR = 'lora-memory-calculator';

// The quotes and notes (memoryCalibrationSources.ts) load only when a reader opens them.
const SourceList = lazy(() => import('./CalibrationSources').then((m) => ({default: m.SourceList})));
const ExcludedList = lazy(() => import('./CalibrationSources').then((m) => ({default: m.ExcludedList})));

function gb(bytes: number): string {
  return `${formatFixed(bytes / 1e9, 2)} GB`;
}

/** In GB, as the estimate is; a figure published in GiB says so (the quoted lines have the bytes as published). */
function measuredText(row: CalibrationRow): string {
  const {value, unit} = row.run.measured;
  return unit === 'GiB' ? `${gb(row.measuredBytes)} (${formatFixed(value, 2)} GiB)` : gb(row.measuredBytes);
}

function Summary(): React.JSX.Element {
  const {summary} = calibration();
  return (
    <div className={styles.scroll} tabIndex={0} role="region" aria-label="Error by framework (scrolls sideways)">
      <table className={styles.table}>
        <caption>Error of the estimate, by framework (absolute, estimate ÷ measurement − 1)</caption>
        <ColumnsHead columns={['Framework', 'Runs', 'Median error', 'Largest error']} />
        <tbody>
          {summary.frameworks.map(({framework, summary: s}) => (
            <tr key={framework}>
              <th scope="row">{framework}</th>
              <td>{s.count}</td>
              <td>{formatFixed(s.medianAbsError * 100, 1)} %</td>
              <td>{formatFixed(s.maxAbsError * 100, 1)} %</td>
            </tr>
          ))}
          <tr className={styles.total}>
            <th scope="row">All</th>
            <td>{summary.count}</td>
            <td>{formatFixed(summary.medianAbsError * 100, 1)} %</td>
            <td>{formatFixed(summary.maxAbsError * 100, 1)} %</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}

function Runs(): React.JSX.Element {
  const {rows} = calibration();
  return (
    <div className={styles.scroll} tabIndex={0} role="region" aria-label="Published runs and the estimates (scrolls sideways)">
      <table className={styles.table}>
        <caption>Published runs, measured by their authors, and this calculator’s estimate for the same settings</caption>
        <ColumnsHead columns={['Run (loads its settings)', 'Measured peak', 'Estimate', 'Error', 'Framework, GPU']} />
        <tbody>
          {rows.map((row) => (
            <tr key={row.run.id}>
              <th scope="row">
                <Link to={`${CALIBRATION_PATH}?${calibrationQuery(row)}#${CALCULATOR_ANCHOR}`}>{row.run.label}</Link>
                <span className={styles.method}> · {METHOD_LABELS[row.run.method]}</span>
              </th>
              <td>
                {measuredText(row)} <span className={styles.statistic}>{row.run.measured.statistic}</span>
              </td>
              <td>{gb(row.estimatedBytes)}</td>
              <td className={Math.abs(row.error) > 0.1 ? styles.wide : undefined}>{formatError(row.error)}</td>
              <td className={styles.wrap}>
                {row.run.framework}, {row.run.gpuAsRun}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function CalibrationTable(): React.JSX.Element {
  const {summary} = calibration();
  return (
    <div id="memory-calibration" className={styles.calibration}>
      <p>
        Each row is a published fine-tuning run on one GPU, with the peak memory its authors measured. The estimate is this
        calculator’s for the same settings (the link loads them), of the same statistic: the peak PyTorch <em>allocated</em>{' '}
        (<code>torch.cuda.max_memory_allocated</code>) or <em>reserved</em> (<code>max_memory_reserved</code>), both without the CUDA
        context. The page quotes the result as about ±{percentUp(summary.medianAbsError)} % (the median error, rounded up), at most ±
        {percentUp(summary.maxAbsError)} %. A unit test recomputes every row and fails when any estimate is more than 20 % off or the
        median error passes 10 %.
      </p>
      <Runs />
      <Summary />
      <DetailsBuiltWhenOpened className={styles.details} summary="Sources, quoted lines and assumptions">
        {() => (
          <Suspense fallback={<p>Loading the sources…</p>}>
            <SourceList />
          </Suspense>
        )}
      </DetailsBuiltWhenOpened>
      <DetailsBuiltWhenOpened className={styles.details} summary="Runs looked at and left out, and why">
        {() => (
          <Suspense fallback={<p>Loading the list…</p>}>
            <ExcludedList />
          </Suspense>
        )}
      </DetailsBuiltWhenOpened>
    </div>
  );
}
