import React, {memo, useId, useState} from 'react';
import {readWholeNumber} from '@site/src/components/TrainingDataCheck/settings';
import {formatInteger} from '@site/src/utils/numberFormat';
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
  const [draft, setDraft] = useState(String(value));
  const [note, setNote] = useState('');
  const [shown, setShown] = useState(value);
  // The value changed elsewhere (a link, Back): show it unless the box already means it.
  if (shown !== value) {
    setShown(value);
    const reading = readWholeNumber(draft, limits);
    if (reading.kind !== 'value' || reading.value !== value) {
      setDraft(String(value));
      setNote('');
    }
  }
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
        aria-invalid={note !== '' && readWholeNumber(draft, limits).kind !== 'value'}
        onChange={(event) => {
          const text = event.target.value;
          setDraft(text);
          const reading = readWholeNumber(text, limits);
          if (reading.kind === 'value') {
            setNote(reading.note ? `${reading.note.charAt(0).toUpperCase()}${reading.note.slice(1)}.` : '');
            onValue(reading.value);
          } else {
            setNote(`The box ${reading.reason}; still using ${formatInteger(value)}.`);
          }
        }}
        onBlur={() => {
          if (readWholeNumber(draft, limits).kind !== 'value' || Number(draft) !== value) {
            setDraft(String(value));
            setNote('');
          }
        }}
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
