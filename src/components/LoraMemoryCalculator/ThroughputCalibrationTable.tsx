/**
 * "How close are these estimates?", training time: each published run's measured throughput beside the estimate for
 * its configuration, and the error; each row a link that loads the configuration into the calculator where the
 * calculator offers its model and GPU. Runs set aside are listed with the reason. Figures from throughputCheck.ts.
 */
import React from 'react';
import Link from '@docusaurus/Link';
import {calibrationSources} from '@site/src/data/throughputCalibration';
import {METHOD_LABELS} from './inputs';
import {formatFixed, formatInteger} from './format';
import {formatError, percentUp} from './calibration';
import {throughputCalibrationResult, throughputQuery, type CalibrationComparison} from './throughputCheck';
import {CALIBRATION_PATH} from './EstimateNote';
import {STRATEGY_NAMES} from './runTexts';
import DetailsBuiltWhenOpened from './DetailsBuiltWhenOpened';
import ColumnsHead from './ColumnsHead';
import styles from './CalibrationTable.module.css';

const CALCULATOR_ANCHOR = 'lora-memory-calculator';

function label(c: CalibrationComparison): string {
  const {point} = c;
  const lora = point.lora ? ` r${point.lora.rank}` : '';
  return `${point.model} ${METHOD_LABELS[point.method]}${lora}, ${formatInteger(point.sequenceLength)} × ${point.microBatch}`;
}

function setup(c: CalibrationComparison): string {
  const {point} = c;
  return point.gpus === 1 ? `1 × ${point.gpuName}` : `${point.gpus} × ${point.gpuName}, ${STRATEGY_NAMES[point.strategy]}`;
}

/** "MPT-7B is not among its models" → "model". */
function shortMissing(text: string): string {
  return text.endsWith('models') ? 'model' : 'GPU';
}

function RunLabel({comparison}: {comparison: CalibrationComparison}): React.JSX.Element {
  const link = throughputQuery(comparison.point);
  if ('query' in link) return <Link to={`${CALIBRATION_PATH}?${link.query}#${CALCULATOR_ANCHOR}`}>{label(comparison)}</Link>;
  return (
    <>
      {label(comparison)} <span className={styles.method}>(not in the calculator: {link.missing.map(shortMissing).join(', ')})</span>
    </>
  );
}

export default function ThroughputCalibrationTable(): React.JSX.Element {
  const {comparisons, summary} = throughputCalibrationResult();
  const included = comparisons.filter((c) => !c.point.excluded);
  const excluded = comparisons.filter((c) => c.point.excluded);
  return (
    <div id="throughput-calibration" className={styles.calibration}>
      <p>
        Each row is a published fine-tuning or training run with the throughput its authors measured, in tokens per second per GPU. The
        estimate is the calculator’s for the same configuration: about ±{percentUp(summary.medianAbsoluteError)} % on these{' '}
        {summary.included} runs (the median error), from {formatFixed(summary.worstRatio.low, 2)} to {formatFixed(summary.worstRatio.high, 2)} ×
        the measured speed at worst. A unit test recomputes every row and fails when the median error passes 25 % or any estimate is outside
        0.5–2 × its measurement. The time the calculator shows is the range 8 in 10 of these runs fall in: {formatFixed(1 / summary.measuredOverEstimated.p90, 2)}–
        {formatFixed(1 / summary.measuredOverEstimated.p10, 2)} × the central estimate’s time.
      </p>
      <div className={styles.scroll} tabIndex={0} role="region" aria-label="Throughput of published runs and the estimates (scrolls sideways)">
        <table className={styles.table}>
          <caption>Published runs: tokens per second per GPU, measured and estimated</caption>
          <ColumnsHead columns={['Run: sequence × micro-batch (loads its configuration)', 'Measured', 'Estimate', 'Error', 'Source, GPUs']} />
          <tbody>
            {included.map((c) => (
              <tr key={c.point.id}>
                <th scope="row">
                  <RunLabel comparison={c} />
                </th>
                <td>{formatInteger(c.measuredTokensPerSecondPerGpu)}</td>
                <td>{formatInteger(c.estimatedTokensPerSecondPerGpu)}</td>
                <td className={Math.abs(c.ratio - 1) > 0.1 ? styles.wide : undefined}>{formatError(c.ratio - 1)}</td>
                <td className={styles.wrap}>
                  {calibrationSources[c.point.source].name}; {setup(c)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <DetailsBuiltWhenOpened className={styles.details} summary={`Sources, and the ${excluded.length} runs set aside and why`}>
        {() => (
          <ul className={styles.sources}>
            {comparisons.map((c) => {
              const source = calibrationSources[c.point.source];
              return (
                <li key={c.point.id}>
                  <strong>{label(c)}</strong> ({setup(c)}; {c.point.settings}): {c.point.measurement}, {formatInteger(c.measuredTokensPerSecondPerGpu)}{' '}
                  tokens/s per GPU; <a href={`https://github.com/${source.repository}/blob/${c.point.citation.commit}/${source.path}`}>{source.repository}</a> at{' '}
                  <code>{c.point.citation.commit.slice(0, 10)}</code>: <code>{c.point.citation.quote}</code>
                  {c.point.excluded ? (
                    <>
                      . Set aside: {c.point.excluded.detail} (estimate {formatInteger(c.estimatedTokensPerSecondPerGpu)}, implied utilization{' '}
                      {formatFixed(c.impliedUtilization * 100, 0)} %).
                    </>
                  ) : (
                    '.'
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </DetailsBuiltWhenOpened>
    </div>
  );
}
