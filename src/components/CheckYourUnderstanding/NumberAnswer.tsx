/** A numeric question's answer box (Enter checks it) and, once checked, the working and what a wrong number suggests. */
import React from 'react';
import type {NumericQuestion} from '@site/src/data/questions/types';
import type {NumericGrade} from './grading';
import SiteLink from './SiteLink';
import styles from './styles.module.css';

export interface NumberAnswerProps {
  question: NumericQuestion;
  id: string;
  text: string;
  onText: (text: string) => void;
  onEnter: () => void;
  result: NumericGrade | null;
}

export default function NumberAnswer({question, id, text, onText, onEnter, result}: NumberAnswerProps): React.JSX.Element {
  const workingId = `${id}-working`;
  return (
    <>
      <div className={styles.numberRow}>
        <label htmlFor={`${id}-number`}>Your answer</label>
        <input
          id={`${id}-number`}
          className={styles.numberInput}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          value={text}
          onChange={(event) => onText(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              onEnter();
            }
          }}
          aria-describedby={result ? workingId : undefined}
        />
        <span>{question.unit}</span>
      </div>
      {result && (
        <div id={workingId} className={styles.why}>
          {result.mistake && <p className={styles.mistake}>{result.mistake}</p>}
          <p>
            <strong>Working:</strong> {question.working} <SiteLink target={question.learnMore} />
          </p>
        </div>
      )}
    </>
  );
}
