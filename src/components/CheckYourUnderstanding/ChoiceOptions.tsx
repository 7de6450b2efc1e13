/** A choice question's options: radio buttons or checkboxes, each with its reason once the answer is checked. */
import React from 'react';
import clsx from 'clsx';
import type {ChoiceQuestion} from '@site/src/data/questions/types';
import type {ChoiceGrade, OptionStatus} from './grading';
import SiteLink from './SiteLink';
import styles from './styles.module.css';

/** Said in words and marked with a symbol, so colour is never the only signal. */
const STATUS: Record<OptionStatus, {mark: string; words: string; className: string}> = {
  'chosen-right': {mark: '✓', words: 'Your choice, right.', className: styles.statusRight},
  'chosen-wrong': {mark: '✗', words: 'Your choice, not right.', className: styles.statusWrong},
  missed: {mark: '!', words: 'Missed: this one is right.', className: styles.statusMissed},
  'not-chosen': {mark: '–', words: 'Not chosen, rightly.', className: styles.statusNeutral},
};

export interface ChoiceOptionsProps {
  question: ChoiceQuestion;
  id: string;
  chosen: readonly string[];
  onChosen: (chosen: string[]) => void;
  result: ChoiceGrade | null;
}

export default function ChoiceOptions({question, id, chosen, onChosen, result}: ChoiceOptionsProps): React.JSX.Element {
  const single = question.kind === 'single';
  return (
    <ul className={styles.options}>
      {question.options.map((option) => {
        const status = result?.statuses[option.id];
        const whyId = `${id}-${option.id}-why`;
        const toggle = (on: boolean) =>
          onChosen(single ? [option.id] : on ? [...chosen, option.id] : chosen.filter((other) => other !== option.id));
        return (
          <li key={option.id} className={clsx(styles.option, status && STATUS[status].className)}>
            <label className={styles.optionLabel}>
              <input
                type={single ? 'radio' : 'checkbox'}
                name={id}
                value={option.id}
                checked={chosen.includes(option.id)}
                onChange={(event) => toggle(event.currentTarget.checked)}
                aria-describedby={status ? whyId : undefined}
              />
              <span className={option.code ? styles.optionCode : undefined}>{option.text}</span>
            </label>
            {status && (
              <p id={whyId} className={styles.why}>
                <strong>
                  <span aria-hidden="true">{STATUS[status].mark} </span>
                  {STATUS[status].words}
                </strong>{' '}
                {option.why}
                {status !== 'not-chosen' && (
                  <>
                    {' '}
                    <SiteLink target={option.learnMore ?? question.learnMore} />
                  </>
                )}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
