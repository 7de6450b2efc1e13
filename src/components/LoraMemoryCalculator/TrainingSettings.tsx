/** "Training": precision, optimizer, sequence length, micro-batch and the two memory-saving switches (full calculator only). */
import React, {memo} from 'react';
import {NUMERIC_LIMITS, type CalculatorInputs} from './inputs';
import {formatInteger} from './format';
import {SEQ_LENGTH_STOPS, seqStopIndex} from './sliderScales';
import {CheckboxField, SelectField, SliderField, WholeNumberSliderField, type SettingsGroupProps, type Update} from './Fields';
import FrameworkFields from './FrameworkFields';
import styles from './styles.module.css';
import fieldStyles from './Fields.module.css';

const PRECISION_OPTIONS = [
  {value: 'bf16', label: 'bf16 (2 bytes)'},
  {value: 'fp16', label: 'fp16 (2 bytes)'},
  {value: 'fp32', label: 'fp32 (4 bytes)'},
] as const;
const OPTIMIZER_OPTIONS = [
  {value: 'adamw', label: 'AdamW (two fp32 moments)'},
  {value: 'adamw8bit', label: '8-bit AdamW (bitsandbytes)'},
  {value: 'pagedadamw', label: 'Paged AdamW (bitsandbytes)'},
  {value: 'pagedadamw8bit', label: 'Paged 8-bit AdamW (bitsandbytes)'},
  {value: 'sgd', label: 'SGD with momentum'},
] as const;

const microBatchText = (microBatch: number) => `${microBatch} per step`;

export default function TrainingSettings({inputs, update}: SettingsGroupProps): React.JSX.Element {
  return (
    <div className={fieldStyles.controls}>
      <PrecisionField precision={inputs.precision} update={update} />
      <OptimizerField optimizer={inputs.optimizer} update={update} />
      <SeqLengthField seqLength={inputs.seqLength} update={update} />
      <MicroBatchField microBatch={inputs.microBatch} update={update} />
      <ToggleField toggle="gradientCheckpointing" on={inputs.gradientCheckpointing} update={update} />
      <ToggleField toggle="doubleQuant" on={inputs.doubleQuant} update={update} />
      <FrameworkFields inputs={inputs} update={update} />
    </div>
  );
}

const PrecisionField = memo(function PrecisionField({precision, update}: {precision: CalculatorInputs['precision']; update: Update}) {
  return (
    <SelectField label="Precision" value={precision} options={PRECISION_OPTIONS} onChange={(next) => update({precision: next})}>
      <p className={styles.hint}>Of the base weights, activations and the saved adapter.</p>
    </SelectField>
  );
});

const OptimizerField = memo(function OptimizerField({optimizer, update}: {optimizer: CalculatorInputs['optimizer']; update: Update}) {
  return <SelectField label="Optimizer" value={optimizer} options={OPTIMIZER_OPTIONS} onChange={(next) => update({optimizer: next})} />;
});

const SeqLengthField = memo(function SeqLengthField({seqLength, update}: {seqLength: number; update: Update}) {
  return (
    <SliderField
      label="Sequence length (tokens)"
      position={seqStopIndex(seqLength)}
      positionMin={0}
      positionMax={SEQ_LENGTH_STOPS.length - 1}
      onSlide={(i) => update({seqLength: SEQ_LENGTH_STOPS[i]})}
      valueText={(i) => `${formatInteger(i === seqStopIndex(seqLength) ? seqLength : SEQ_LENGTH_STOPS[i])} tokens`}
      number={{
        value: seqLength,
        min: NUMERIC_LIMITS.seqLength.min,
        max: NUMERIC_LIMITS.seqLength.max,
        step: 1,
        integer: true,
        onCommit: (next) => update({seqLength: next}),
      }}
    />
  );
});

const MicroBatchField = memo(function MicroBatchField({microBatch, update}: {microBatch: number; update: Update}) {
  return (
    <WholeNumberSliderField
      label="Micro-batch (sequences per step)"
      value={microBatch}
      limits={NUMERIC_LIMITS.microBatch}
      onValue={(next) => update({microBatch: next})}
      valueText={microBatchText}
    />
  );
});

/** The two on/off settings, and what each does to memory. */
const TOGGLES = {
  gradientCheckpointing: {
    label: 'Gradient checkpointing',
    hint: 'Keeps each layer’s input only and recomputes the rest in the backward pass: far less activation memory, about a third more compute.',
  },
  doubleQuant: {
    label: 'Double quantization (QLoRA)',
    hint: 'Stores NF4’s block constants in 8 bits: 0.127 instead of 0.5 extra bits per weight.',
  },
} as const;

const ToggleField = memo(function ToggleField({toggle, on, update}: {toggle: keyof typeof TOGGLES; on: boolean; update: Update}) {
  const change = (checked: boolean): Partial<Record<keyof typeof TOGGLES, boolean>> => ({[toggle]: checked});
  return <CheckboxField {...TOGGLES[toggle]} checked={on} onChange={(checked) => update(change(checked))} />;
});
