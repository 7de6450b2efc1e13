/**
 * LoRA memory calculator: trainable parameters and GPU memory for full
 * fine-tuning, LoRA and QLoRA. All figures come from the pure engine
 * (calculate.ts); this component wires controls and the query string to it.
 */
import React, {memo, useDeferredValue, useId, useMemo} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import {CUSTOM_MODEL_ID, customArchitectureRule, modelPresets} from '@site/src/data/models';
import {gpus} from '@site/src/data/gpus';
import {seedArithmeticText, seedFigureText} from '@site/src/data/seedMemoryClaims';
import {calculate, resultTexts, type CalculatorResult, type MethodResult} from './calculate';
import {METHOD_LABELS, METHODS, NUMERIC_LIMITS, type CalculatorInputs, type Method} from './inputs';
import {TARGET_MODULES, TARGET_SHORTCUTS, type TargetModule} from './loraMath';
import {barLayout} from './barLayout';
import {serializeQuery} from './queryState';
import {formatBillions, formatFixed, formatGB, formatInteger} from './format';
import {
  isPowerOfTwo,
  paramsFromSlider,
  PARAMS_SLIDER_STEPS,
  RANK_MARKS,
  SEQ_LENGTH_STOPS,
  seqStopIndex,
  sliderFromParams,
} from './sliderScales';
import {useCalculatorQueryState} from './useCalculatorQueryState';
import {CheckboxField, SelectField, SliderField, WholeNumberSliderField} from './Fields';
import MemoryBars from './MemoryBars';
import MathPanel from './MathPanel';
import EstimateNote from './EstimateNote';
import FrameworkFields from './FrameworkFields';
import styles from './styles.module.css';

export interface LoraMemoryCalculatorProps {
  /** Fewer controls and no tables, for T1.3; links to the full calculator. */
  compact?: boolean;
  /** The formulas, typeset at build time (docs/_lora-memory-math.mdx), shown in "Show the math". */
  children?: React.ReactNode;
}

/** Where the full calculator lives, for the compact one's link. */
const FULL_CALCULATOR_PATH = '/t1/lora-qlora';
const FULL_CALCULATOR_ANCHOR = 'lora-memory-calculator';

const MODEL_OPTIONS = [
  ...modelPresets.map((m) => ({value: m.id, label: m.name})),
  {value: CUSTOM_MODEL_ID, label: 'Custom size…'},
];
const GPU_OPTIONS = gpus.map((g) => ({value: g.id, label: `${g.name} (${g.memoryGB} GB)`}));
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
const microBatchText = (microBatch: number) => `${microBatch} per step`;

function sameTargets(a: readonly TargetModule[], b: readonly TargetModule[]): boolean {
  return a.length === b.length && a.every((t) => b.includes(t));
}

