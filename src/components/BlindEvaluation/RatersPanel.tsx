import React, {useId, useMemo, useState} from 'react';
import {formatFixed, formatInteger} from '@site/src/utils/numberFormat';
import type {EvaluationPrompt} from './evaluationFile';
import {summarizeRaters, type AgreementFigure} from './combinedRaters';
import {evaluationResults} from './results';
import {readExport, type ImportedRater} from './ratingsExport';
import ResultsPanel, {type LostPrompt} from './ResultsPanel';
import styles from './styles.module.css';

interface Props {
  /** The loaded file, when there is one: its prompts' responses fill in the lost-prompts list. */
  loaded: {fingerprint: string; prompts: readonly EvaluationPrompt[]} | null;
}

function figureText(figure: AgreementFigure): string {
  const {value, units} = figure.agreement;
  return `${value === null ? '—' : formatFixed(value, 2)} over ${formatInteger(units)} ${units === 1 ? 'prompt' : 'prompts'}`;
}

/** Several raters' exports of the same file: agreement beyond chance, and the combined result. */
export default function RatersPanel({loaded}: Props): React.JSX.Element {
  const inputId = useId();
  const [raters, setRaters] = useState<ImportedRater[]>([]);
  const [notes, setNotes] = useState<string[]>([]);

  const add = async (files: FileList) => {
    const added: ImportedRater[] = [];
    const messages: string[] = [];
    for (const file of Array.from(files)) {
      const outcome = readExport(await file.text(), file.name);
      if (outcome.kind === 'problem') messages.push(outcome.message);
      else {
        added.push(outcome.rater);
        if (outcome.skipped > 0) messages.push(`${file.name}: ${formatInteger(outcome.skipped)} rows without a prompt number were left out.`);
      }
    }
    const all = [...raters, ...added];
    const kept = all.filter((rater) => rater.file === all[0]?.file);
    if (kept.length < all.length) messages.push('Some exports rate a different file than the first one and were left out: raters can only be compared on the same prompts.');
    // Two raters with the same name stay apart.
    setRaters(kept.map((rater, i) => (kept.findIndex((other) => other.name === rater.name) < i ? {...rater, name: `${rater.name} (${i + 1})`} : rater)));
    setNotes(messages);
  };

  const summary = useMemo(() => (raters.length >= 2 ? summarizeRaters(raters) : null), [raters]);
  const combined = useMemo(() => (summary ? evaluationResults(summary.combined, summary.prompts.length) : null), [summary]);
  const sameFile = loaded !== null && raters[0]?.file === loaded.fingerprint;
  const lost: LostPrompt[] = (combined?.lost ?? []).map((index) => {
    const prompt = sameFile ? loaded.prompts[index] : undefined;
    const text = raters.map((rater) => rater.promptTexts.get(index + 1)).find((t) => t !== undefined) ?? '';
    return prompt ? {index, line: prompt.line, prompt: prompt.prompt, base: prompt.base, fineTuned: prompt.fineTuned} : {index, line: null, prompt: text};
  });

  return (
    <div className={styles.ratersPanel}>
      <p>
        Each rater rates the same file on their own device and exports their ratings (above). Import two or more exports here to see how well the raters agree and their combined result. The exports
        are read in this browser only.
      </p>
      <label htmlFor={inputId} className={styles.label}>
        Raters’ exports (.csv or .jsonl, several at once)
      </label>
      <input
        id={inputId}
        type="file"
        multiple
        accept=".csv,.jsonl,.json,.txt"
        onChange={(event) => {
          if (event.target.files?.length) void add(event.target.files);
          event.target.value = '';
        }}
      />
      <div role="status">
        {notes.length > 0 && (
          <ul className={styles.problemList}>
            {notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        )}
      </div>
      {raters.length > 0 && (
        <ul className={styles.raterList} aria-label="Imported raters">
          {raters.map((rater) => (
            <li key={rater.name}>
              {rater.name}: {formatInteger(rater.ratings.size)} prompts rated{' '}
              <button type="button" className="button button--link button--sm" onClick={() => setRaters((current) => current.filter((r) => r !== rater))}>
                Remove {rater.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      {raters.length === 1 && <p className={styles.hint}>Import at least one more rater’s export of the same file to compare.</p>}
      {loaded !== null && raters.length > 0 && !sameFile && <p className={styles.hint}>These exports rate another file than the one loaded above.</p>}
      {summary && combined && (
        <>
          <h5 className={styles.resultsHeading}>Agreement between {formatInteger(summary.raters.length)} raters</h5>
          <div className={styles.tableScroll} tabIndex={0} role="group" aria-label="Agreement between raters">
            <table className={styles.table}>
              <thead>
                <tr>
                  <th scope="col">What</th>
                  <th scope="col">Measure</th>
                  <th scope="col">Agreement</th>
                  <th scope="col">Reading</th>
                </tr>
              </thead>
              <tbody>
                <tr data-agreement="preference">
                  <th scope="row">Preference</th>
                  <td>{summary.preference.method}</td>
                  <td>{figureText(summary.preference)}</td>
                  <td>{summary.preference.reading}</td>
                </tr>
                {summary.criteria.map(({criterion, figure}) => (
                  <tr key={criterion.id} data-agreement={criterion.id}>
                    <th scope="row">{criterion.label} scores</th>
                    <td>{figure.method} (interval)</td>
                    <td>{figureText(figure)}</td>
                    <td>{figure.reading}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className={styles.hint}>
            Kappa and alpha are 1 for perfect agreement and 0 for what chance alone gives. Kappa is read with Landis &amp; Koch’s (1977) bands; for alpha, Krippendorff asks for 0.8 before relying on
            the data and accepts 0.667 for tentative conclusions.
          </p>
          <ResultsPanel results={combined} lost={lost} whose="the combined raters" />
          <p className={styles.hint}>Combined: each prompt scored by the raters’ mean, and preferred as most raters preferred it (a draw is a tie).</p>
        </>
      )}
    </div>
  );
}
