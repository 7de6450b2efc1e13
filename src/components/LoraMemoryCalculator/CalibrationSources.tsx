/**
 * The calibration's sources, quoted lines and assumptions, and the runs left out: loaded (with
 * memoryCalibrationSources.ts) only when a reader opens them under "How close are these estimates?".
 */
import React from 'react';
import {calibrationSources, excludedRuns, type SourceLine} from '@site/src/data/memoryCalibrationSources';
import {calibration} from './calibration';
import {METHOD_LABELS} from './inputs';
import styles from './CalibrationTable.module.css';

function githubUrl(repo: string, commit: string, path: string): string {
  return `https://github.com/${repo}/blob/${commit}/${path}`;
}

function Line({line}: {line: SourceLine}): React.JSX.Element {
  return (
    <>
      <a href={githubUrl(line.repo, line.commit, line.path)}>
        {line.repo}/{line.path}
      </a>{' '}
      at <code>{line.commit.slice(0, 10)}</code>:
      <pre className={styles.quote}>{line.quote}</pre>
    </>
  );
}

export function SourceList(): React.JSX.Element {
  const {rows} = calibration();
  return (
    <ol className={styles.sources}>
      {rows.map((row) => {
        const source = calibrationSources[row.run.id];
        return (
          <li key={row.run.id}>
            <p>
              <strong>{row.run.label}</strong> ({row.run.framework}, {METHOD_LABELS[row.run.method]}): <Line line={source.measurement} />
            </p>
            <ul>
              {source.configuration.map((file) => (
                <li key={file.path}>
                  Configuration: <a href={githubUrl(file.repo, file.commit, file.path)}>{file.path}</a>: {file.what}.
                </li>
              ))}
              {source.assumptions.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}

export function ExcludedList(): React.JSX.Element {
  return (
    <ul className={styles.sources}>
      {excludedRuns.map((run) => (
        <li key={run.what}>
          <strong>{run.what}</strong> ({run.framework}, <a href={githubUrl(run.where.repo, run.where.commit, run.where.path)}>{run.where.path}</a>):{' '}
          {run.reason}
        </li>
      ))}
    </ul>
  );
}