export default function LoraMemoryCalculator({compact = false, children}: LoraMemoryCalculatorProps): React.JSX.Element {
  const {inputs, messages, update, dismissMessages} = useCalculatorQueryState();
  const result = useMemo(() => calculate(inputs), [inputs]);
  // A slider step re-renders only the controls at once; the results (cards, bars, tables, the math) follow
  // in a deferred, interruptible render, so dragging stays responsive.
  const shownResult = useDeferredValue(result);
  const rankListId = useId();

  return (
    <section className={clsx(styles.calculator, compact && styles.compact)} aria-label="LoRA memory calculator">
      {messages.length > 0 && (
        <div className={clsx('alert alert--warning', styles.messages)} role="status">
          <p>Some settings in this link were corrected:</p>
          <ul>
            {messages.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
          <button type="button" className="button button--sm button--secondary" onClick={dismissMessages}>
            Use the corrected values
          </button>
        </div>
      )}

      <Controls inputs={inputs} result={result} update={update} compact={compact} rankListId={rankListId} />

      <Results result={shownResult} compact={compact} formulas={children} />
    </section>
  );
}

interface ResultsProps {
  result: CalculatorResult;
  compact: boolean;
  formulas: React.ReactNode;
}

/** Everything computed from the settings; memoised so that it renders only when the (deferred) result changes. */
const Results = memo(function Results({result, compact, formulas}: ResultsProps): React.JSX.Element {
  const {inputs} = result;
  const texts = resultTexts(result);
  const layout = barLayout(result);
  const recommended = inputs.recommendedMethod;
  return (
    <>
      <div className={styles.results}>
        <EstimateNote compact={compact} />
        <div className={styles.adapterOutputs}>
          <NamedOutput label="Trainable parameters" value={texts.trainableParameters} />
          <NamedOutput label="Trainable %" value={texts.trainablePercent} />
          <NamedOutput label="Adapter size" value={texts.adapterSize} note={`saved in ${inputs.precision}`} />
        </div>
        <div className={styles.methodCards}>
          {METHODS.map((method) => (
            <MethodCard
              key={method}
              method={method}
              estimate={result.methods[method]}
              total={texts.totals[method]}
              result={result}
              recommended={recommended === method}
            />
          ))}
        </div>
        <MemoryBars layout={layout} gpu={result.gpu} recommended={recommended} />
      </div>

      {compact ? (
        <p className={styles.fullLink}>
          <Link to={`${FULL_CALCULATOR_PATH}?${serializeQuery(inputs)}#${FULL_CALCULATOR_ANCHOR}`}>
            Open the full calculator with these settings
          </Link>{' '}
          (alpha, precision, optimizer, sequence length, micro-batch, checkpointing, the math and every GPU).
        </p>
      ) : (
        <>
          <SeedArithmetic result={result} />
          <PartsTable result={result} />
          <GpuTable result={result} />
          <MathPanel result={result} formulas={formulas} />
        </>
      )}
    </>
  );
});

function NamedOutput({label, value, note}: {label: string; value: string; note?: string}): React.JSX.Element {
  const id = useId();
  return (
    <div className={styles.namedOutput}>
      <label htmlFor={id}>{label}</label>
      <output id={id}>{value}</output>
      {note && <span className={styles.hint}>{note}</span>}
    </div>
  );
}

interface ControlsProps {
  inputs: CalculatorInputs;
  result: CalculatorResult;
  update: (change: Partial<CalculatorInputs>) => void;
  compact: boolean;
  rankListId: string;
}

type Update = ControlsProps['update'];

/**
 * The settings. Each field is memoised on the values it shows, so a slider step
 * re-renders that slider (and the few fields that depend on it), not the whole form.
 */
const Controls = memo(function Controls({inputs, result, update, compact, rankListId}: ControlsProps): React.JSX.Element {
  const isCustom = inputs.model === CUSTOM_MODEL_ID;
  return (
    <div className={styles.controls}>
      <ModelField model={inputs.model} totalParams={result.base.total} update={update} />

      {isCustom && (
        <CustomSizeField
          paramsBillions={inputs.paramsBillions}
          hidden={result.architecture.hidden}
          layers={result.architecture.layers}
          intermediate={result.architecture.intermediate}
          update={update}
        />
      )}

      <RankField rank={inputs.rank} rankListId={rankListId} update={update} />

      {!compact && <AlphaField alpha={inputs.alpha} rank={inputs.rank} alphaScaling={result.alphaScaling} update={update} />}

      <TargetsField
        targets={inputs.targets}
        fused={result.architecture.fusedProjections}
        modelName={result.modelName}
        adapted={result.lora.modules.map((m) => m.name).join(', ')}
        update={update}
      />

      {!compact && (
        <>
          <PrecisionField precision={inputs.precision} update={update} />
          <OptimizerField optimizer={inputs.optimizer} update={update} />
          <SeqLengthField seqLength={inputs.seqLength} update={update} />
          <MicroBatchField microBatch={inputs.microBatch} update={update} />
          <ToggleField toggle="gradientCheckpointing" on={inputs.gradientCheckpointing} update={update} />
          <ToggleField toggle="doubleQuant" on={inputs.doubleQuant} update={update} />
          <FrameworkFields inputs={inputs} update={update} />
        </>
      )}

      <GpuField gpu={inputs.gpu} update={update} />
    </div>
  );
});

const ModelField = memo(function ModelField({model, totalParams, update}: {model: string; totalParams: number; update: Update}) {
  return (
    <SelectField label="Model" value={model} options={MODEL_OPTIONS} onChange={(next) => update({model: next})}>
      <p className={styles.hint}>
        {formatInteger(totalParams)} parameters ({formatBillions(totalParams)})
      </p>
    </SelectField>
  );
});

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

const GpuField = memo(function GpuField({gpu, update}: {gpu: string; update: Update}) {
  return <SelectField label="GPU" value={gpu} options={GPU_OPTIONS} onChange={(next) => update({gpu: next})} />;
});

const CustomSizeField = memo(function CustomSizeField({
  paramsBillions,
  hidden,
  layers,
  intermediate,
  update,
}: {
  paramsBillions: number;
  hidden: number;
  layers: number;
  intermediate: number;
  update: Update;
}) {
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

const RankField = memo(function RankField({rank, rankListId, update}: {rank: number; rankListId: string; update: Update}) {
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
          <div className={styles.marks} aria-hidden="true">
            {RANK_MARKS.map((r) => (
              <span
                key={r}
                className={clsx(styles.mark, r === rank && styles.markCurrent)}
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
            className={clsx(styles.chip, r === rank && styles.chipOn)}
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

const AlphaField = memo(function AlphaField({
  alpha,
  rank,
  alphaScaling,
  update,
}: {
  alpha: number;
  rank: number;
  alphaScaling: number;
  update: Update;
}) {
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
        {alpha !== 2 * rank && 2 * rank <= NUMERIC_LIMITS.alpha.max && (
          <button type="button" className={styles.chip} onClick={() => update({alpha: 2 * rank})}>
            Set α = 2 × rank ({2 * rank})
          </button>
        )}
      </p>
    </WholeNumberSliderField>
  );
});

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
    <fieldset className={clsx(styles.field, styles.targets)}>
      <legend className={styles.fieldLabel}>Target modules</legend>
      <div className={styles.checkboxGrid}>
        {TARGET_MODULES.map((t) => (
          <label key={t} className={styles.checkboxRow}>
            <input type="checkbox" checked={targets.includes(t)} onChange={(e) => toggleTarget(t, e.target.checked)} />
            {t} <span className={styles.moduleName}>({MODULE_NAMES[t]})</span>
          </label>
        ))}
      </div>
      <p className={styles.hint}>
        Shortcuts:{' '}
        {TARGET_SHORTCUTS.map((shortcut) => (
          <button
            key={shortcut.label}
            type="button"
            className={clsx(styles.chip, sameTargets(targets, shortcut.targets) && styles.chipOn)}
            aria-pressed={sameTargets(targets, shortcut.targets)}
            onClick={() => update({targets: [...shortcut.targets]})}>
            {shortcut.label}
          </button>
        ))}
      </p>
      {fused && (
        <p className={styles.note}>
          {modelName} fuses q, k, v into one <code>qkv_proj</code> and gate, up into one <code>gate_up_proj</code>: ticking any of q,
          k, v adapts the whole <code>qkv_proj</code> once, and gate or up adapts <code>gate_up_proj</code> once. Adapted here:{' '}
          {adapted}.
        </p>
      )}
    </fieldset>
  );
}, sameTargetsFieldProps);

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

function cardsText(cards: number | null, gpuName: string): string {
  if (cards === null) return `does not fit on any number of ${gpuName} cards: activations, logits and overhead alone exceed one card`;
  if (cards === 1) return `fits on one ${gpuName}`;
  return `needs ${formatInteger(cards)} × ${gpuName}`;
}

interface MethodCardProps {
  method: Method;
  estimate: MethodResult;
  total: string;
  result: CalculatorResult;
  recommended: boolean;
}

function MethodCard({method, estimate, total, result, recommended}: MethodCardProps): React.JSX.Element {
  const addedBytes = estimate.totalBytes - estimate.weightsOnlyBytes;
  const fits = estimate.cardsOfSelectedGpu === 1;
  return (
    <div className={clsx(styles.methodCard, recommended && styles.recommendedCard)} data-method={method}>
      {recommended && <p className={styles.badge}>Recommended</p>}
      <NamedOutput label={`${METHOD_LABELS[method]} total memory`} value={total} />
      <p className={styles.cardLine}>
        Weights only: {formatGB(estimate.weightsOnlyBytes)}
        {estimate.seedFigure && (
          <>
            {' '}
            (the module says {seedFigureText(estimate.seedFigure)} for a {estimate.seedFigure.modelBillions}B model)
          </>
        )}
      </p>
      <p className={styles.cardLine}>Training adds {formatGB(addedBytes)}: gradients, optimizer states, activations, kept inputs, buffers, logits, allocator reserve, CUDA context.</p>
      <p className={clsx(styles.cardLine, fits ? styles.fits : styles.doesNotFit)}>
        <span aria-hidden="true">{fits ? '✓ ' : '✗ '}</span>
        {cardsText(estimate.cardsOfSelectedGpu, result.gpu.name)}
      </p>
    </div>
  );
}

function SeedArithmetic({result}: {result: CalculatorResult}): React.JSX.Element | null {
  if (result.seedModelSize !== 70) return null;
  return (
    <div className={styles.seedBlock}>
      <h3>The module’s 70B arithmetic (T1.4), weights only, beside this estimate</h3>
      <ul>
        {METHODS.map((method) => {
          const m = result.methods[method];
          if (!m.seedArithmetic) return null;
          return (
            <li key={method}>
              <q>{seedArithmeticText(m.seedArithmetic)}</q>
              <br />
              This calculator for {result.modelName}: weights only {formatGB(m.weightsOnlyBytes)}; with training{' '}
              {formatGB(m.totalBytes)}, which {m.seedArithmeticCards.map((c) => cardsText(c.cards, c.gpu.name)).join(' and ')}.
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function PartsTable({result}: {result: CalculatorResult}): React.JSX.Element {
  const parts = result.methods.full.parts;
  return (
    <div className={styles.tableScroll} tabIndex={0} role="region" aria-label="Memory by part (scrolls sideways)">
      <table className={styles.table}>
        <caption>
          Memory by part, in GB (10<sup>9</sup> bytes), for {result.modelName}
        </caption>
        <thead>
          <tr>
            <th scope="col">Part</th>
            {METHODS.map((m) => (
              <th key={m} scope="col">
                {METHOD_LABELS[m]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {parts.map((part, i) => (
            <tr key={part.id}>
              <th scope="row">{part.label}</th>
              {METHODS.map((m) => (
                <td key={m}>
                  {m === 'full' && part.id === 'adapterWeights' ? 'in base weights' : formatGB(result.methods[m].parts[i].bytes)}
                </td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">Weights only (what the module counts)</th>
            {METHODS.map((m) => (
              <td key={m}>{formatGB(result.methods[m].weightsOnlyBytes)}</td>
            ))}
          </tr>
          <tr className={styles.totalRow}>
            <th scope="row">Total</th>
            {METHODS.map((m) => (
              <td key={m}>{formatGB(result.methods[m].totalBytes)}</td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}

function GpuTable({result}: {result: CalculatorResult}): React.JSX.Element {
  return (
    <div className={styles.tableScroll} tabIndex={0} role="region" aria-label="GPUs that hold the estimate (scrolls sideways)">
      <table className={styles.table}>
        <caption>Which GPUs hold the whole estimate on one card</caption>
        <thead>
          <tr>
            <th scope="col">GPU</th>
            <th scope="col">Memory</th>
            {METHODS.map((m) => (
              <th key={m} scope="col">
                {METHOD_LABELS[m]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {result.gpuFits.map(({gpu, fitsOnOneCard}) => (
            <tr key={gpu.id} className={clsx(gpu.id === result.gpu.id && styles.selectedRow)}>
              <th scope="row">
                {gpu.name}
                {gpu.id === result.gpu.id ? ' (selected)' : ''}
              </th>
              <td>{gpu.memoryGB} GB</td>
              {METHODS.map((m) => (
                <td key={m} className={fitsOnOneCard[m] ? styles.fits : styles.doesNotFit}>
                  {fitsOnOneCard[m] ? '✓ fits' : '✗ no'}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
