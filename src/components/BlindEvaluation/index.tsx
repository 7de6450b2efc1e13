import React, {lazy, Suspense, useState} from 'react';
import {formatInteger} from '@site/src/utils/numberFormat';
import FilePicker from './FilePicker';
import type {EvaluationFile} from './readEvaluationFile';
import {useEvaluationWorker, type FileState} from './useEvaluationWorker';
import styles from './styles.module.css';

// Loaded on use: the rating screen with its statistics once a file is read, the raters' comparison once opened.
const Rater = lazy(() => import('./Rater'));
const RatersPanel = lazy(() => import('./RatersPanel'));

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(bytes < 1e7 ? 2 : 1)} MB`;

function FileStatus({state}: {state: FileState}) {
  switch (state.phase) {
    case 'reading':
      return (
        <div className={styles.status}>
          <label className={styles.label}>
            Reading {state.name}
            <progress max={Math.max(state.totalBytes, 1)} value={state.bytesRead} className={styles.progress} />
          </label>
          <span className={styles.hint}>
            {megabytes(state.bytesRead)} of {megabytes(state.totalBytes)} · {formatInteger(state.lines)} lines
          </span>
        </div>
      );
    case 'refused':
      return <p className={styles.problem}>{state.refusal.message}</p>;
    case 'failed':
      return <p className={styles.problem}>Reading {state.name} stopped: {state.message}.</p>;
    default:
      return null;
  }
}

function FileProblems({file, name}: {file: EvaluationFile; name: string}) {
  const listed = file.problems;
  return (
    <div className={styles.fileSummary}>
      <p data-testid="file-summary" data-fingerprint={file.fingerprint}>
        Read {name}: {formatInteger(file.prompts.length)} {file.prompts.length === 1 ? 'prompt' : 'prompts'}
        {file.errorLines > 0 && `; ${formatInteger(file.errorLines)} ${file.errorLines === 1 ? 'line' : 'lines'} could not be read and ${file.errorLines === 1 ? 'is' : 'are'} left out`}
        {file.warningCount > 0 && `; ${formatInteger(file.warningCount)} ${file.warningCount === 1 ? 'warning' : 'warnings'}`}
        {file.skippedPrompts > 0 && `; ${formatInteger(file.skippedPrompts)} prompts past the first ${formatInteger(file.prompts.length)} were not read`}.
      </p>
      {listed.length > 0 && (
        <details className={styles.problemsBox} open={file.prompts.length === 0 || listed.length <= 5}>
          <summary>Lines with problems ({formatInteger(file.errorLines + file.warningCount)})</summary>
          <ul className={styles.problemList} aria-label="Lines with problems">
            {listed.map((problem, i) => (
              <li key={`${problem.line}-${i}`}>
                <span className={problem.severity === 'error' ? styles.errorTag : styles.warningTag}>{problem.severity === 'error' ? 'Error' : 'Warning'}</span> Line {formatInteger(problem.line)}:{' '}
                {problem.reason}
              </li>
            ))}
          </ul>
          {listed.length < file.errorLines + file.warningCount && <p className={styles.hint}>The first {formatInteger(listed.length)} are listed.</p>}
        </details>
      )}
    </div>
  );
}

/** T1.8's A/B blind evaluation, runnable: load prompts with both models' responses, rate them blind, unblind, compare raters. */
export default function BlindEvaluation(): React.JSX.Element {
  const {fileState, formatState, read, checkFormat} = useEvaluationWorker();
  const loaded = fileState.phase === 'read' ? fileState : null;
  const usable = loaded !== null && loaded.file.prompts.length > 0 ? loaded.file : null;
  const [ratersOpen, setRatersOpen] = useState(false);

  return (
    <section className={styles.widget} aria-label="Blind A/B rater">
      <noscript>
        <p className={styles.problem}>The rater runs in your browser and needs JavaScript.</p>
      </noscript>
      <FilePicker onFile={read} />
      <p role="status" className="visually-hidden">
        {fileState.phase === 'reading' ? `Reading ${fileState.name}…` : loaded ? `Read ${loaded.name}: ${formatInteger(loaded.file.prompts.length)} prompts.` : ''}
      </p>
      <FileStatus state={fileState} />
      {loaded && <FileProblems file={loaded.file} name={loaded.name} />}
      {loaded && loaded.file.prompts.length === 0 && <p className={styles.problem}>No line of {loaded.name} is a prompt with both responses: there is nothing to rate.</p>}
      {usable && loaded && (
        <Suspense fallback={<p>Loading the rater…</p>}>
          <Rater key={usable.fingerprint} file={usable} name={loaded.name} formatState={formatState} checkFormat={checkFormat} />
        </Suspense>
      )}
      <details className={styles.ratersBox} onToggle={(event) => setRatersOpen(event.currentTarget.open)}>
        <summary className={styles.panelSummary}>Several raters: import their exports to compare</summary>
        {ratersOpen && (
          <Suspense fallback={<p>Loading…</p>}>
            <RatersPanel loaded={usable ? {fingerprint: usable.fingerprint, prompts: usable.prompts} : null} />
          </Suspense>
        )}
      </details>
    </section>
  );
}
