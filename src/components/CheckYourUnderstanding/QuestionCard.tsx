/**
 * One question: a fieldset whose legend is the prompt, radio buttons, checkboxes or a number box, a Check button,
 * and after Check the verdict in words and a reason beside every option. The reader's latest checked answer comes
 * from their stored progress, so a reload shows it again with its feedback; changing the answer hides the feedback
 * until the next Check.
 */
import React, {useId, useRef, useState} from 'react';
import type {Question} from '@site/src/data/questions/types';
import {grade, readNumberInput, sameAnswer, type Answer} from './grading';
import type {StoredAnswer} from './progress';
import ChoiceOptions from './ChoiceOptions';
import NumberAnswer from './NumberAnswer';
import AfterCheck from './AfterCheck';
import styles from './styles.module.css';

export interface QuestionCardProps {
  question: Question;
  /** "Question 2 of 5" */
  position: string;
  stored: StoredAnswer | undefined;
  onAnswer: (answer: Answer, right: boolean) => void;
}

/** What the reader has entered since the last Check: option ids, or the number box's text. */
type Draft = readonly string[] | string;

function draftOf(answer: Answer): Draft {
  return typeof answer === 'number' ? String(answer) : answer;
}

export default function QuestionCard({question, position, stored, onAnswer}: QuestionCardProps): React.JSX.Element {
  const id = useId();
  const fieldset = useRef<HTMLFieldSetElement>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  // Said by screen readers after Check (the visible verdict is not a live region, so a reload announces nothing).
  const [announcement, setAnnouncement] = useState('');
  const [problem, setProblem] = useState('');
  const shown: Draft = draft ?? (stored ? draftOf(stored.last) : question.kind === 'numeric' ? '' : []);
  const shownAnswer: Answer | null = typeof shown === 'string' ? readNumberInput(shown) : shown;
  const result = stored !== undefined && shownAnswer !== null && sameAnswer(shownAnswer, stored.last) ? grade(question, stored.last) : null;

  const change = (next: Draft) => {
    setDraft(next);
    setAnnouncement('');
    setProblem('');
  };

  const refuse = (message: string) => {
    setProblem(message);
    setAnnouncement(message);
  };

  const check = () => {
    if (typeof shown === 'string') {
      const value = readNumberInput(shown);
      if (value === null) {
        refuse(shown.trim() === '' ? 'Type a number first.' : 'That is not a number: type digits, such as 4.19 or 1,024.');
        return;
      }
      const graded = grade(question, value);
      onAnswer(value, graded.right);
      setAnnouncement(graded.verdict);
    } else {
      if (shown.length === 0) {
        refuse(question.kind === 'single' ? 'Choose an answer first.' : 'Choose at least one answer first.');
        return;
      }
      const graded = grade(question, shown);
      onAnswer(shown, graded.right);
      setAnnouncement(graded.verdict);
    }
    setProblem('');
    setDraft(null);
  };

  const tryAgain = () => {
    change(question.kind === 'numeric' ? '' : []);
    // The Try again button goes away with the feedback: give focus to the first answer.
    requestAnimationFrame(() => fieldset.current?.querySelector('input')?.focus());
  };

  return (
    <fieldset ref={fieldset} className={styles.question} data-quiz-question={question.id} data-checked={result ? (result.right ? 'right' : 'wrong') : undefined}>
      <legend className={styles.legend}>
        <span className={styles.position}>{position}</span> {question.prompt}
      </legend>
      {question.kind === 'numeric' ? (
        <NumberAnswer question={question} id={id} text={typeof shown === 'string' ? shown : ''} onText={change} onEnter={check} result={result?.kind === 'numeric' ? result : null} />
      ) : (
        <ChoiceOptions question={question} id={id} chosen={typeof shown === 'string' ? [] : shown} onChosen={change} result={result?.kind === 'choice' ? result : null} />
      )}
      <div className={styles.actions}>
        <button type="button" className="button button--primary" onClick={check}>
          Check
        </button>
        {result && (
          <button type="button" className="button button--secondary" onClick={tryAgain}>
            Try again
          </button>
        )}
        {stored && (
          <span className={styles.firstTry}>
            First try: {stored.firstRight ? 'right' : 'not right'} <span className={styles.hint}>(counts for your score)</span>
          </span>
        )}
      </div>
      <div role="status" className="visually-hidden">
        {announcement}
      </div>
      {problem && !result && <p className={styles.problem}>{problem}</p>}
      {result && (
        <p className={result.right ? styles.verdictRight : styles.verdictWrong}>
          <span aria-hidden="true">{result.right ? '✓ ' : '✗ '}</span>
          {result.verdict}
        </p>
      )}
      {result && <AfterCheck question={question} />}
    </fieldset>
  );
}
