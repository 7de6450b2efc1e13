import React, {useId, useMemo, useState} from 'react';
import {formatInteger} from '@site/src/utils/numberFormat';
import {complianceShare} from './formatCompliance';
import FormatCompliancePanel from './FormatCompliancePanel';
import RatingSheet from './RatingSheet';
import {ratedCount, type RatingSession} from './ratings';
import {exportRows, toCsv, toJsonl} from './ratingsExport';
import type {EvaluationFile} from './readEvaluationFile';
import {evaluationResults, scoredFromSession, type ComplianceShares} from './results';
import ResultsPanel from './ResultsPanel';
import type {FormatState} from './useEvaluationWorker';
import {useRatingSession} from './useRatingSession';
import styles from './styles.module.css';

function download(text: string, name: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], {type}));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function ExportBar({session, file, update}: {session: RatingSession; file: EvaluationFile; update: (change: (s: RatingSession) => RatingSession) => void}) {
  const nameId = useId();
  const rows = () => exportRows(session, file.prompts, file.fingerprint);
  const base = `ratings-${(session.rater || 'rater').replace(/[^\w-]+/g, '_').slice(0, 40)}-${file.fingerprint}`;
  return (
    <div className={styles.exportBar}>
      <div className={styles.field}>
        <label htmlFor={nameId} className={styles.label}>
          Your name or initials (goes into the export)
        </label>
        <input id={nameId} type="text" className={styles.box} maxLength={80} value={session.rater} onChange={(event) => update((s) => ({...s, rater: event.target.value}))} />
      </div>
      <div className={styles.buttonRow}>
        <button type="button" className="button button--secondary button--sm" onClick={() => download(toCsv(rows()), `${base}.csv`, 'text/csv')}>
          Download ratings as CSV
        </button>
        <button type="button" className="button button--secondary button--sm" onClick={() => download(toJsonl(rows()), `${base}.jsonl`, 'application/jsonl')}>
          Download ratings as JSONL
        </button>
      </div>
      <p className={styles.hint}>Unblinded: each row names which model was shown first, both models’ scores, the preference and the seed of your order.</p>
    </div>
  );
}

function complianceOf(state: FormatState): ComplianceShares | null {
  if (state.phase !== 'done' || state.outcome.kind !== 'checked') return null;
  return {base: complianceShare(state.outcome.base), fineTuned: complianceShare(state.outcome.fineTuned), checked: state.outcome.fineTuned.checked};
}

interface Props {
  file: EvaluationFile;
  name: string;
  formatState: FormatState;
  checkFormat: (schema: string) => void;
}

/**
 * Rating one file, from the blind sheet to the unblinded results and the export. Loaded when a file has been read, with
 * the statistics and the CSV writer it needs, so the page itself stays light.
 */
export default function Rater({file, name, formatState, checkFormat}: Props): React.JSX.Element {
  const {session, restored, canSave, update, startOver} = useRatingSession(file.fingerprint, file.prompts.length);
  const [confirming, setConfirming] = useState(false);
  const {ratings, unblinded} = session;
  const compliance = complianceOf(formatState);
  const results = useMemo(
    () => (unblinded ? evaluationResults(scoredFromSession(session, file.prompts.length), file.prompts.length, compliance) : null),
    // Recomputed when the ratings, the unblinding or the format check change; not when the focus moves.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [ratings, unblinded, file, compliance?.base, compliance?.fineTuned],
  );
  const rated = ratedCount(session, file.prompts.length);
  const lost = (results?.lost ?? []).map((index) => ({index, line: file.prompts[index].line, prompt: file.prompts[index].prompt, base: file.prompts[index].base, fineTuned: file.prompts[index].fineTuned}));

  return (
    <>
      <p className={styles.hint} role="status">
        {restored ? `Welcome back: your ratings of ${name} were kept in this browser.` : ''}
        {!canSave ? ' This browser does not let the page keep your ratings: export them before you leave.' : ''}
      </p>
      <RatingSheet prompts={file.prompts} session={session} update={update} />
      <div className={styles.unblindBar}>
        {unblinded ? (
          <p>Unblinded: the responses are labelled and the results are below.</p>
        ) : (
          <>
            <button type="button" className="button button--primary" onClick={() => update((s) => ({...s, unblinded: true}))}>
              Unblind and show the results
            </button>
            <span className={styles.hint}>
              {rated === file.prompts.length ? 'Every prompt is rated.' : `${formatInteger(rated)} of ${formatInteger(file.prompts.length)} prompts rated; the results will cover the rated ones.`}
            </span>
          </>
        )}
        {confirming ? (
          <span className={styles.buttonRow}>
            <span>Delete your ratings of this file and start again in a new order?</span>
            <button
              type="button"
              className="button button--danger button--sm"
              onClick={() => {
                startOver();
                setConfirming(false);
              }}>
              Delete and start over
            </button>
            <button type="button" className="button button--secondary button--sm" onClick={() => setConfirming(false)}>
              Keep them
            </button>
          </span>
        ) : (
          <button type="button" className="button button--link button--sm" onClick={() => setConfirming(true)}>
            Start over…
          </button>
        )}
      </div>
      <FormatCompliancePanel state={formatState} unblinded={unblinded} onCheck={checkFormat} />
      {results && <ResultsPanel results={results} lost={lost} whose="your ratings" />}
      <ExportBar session={session} file={file} update={update} />
    </>
  );
}
