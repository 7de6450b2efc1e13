/**
 * "The run": what the run trains on (SFT or DPO), how many cards of the selected GPU share it and how, how many
 * tokens and epochs, and the price of a GPU-hour. Each field is memoised on the values it shows.
 */
import React, {memo, useId} from 'react';
import type {GpuWithCompute} from '@site/src/data/gpus';
import {NUMERIC_LIMITS, PRICE_LIMITS, type CalculatorInputs} from './inputs';
import {formatInteger, formatTokens} from './format';
import {EPOCH_SLIDER_MAX, GPU_COUNT_STOPS, nearestStopIndex, TOKEN_STOPS} from './sliderScales';
import {CheckboxField, NumberField, SelectField, SliderField, type SettingsGroupProps, type Update} from './Fields';
import {defaultPriceText} from './queryState';
import styles from './styles.module.css';
import fieldStyles from './Fields.module.css';

const OBJECTIVE_OPTIONS = [
  {value: 'sft', label: 'Supervised fine-tuning (SFT)'},
  {value: 'dpo', label: 'DPO (preference pairs)'},
] as const;
const STRATEGY_OPTIONS = [
  {value: 'ddp', label: 'DDP (no sharding)'},
  {value: 'zero2', label: 'ZeRO-2 (optimizer, gradients)'},
  {value: 'zero3', label: 'ZeRO-3 / FSDP full shard'},
] as const;
const OFFLOAD_OPTIONS = [
  {value: 'none', label: 'None'},
  {value: 'optimizer', label: 'Optimizer states'},
  {value: 'all', label: 'Weights, gradients, optimizer'},
] as const;

export default function RunSettings({inputs, result, update}: SettingsGroupProps): React.JSX.Element {
  return (
    <div className={fieldStyles.controls}>
      <ObjectiveField objective={inputs.objective} update={update} />
      <ReferenceField precomputed={inputs.dpoReference === 'precomputed'} update={update} />
      <GpuCountField gpus={inputs.gpus} update={update} />
      <StrategyField strategy={inputs.strategy} update={update} />
      <OffloadField offload={inputs.offload} update={update} />
      <TokensField tokens={inputs.tokensPerEpoch} update={update} />
      <EpochsField epochs={inputs.epochs} update={update} />
      <PriceField price={inputs.usdPerGpuHour} gpu={result.gpu} update={update} />
    </div>
  );
}

const ObjectiveField = memo(function ObjectiveField({objective, update}: {objective: CalculatorInputs['objective']; update: Update}) {
  return (
    <SelectField label="Training objective" value={objective} options={OBJECTIVE_OPTIONS} onChange={(next) => update({objective: next})}>
      <p className={styles.hint}>
        DPO runs a chosen and a rejected response for each prompt: twice the activations and logits. Full fine-tuning also holds a
        frozen copy of the model as the reference.
      </p>
    </SelectField>
  );
});

const ReferenceField = memo(function ReferenceField({precomputed, update}: {precomputed: boolean; update: Update}) {
  return (
    <CheckboxField
      label="DPO reference log-probabilities computed before training"
      hint="Full fine-tuning then holds no reference copy (one forward pass over the data instead). LoRA and QLoRA never hold one: their reference is the base model with the adapters switched off."
      checked={precomputed}
      onChange={(checked) => update({dpoReference: checked ? 'precomputed' : 'model'})}
    />
  );
});

const GpuCountField = memo(function GpuCountField({gpus, update}: {gpus: number; update: Update}) {
  const position = nearestStopIndex(GPU_COUNT_STOPS, gpus);
  return (
    <SliderField
      label="GPUs"
      position={position}
      positionMin={0}
      positionMax={GPU_COUNT_STOPS.length - 1}
      onSlide={(i) => update({gpus: GPU_COUNT_STOPS[i]})}
      valueText={(i) => {
        const count = i === position ? gpus : GPU_COUNT_STOPS[i];
        return `${formatInteger(count)} ${count === 1 ? 'GPU' : 'GPUs'}`;
      }}
      number={{value: gpus, min: NUMERIC_LIMITS.gpus.min, max: NUMERIC_LIMITS.gpus.max, step: 1, integer: true, onCommit: (next) => update({gpus: next})}}>
      <p className={styles.hint}>Cards of the selected GPU, each with its own micro-batch (data parallel).</p>
    </SliderField>
  );
});

