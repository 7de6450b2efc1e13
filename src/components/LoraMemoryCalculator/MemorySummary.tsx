/**
 * The results in brief, kept in view while the settings are used (see InstrumentLayout): the three totals and whether
 * each fits the selected GPU, and what the adapter trains and its scale α/r (the rank, targets and alpha barely move, or
 * do not move, a 7B model's totals). Once the reader plans the run (any setting of "The run" changed), each method
 * shows one card's memory on the chosen GPUs, the training time and the GPU cost instead. It repeats the named
 * outputs below, so it is hidden from assistive technology; memoryAnnouncement() speaks for it.
 */
import React, {memo} from 'react';
import clsx from 'clsx';
import {resultTexts, type CalculatorResult} from './calculate';
import {METHODS, type Method} from './inputs';
import {alphaScalingText, summaryFigures} from './summaryTexts';
import {runIsPlanned, type RunResult} from './runPlan';
import styles from './MemorySummary.module.css';
// The fit colours of the method cards, light, dark and print.
import cardStyles from './styles.module.css';

const SUMMARY_LABELS: Record<Method, {wide: string; narrow: string}> = {
  full: {wide: 'Full fine-tuning', narrow: 'Full FT'},
  lora: {wide: 'LoRA', narrow: 'LoRA'},
  qlora: {wide: 'QLoRA', narrow: 'QLoRA'},
};

/** What the summary's figures are measured against: the selected card (its name alone in the bar on a phone). */
export function memorySummaryTitle(result: CalculatorResult): React.JSX.Element {
  const {gpus} = result.inputs;
  if (runIsPlanned(result.inputs) && gpus > 1) {
    return (
      <>
        <span className={styles.wideOnly}>Per card, </span>
        {gpus} × {result.gpu.name}
        <span className={styles.wideOnly}> ({result.gpu.memoryGB} GB)</span>
      </>
    );
  }
  return (
    <>
      <span className={styles.wideOnly}>On one </span>
      {result.gpu.name}
      <span className={styles.wideOnly}> ({result.gpu.memoryGB} GB)</span>
    </>
  );
}

const MemorySummary = memo(function MemorySummary({result, run}: {result: CalculatorResult; run: RunResult}): React.JSX.Element {
  const texts = resultTexts(result);
  const planned = runIsPlanned(result.inputs);
  return (
    <>
      <ul className={styles.summaryTotals}>
        {METHODS.map((method) => {
          const {figure, fits, fitText} = summaryFigures(result, run, method);
          return (
            <li
              key={method}
              className={clsx(styles.summaryTotal, result.inputs.recommendedMethod === method && styles.summaryRecommended)}
              data-summary-method={method}>
              <span className={styles.summaryMethod}>
                <span className={styles.wideOnly}>{SUMMARY_LABELS[method].wide}</span>
                <span className={styles.narrowOnly}>{SUMMARY_LABELS[method].narrow}</span>
              </span>
              <span className={styles.summaryFigure}>{figure}</span>
              <span className={clsx(styles.summaryFit, fits ? cardStyles.fits : cardStyles.doesNotFit)}>
                {fits ? '✓' : '✗'} <span className={styles.wideOnly}>{fitText}</span>
                <span className={styles.narrowOnly}>{fitText.replace(/^needs /, '')}</span>
              </span>
              {planned && (
                <span className={styles.summaryRun}>
                  <span>{run.methods[method].timeShortText}</span>
                  {run.methods[method].timeKind !== 'not-estimated' && <> <span>{run.methods[method].costText}</span></>}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      <p className={styles.summaryAdapter}>
        {texts.trainableParameters} trainable ({texts.trainablePercent})<span className={styles.wideOnly}>; adapter {texts.adapterSize}</span>;{' '}
        {alphaScalingText(result)}
      </p>
    </>
  );
});

export default MemorySummary;
