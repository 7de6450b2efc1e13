/**
 * Everything computed from the situation, below the form: the training run in tokens, the table of verdicts and how
 * they are decided. Memoised and fed the deferred situation: a slider step re-renders the form at once and this in a
 * later, interruptible render.
 */
import React, {memo, type RefObject} from 'react';
import {FullResultsHeading} from '@site/src/components/InstrumentLayout';
import {formatCount, formatShortCount} from './formatNumbers';
import {trainingTokens, type FitTable as FitTableResult} from './fitVerdicts';
import type {Situation} from './situation';
import FitTable from './FitTable';
import HowItDecides from './HowItDecides';
import styles from './styles.module.css';

interface FitResultsProps {
  situation: Situation;
  table: FitTableResult;
  /** The heading the summary's button moves focus to. */
  headingRef: RefObject<HTMLHeadingElement | null>;
}

const FitResults = memo(function FitResults({situation, table, headingRef}: FitResultsProps): React.JSX.Element {
  const tokens = trainingTokens(situation);
  return (
    <div className={styles.results}>
      <FullResultsHeading ref={headingRef}>Every method for your situation</FullResultsHeading>
      <p className={styles.tokens}>
        Your training run: {formatCount(situation.examples)} examples × {formatCount(situation.tokensPerExample)} tokens ×{' '}
        {situation.epochs} {situation.epochs === 1 ? 'epoch' : 'epochs'} = <strong>{formatShortCount(tokens)} training tokens</strong>, priced
        at T1.9’s managed fine-tuning rates in the last column.
      </p>
      <FitTable table={table} situation={situation} />
      <HowItDecides tokensPerExample={situation.tokensPerExample} />
    </div>
  );
});

export default FitResults;
