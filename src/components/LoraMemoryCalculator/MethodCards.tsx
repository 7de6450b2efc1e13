/** The named results: the adapter's three figures and one card per method with its total and whether it fits. */
import React, {useId} from 'react';
import clsx from 'clsx';
import {seedFigureText} from '@site/src/data/seedMemoryClaims';
import type {CalculatorResult, MethodResult, ResultTexts} from './calculate';
import {METHOD_LABELS, METHODS, type Method, type Strategy} from './inputs';
import {STRATEGY_NAMES} from './runTexts';
import {formatGB, formatInteger} from './format';
import styles from './styles.module.css';

/**
 * A labelled result. Not a live region (`<output>` is one by default): the summary announces a change once, when
 * the reader pauses, instead of six outputs each speaking on every slider step.
 */
export function NamedOutput({label, value, note, className}: {label: string; value: string; note?: string; className?: string}): React.JSX.Element {
  const id = useId();
  return (
    <div className={clsx(styles.namedOutput, className)}>
      <label htmlFor={id}>{label}</label>
      <output id={id} aria-live="off">
        {value}
      </output>
      {note && <span className={styles.hint}>{note}</span>}
    </div>
  );
}

/** "fits on one …", "needs 3 × … (ZeRO-3 / FSDP full shard)", or why no number of cards is enough. */
export function cardsText(cards: number | null, gpuName: string, strategy: Strategy): string {
  if (cards === 1) return `fits on one ${gpuName}`;
  if (cards === null && strategy === 'ddp') return `does not fit on one ${gpuName}, and DDP gives every card all of it: choose ZeRO-2 or ZeRO-3 to share it`;
  if (cards === null) return `does not fit on any number of ${gpuName} cards under ${STRATEGY_NAMES[strategy]}: what every card holds whole already exceeds one`;
  return `needs ${formatInteger(cards)} × ${gpuName} (${STRATEGY_NAMES[strategy]})`;
}

export function AdapterOutputs({texts, precision}: {texts: ResultTexts; precision: string}): React.JSX.Element {
  return (
    <div className={styles.adapterOutputs}>
      <NamedOutput label="Trainable parameters" value={texts.trainableParameters} />
      <NamedOutput label="Trainable %" value={texts.trainablePercent} />
      <NamedOutput label="Adapter size" value={texts.adapterSize} note={`saved in ${precision}`} />
    </div>
  );
}

export function MethodCards({result, texts}: {result: CalculatorResult; texts: ResultTexts}): React.JSX.Element {
  return (
    <div className={styles.methodCards}>
      {METHODS.map((method) => (
        <MethodCard
          key={method}
          method={method}
          estimate={result.methods[method]}
          total={texts.totals[method]}
          gpuName={result.gpu.name}
          strategy={result.inputs.strategy}
          recommended={result.inputs.recommendedMethod === method}
        />
      ))}
    </div>
  );
}

interface MethodCardProps {
  method: Method;
  estimate: MethodResult;
  total: string;
  gpuName: string;
  strategy: Strategy;
  recommended: boolean;
}

function MethodCard({method, estimate, total, gpuName, strategy, recommended}: MethodCardProps): React.JSX.Element {
  const addedBytes = estimate.totalBytes - estimate.weightsOnlyBytes;
  const fits = estimate.cardsOfSelectedGpu === 1;
  return (
    <div className={clsx(styles.methodCard, recommended && styles.recommendedCard)} data-method={method}>
      {recommended && <p className={styles.badge}>Recommended</p>}
      <NamedOutput label={`${METHOD_LABELS[method]} total memory`} value={total} />
      <p className={styles.cardLine}>
        Weights only: {formatGB(estimate.weightsOnlyBytes)}
        {estimate.seedFigure && (
          <>
            {' '}
            (the module says {seedFigureText(estimate.seedFigure)} for a {estimate.seedFigure.modelBillions}B model)
          </>
        )}
      </p>
      <p className={styles.cardLine}>Training adds {formatGB(addedBytes)}: gradients, optimizer states, activations, kept inputs, buffers, logits, allocator reserve, CUDA context.</p>
      <p className={clsx(styles.cardLine, fits ? styles.fits : styles.doesNotFit)}>
        <span aria-hidden="true">{fits ? '✓ ' : '✗ '}</span>
        {cardsText(estimate.cardsOfSelectedGpu, gpuName, strategy)}
      </p>
    </div>
  );
}
