import React, {memo, useCallback, useEffect, useId, useMemo, useRef} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {decisionTree, type OutcomeNode} from './decisionTree';
import {
  answerKeysAfter,
  answerKeysAfterBack,
  answerKeysToChange,
  decisionRules,
  diagramMarks,
  labelText,
  mostQuestionsOnAPath,
  outcomeCalculatorLinks,
  splitIcon,
  walkFromSearch,
} from './decisionFlow';
import {clearDiagramPath, findDecisionDiagram, markDiagramPath, revealCurrentNode} from './diagramHighlight';
import {goBackTo, pushAnswers, useLocationSearch} from './answersInUrl';
import PlanBar from '@site/src/components/PlanBar';
import {flowchartAdapter} from '@site/src/utils/scenario/adapters/flowchart';
import styles from './styles.module.css';

const rules = decisionRules(decisionTree);
const mostQuestions = mostQuestionsOnAPath(decisionTree);

/** A seed label with its emoji hidden from screen readers (they would read "wrench" or "warning sign"). */
function LabelWithIcon({label}: {label: string}): React.JSX.Element {
  const {icon, text} = splitIcon(labelText(label));
  return (
    <>
      {icon && <span aria-hidden="true">{icon} </span>}
      {text}
    </>
  );
}

function OutcomePanel({outcome, headingRef}: {outcome: OutcomeNode; headingRef: React.Ref<HTMLHeadingElement>}): React.JSX.Element {
  const calculatorLinks = outcomeCalculatorLinks(outcome);
  return (
    <div className={styles.outcome} data-outcome={outcome.id}>
      <p className={styles.kicker}>Recommendation</p>
      <h3 ref={headingRef} tabIndex={-1} className={styles.heading}>
        <LabelWithIcon label={outcome.label} />
      </h3>
      <p>{outcome.explanation}</p>
      <p className={styles.linkListTitle}>Where the course teaches it</p>
      <ul>
        {outcome.learnMore.map((link) => (
          <li key={link.to}>
            <Link to={link.to}>{link.title}</Link>: {link.why}
          </li>
        ))}
      </ul>
      {calculatorLinks.length > 0 && (
        <>
          <p className={styles.linkListTitle}>Will it fit your GPU?</p>
          <ul>
            {calculatorLinks.map((link) => (
              <li key={link.method}>
                <Link to={link.to}>{link.label}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** The whole tree as rules: static, so it never re-renders after hydration. */
const RulesList = memo(function RulesList(): React.JSX.Element {
  return (
    <ol>
      {rules.map((rule) => (
        <li key={rule.answerKeys.join(',')} data-rule-outcome={rule.outcome.id}>
          {rule.conditions.map((condition) =>
            condition.kind === 'answer' ? (
              <React.Fragment key={condition.question}>
                {condition.question} <em>{condition.answer}.</em>{' '}
              </React.Fragment>
            ) : (
              <React.Fragment key={condition.label}>So: {condition.label}. </React.Fragment>
            ),
          )}
          Then:{' '}
          <strong>
            <LabelWithIcon label={rule.outcome.label} />
          </strong>{' '}
          (<Link to={rule.outcome.learnMore[0].to}>{rule.outcome.learnMore[0].title}</Link>)
        </li>
      ))}
    </ol>
  );
});

/**
 * T1.2's "Should I fine-tune?" flowchart, one question at a time. The answers
 * live in the query string (`?answers=…`): a reload or a shared link restores
 * them, and each answer is a history entry, so the browser's Back steps back
 * one answer. Marks the path on the page's build-time diagram of the same tree.
 */
export default function DecisionFlow(): React.JSX.Element {
  const isBrowser = useIsBrowser();
  // Empty on the server and during hydration, then the real query string: no hydration mismatch.
  const search = useLocationSearch();
  const {walk, problem} = useMemo(() => walkFromSearch(decisionTree, search), [search]);

  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusAfterChange = useRef(false);
  const ids = useId();
  const questionId = `${ids}-question`;
  const hintId = `${ids}-hint`;
  const answersTitleId = `${ids}-answers`;

  const showAnswers = useCallback(
    (answerKeys: string[]) => {
      focusAfterChange.current = true;
      pushAnswers(answerKeys, walk.answerKeys);
    },
    [walk],
  );

  const goBack = useCallback(() => {
    focusAfterChange.current = true;
    goBackTo(answerKeysAfterBack(walk), walk.answerKeys);
  }, [walk]);

  useEffect(() => {
    if (!focusAfterChange.current) return;
    focusAfterChange.current = false;
    headingRef.current?.focus();
  }, [walk]);

  useEffect(() => {
    const svg = findDecisionDiagram();
    if (!svg) return undefined;
    // Off the hydration task: mark the path in a task of its own, and scroll the diagram's box once the
    // browser has laid the marks out (measuring right away would force a synchronous style and layout pass).
    let frame = 0;
    let revealTimer = 0;
    const markTimer = window.setTimeout(() => {
      markDiagramPath(svg, diagramMarks(walk));
      frame = window.requestAnimationFrame(() => {
        revealTimer = window.setTimeout(() => revealCurrentNode(svg));
      });
    });
    return () => {
      window.clearTimeout(markTimer);
      window.cancelAnimationFrame(frame);
      window.clearTimeout(revealTimer);
      clearDiagramPath(svg);
    };
  }, [walk]);

  const {current, outcome} = walk;
  const announcement = outcome ? `Recommendation: ${splitIcon(labelText(outcome.label)).text}. ${outcome.explanation}` : '';

  return (
    <>
      {/* Beside the flowchart, not in it: the flowchart's own live region is the only one inside [data-decision-flow]. */}
      <PlanBar adapter={flowchartAdapter} />
      <div className={styles.flow} data-decision-flow="">
        <noscript>
          <p className={styles.noScript}>
            Clicking through the questions needs JavaScript. The diagram on this page and the rules below give the same answers.
          </p>
        </noscript>

        {problem && (
          <div role="alert" className={clsx('alert alert--warning', styles.notice)}>
            This link’s answers don’t fit the flowchart ({problem}), so it starts again from the first question.
          </div>
        )}

        <div className={styles.card}>
          {current.kind === 'question' ? (
            <div data-question={current.id}>
              <p className={styles.kicker}>
                Question {walk.answered.length + 1} of at most {mostQuestions}
              </p>
              {walk.stepsBeforeCurrent.map((step) => (
                <p key={step.id} className={styles.interim}>
                  <strong>
                    <LabelWithIcon label={step.label} />
                  </strong>
                  : {step.summary}
                </p>
              ))}
              <h3 ref={headingRef} id={questionId} tabIndex={-1} className={styles.heading}>
                {labelText(current.label)}
              </h3>
              <p id={hintId} className={styles.hint}>
                {current.hint}
              </p>
              <div role="group" aria-labelledby={questionId} aria-describedby={hintId} className={styles.answers}>
                {current.answers.map((answer) => (
                  <button
                    key={answer.key}
                    type="button"
                    className={clsx('button button--outline button--primary', styles.answer)}
                    disabled={!isBrowser}
                    onClick={() => showAnswers(answerKeysAfter(walk, answer.key))}>
                    {labelText(answer.label)}
                  </button>
                ))}
              </div>
            </div>
          ) : (
            <OutcomePanel outcome={current} headingRef={headingRef} />
          )}

          {walk.answerKeys.length > 0 && (
            <div className={styles.controls}>
              <button type="button" className="button button--secondary" onClick={goBack}>
                ← Back
              </button>
              <button type="button" className="button button--secondary" onClick={() => showAnswers([])}>
                Start again
              </button>
            </div>
          )}
          {isBrowser && (
            <p className={styles.legend}>
              On the diagram, your path is numbered and drawn with thick lines; a dashed frame marks where you are.
            </p>
          )}
        </div>

        <div aria-live="polite" aria-atomic="true" className="visually-hidden">
          {announcement}
        </div>

        {walk.answered.length > 0 && (
          <section aria-labelledby={answersTitleId} className={styles.summary}>
            <h3 id={answersTitleId} className={styles.summaryTitle}>
              Your answers
            </h3>
            <dl className={styles.summaryList}>
              {walk.answered.map(({question, answer}, index) => (
                <div key={question.id} className={styles.summaryRow}>
                  <dt>{labelText(question.label)}</dt>
                  <dd>{labelText(answer.label)}</dd>
                  <dd className={styles.changeCell}>
                    <button type="button" className={styles.change} onClick={() => showAnswers(answerKeysToChange(walk, index))}>
                      Change<span className="visually-hidden"> your answer to “{labelText(question.label)}”</span>
                    </button>
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        )}

        {/* Open on the server, so the rules show without JavaScript; folded once the questions work. */}
        <details className={styles.rules} open={!isBrowser}>
          <summary>The whole flowchart as a list of rules</summary>
          <RulesList />
        </details>
      </div>
    </>
  );
}
