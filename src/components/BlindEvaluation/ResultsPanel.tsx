import React, {useState} from 'react';
import Link from '@docusaurus/Link';
import {formatFixed, formatInteger} from '@site/src/utils/numberFormat';
import {formatPValue, formatRate} from '@site/src/components/WinRateCalculator/winRate';
import type {CriterionResult, EvaluationResults} from './results';
import styles from './styles.module.css';

const READINGS: Record<CriterionResult['reading'], string> = {
  higher: 'Fine-tuned higher',
  lower: 'Fine-tuned lower',
  'no-difference': 'No clear difference',
  'too-few': 'Too few pairs',
};

const score = (value: number | null) => (value === null ? '—' : formatFixed(value, 2));
const signedScore = (value: number) => (Number.isFinite(value) ? `${value > 0 ? '+' : ''}${formatFixed(value, 2)}` : '—');

function CriteriaTable({criteria, caption}: {criteria: readonly CriterionResult[]; caption: string}) {
  return (
    <div className={styles.tableScroll} tabIndex={0} role="group" aria-label={caption}>
      <table className={styles.table}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            <th scope="col">Base, mean</th>
            <th scope="col">Fine-tuned, mean</th>
            <th scope="col">Difference (95% interval)</th>
            <th scope="col">Wilcoxon p</th>
            <th scope="col">Reading</th>
          </tr>
        </thead>
        <tbody>
          {criteria.map((row) => (
            <tr key={row.criterion.id} data-criterion={row.criterion.id}>
              <th scope="row">{row.criterion.label}</th>
              <td>{score(row.meanBase)}</td>
              <td>{score(row.meanFineTuned)}</td>
              <td>
                {signedScore(row.difference.mean)}
                {row.difference.interval && (
                  <span className={styles.subtle}>
                    {' '}
                    ({signedScore(row.difference.interval.low)} to {signedScore(row.difference.interval.high)})
                  </span>
                )}
                <span className={styles.subtle}> · {formatInteger(row.difference.pairs)} pairs</span>
              </td>
              <td>{row.test.differing > 0 ? formatPValue(row.test.pValue) : '—'}</td>
              <td>{READINGS[row.reading]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export interface LostPrompt {
  index: number;
  line: number | null;
  prompt: string;
  /** The two responses, when the file is loaded. */
  base?: string;
  fineTuned?: string;
}

const LOST_PAGE = 10;

function LostPrompts({lost}: {lost: readonly LostPrompt[]}) {
  const [shown, setShown] = useState(LOST_PAGE);
  if (lost.length === 0) return <p>The fine-tuned model lost no prompt.</p>;
  return (
    <>
      <ol className={styles.lostList}>
        {lost.slice(0, shown).map((item) => (
          <li key={item.index}>
            <details>
              <summary>
                Prompt {formatInteger(item.index + 1)}
                {item.line !== null && <span className={styles.subtle}> (line {formatInteger(item.line)})</span>}: {item.prompt.length > 120 ? `${item.prompt.slice(0, 119)}…` : item.prompt}
              </summary>
              {item.base !== undefined && item.fineTuned !== undefined ? (
                <div className={styles.responses}>
                  <div>
                    <h6 className={styles.responseTitle}>Base (preferred)</h6>
                    <div className={styles.text}>{item.base}</div>
                  </div>
                  <div>
                    <h6 className={styles.responseTitle}>Fine-tuned</h6>
                    <div className={styles.text}>{item.fineTuned}</div>
                  </div>
                </div>
              ) : (
                <p className={styles.subtle}>Load the rated file above to read the two responses.</p>
              )}
            </details>
          </li>
        ))}
      </ol>
      {lost.length > shown && (
        <button type="button" className="button button--secondary button--sm" onClick={() => setShown((n) => n + LOST_PAGE * 5)}>
          Show {formatInteger(Math.min(LOST_PAGE * 5, lost.length - shown))} more of {formatInteger(lost.length - shown)}
        </button>
      )}
    </>
  );
}

interface Props {
  results: EvaluationResults;
  lost: readonly LostPrompt[];
  /** Headings say whose results these are: "your ratings", "the combined raters". */
  whose: string;
}

/** The unblinded results: the verdict in words, the scores by criterion, the overall preference and the prompts lost. */
export default function ResultsPanel({results, lost, whose}: Props): React.JSX.Element {
  const {wins, losses, ties, result} = results.preference;
  const calculatorLink = `?wins=${wins}&losses=${losses}&ties=${ties}#is-the-difference-real`;
  return (
    <div className={styles.results} data-testid={`results-${whose.replace(/\W+/g, '-')}`}>
      <h5 className={styles.resultsHeading}>Verdict, {whose}</h5>
      <ul className={styles.verdictList}>
        {results.verdict.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
      <h5 className={styles.resultsHeading}>Scores by criterion, {whose}</h5>
      <CriteriaTable criteria={results.criteria} caption={`Scores by criterion, ${whose}`} />
      <p className={styles.hint}>
        Difference: fine-tuned minus base, paired by prompt, with a t interval. Wilcoxon: the signed-rank test of the same pairs, two-sided; “higher” and “lower” need p ≤ 0.05.
      </p>
      <h5 className={styles.resultsHeading}>Overall preference, {whose}</h5>
      <p>
        Fine-tuned won {formatInteger(wins)}, base won {formatInteger(losses)}, {formatInteger(ties)} {ties === 1 ? 'tie' : 'ties'}: a win rate of {formatRate(result.winRate)}
        {result.interval && ` (95% interval ${formatRate(result.interval.low)} to ${formatRate(result.interval.high)})`}, p = {formatPValue(result.pValue)} against 50%.{' '}
        <Link to={calculatorLink}>Open these counts in the calculator</Link>.
      </p>
      <h5 className={styles.resultsHeading}>Prompts the fine-tuned model lost ({formatInteger(lost.length)})</h5>
      <LostPrompts lost={lost} />
    </div>
  );
}
