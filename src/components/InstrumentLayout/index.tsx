/**
 * Controls with their result in view, for the widgets a reader works like an instrument.
 *
 * On a wide widget the summary is a panel beside the controls that stays on screen while they scroll; on a narrow
 * one it is a bar at the bottom of the screen while the controls are on it (both `position: sticky`, so nothing
 * moves the page), with a button to the full results. A change is announced once, politely, when the reader pauses,
 * not on every slider step; a focused control is scrolled clear of the bar and of the site's navbar.
 */
import React, {forwardRef, useCallback, useEffect, useId, useRef, useState, type RefObject} from 'react';
import {overlapHorizontally, scrollToClear} from './focusInView';
import styles from './styles.module.css';

/** How long the reader pauses before the change is spoken: one announcement for a whole drag. */
const SETTLE_MS = 1000;

export interface InstrumentLayoutProps {
  /** The widget's controls, in groups (ControlGroup), in reading order. */
  controls: React.ReactNode;
  /** What the controls change, in brief (totals, a verdict), and a line above it (what the figures are for). */
  summary: React.ReactNode;
  summaryTitle?: React.ReactNode;
  /**
   * True when the summary only repeats figures that the full results show (and name) below: assistive technology
   * then skips it, so each figure is found once, and the announcement speaks for it.
   */
  summaryRepeatsResults: boolean;
  /** The sentence spoken once the reader pauses after a change. */
  announcement: string;
  /** The button to the full results, and the element it moves focus to (a FullResultsHeading). */
  fullResultsLabel: string;
  fullResults: RefObject<HTMLElement | null>;
  /** Accessible name of the summary panel, e.g. "Memory at a glance". */
  summaryLabel: string;
}

export default function InstrumentLayout({
  controls,
  summary,
  summaryTitle,
  summaryRepeatsResults,
  announcement,
  fullResultsLabel,
  fullResults,
  summaryLabel,
}: InstrumentLayoutProps): React.JSX.Element {
  const rootRef = useRef<HTMLDivElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  // Only the reader's own changes are announced, not a link's values arriving after hydration, nor Back.
  const readerActed = useRef(false);
  const markReaderActed = useCallback(() => {
    readerActed.current = true;
  }, []);
  useFocusClearOfStickyParts(rootRef, summaryRef);

  const goToResults = () => {
    const target = fullResults.current;
    if (target === null) return;
    target.focus({preventScroll: true});
    target.scrollIntoView({block: 'start'});
  };

  return (
    <div className={styles.instrument}>
      <div ref={rootRef} className={styles.layout} onChangeCapture={markReaderActed} onClickCapture={markReaderActed}>
        <div className={styles.controls}>{controls}</div>
        <div ref={summaryRef} className={styles.summary} role="group" aria-label={summaryLabel}>
          <p className={styles.summaryTitle} aria-hidden={summaryRepeatsResults || undefined}>
            {summaryTitle}
          </p>
          <div className={styles.summaryBody} aria-hidden={summaryRepeatsResults || undefined}>
            {summary}
          </div>
          <button type="button" className={styles.toResults} onClick={goToResults}>
            {fullResultsLabel} <span aria-hidden="true">↓</span>
          </button>
          <SettledAnnouncement text={announcement} readerActed={readerActed} />
        </div>
      </div>
    </div>
  );
}

/** A group of controls under a short heading a reader scans; the heading names the group for assistive technology. */
export function ControlGroup({title, children}: {title: string; children: React.ReactNode}): React.JSX.Element {
  const id = useId();
  return (
    <div role="group" aria-labelledby={id} className={styles.group}>
      <h3 id={id} className={styles.groupTitle}>
        {title}
      </h3>
      {children}
    </div>
  );
}

/** Where the summary's button takes the reader: a heading that takes focus and clears the navbar. */
export const FullResultsHeading = forwardRef<HTMLHeadingElement, {children: React.ReactNode}>(function FullResultsHeading(
  {children},
  ref,
) {
  return (
    <h3 ref={ref} tabIndex={-1} className={styles.fullResultsHeading}>
      {children}
    </h3>
  );
});

/** A polite live region that speaks `text` once it has stayed the same for a moment after the reader's change. */
function SettledAnnouncement({text, readerActed}: {text: string; readerActed: RefObject<boolean>}): React.JSX.Element {
  const [spoken, setSpoken] = useState('');
  useEffect(() => {
    if (!readerActed.current) return undefined;
    const timer = window.setTimeout(() => setSpoken(text), SETTLE_MS);
    return () => window.clearTimeout(timer);
  }, [text, readerActed]);
  return (
    <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {spoken}
    </p>
  );
}

/**
 * When a control inside `root` takes focus, scrolls it clear of the summary bar (when the bar is stuck at the bottom
 * over the controls) and of the site's sticky navbar. The browser scrolls a focused control into the viewport, not
 * out from under what is stuck to it.
 */
function useFocusClearOfStickyParts(root: RefObject<HTMLElement | null>, summary: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = root.current;
    if (element === null) return undefined;
    let frame = 0;
    const onFocusIn = (event: FocusEvent) => {
      const control = event.target;
      if (!(control instanceof HTMLElement) || summary.current?.contains(control)) return;
      window.cancelAnimationFrame(frame);
      // After the browser's own scroll to the focused control.
      frame = window.requestAnimationFrame(() => {
        const box = control.getBoundingClientRect();
        const bar = summary.current?.getBoundingClientRect();
        const navbar = document.querySelector('.navbar')?.getBoundingClientRect();
        const coveredAbove = Math.max(0, navbar?.bottom ?? 0);
        const coveredBelow = bar && overlapHorizontally(bar, box) ? Math.min(window.innerHeight, bar.top) : window.innerHeight;
        const scroll = scrollToClear(box, coveredAbove, coveredBelow);
        if (scroll !== 0) window.scrollBy({top: scroll, behavior: 'instant'});
      });
    };
    element.addEventListener('focusin', onFocusIn);
    return () => {
      element.removeEventListener('focusin', onFocusIn);
      window.cancelAnimationFrame(frame);
    };
  }, [root, summary]);
}
