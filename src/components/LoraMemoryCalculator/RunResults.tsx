/**
 * "The run": for each method, one card's memory with the chosen GPUs, strategy and offload, the training time and the
 * GPU cost (named outputs), the fewest cards under each strategy, the managed price at T1.9's rates, and the caveats.
 * Every figure comes from planRun (runPlan.ts); this component only lays them out.
 */
import React from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import type {CalculatorResult} from './calculate';
import {METHOD_LABELS, METHODS, STRATEGIES, type Method} from './inputs';
import {formatInteger, formatPercent} from './format';
import {NamedOutput, cardsText} from './MethodCards';
import {MethodColumnsHead} from './MemoryTables';
import {formatUsd, type MethodRun, type RunResult} from './runPlan';
import {caveatText, managedForScaleText, managedText, setupText, STRATEGY_NAMES, timeAccuracyText, tokensText} from './runTexts';
import {throughputCalibrationResult} from './throughputCheck';
import {CALIBRATION_PATH} from './EstimateNote';
import styles from './styles.module.css';
import own from './RunResults.module.css';

interface RunResultsProps {
  result: CalculatorResult;
  run: RunResult;
  compact: boolean;
}

export default function RunResults({result, run, compact}: RunResultsProps): React.JSX.Element {
  const {inputs, gpu} = result;
  return (
    <div className={own.run} data-run-results="">
      <h4 className={own.heading}>The run on {setupText(result)}</h4>
      <p className={styles.unitNote}>
        {tokensText(result)}, at {formatUsd(run.usdPerGpuHour)} per GPU-hour ({run.defaultPrice ? `the ${gpu.name}’s default` : 'your price'}).
      </p>
      <div className={styles.methodCards}>
        {METHODS.map((method) => (
          <RunCard key={method} method={method} run={run.methods[method]} result={result} />
        ))}
      </div>
      <TimeNote compact={compact} />
      <FewestCardsTable result={result} />
      <p className={own.managed}>
        {managedText(run.managed, result.modelName)} {managedForScaleText(run.managedForScale)}
      </p>
      {run.caveats.length > 0 && (
        <ul className={own.caveats}>
          {run.caveats.map((caveat) => (
            <li key={caveat}>{caveatText(caveat, result, run)}</li>
          ))}
        </ul>
      )}
      {inputs.precision === 'fp32' && <p className={styles.hint}>Time and cost are estimated for 16-bit training only.</p>}
    </div>
  );
}

function RunCard({method, run, result}: {method: Method; run: MethodRun; result: CalculatorResult}): React.JSX.Element {
  const {gpu, inputs} = result;
  const label = METHOD_LABELS[method];
  const cards = result.methods[method].cardsOfSelectedGpu;
  const {tokensPerSecond, modelFlopsUtilization} = run.time;
  return (
    <div className={clsx(styles.methodCard, inputs.recommendedMethod === method && styles.recommendedCard)} data-run-method={method}>
      <NamedOutput label={`${label} memory per GPU`} value={run.perGpuText} />
      <p className={clsx(styles.cardLine, run.fits ? styles.fits : styles.doesNotFit)}>
        <span aria-hidden="true">{run.fits ? '✓ ' : '✗ '}</span>
        {run.fits ? `fits each ${gpu.name}` : `over one ${gpu.name}’s ${gpu.memoryGB} GB; ${cardsText(cards, gpu.name, inputs.strategy)}`}
      </p>
      <NamedOutput className={own.next} label={`${label} training time`} value={run.timeText} />
      <NamedOutput className={own.next} label={`${label} GPU cost`} value={run.costText} />
      {run.timeKind !== 'not-estimated' && (
        <p className={styles.cardLine}>
          {formatInteger(tokensPerSecond.low)}–{formatInteger(tokensPerSecond.high)} tokens/s
          {inputs.gpus > 1 ? ` across ${formatInteger(inputs.gpus)} GPUs` : ''}; model FLOPs utilization {formatPercent(100 * modelFlopsUtilization.low)}–
          {formatPercent(100 * modelFlopsUtilization.high)}
        </p>
      )}
    </div>
  );
}

function TimeNote({compact}: {compact: boolean}): React.JSX.Element {
  const {summary} = throughputCalibrationResult();
  return (
    <p className={styles.unitNote}>
      Times count the training steps only (no evaluation, saving or loading), for full sequences (packed),{' '}
      {compact ? (
        <>
          {timeAccuracyText(summary, 'listed')} in <Link to={`${CALIBRATION_PATH}#${THROUGHPUT_ANCHOR}`}>How close are these estimates?</Link>
        </>
      ) : (
        <a href={`#${THROUGHPUT_ANCHOR}`}>{timeAccuracyText(summary)}</a>
      )}
      . Cost is GPU-hours × the price.
    </p>
  );
}

/** The heading of the throughput table under "How close are these estimates?" (docs/lora-qlora.mdx). */
export const THROUGHPUT_ANCHOR = 'training-time-calibration';

function FewestCardsTable({result}: {result: CalculatorResult}): React.JSX.Element {
  const {gpu} = result;
  return (
    <div className={styles.tableScroll} tabIndex={0} role="region" aria-label="Fewest cards by sharding (scrolls sideways)">
      <table className={clsx(styles.table, own.fewest)}>
        <caption>
          Fewest {gpu.name} cards{/\d\s?GB$/.test(gpu.name) ? '' : ` (${gpu.memoryGB} GB)`} that hold each method, by sharding
          {result.inputs.offload === 'none' ? '' : ', with the chosen CPU offload'}
        </caption>
        <MethodColumnsHead first={['Sharding']} />
        <tbody>
          {STRATEGIES.map((strategy) => (
            <tr key={strategy} className={clsx(strategy === result.inputs.strategy && styles.selectedRow)}>
              <th scope="row">
                {STRATEGY_NAMES[strategy]}
                {strategy === result.inputs.strategy ? ' (selected)' : ''}
              </th>
              {METHODS.map((m) => {
                const cards = result.methods[m].fewestCardsByStrategy[strategy];
                return <td key={m}>{cards === null ? 'no number' : formatInteger(cards)}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
