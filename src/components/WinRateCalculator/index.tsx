import React, {useCallback, useEffect, useId, useMemo, useState} from 'react';
import {readUrlQuery, useDebouncedUrlWrite, useEditUntilNavigation, useNavigatedQuery} from '@site/src/utils/urlQuery';
import {formatInteger} from '@site/src/utils/numberFormat';
import CountField from './CountField';
import PlanBar from '@site/src/components/PlanBar';
import {winRateAdapter} from '@site/src/utils/scenario/adapters/winRate';
import {
  DEFAULT_INPUTS,
  formatPValue,
  formatRate,
  judgeResult,
  LIMITS,
  mergeCalculatorIntoSearch,
  parseCalculatorQuery,
  planTest,
  type CalculatorField,
  type CalculatorInputs,
} from './winRate';
import styles from './styles.module.css';

const inputsQuery = (inputs: CalculatorInputs) => mergeCalculatorIntoSearch(readUrlQuery(), inputs);

function useInputsInUrl() {
  // Null on the server and while hydrating: both render the module's example.
  const search = useNavigatedQuery();
  const fromUrl = useMemo(() => (search === null ? {inputs: DEFAULT_INPUTS, messages: []} : parseCalculatorQuery(search)), [search]);
  const [edit, setEdit] = useEditUntilNavigation(fromUrl.inputs);
  useDebouncedUrlWrite(edit, inputsQuery);
  const update = useCallback((field: CalculatorField, value: number) => setEdit((current) => ({...current, [field]: value})), [setEdit]);
  return {inputs: edit ?? fromUrl.inputs, messages: edit === null ? fromUrl.messages : [], update};
}

/** Says the verdict once the reader has stopped typing, not on every keystroke or arrow press. */
function useSettledAnnouncement(text: string): string {
  const [said, setSaid] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(() => setSaid(text), 700);
    return () => window.clearTimeout(timer);
  }, [text]);
  return said;
}

function Readout({label, children, detail}: {label: string; children: React.ReactNode; detail?: React.ReactNode}) {
  const id = useId();
  return (
    <div className={styles.readout}>
      <label htmlFor={id} className={styles.readoutLabel}>
        {label}
      </label>
      {/* Not a live region: one settled announcement below speaks for all the figures. */}
      <output id={id} className={styles.figure} aria-live="off">
        {children}
      </output>
      {detail && <span className={styles.detail}>{detail}</span>}
    </div>
  );
}

/**
 * "Is the difference real?": the win rate of an A/B blind evaluation with its interval, the exact test against 50 %, a
 * verdict against T1.8's target, and how many prompts a test needs. State in the query string.
 */
export default function WinRateCalculator(): React.JSX.Element {
  const {inputs, messages, update} = useInputsInUrl();
  const result = useMemo(() => judgeResult(inputs), [inputs]);
  // The plan depends on target and power alone: typing a count does not re-plan.
  const plan = useMemo(() => planTest(inputs.targetPercent, inputs.powerPercent), [inputs.targetPercent, inputs.powerPercent]);
  const announcement = useSettledAnnouncement(result.verdict.sentence);
  const field = (name: CalculatorField, label: string, hint: string) => (
    <CountField label={label} hint={hint} value={inputs[name]} limits={LIMITS[name]} onValue={(value) => update(name, value)} />
  );

  return (
    <section className={styles.widget} aria-label="Is the difference real? Win-rate calculator">
      <PlanBar adapter={winRateAdapter} />
      {messages.length > 0 && (
        <div className={styles.messages} role="status">
          <p>Some values in the link were not used:</p>
          <ul>
            {messages.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </div>
      )}

      <div className={styles.instrument}>
        <fieldset className={styles.controls}>
          <legend className={styles.legend}>Your A/B result</legend>
          <div className={styles.fieldRow}>
            {field('wins', 'Fine-tuned won', 'Its response preferred')}
            {field('losses', 'Base won', 'The base model’s preferred')}
            {field('ties', 'Ties', 'Left out of the test')}
          </div>
        </fieldset>
        <div className={styles.results}>
          <div className={styles.readouts}>
            <Readout label="Win rate" detail={`of ${formatInteger(result.decisive)} decisive prompts`}>
              {formatRate(result.winRate)}
            </Readout>
            <Readout label="95% confidence interval" detail="Wilson score">
              {result.interval ? `${formatRate(result.interval.low)} to ${formatRate(result.interval.high)}` : '—'}
            </Readout>
            <Readout label="p-value" detail="exact binomial, two-sided, against 50%">
              {result.decisive > 0 ? formatPValue(result.pValue) : '—'}
            </Readout>
          </div>
          <p className={styles.verdict} data-tone={result.verdict.tone} data-testid="win-rate-verdict">
            {result.verdict.sentence}
          </p>
        </div>
      </div>

      <div className={styles.instrument}>
        <fieldset className={styles.controls}>
          <legend className={styles.legend}>Plan the test</legend>
          <div className={styles.fieldRow}>
            {field('targetPercent', 'True win rate, %', `To show; also the verdict’s target (T1.8: > ${DEFAULT_INPUTS.targetPercent})`)}
            {field('powerPercent', 'Power, %', 'Chance the test shows it; 80 is usual')}
          </div>
        </fieldset>
        <div className={styles.results}>
          <div className={styles.readouts}>
            <Readout
              label="Prompts needed"
              detail={
                plan?.trials
                  ? `not counting ties; exact power there ${formatRate(plan.power)}; the normal approximation says ${formatInteger(plan.approximation)}`
                  : 'more than this page searches'
              }>
              {plan?.trials ? formatInteger(plan.trials) : '—'}
            </Readout>
          </div>
          <p className={styles.planNote}>
            Decisive prompts (not ties) for the exact test at 5% significance to show that a model with a true win rate of {inputs.targetPercent}% is
            preferred, {inputs.powerPercent} times in 100. If some prompts end in ties, add them on top.
          </p>
        </div>
      </div>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </section>
  );
}
