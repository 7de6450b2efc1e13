/**
 * The settings where training frameworks differ, which move the peak by gigabytes: how the loss is computed,
 * LoRA dropout, what the trained weights are kept in, and bitsandbytes' version. Each is memoised on its value,
 * so a slider step elsewhere does not re-render them.
 */
import React, {memo} from 'react';
import type {CalculatorInputs, LossMode, TrainedPrecision} from './inputs';
import {CheckboxField, SelectField} from './Fields';
import styles from './styles.module.css';

type Update = (change: Partial<CalculatorInputs>) => void;

const LOSS_OPTIONS: readonly {value: LossMode; label: string}[] = [
  {value: 'full', label: 'Full logits'},
  {value: 'chunked', label: 'Chunked loss'},
];

const TRAINED_OPTIONS: readonly {value: TrainedPrecision; label: string}[] = [
  {value: 'fp32', label: 'fp32'},
  {value: '16bit', label: '16-bit, like the model'},
];

export const LossField = memo(function LossField({loss, update}: {loss: LossMode; update: Update}) {
  return (
    <SelectField label="Loss" value={loss} options={LOSS_OPTIONS} onChange={(next) => update({loss: next})}>
      <p className={styles.hint}>
        {loss === 'full'
          ? 'Hugging Face transformers: the whole batch’s logits upcast to fp32, 12 bytes per token per vocabulary entry at the loss’s peak.'
          : 'torchtune, LitGPT: a chunk of tokens at a time, 4 bytes per token per vocabulary entry kept for the backward pass. Fused kernels (Unsloth, Liger, Cut Cross-Entropy) keep even less.'}
      </p>
    </SelectField>
  );
});

export const TrainedPrecisionField = memo(function TrainedPrecisionField({
  trainedPrecision,
  update,
}: {
  trainedPrecision: TrainedPrecision;
  update: Update;
}) {
  return (
    <SelectField
      label="Trained weights and optimizer states"
      value={trainedPrecision}
      options={TRAINED_OPTIONS}
      onChange={(next) => update({trainedPrecision: next})}>
      <p className={styles.hint}>
        {trainedPrecision === 'fp32'
          ? 'PEFT’s adapters, and mixed precision’s master copy and moments, are fp32.'
          : 'torchtune and LitGPT’s bf16-true keep them in bf16: half the bytes, no master copy.'}{' '}
        Only matters in bf16 or fp16.
      </p>
    </SelectField>
  );
});

const TOGGLES = {
  loraDropout: {
    label: 'LoRA dropout (any rate above 0)',
    hint: 'Each adapted layer keeps its own dropped-out copy of its input and a mask: 3 bytes per input value, per layer kept.',
  },
  oldBitsandbytes: {
    label: 'bitsandbytes older than 0.44 (QLoRA)',
    hint: 'Before 0.44 every 4-bit layer kept its input until the backward pass, adapted or not.',
  },
} as const;

export const FrameworkToggle = memo(function FrameworkToggle({
  toggle,
  on,
  update,
}: {
  toggle: keyof typeof TOGGLES;
  on: boolean;
  update: Update;
}) {
  const change = (checked: boolean): Partial<Record<keyof typeof TOGGLES, boolean>> => ({[toggle]: checked});
  return <CheckboxField {...TOGGLES[toggle]} checked={on} onChange={(checked) => update(change(checked))} />;
});

/** The four fields together, for the full calculator. */
export default function FrameworkFields({inputs, update}: {inputs: CalculatorInputs; update: Update}): React.JSX.Element {
  return (
    <>
      <LossField loss={inputs.loss} update={update} />
      <TrainedPrecisionField trainedPrecision={inputs.trainedPrecision} update={update} />
      <FrameworkToggle toggle="loraDropout" on={inputs.loraDropout} update={update} />
      <FrameworkToggle toggle="oldBitsandbytes" on={inputs.oldBitsandbytes} update={update} />
    </>
  );
}