const StrategyField = memo(function StrategyField({strategy, update}: {strategy: CalculatorInputs['strategy']; update: Update}) {
  return (
    <SelectField label="Sharding across the GPUs" value={strategy} options={STRATEGY_OPTIONS} onChange={(next) => update({strategy: next})}>
      <p className={styles.hint}>
        DDP: every card holds everything. ZeRO-2 splits the optimizer states and gradients over the cards; ZeRO-3 (FSDP’s full shard) the
        weights too.
      </p>
    </SelectField>
  );
});

const OffloadField = memo(function OffloadField({offload, update}: {offload: CalculatorInputs['offload']; update: Update}) {
  return (
    <SelectField label="CPU offload" value={offload} options={OFFLOAD_OPTIONS} onChange={(next) => update({offload: next})}>
      <p className={styles.hint}>To CPU memory, as DeepSpeed and FSDP offer it: with ZeRO-2 the optimizer states only, with ZeRO-3 everything sharded.</p>
    </SelectField>
  );
});

const TokensField = memo(function TokensField({tokens, update}: {tokens: number; update: Update}) {
  const position = nearestStopIndex(TOKEN_STOPS, tokens);
  return (
    <SliderField
      label="Training tokens per epoch"
      position={position}
      positionMin={0}
      positionMax={TOKEN_STOPS.length - 1}
      onSlide={(i) => update({tokensPerEpoch: TOKEN_STOPS[i]})}
      valueText={(i) => `${formatTokens(i === position ? tokens : TOKEN_STOPS[i])} tokens`}
      wideNumber
      number={{
        value: tokens,
        min: NUMERIC_LIMITS.tokensPerEpoch.min,
        max: NUMERIC_LIMITS.tokensPerEpoch.max,
        step: 1,
        integer: true,
        onCommit: (next) => update({tokensPerEpoch: next}),
      }}>
      <p className={styles.hint}>
        Prompts and responses as the tokenizer counts them ({formatTokens(tokens)}); for DPO, both responses of each pair. The training-data
        checker counts a file’s tokens.
      </p>
    </SliderField>
  );
});

const EpochsField = memo(function EpochsField({epochs, update}: {epochs: number; update: Update}) {
  return (
    <SliderField
      label="Epochs"
      position={Math.min(epochs, EPOCH_SLIDER_MAX)}
      positionMin={NUMERIC_LIMITS.epochs.min}
      positionMax={EPOCH_SLIDER_MAX}
      onSlide={(next) => update({epochs: next})}
      valueText={(i) => `${i === Math.min(epochs, EPOCH_SLIDER_MAX) ? epochs : i} epochs`}
      number={{value: epochs, min: NUMERIC_LIMITS.epochs.min, max: NUMERIC_LIMITS.epochs.max, step: 1, integer: true, onCommit: (next) => update({epochs: next})}}
    />
  );
});

const PriceField = memo(function PriceField({price, gpu, update}: {price: number | null; gpu: GpuWithCompute; update: Update}) {
  const id = useId();
  const hintId = useId();
  const isDefault = price === null;
  return (
    <div className={fieldStyles.field}>
      <label htmlFor={id} className={fieldStyles.fieldLabel}>
        Price (US dollars per GPU-hour)
      </label>
      <div className={fieldStyles.priceRow}>
        <span aria-hidden="true">$</span>
        <NumberField
          label="Price (US dollars per GPU-hour)"
          id={id}
          describedBy={hintId}
          value={price ?? gpu.price.usdPerGpuHour}
          min={PRICE_LIMITS.min}
          max={PRICE_LIMITS.max}
          step={0.01}
          integer={false}
          onCommit={(next) => update({usdPerGpuHour: next})}
        />
        {!isDefault && (
          <button type="button" className="button button--sm button--secondary" onClick={() => update({usdPerGpuHour: null})}>
            Use the {gpu.name}’s default
          </button>
        )}
      </div>
      <p id={hintId} className={styles.hint}>
        Default for the {gpu.name}: {defaultPriceText(gpu)}; {gpu.price.source}. Changing the GPU restores its
        default.
      </p>
    </div>
  );
});

/** The GPU select's change: a new card, and that card's default price. */
export function gpuChange(gpu: string): Partial<CalculatorInputs> {
  return {gpu, usdPerGpuHour: null};
}

