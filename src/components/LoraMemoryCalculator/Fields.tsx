/** Form controls shared by the calculator's settings: each a real, labelled input. */
import React, {useId, useState} from 'react';
import RangeInput from '@site/src/components/RangeInput';
import type {CalculatorResult} from './calculate';
import type {CalculatorInputs} from './inputs';
import styles from './styles.module.css';
import fieldStyles from './Fields.module.css';

/** Applies a change to the settings; stable while the reader stays on the page, so memoised fields can skip. */
export type Update = (change: Partial<CalculatorInputs>) => void;

/** What each group of settings (ModelAndAdapterSettings, TrainingSettings, …) is given. */
export interface SettingsGroupProps {
  inputs: CalculatorInputs;
  /** The undeferred result, for hints that follow a setting at once (the model's size, α/r). */
  result: CalculatorResult;
  update: Update;
  compact: boolean;
}

interface NumberFieldProps {
  /** Accessible name; the visible label belongs to the slider beside it (or, with `id`, to a label of its own). */
  label: string;
  /** Set when a visible <label htmlFor={id}> names the box. */
  id?: string;
  /** Id of a hint that describes the box. */
  describedBy?: string;
  value: number;
  min: number;
  max: number;
  step: number | 'any';
  integer: boolean;
  onCommit: (value: number) => void;
}

/**
 * A number box that lets the reader type freely: a value is applied only
 * once it is a valid number in range; leaving the box shows the applied one.
 */
export function NumberField({label, id, describedBy, value, min, max, step, integer, onCommit}: NumberFieldProps): React.JSX.Element {
  const [draft, setDraft] = useState<string | null>(null);
  // A value changed from elsewhere (a slider, a chip, a new GPU's default price) replaces what was being typed.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    if (draft !== null && Number(draft) !== value) setDraft(null);
  }
  const valid = (text: string) => {
    if (text.trim() === '') return false;
    const n = Number(text);
    return Number.isFinite(n) && n >= min && n <= max && (!integer || Number.isInteger(n));
  };
  return (
    <input
      type="number"
      id={id}
      className={fieldStyles.number}
      aria-label={id ? undefined : label}
      aria-describedby={describedBy}
      inputMode={integer ? 'numeric' : 'decimal'}
      min={min}
      max={max}
      step={step}
      value={draft ?? String(value)}
      aria-invalid={draft !== null && !valid(draft)}
      onChange={(event) => {
        const text = event.target.value;
        setDraft(text);
        if (valid(text)) onCommit(Number(text));
      }}
      onBlur={() => setDraft(null)}
    />
  );
}

interface SliderFieldProps {
  label: string;
  /** Slider position and its range (may be a scale of its own, e.g. log). */
  position: number;
  positionMin: number;
  positionMax: number;
  /** Called in a transition (see RangeInput): the thumb moves before the calculator re-renders. */
  onSlide: (position: number) => void;
  /** Text a screen reader announces for a position. */
  valueText: (position: number) => string;
  /** The value itself, editable as a number. */
  number: Omit<NumberFieldProps, 'label'>;
  listId?: string;
  /** Tick labels drawn under the slider's own track. */
  marks?: React.ReactNode;
  /** A wider number box, for values of many digits (token counts). */
  wideNumber?: boolean;
  children?: React.ReactNode;
}

/** A slider with a number box beside it; the slider carries the visible label. */
export function SliderField({
  label,
  position,
  positionMin,
  positionMax,
  onSlide,
  valueText,
  number,
  listId,
  marks,
  wideNumber = false,
  children,
}: SliderFieldProps): React.JSX.Element {
  const id = useId();
  return (
    <div className={fieldStyles.field}>
      <label htmlFor={id} className={fieldStyles.fieldLabel}>
        {label}
      </label>
      <div className={wideNumber ? `${fieldStyles.sliderRow} ${fieldStyles.sliderRowWide}` : fieldStyles.sliderRow}>
        <div className={fieldStyles.sliderColumn}>
          <RangeInput
            id={id}
            className={fieldStyles.slider}
            min={positionMin}
            max={positionMax}
            step={1}
            value={position}
            list={listId}
            valueText={valueText}
            onValue={onSlide}
          />
          {marks}
        </div>
        <NumberField label={`${label}, as a number`} {...number} />
      </div>
      {children}
    </div>
  );
}

interface WholeNumberSliderFieldProps extends Pick<SliderFieldProps, 'label' | 'valueText' | 'listId' | 'marks' | 'children'> {
  value: number;
  limits: {min: number; max: number};
  /** From the slider (in a transition) and from the number box alike. */
  onValue: (value: number) => void;
}

/** A slider whose position is the value itself, whole numbers within the limits, with its number box. */
export function WholeNumberSliderField({value, limits, onValue, ...rest}: WholeNumberSliderFieldProps): React.JSX.Element {
  return (
    <SliderField
      {...rest}
      position={value}
      positionMin={limits.min}
      positionMax={limits.max}
      onSlide={onValue}
      number={{value, min: limits.min, max: limits.max, step: 1, integer: true, onCommit: onValue}}
    />
  );
}

interface SelectFieldProps<T extends string> {
  label: string;
  value: T;
  options: readonly {value: T; label: string}[];
  onChange: (value: T) => void;
  children?: React.ReactNode;
}

export function SelectField<T extends string>({label, value, options, onChange, children}: SelectFieldProps<T>): React.JSX.Element {
  const id = useId();
  return (
    <div className={fieldStyles.field}>
      <label htmlFor={id} className={fieldStyles.fieldLabel}>
        {label}
      </label>
      <select id={id} className={fieldStyles.select} value={value} onChange={(event) => onChange(event.target.value as T)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {children}
    </div>
  );
}

interface CheckboxFieldProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
}

export function CheckboxField({label, checked, onChange, hint}: CheckboxFieldProps): React.JSX.Element {
  const id = useId();
  const hintId = useId();
  return (
    <div className={fieldStyles.field}>
      <div className={fieldStyles.checkboxRow}>
        <input
          id={id}
          type="checkbox"
          checked={checked}
          aria-describedby={hint ? hintId : undefined}
          onChange={(event) => onChange(event.target.checked)}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      {hint && (
        <p id={hintId} className={styles.hint}>
          {hint}
        </p>
      )}
    </div>
  );
}
