/**
 * LoRA memory calculator: trainable parameters and GPU memory for full
 * fine-tuning, LoRA and QLoRA. All figures come from the pure engine
 * (calculate.ts); this component wires the settings and the query string to it,
 * with the results in brief beside or below the settings (InstrumentLayout) and
 * in full after them.
 */
import React, {useDeferredValue, useEffect, useMemo, useRef, type RefObject} from 'react';
import clsx from 'clsx';
import InstrumentLayout from '@site/src/components/InstrumentLayout';
import {calculate, type CalculatorResult} from './calculate';
import {planRun} from './runPlan';
import {useCalculatorQueryState} from './useCalculatorQueryState';
import {memoryAnnouncement} from './summaryTexts';
import Settings from './Settings';
import MemorySummary, {memorySummaryTitle} from './MemorySummary';
import FullResults from './FullResults';
import PlanBar from '@site/src/components/PlanBar';
import {calculatorAdapter} from '@site/src/utils/scenario/adapters/calculator';
import styles from './styles.module.css';
import fieldStyles from './Fields.module.css';

export interface LoraMemoryCalculatorProps {
  /** Fewer controls and no tables, for T1.3; links to the full calculator. */
  compact?: boolean;
  /** The formulas, typeset at build time (docs/_lora-memory-math.mdx), shown in "Show the math". */
  children?: React.ReactNode;
}

export default function LoraMemoryCalculator({compact = false, children}: LoraMemoryCalculatorProps): React.JSX.Element {
  const {inputs, messages, update, dismissMessages} = useCalculatorQueryState();
  const result = useMemo(() => calculate(inputs), [inputs]);
  // A slider step re-renders only the controls at once; the results (summary, cards, bars, tables, the math) follow
  // in a deferred, interruptible render, so dragging stays responsive.
  const shownResult = useDeferredValue(result);
  // Time and cost follow the deferred result only: nothing is added to the slider's own render.
  const run = useMemo(() => planRun(shownResult), [shownResult]);
  const fullResultsHeading = useRef<HTMLHeadingElement>(null);
  const calculator = useRef<HTMLElement>(null);
  useSkipOffscreenOnceLaidOut(calculator, shownResult);

  return (
    <section ref={calculator} className={clsx(styles.calculator, compact && fieldStyles.compact)} aria-label="LoRA memory calculator">
      <PlanBar adapter={calculatorAdapter} />
      {messages.length > 0 && (
        <div className={clsx('alert alert--warning', styles.messages)} role="status">
          <p>Some settings in this link were corrected:</p>
          <ul>
            {messages.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
          <button type="button" className="button button--sm button--secondary" onClick={dismissMessages}>
            Use the corrected values
          </button>
        </div>
      )}

      <InstrumentLayout
        controls={<Settings inputs={inputs} result={result} update={update} compact={compact} />}
        summary={<MemorySummary result={shownResult} run={run} />}
        summaryTitle={memorySummaryTitle(shownResult)}
        summaryRepeatsResults
        summaryLabel="Memory at a glance"
        announcement={memoryAnnouncement(shownResult, run)}
        fullResultsLabel="Full results"
        fullResults={fullResultsHeading}
      />

      <FullResults result={shownResult} run={run} compact={compact} formulas={children} headingRef={fullResultsHeading} />
    </section>
  );
}

/** How long the results stay as they are before their blocks are laid out in full once more. */
const RELAYOUT_AFTER_MS = 500;

/**
 * Lets the results skip layout while off screen (see styles.module.css) only with boxes as tall as their content. A
 * block skipped while its content changes keeps its old height, so once the results have stayed the same for a moment
 * (a drag has ended, the link's values have arrived) the blocks are laid out in full for two frames, which updates
 * the heights `contain-intrinsic-size: auto` holds, and skipped again. During a drag they stay skipped.
 */
function useSkipOffscreenOnceLaidOut(calculator: RefObject<HTMLElement | null>, shownResult: CalculatorResult): void {
  useEffect(() => {
    const element = calculator.current;
    if (element === null) return undefined;
    let frame = 0;
    const timer = window.setTimeout(() => {
      element.removeAttribute('data-skip-offscreen');
      frame = window.requestAnimationFrame(() => {
        frame = window.requestAnimationFrame(() => element.setAttribute('data-skip-offscreen', ''));
      });
    }, RELAYOUT_AFTER_MS);
    return () => {
      window.clearTimeout(timer);
      window.cancelAnimationFrame(frame);
    };
  }, [calculator, shownResult]);
}
