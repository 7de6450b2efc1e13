/**
 * A slider that moves at once and tells the widget in a transition.
 *
 * A dragged slider fires an input for every step. If each one re-rendered the
 * widget before the next paint, the thumb would wait for the results. Here the
 * thumb and its spoken value are the browser's own (an uncontrolled input), and
 * `onValue` runs inside `startTransition`, so React renders the widget when the
 * main thread is free and drops the steps a newer one has overtaken.
 */
import React, {startTransition, useLayoutEffect, useRef, useState} from 'react';
import clsx from 'clsx';
import styles from './styles.module.css';

export interface RangeInputProps
  extends Omit<React.InputHTMLAttributes<HTMLInputElement>, 'type' | 'value' | 'defaultValue' | 'onChange' | 'aria-valuetext'> {
  value: number;
  min: number;
  max: number;
  onValue: (value: number) => void;
  /** What a screen reader says for a position; set on the element at once, not after the render. */
  valueText: (value: number) => string;
}

export default function RangeInput({value, onValue, valueText, className, ...rest}: RangeInputProps): React.JSX.Element {
  const ref = useRef<HTMLInputElement>(null);
  // The last position the reader moved to, and the last of those the widget has rendered (in the same transition).
  const latestStep = useRef<number | null>(null);
  const [renderedStep, setRenderedStep] = useState<number | null>(null);

  // The value from the widget wins once it has rendered the reader's latest step, or when no step was taken (a link,
  // the number box): a render of an older step must not pull the thumb back. aria-valuetext is set here and in
  // onChange only, not as a prop, for the same reason.
  useLayoutEffect(() => {
    const input = ref.current;
    if (input === null || latestStep.current !== renderedStep) return;
    if (input.value !== String(value)) input.value = String(value);
    input.setAttribute('aria-valuetext', valueText(value));
  }, [value, renderedStep, valueText]);

  return (
    <input
      {...rest}
      ref={ref}
      type="range"
      className={clsx(styles.range, className)}
      defaultValue={value}
      onChange={(event) => {
        const next = Number(event.target.value);
        event.target.setAttribute('aria-valuetext', valueText(next));
        latestStep.current = next;
        startTransition(() => {
          setRenderedStep(next);
          onValue(next);
        });
      }}
    />
  );
}
