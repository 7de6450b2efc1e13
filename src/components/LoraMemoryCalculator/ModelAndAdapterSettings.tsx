/**
 * "Model and adapter": the base model (or a custom size), LoRA's rank and alpha, and the modules it adapts. Each field
 * is memoised on the values it shows, so a slider step re-renders that field (and the few that depend on it) only.
 */
import React, {memo, useId} from 'react';
import clsx from 'clsx';
import {CUSTOM_MODEL_ID, customArchitectureRule, modelPresets} from '@site/src/data/models';
import {NUMERIC_LIMITS} from './inputs';
import {TARGET_MODULES, TARGET_SHORTCUTS, type TargetModule} from './loraMath';
import {formatBillions, formatFixed, formatInteger} from './format';
import {isPowerOfTwo, paramsFromSlider, PARAMS_SLIDER_STEPS, RANK_MARKS, sliderFromParams} from './sliderScales';
import {SelectField, SliderField, WholeNumberSliderField, type SettingsGroupProps, type Update} from './Fields';
import styles from './styles.module.css';
import fieldStyles from './Fields.module.css';

const MODEL_OPTIONS = [
  ...modelPresets.map((m) => ({value: m.id, label: m.name})),
  {value: CUSTOM_MODEL_ID, label: 'Custom size…'},
];

const MODULE_NAMES: Record<TargetModule, string> = {
  q: 'q_proj',
  k: 'k_proj',
  v: 'v_proj',
  o: 'o_proj',
  gate: 'gate_proj',
  up: 'up_proj',
  down: 'down_proj',
};

// What a screen reader says for each slider position (RangeInput sets it as the thumb moves).
const rankText = (rank: number) => `rank ${rank}${isPowerOfTwo(rank) ? ', a power of two' : ''}`;
const alphaText = (alpha: number) => `alpha ${alpha}`;

function sameTargets(a: readonly TargetModule[], b: readonly TargetModule[]): boolean {
  return a.length === b.length && a.every((t) => b.includes(t));
}

export default function ModelAndAdapterSettings({inputs, result, update, compact}: SettingsGroupProps): React.JSX.Element {
  return (
    <div className={fieldStyles.controls}>
      <ModelField model={inputs.model} totalParams={result.base.total} update={update} />
      {inputs.model === CUSTOM_MODEL_ID && (
        <CustomSizeField
          paramsBillions={inputs.paramsBillions}
          hidden={result.architecture.hidden}
          layers={result.architecture.layers}
          intermediate={result.architecture.intermediate}
          update={update}
        />
      )}
      <RankField rank={inputs.rank} update={update} />
      {!compact && <AlphaField alpha={inputs.alpha} rank={inputs.rank} alphaScaling={result.alphaScaling} update={update} />}
      <TargetsField
        targets={inputs.targets}
        fused={result.architecture.fusedProjections}
        modelName={result.modelName}
        adapted={result.lora.modules.map((m) => m.name).join(', ')}
        update={update}
      />
    </div>
  );
}

const ModelField = memo(function ModelField({model, totalParams, update}: {model: string; totalParams: number; update: Update}) {
  return (
    <SelectField label="Model" value={model} options={MODEL_OPTIONS} onChange={(next) => update({model: next})}>
      <p className={styles.hint}>
        {formatInteger(totalParams)} parameters ({formatBillions(totalParams)})
      </p>
    </SelectField>
  );
});

interface CustomSizeFieldProps {
  paramsBillions: number;
  hidden: number;
  layers: number;
  intermediate: number;
  update: Update;
}

const CustomSizeField = memo(function CustomSizeField({paramsBillions, hidden, layers, intermediate, update}: CustomSizeFieldProps) {
  return (
    <SliderField
      label="Parameters (billions)"
      position={sliderFromParams(paramsBillions)}
      positionMin={0}
      positionMax={PARAMS_SLIDER_STEPS}
      onSlide={(position) => update({paramsBillions: paramsFromSlider(position)})}
      // A typed size (7.3) sits between two slider steps: say the size itself, not the nearest step's.
      valueText={(position) => `${position === sliderFromParams(paramsBillions) ? paramsBillions : paramsFromSlider(position)} billion parameters`}
      number={{
        value: paramsBillions,
        min: NUMERIC_LIMITS.paramsBillions.min,
        max: NUMERIC_LIMITS.paramsBillions.max,
        step: 'any',
        integer: false,
        onCommit: (next) => update({paramsBillions: next}),
      }}>
      <p className={styles.hint}>
        Rule: head dimension {customArchitectureRule.headDim}, layers = hidden ÷ {customArchitectureRule.hiddenPerLayer}, MLP{' '}
        {customArchitectureRule.intermediatePerHidden} × hidden, up to {customArchitectureRule.maxKvHeads} key/value heads,{' '}
        {formatInteger(customArchitectureRule.vocab)}-token vocabulary; the multiple of 128 closest to the size you ask for.
        Here: hidden {formatInteger(hidden)}, {layers} layers, MLP {formatInteger(intermediate)}.
      </p>
    </SliderField>
  );
});

