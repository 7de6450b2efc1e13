import React, {memo, useId} from 'react';
import {useWholeNumberDraft} from '@site/src/utils/useWholeNumberDraft';
import styles from './styles.module.css';

interface CountFieldProps {
  label: string;
  hint: string;
  value: number;
  limits: {min: number; max: number};
  onValue: (value: number) => void;
}

/** A whole-number box (arrow keys step it): out of range is clamped with a note, anything else keeps the last value. */
const CountField = memo(function CountField({label, hint, value, limits, onValue}: CountFieldProps): React.JSX.Element {
  const id = useId();
  const {draft, note, invalid, onText, onLeave} = useWholeNumberDraft(value, limits, onValue);
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <input
        id={id}
        className={styles.box}
        type="number"
        inputMode="numeric"
        min={limits.min}
        max={limits.max}
        step={1}
        value={draft}
        aria-describedby={`${id}-hint ${id}-note`}
        aria-invalid={invalid}
        onChange={(event) => onText(event.target.value)}
        onBlur={onLeave}
      />
      <p id={`${id}-hint`} className={styles.hint}>
        {hint}
      </p>
      <p id={`${id}-note`} className={styles.note} aria-live="polite">
        {note}
      </p>
    </div>
  );
});

export default CountField;
