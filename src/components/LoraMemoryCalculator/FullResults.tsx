/**
 * Everything computed from the settings, below them: the named outputs, the method cards and bars, and in the full
 * calculator the tables and the math. Memoised and fed the deferred result, so it renders only when that changes.
 */
import React, {memo, type RefObject} from 'react';
import Link from '@docusaurus/Link';
import {FullResultsHeading} from '@site/src/components/InstrumentLayout';
import {resultTexts, type CalculatorResult} from './calculate';
import {barLayout} from './barLayout';
import {serializeQuery} from './queryState';
import {AdapterOutputs, MethodCards} from './MethodCards';
import {GpuTable, PartsTable, SeedArithmetic} from './MemoryTables';
import MemoryBars from './MemoryBars';
import EstimateNote from './EstimateNote';
import MathPanel from './MathPanel';
import RunResults from './RunResults';
import type {RunResult} from './runPlan';
import styles from './styles.module.css';

/** Where the full calculator lives, for the compact one's link. */
const FULL_CALCULATOR_PATH = '/t1/lora-qlora';
const FULL_CALCULATOR_ANCHOR = 'lora-memory-calculator';

interface FullResultsProps {
  result: CalculatorResult;
  /** Time, cost and per-GPU memory for the same settings (planRun). */
  run: RunResult;
  compact: boolean;
  /** The formulas typeset at build time, for "Show the math". */
  formulas: React.ReactNode;
  /** The heading the summary's "Full results" button moves focus to. */
  headingRef: RefObject<HTMLHeadingElement | null>;
}

const FullResults = memo(function FullResults({result, run, compact, formulas, headingRef}: FullResultsProps): React.JSX.Element {
  const {inputs} = result;
  const texts = resultTexts(result);
  return (
    <>
      <div className={styles.results}>
        <FullResultsHeading ref={headingRef}>Full results</FullResultsHeading>
        <EstimateNote compact={compact} />
        <AdapterOutputs texts={texts} precision={inputs.precision} />
        <MethodCards result={result} texts={texts} />
        <MemoryBars layout={barLayout(result)} gpu={result.gpu} recommended={inputs.recommendedMethod} />
        <RunResults result={result} run={run} compact={compact} />
      </div>

      {compact ? (
        <p className={styles.fullLink}>
          <Link to={`${FULL_CALCULATOR_PATH}?${serializeQuery(inputs)}#${FULL_CALCULATOR_ANCHOR}`}>
            Open the full calculator with these settings
          </Link>{' '}
          (alpha, precision, optimizer, sequence length, micro-batch, checkpointing, the math and
          every GPU).
        </p>
      ) : (
        <>
          <SeedArithmetic result={result} />
          <PartsTable result={result} />
          <GpuTable result={result} />
          <MathPanel result={result} run={run} formulas={formulas} />
        </>
      )}
    </>
  );
});

export default FullResults;
