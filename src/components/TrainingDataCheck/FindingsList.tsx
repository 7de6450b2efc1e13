import React, {useId, useMemo, useState} from 'react';
import {FINDING_KINDS, MAX_STORED_FINDINGS, countMatching, findingAsText, findingKinds, matchesFilter, type Finding, type FindingFilter, type FindingKind} from './findings';
import {formatCount} from './verdicts';
import styles from './styles.module.css';

const PAGE = 100;

interface Props {
  findings: readonly Finding[];
  counts: Record<FindingKind, number>;
}

/** The findings, line by line: filter by kind or severity, show more, copy what is shown by the filter. */
export default function FindingsList({findings, counts}: Props): React.JSX.Element {
  const filterId = useId();
  const [filter, setFilter] = useState<FindingFilter>('all');
  const [shown, setShown] = useState(PAGE);
  const [copyNote, setCopyNote] = useState('');

  const total = countMatching(counts, 'all');
  const selected = useMemo(() => (filter === 'all' ? findings : findings.filter((f) => matchesFilter(f.kind, filter))), [findings, filter]);
  const selectedTotal = countMatching(counts, filter);

  const copy = async () => {
    const text = ['Line\tSeverity\tFinding\tReason', ...selected.map(findingAsText)].join('\n');
    try {
      await navigator.clipboard.writeText(text);
      setCopyNote(`Copied ${formatCount(selected.length)} finding${selected.length === 1 ? '' : 's'}.`);
    } catch {
      setCopyNote('The browser did not allow copying; select the list and copy it instead.');
    }
  };

  if (total === 0) return <p className={styles.allClear}>No findings: every line is a well-formed example.</p>;

  return (
    <div>
      <div className={styles.findingsBar}>
        <label htmlFor={filterId} className={styles.label}>
          Show
        </label>
        <select
          id={filterId}
          value={filter}
          onChange={(event) => {
            setFilter(event.target.value as FindingFilter);
            setShown(PAGE);
            setCopyNote('');
          }}>
          <option value="all">All findings ({formatCount(total)})</option>
          <option value="error">Errors ({formatCount(countMatching(counts, 'error'))})</option>
          <option value="warning">Warnings ({formatCount(countMatching(counts, 'warning'))})</option>
          {FINDING_KINDS.filter((kind) => counts[kind] > 0).map((kind) => (
            <option key={kind} value={kind}>
              {findingKinds[kind].label} ({formatCount(counts[kind])})
            </option>
          ))}
        </select>
        <button type="button" className="button button--secondary button--sm" onClick={copy} disabled={selected.length === 0}>
          Copy these findings
        </button>
        <span role="status" className={styles.hint}>
          {copyNote}
        </span>
      </div>
      {selectedTotal > selected.length && (
        <p className={styles.hint}>
          The list keeps the first {formatCount(MAX_STORED_FINDINGS)} findings of the file; {formatCount(selectedTotal - selected.length)} more of this kind are counted but not listed.
        </p>
      )}
      <div className={styles.tableScroll} tabIndex={0} role="group" aria-label="Findings">
        <table className={styles.findings}>
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Finding</th>
              <th scope="col">Reason</th>
            </tr>
          </thead>
          <tbody>
            {selected.slice(0, shown).map((finding, i) => (
              <tr key={`${finding.line}-${finding.kind}-${i}`}>
                <td className={styles.lineCell}>{finding.line}</td>
                <td>
                  <span className={findingKinds[finding.kind].severity === 'error' ? styles.errorTag : styles.warningTag}>{findingKinds[finding.kind].severity === 'error' ? 'Error' : 'Warning'}</span>{' '}
                  {findingKinds[finding.kind].label}
                </td>
                <td>{finding.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {selected.length > shown && (
        <button type="button" className="button button--secondary button--sm" onClick={() => setShown((n) => n + PAGE * 5)}>
          Show {formatCount(Math.min(PAGE * 5, selected.length - shown))} more of {formatCount(selected.length - shown)}
        </button>
      )}
    </div>
  );
}
