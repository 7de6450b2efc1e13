import {useState} from 'react';
import {readWholeNumber} from '@site/src/components/TrainingDataCheck/settings';
import {formatInteger} from '@site/src/utils/numberFormat';

/**
 * A whole-number box's text while the reader types: a usable value goes to `onValue` at once (clamped, with a note
 * saying so); anything else keeps the last value and says so. A value changed elsewhere (a link, Back, a slider) shows
 * in the box unless the box already means it.
 */
export function useWholeNumberDraft(value: number, limits: {min: number; max: number}, onValue: (value: number) => void) {
  const [draft, setDraft] = useState(String(value));
  const [note, setNote] = useState('');
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    const reading = readWholeNumber(draft, limits);
    if (reading.kind !== 'value' || reading.value !== value) {
      setDraft(String(value));
      setNote('');
    }
  }
  const onText = (text: string) => {
    setDraft(text);
    const reading = readWholeNumber(text, limits);
    if (reading.kind === 'value') {
      setNote(reading.note ? `${reading.note.charAt(0).toUpperCase()}${reading.note.slice(1)}.` : '');
      onValue(reading.value);
    } else {
      setNote(`The box ${reading.reason}; still using ${formatInteger(value)}.`);
    }
  };
  /** Leaving the box: show the value in use. */
  const onLeave = () => {
    const reading = readWholeNumber(draft, limits);
    if (reading.kind !== 'value' || reading.value !== value) {
      setDraft(String(value));
      setNote('');
    }
  };
  const invalid = readWholeNumber(draft, limits).kind !== 'value';
  return {draft, note, invalid, onText, onLeave};
}
