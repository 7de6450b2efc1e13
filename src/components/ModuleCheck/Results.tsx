/**
 * The module check's result: the score per section with a link back to each section's questions, and, on paper, the
 * reader's first answer to each question. Printed, this is the page: one sheet.
 */
import React from 'react';
import Link from '@docusaurus/Link';
import {moduleSections} from '@site/src/data/sections';
import {CHECK_ANCHOR} from '@site/src/data/questions/links';
import type {Question} from '@site/src/data/questions/types';
import {answerText} from '@site/src/components/CheckYourUnderstanding/grading';
import type {Answer} from '@site/src/components/CheckYourUnderstanding/grading';
import type {StoredAnswer} from '@site/src/components/CheckYourUnderstanding/progress';
import {sectionIdOf} from '@site/src/components/CheckYourUnderstanding/sectionQuestions';
import {formatFixed} from '@site/src/utils/numberFormat';
import type {DrawnQuestion} from './draw';
import styles from './styles.module.css';

export interface ResultsProps {
  drawn: readonly DrawnQuestion[];
  answers: Record<string, StoredAnswer>;
  titleOf: (section: string) => string;
}

/** The reader's answer in words: the options' texts, or the number with its unit. */
function answerInWords(question: Question, answer: Answer): string {
  if (question.kind === 'numeric') return typeof answer === 'number' ? `${formatFixed(answer, Math.max(question.decimals, 0))} ${question.unit}` : '';
  if (typeof answer === 'number') return '';
  return question.options.filter((option) => answer.includes(option.id)).map((option) => option.text).join('; ');
}

export default function Results({drawn, answers, titleOf}: ResultsProps): React.JSX.Element {
  const rows = moduleSections
    .map((section) => {
      const id = sectionIdOf(section);
      const items = drawn.filter((item) => item.section === id);
      return {
        id,
        path: section.path,
        title: section.title,
        drawn: items.length,
        answered: items.filter((item) => answers[item.key]).length,
        right: items.filter((item) => answers[item.key]?.firstRight).length,
      };
    })
    .filter((row) => row.drawn > 0);
  const answered = rows.reduce((sum, row) => sum + row.answered, 0);
  const right = rows.reduce((sum, row) => sum + row.right, 0);
  const done = answered === drawn.length;

  return (
    <section className={styles.results} aria-labelledby="module-check-results">
      <h2 id="module-check-results">Your results</h2>
      <p className={styles.total}>
        {done
          ? `${right} of ${drawn.length} right on the first try.`
          : `${answered} of ${drawn.length} answered so far, ${right} right on the first try. The table fills in as you answer.`}
      </p>
      <div className={styles.tableBox}>
        <table>
          <thead>
            <tr>
              <th scope="col">Section</th>
              <th scope="col">Right on the first try</th>
              <th scope="col">Revisit</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.title}</th>
                <td>
                  {row.right} of {row.drawn}
                  {row.answered < row.drawn ? ` (${row.drawn - row.answered} not answered)` : ''}
                </td>
                <td>
                  <Link to={`${row.path}#${CHECK_ANCHOR}`}>
                    {row.right < row.drawn ? 'Revisit' : 'Review'}
                    <span className="visually-hidden"> {row.title}</span>
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ol className={styles.printAnswers} aria-label="Your answers">
        {drawn.map((item) => {
          const stored = answers[item.key];
          return (
            <li key={item.key}>
              <span>{stored ? (stored.firstRight ? '✓ right' : '✗ not right') : '– not answered'}:</span> {item.question.prompt}{' '}
              {stored && <em>Your first answer: {answerInWords(item.question, stored.first)}.</em>}
              {item.question.kind === 'numeric' && stored && !stored.firstRight && <> Answer: {answerText(item.question)}.</>}
              <span className={styles.from}> ({titleOf(item.section)})</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
