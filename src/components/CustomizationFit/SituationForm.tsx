/** "Your situation": the examples (box and slider), budget, days, what is wrong today and the cost assumptions. */
import React, {memo, useId, useMemo} from 'react';
import {problemsToday} from '@site/src/data/customizationMethods';
import {DEFAULT_SITUATION, FIELD_LIMITS, type Situation} from './situation';
import {formatCount, formatUsd} from './formatNumbers';
import {AmountField, ExamplesInput} from './AmountField';
import styles from './styles.module.css';

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

interface SituationFormProps {
  situation: Situation;
  /** Stable while the reader stays on the page, so the fields that did not change need not re-render. */
  update: (change: Partial<Situation>) => void;
}

const SituationForm = memo(function SituationForm({situation, update}: SituationFormProps): React.JSX.Element {
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
  );
});

export default SituationForm;
