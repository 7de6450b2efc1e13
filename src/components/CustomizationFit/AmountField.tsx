/** The situation's number boxes: budget, days, tokens, epochs, and the labelled examples with their log-scale slider. */
import React, {memo, useId, useState} from 'react';
import RangeInput from '@site/src/components/RangeInput';
import {EXAMPLES_SLIDER_MAX, EXAMPLES_SLIDER_VALUES, examplesFromSlider, sliderFromExamples} from './examplesSlider';
import {FIELD_LIMITS, type NumericField} from './situation';
import {formatCount, formatShortCount} from './formatNumbers';
import {quoteInput, readAmount} from './situationQuery';
import styles from './styles.module.css';

interface AmountFieldProps {
  field: NumericField;
  label: string;
  hint: React.ReactNode;
  value: number;
  onValue: (value: number) => void;
  /** Shown before the box, e.g. "$". */
  prefix?: string;
  /** Lets another control (the slider) share this field's label. */
  inputId?: string;
  /** Shown under the box, before the hint (the examples slider). */
  after?: React.ReactNode;
}

/** A number box that accepts "1,000", "10k" or "$500", clamps to its limits and says what it changed. */
export const AmountField = memo(function AmountField({field, label, hint, value, onValue, prefix, inputId, after}: AmountFieldProps): React.JSX.Element {
  const ownId = useId();
  const id = inputId ?? ownId;
  const [draft, setDraft] = useState(() => formatCount(value));
  const [note, setNote] = useState<string | null>(null);
  const [shownValue, setShownValue] = useState(value);

  // The value changed elsewhere (slider, link, Back): show it, unless the box already means it.
  if (shownValue !== value) {
    setShownValue(value);
    const reading = readAmount(draft, field);
    if (reading.kind !== 'value' || reading.value !== value) {
      setDraft(formatCount(value));
      setNote(null);
    }
  }

  const onChange = (text: string) => {
    setDraft(text);
    const reading = readAmount(text, field);
    if (reading.kind === 'value') {
      setNote(reading.note);
      onValue(reading.value);
    } else {
      const problem = reading.kind === 'empty' ? 'The box is empty' : `${quoteInput(text)} is not a number`;
      setNote(`${problem}; the table still uses ${formatCount(value)}.`);
    }
  };

  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <div className={styles.boxRow}>
        {prefix && (
          <span className={styles.prefix} aria-hidden="true">
            {prefix}
          </span>
        )}
        <input
          id={id}
          className={styles.box}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          value={draft}
          aria-describedby={`${id}-hint ${id}-note`}
          aria-invalid={note !== null && readAmount(draft, field).kind !== 'value'}
          onChange={(event) => onChange(event.target.value)}
          onBlur={() => {
            if (readAmount(draft, field).kind !== 'value') setDraft(formatCount(value));
          }}
        />
      </div>
      {after}
      <p id={`${id}-hint`} className={styles.hint}>
        {hint}
      </p>
      <p id={`${id}-note`} className={styles.note} aria-live="polite">
        {note}
      </p>
    </div>
  );
});

// Labels under the slider, one per power of 100.
const SLIDER_TICKS = [0, 100, 10_000, 1_000_000, 100_000_000].map((value) => ({
  value,
  label: value === 0 ? '0' : formatShortCount(value),
  percent: (EXAMPLES_SLIDER_VALUES.indexOf(value) / EXAMPLES_SLIDER_MAX) * 100,
}));

export const ExamplesInput = memo(function ExamplesInput({value, onValue}: {value: number; onValue: (value: number) => void}): React.JSX.Element {
  const boxId = useId();
  const sliderId = useId();
  return (
    <div className={styles.examples}>
      <AmountField
        field="examples"
        inputId={boxId}
        label="Labelled examples you have"
        hint={`0 to ${formatCount(FIELD_LIMITS.examples.max)}. The slider steps on a log scale; type an exact count in the box (“99”, “10k”).`}
        value={value}
        onValue={onValue}
        after={
          <>
            <label htmlFor={sliderId} className="visually-hidden">
              Labelled examples, logarithmic slider
            </label>
            {/* The table re-renders in a transition (see RangeInput), after the thumb has moved. */}
            <RangeInput
              id={sliderId}
              className={styles.slider}
              min={0}
              max={EXAMPLES_SLIDER_MAX}
              step={1}
              value={sliderFromExamples(value)}
              // A typed count (99) sits between two slider steps: say the count itself, not the nearest step's.
              valueText={(position) => `${formatCount(position === sliderFromExamples(value) ? value : examplesFromSlider(position))} examples`}
              onValue={(position) => onValue(examplesFromSlider(position))}
            />
            <div className={styles.ticks} aria-hidden="true">
              {SLIDER_TICKS.map((tick) => (
                <span key={tick.value} style={{left: `${tick.percent}%`}}>
                  {tick.label}
                </span>
              ))}
            </div>
          </>
        }
      />
    </div>
  );
});