const RankField = memo(function RankField({rank, update}: {rank: number; update: Update}) {
  const rankListId = useId();
  return (
    <WholeNumberSliderField
      label="LoRA rank"
      value={rank}
      limits={NUMERIC_LIMITS.rank}
      onValue={(next) => update({rank: next})}
      valueText={rankText}
      listId={rankListId}
      marks={
        <>
          <datalist id={rankListId}>
            {RANK_MARKS.map((r) => (
              <option key={r} value={r} />
            ))}
          </datalist>
          <div className={fieldStyles.marks} aria-hidden="true">
            {RANK_MARKS.map((r) => (
              <span
                key={r}
                className={clsx(fieldStyles.mark, r === rank && fieldStyles.markCurrent)}
                style={{left: `${((r - NUMERIC_LIMITS.rank.min) / (NUMERIC_LIMITS.rank.max - NUMERIC_LIMITS.rank.min)) * 100}%`}}>
                {r >= 32 || r === 1 ? r : ''}
              </span>
            ))}
          </div>
        </>
      }>
      <p className={styles.hint}>
        Powers of two are marked{isPowerOfTwo(rank) ? `; ${rank} is one` : ''}. Jump to:{' '}
        {RANK_MARKS.map((r) => (
          <button
            key={r}
            type="button"
            className={clsx(fieldStyles.chip, r === rank && fieldStyles.chipOn)}
            aria-pressed={r === rank}
            aria-label={`Rank ${r}`}
            onClick={() => update({rank: r})}>
            {r}
          </button>
        ))}
      </p>
    </WholeNumberSliderField>
  );
});

interface AlphaFieldProps {
  alpha: number;
  rank: number;
  alphaScaling: number;
  update: Update;
}

const AlphaField = memo(function AlphaField({alpha, rank, alphaScaling, update}: AlphaFieldProps) {
  return (
    <WholeNumberSliderField
      label="LoRA alpha"
      value={alpha}
      limits={NUMERIC_LIMITS.alpha}
      onValue={(next) => update({alpha: next})}
      valueText={alphaText}>
      <p className={styles.hint}>
        The adapter’s output is scaled by α/r = {alpha}/{rank} ={' '}
        {formatFixed(alphaScaling, Number.isInteger(alphaScaling) ? 0 : 3)}. Alpha changes no memory figure.{' '}
        {2 * rank <= NUMERIC_LIMITS.alpha.max && <AlphaTwiceRankButton alpha={alpha} rank={rank} update={update} />}
      </p>
    </WholeNumberSliderField>
  );
});

/**
 * Sets α = 2 × rank. Once it holds, the button stays (marked unavailable) instead of going: a button that vanished when
 * pressed would drop the keyboard focus to the page.
 */
function AlphaTwiceRankButton({alpha, rank, update}: {alpha: number; rank: number; update: Update}): React.JSX.Element {
  const holds = alpha === 2 * rank;
  return (
    <button
      type="button"
      className={clsx(fieldStyles.chip, holds && fieldStyles.chipDone)}
      aria-disabled={holds}
      onClick={() => {
        if (!holds) update({alpha: 2 * rank});
      }}>
      {holds ? `α = 2 × rank (${2 * rank})` : `Set α = 2 × rank (${2 * rank})`}
    </button>
  );
}

interface TargetsFieldProps {
  targets: readonly TargetModule[];
  fused: boolean;
  modelName: string;
  adapted: string;
  update: Update;
}

// Every edit parses into a new targets array: compared by content, a slider step leaves the seven checkboxes alone.
const sameTargetsFieldProps = (before: TargetsFieldProps, after: TargetsFieldProps) =>
  sameTargets(before.targets, after.targets) &&
  before.fused === after.fused &&
  before.modelName === after.modelName &&
  before.adapted === after.adapted &&
  before.update === after.update;

const TargetsField = memo(function TargetsField({targets, fused, modelName, adapted, update}: TargetsFieldProps) {
  const toggleTarget = (target: TargetModule, on: boolean) => {
    const next = on ? [...targets, target] : targets.filter((t) => t !== target);
    // At least one module stays adapted: the last box cannot be cleared.
    if (next.length > 0) update({targets: TARGET_MODULES.filter((t) => next.includes(t))});
  };
  return (
    <fieldset className={clsx(fieldStyles.field, fieldStyles.targets)}>
      <legend className={fieldStyles.fieldLabel}>Target modules</legend>
      <div className={fieldStyles.checkboxGrid}>
        {TARGET_MODULES.map((t) => (
          <label key={t} className={fieldStyles.checkboxRow}>
            <input type="checkbox" checked={targets.includes(t)} onChange={(e) => toggleTarget(t, e.target.checked)} />
            {t} <span className={fieldStyles.moduleName}>({MODULE_NAMES[t]})</span>
          </label>
        ))}
      </div>
      <p className={styles.hint}>
        Shortcuts:{' '}
        {TARGET_SHORTCUTS.map((shortcut) => (
          <button
            key={shortcut.label}
            type="button"
            className={clsx(fieldStyles.chip, sameTargets(targets, shortcut.targets) && fieldStyles.chipOn)}
            aria-pressed={sameTargets(targets, shortcut.targets)}
            onClick={() => update({targets: [...shortcut.targets]})}>
            {shortcut.label}
          </button>
        ))}
      </p>
      {fused && (
        <p className={fieldStyles.note}>
          {modelName} fuses q, k, v into one <code>qkv_proj</code> and gate, up into one <code>gate_up_proj</code>: ticking any of q,
          k, v adapts the whole <code>qkv_proj</code> once, and gate or up adapts <code>gate_up_proj</code> once. Adapted here:{' '}
          {adapted}.
        </p>
      )}
    </fieldset>
  );
}, sameTargetsFieldProps);
