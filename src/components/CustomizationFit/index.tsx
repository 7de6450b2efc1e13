import React, {memo, useCallback, useDeferredValue, useId, useMemo, useState} from 'react';
import clsx from 'clsx';
import {
  costText,
  customizationMethods,
  dataNeededText,
  effortLevels,
  effortReading,
  problemsToday,
  type CustomizationMethod,
} from '@site/src/data/customizationMethods';
import {azureFineTunableModels} from '@site/src/data/azureFineTuning';
import {
  DEFAULT_SITUATION,
  EXAMPLES_SLIDER_MAX,
  EXAMPLES_SLIDER_VALUES,
  FIELD_LIMITS,
  examplesFromSlider,
  fitTable,
  formatCount,
  formatShortCount,
  formatUsd,
  isRightTool,
  mergeSituationIntoSearch,
  minExamplesNeeded,
  parseSituationQuery,
  quoteInput,
  readAmount,
  sliderFromExamples,
  trainingTokens,
  type FitRow,
  type FitTable as FitTableResult,
  type ModelCostEstimate,
  type NumericField,
  type Situation,
  type Verdict,
} from './fitVerdicts';
import RangeInput from '@site/src/components/RangeInput';
import {readUrlQuery, useDebouncedUrlWrite, useEditUntilNavigation, useNavigatedQuery} from '@site/src/utils/urlQuery';
import styles from './styles.module.css';

// ---------------------------------------------------------------------------
// The situation in the query string: read after mount, written with replaceState.

/** The query for a situation, merged into what the URL holds now (parameters of other widgets stay). */
const situationQuery = (situation: Situation) => mergeSituationIntoSearch(readUrlQuery(), situation);

function useSituationInUrl() {
  // Null on the server and during hydration: both render the defaults.
  const search = useNavigatedQuery();
  const fromUrl = useMemo(() => (search === null ? {situation: DEFAULT_SITUATION, messages: []} : parseSituationQuery(search)), [search]);

  const [edit, setEdit] = useEditUntilNavigation(fromUrl.situation);
  const latest = edit ?? fromUrl.situation;
  // The same object while the values are the same (a box committed unchanged, Back to the same values), so memoised parts skip.
  const {examples, budgetUsd, days, problem, tokensPerExample, epochs} = latest;
  const situation = useMemo(
    () => ({examples, budgetUsd, days, problem, tokensPerExample, epochs}),
    [examples, budgetUsd, days, problem, tokensPerExample, epochs],
  );

  // Debounced: a dragged slider must not flood the history (browsers throttle and warn).
  useDebouncedUrlWrite(edit, situationQuery);

  // Stable while the reader stays on the page, so the inputs that did not change need not re-render.
  const update = useCallback((change: Partial<Situation>) => setEdit((current) => ({...current, ...change})), [setEdit]);

  return {situation, messages: edit === null ? fromUrl.messages : [], update};
}

