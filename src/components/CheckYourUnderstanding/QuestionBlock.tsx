/** A section's questions, the reader's score on them, and "Start this section over". Loaded on demand (see index.tsx). */
import React from 'react';
import type {SectionQuestions} from '@site/src/data/questions/types';
import {clearSection, recordSectionAnswer, scoreOf} from './progress';
import {useStoredProgress} from './useStoredProgress';
import QuestionCard from './QuestionCard';
import ConfirmButton from './ConfirmButton';
import {StorageNotice} from './StorageNotice';
import styles from './styles.module.css';

export default function QuestionBlock({data}: {data: SectionQuestions}): React.JSX.Element {
  const {section, questions} = data;
  const {progress, canKeep, update} = useStoredProgress();
  const ids = questions.map((q) => q.id);
  const answers = progress.sections[section]?.answers;
  const score = scoreOf(answers, ids);
  return (
    <div className={styles.block}>
      <p>
        {questions.length} questions. Check each answer to see why every option is right or wrong; try again as often as you
        like. Your first answer to each question is the one that counts for your score.
      </p>
      <StorageNotice canKeep={canKeep} />
      <ol className={styles.questionList}>
        {questions.map((question, index) => (
          <li key={question.id}>
            <QuestionCard
              question={question}
              position={`Question ${index + 1} of ${questions.length}.`}
              stored={answers?.[question.id]}
              onAnswer={(answer, right) => update((p) => recordSectionAnswer(p, section, ids, question.id, answer, right))}
            />
          </li>
        ))}
      </ol>
      <div className={styles.score}>
        <p>
          <strong>Your score:</strong>{' '}
          {score.answered === 0
            ? 'nothing answered yet.'
            : `${score.right} of ${score.total} right on the first try${score.answered < score.total ? ` (${score.answered} of ${score.total} answered)` : ''}.`}
        </p>
        {score.answered > 0 && (
          <ConfirmButton
            label="Start this section over"
            question="Clear your answers to this section? Its score goes too."
            confirmLabel="Yes, clear them"
            onConfirm={() => update((p) => clearSection(p, section))}
          />
        )}
      </div>
    </div>
  );
}