// ---------------------------------------------------------------------------
// Inputs

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
const AmountField = memo(function AmountField({field, label, hint, value, onValue, prefix, inputId, after}: AmountFieldProps): React.JSX.Element {
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

const ExamplesInput = memo(function ExamplesInput({value, onValue}: {value: number; onValue: (value: number) => void}): React.JSX.Element {
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

// ---------------------------------------------------------------------------
// The recomputed table

const VERDICT_STYLE: Record<Verdict, {className: string; icon: string}> = {
  Fits: {className: styles.fits, icon: '✓'},
  'Wrong tool': {className: styles.wrongTool, icon: '✕'},
  'Not enough data': {className: styles.short, icon: '!'},
  'Over budget': {className: styles.short, icon: '!'},
  'Takes too long': {className: styles.short, icon: '!'},
};

const MARKER_TEXT = {'start-here': 'Start here', 'next-step': 'Next step if prompts are not enough'} as const;

function OwnCostCell({estimates}: {estimates: ModelCostEstimate[] | null}): React.JSX.Element {
  if (estimates === null) {
    return (
      <>
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">Not computed: not a managed fine-tuning job</span>
      </>
    );
  }
  return (
    <ul className={styles.costList}>
      {estimates.map((estimate) => (
        <li key={estimate.modelName}>
          {estimate.modelName}:{' '}
          {estimate.usd === null ? (
            <>{estimate.priceText}, no per-token price in the module</>
          ) : (
            <>
              <strong>{formatUsd(estimate.usd)}</strong>
              {estimate.overBudget && <span className={styles.overBudget}> (over your budget)</span>}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

function FitTableRow({row, firstMiss}: {row: FitRow; firstMiss: boolean}): React.JSX.Element {
  const {method, verdict, reason, marker, ownCost} = row;
  const effort = effortReading(method.effort);
  const style = VERDICT_STYLE[verdict];
  return (
    <tr role="row" data-method={method.id} data-verdict={verdict} className={clsx(firstMiss && styles.firstMiss, marker && styles.marked)}>
      <th role="rowheader" scope="row" className={styles.methodCell}>
        <span className={styles.methodName}>{method.name}</span>
        {marker && <span className={clsx(styles.marker, marker === 'start-here' && styles.startHere)}>{MARKER_TEXT[marker]}</span>}
      </th>
      <td role="cell" data-label="Verdict" className={styles.verdictCell}>
        <span className={clsx(styles.verdict, style.className)}>
          <span aria-hidden="true">{style.icon} </span>
          {verdict}
        </span>
        <span className={styles.reason}>{reason}</span>
      </td>
      <td role="cell" data-label="Effort">
        {method.effort}
        <span className={styles.subtle}> ({effort.minDays === 0 ? 'under a day' : `from ${effort.minDays} days`})</span>
      </td>
      <td role="cell" data-label="Data needed">
        {dataNeededText(method.data)}
      </td>
      <td role="cell" data-label="Cost (T1.1)">
        {costText(method.cost)}
      </td>
      <td role="cell" data-label="Your training cost" className={styles.ownCostCell}>
        <OwnCostCell estimates={ownCost} />
      </td>
    </tr>
  );
}

function Summary({table}: {table: FitTableResult}): React.JSX.Element {
  const {rows, startHere, nextStep, closestMiss} = table;
  const fitting = rows.filter((r) => r.verdict === 'Fits').length;
  return (
    <div className={styles.summary} aria-live="polite" aria-atomic="true">
      <p>
        <strong>Start here:</strong> {startHere?.method.name ?? 'nothing fits'}.{' '}
        {nextStep ? (
          <>
            <strong>Next step if prompts are not enough:</strong> {nextStep.method.name}.
          </>
        ) : (
          <>Nothing beyond prompts fits yet.</>
        )}{' '}
        {fitting} of {rows.length} methods fit.
      </p>
      {!nextStep && closestMiss && (
        <p>
          Closest beyond prompts: <strong>{closestMiss.method.name}</strong>, {closestMiss.verdict.toLowerCase()}. {closestMiss.reason}
        </p>
      )}
    </div>
  );
}

// ---------------------------------------------------------------------------
// How the verdicts are decided, from the same data

function methodNames(methods: readonly CustomizationMethod[]): string {
  return methods.map((m) => m.name).join(', ') || 'none';
}

const HowItDecides = memo(function HowItDecides({tokensPerExample}: {tokensPerExample: number}): React.JSX.Element {
  const azureMinimum = Math.min(...azureFineTunableModels.filter((m) => m.method === 'Full FT').map((m) => m.minExamples));
  return (
    <details className={styles.details}>
      <summary>How the verdicts are decided</summary>
      <p>
        Each method gets one verdict, the first that applies in this order: <strong>Wrong tool</strong> (it does not address what is
        wrong today), <strong>Not enough data</strong> (fewer examples than the low end of “Data Needed”), <strong>Over budget</strong>{' '}
        (budget below the low end of “Cost”), <strong>Takes too long</strong> (fewer days than the low end of “Effort”); otherwise it{' '}
        <strong>Fits</strong>. A method that needs no labelled examples (RAG, system instructions) or whose cost the module gives no dollar
        figure for (“Minimal”, “Medium”) is never ruled out on that count.
      </p>
      <p>
        Prompt engineering is free, instant and right for every problem, so it always fits and is always “Start here”: the module’s first
        rule. The row marked “Next step” is the first method beyond prompts that fits you, from least to most effort.
      </p>
      <div className={styles.assumptionTables}>
        <table>
          <caption>Effort words as days</caption>
          <thead>
            <tr>
              <th scope="col">Effort</th>
              <th scope="col">At least</th>
              <th scope="col">Read as</th>
            </tr>
          </thead>
          <tbody>
            {effortLevels.map((e) => (
              <tr key={e.level}>
                <th scope="row">{e.level}</th>
                <td>{e.minDays === 0 ? '0 days' : `${e.minDays} days`}</td>
                <td>{e.reading}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table>
          <caption>Data needed as examples, at {formatCount(tokensPerExample)} tokens per example</caption>
          <thead>
            <tr>
              <th scope="col">Method</th>
              <th scope="col">Data Needed</th>
              <th scope="col">At least</th>
            </tr>
          </thead>
          <tbody>
            {customizationMethods.map((m) => (
              <tr key={m.id}>
                <th scope="row">{m.name}</th>
                <td>{dataNeededText(m.data)}</td>
                <td>
                  {m.data.kind === 'not-examples'
                    ? 'no labelled examples'
                    : m.data.kind === 'tokens'
                      ? `${formatCount(minExamplesNeeded(m, tokensPerExample))} examples (${formatCount(m.data.minTokens)} tokens)`
                      : `${formatCount(minExamplesNeeded(m, tokensPerExample))} examples`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <table>
          <caption>What is wrong today, and the methods that can address it</caption>
          <thead>
            <tr>
              <th scope="col">Problem</th>
              <th scope="col">From the module</th>
              <th scope="col">Candidates</th>
              <th scope="col">Wrong tool</th>
            </tr>
          </thead>
          <tbody>
            {problemsToday.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.label}</th>
                <td>
                  <ul className={styles.plainList}>
                    {p.seedRows.map((seedRow) => (
                      <li key={seedRow}>{seedRow}</li>
                    ))}
                  </ul>
                </td>
                <td>{methodNames(customizationMethods.filter((m) => isRightTool(m, p.id)))}</td>
                <td>{methodNames(customizationMethods.filter((m) => !isRightTool(m, p.id)))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        The verdicts follow T1.1’s ranges. Azure’s managed GPT-4o models accept as few as {azureMinimum} examples (T1.9), so a managed job can
        start below T1.1’s range for full fine-tuning; the cost column shows what it would cost.
      </p>
    </details>
  );
});

// ---------------------------------------------------------------------------

/**
 * T1.1's customization spectrum, recomputed for the reader: their labelled
 * examples, budget, days and what is wrong today give each method one
 * verdict with its reason. State lives in the query string
 * (?examples=&budget=&days=&goal=), so a link reproduces the table.
 */
const BUDGET_HINT = `0 to ${formatUsd(FIELD_LIMITS.budgetUsd.max)}.`;
const DAYS_HINT = `0 (less than a day) to ${formatCount(FIELD_LIMITS.days.max)}.`;
const TOKENS_HINT = (
  <>
    Default {formatCount(DEFAULT_SITUATION.tokensPerExample)}: a short chat example (system, user and assistant message, as in
    T1.6). Also turns “Millions of tokens” into examples.
  </>
);
const EPOCHS_HINT = <>Default {DEFAULT_SITUATION.epochs}: the top of T1.4’s advice, so the estimate errs high.</>;

const GoalPicker = memo(function GoalPicker({
  name,
  problem,
  update,
}: {
  name: string;
  problem: Situation['problem'];
  update: (change: Partial<Situation>) => void;
}): React.JSX.Element {
  return (
    <fieldset className={styles.goals}>
      <legend className={styles.label}>What is wrong today?</legend>
      {problemsToday.map((p) => (
        <label key={p.id} className={styles.goal}>
          <input type="radio" name={name} value={p.id} checked={problem === p.id} onChange={() => update({problem: p.id})} />{' '}
          {p.label}
        </label>
      ))}
    </fieldset>
  );
});

/**
 * Everything computed from the situation. Memoised, and fed the deferred situation: a slider step
 * re-renders the inputs at once and this in a later, interruptible render.
 */
const Results = memo(function Results({situation}: {situation: Situation}): React.JSX.Element {
  const table = useMemo(() => fitTable(situation), [situation]);
  const firstMissIndex = table.rows.findIndex((r) => r.verdict !== 'Fits');
  const problemLabel = problemsToday.find((p) => p.id === situation.problem)?.label ?? '';
  const tokens = trainingTokens(situation);
  return (
    <>
      <Summary table={table} />

      <p className={styles.tokens}>
        Your training run: {formatCount(situation.examples)} examples × {formatCount(situation.tokensPerExample)} tokens ×{' '}
        {situation.epochs} {situation.epochs === 1 ? 'epoch' : 'epochs'} = <strong>{formatShortCount(tokens)} training tokens</strong>, priced
        at T1.9’s managed fine-tuning rates in the last column.
      </p>

      <div className={styles.tableBox}>
        <table role="table" className={styles.fitTable}>
          <caption className={styles.caption}>
            Verdicts for {formatCount(situation.examples)} examples, {formatUsd(situation.budgetUsd)}, {formatCount(situation.days)}{' '}
            {situation.days === 1 ? 'day' : 'days'}; problem: {problemLabel.toLowerCase()}
          </caption>
          <thead role="rowgroup">
            <tr role="row">
              <th role="columnheader" scope="col">
                Method
              </th>
              <th role="columnheader" scope="col">
                Verdict
              </th>
              <th role="columnheader" scope="col">
                Effort
              </th>
              <th role="columnheader" scope="col">
                Data needed
              </th>
              <th role="columnheader" scope="col">
                Cost (T1.1)
              </th>
              <th role="columnheader" scope="col">
                Your training cost
              </th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            {table.rows.map((row, index) => (
              <FitTableRow key={row.method.id} row={row} firstMiss={index === firstMissIndex && index > 0} />
            ))}
          </tbody>
        </table>
      </div>

      <HowItDecides tokensPerExample={situation.tokensPerExample} />
    </>
  );
});

/**
 * T1.1's customization spectrum, recomputed for the reader: their labelled
 * examples, budget, days and what is wrong today give each method one
 * verdict with its reason. State lives in the query string
 * (?examples=&budget=&days=&goal=), so a link reproduces the table.
 */
export default function CustomizationFit(): React.JSX.Element {
  const {situation, messages, update} = useSituationInUrl();
  const shownSituation = useDeferredValue(situation);
  const ids = useId();
  const on = useMemo(
    () => ({
      examples: (examples: number) => update({examples}),
      budgetUsd: (budgetUsd: number) => update({budgetUsd}),
      days: (days: number) => update({days}),
      tokensPerExample: (tokensPerExample: number) => update({tokensPerExample}),
      epochs: (epochs: number) => update({epochs}),
    }),
    [update],
  );

  return (
    <div className={styles.widget}>
      <noscript>
        <p className={styles.noScript}>
          Changing the inputs needs JavaScript. The table below shows the verdicts for the default situation: {formatCount(DEFAULT_SITUATION.examples)}{' '}
          examples, {formatUsd(DEFAULT_SITUATION.budgetUsd)}, {DEFAULT_SITUATION.days} days.
        </p>
      </noscript>

      {messages.length > 0 && (
        <div role="alert" className={clsx('alert alert--warning', styles.messages)}>
          <p>Some of this link’s values could not be used as given:</p>
          <ul>
            {messages.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </div>
      )}

      <form className={styles.form} aria-labelledby={`${ids}-title`} onSubmit={(event) => event.preventDefault()}>
        <p id={`${ids}-title`} className={styles.kicker}>
          Your situation
        </p>
        <ExamplesInput value={situation.examples} onValue={on.examples} />
        <div className={styles.pair}>
          <AmountField field="budgetUsd" label="Budget (US dollars)" prefix="$" hint={BUDGET_HINT} value={situation.budgetUsd} onValue={on.budgetUsd} />
          <AmountField field="days" label="Time available (days)" hint={DAYS_HINT} value={situation.days} onValue={on.days} />
        </div>
        <GoalPicker name={`${ids}-goal`} problem={situation.problem} update={update} />
        <fieldset className={styles.assumptions}>
          <legend className={styles.label}>Cost assumptions</legend>
          <div className={styles.pair}>
            <AmountField
              field="tokensPerExample"
              label="Average tokens per example"
              hint={TOKENS_HINT}
              value={situation.tokensPerExample}
              onValue={on.tokensPerExample}
            />
            <AmountField field="epochs" label="Epochs" hint={EPOCHS_HINT} value={situation.epochs} onValue={on.epochs} />
          </div>
        </fieldset>
      </form>

      <Results situation={shownSituation} />
    </div>
  );
}
