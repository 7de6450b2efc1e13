/** "Data readiness": the file's counts, the findings to fix first by kind, and T1.6's "How much data?". */
import React from 'react';
import Link from '@docusaurus/Link';
import {formatInteger} from '@site/src/utils/numberFormat';
import type {Plan} from './planEngine';
import {dataFacts} from './planTexts';
import type {FindingCount} from './dataSection';
import styles from './styles.module.css';

/** One severity's findings on one line, by kind, most first: "Errors (9): No assistant message 2 · Not valid JSON 1". */
function FindingLine({title, findings}: {title: string; findings: FindingCount[]}): React.JSX.Element {
  const total = findings.reduce((sum, finding) => sum + finding.count, 0);
  return (
    <p className={styles.findings}>
      <strong>
        {title} ({formatInteger(total)}):
      </strong>{' '}
      {findings.map((finding, index) => (
        <React.Fragment key={finding.kind}>
          {index > 0 && ' · '}
          <span data-finding={finding.kind}>
            {finding.label} {formatInteger(finding.count)}
          </span>
        </React.Fragment>
      ))}
    </p>
  );
}

export default function DataView({plan}: {plan: Plan}): React.JSX.Element {
  const {data} = plan;
  return (
    <section aria-labelledby="plan-data" className={styles.section}>
      <h2 id="plan-data">Data readiness</h2>
      {data.summary ? (
        <dl className={styles.facts}>
          {dataFacts(plan).map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className={styles.missingText}>No training file checked yet.</p>
      )}
      {data.errors.length > 0 && <FindingLine title="Errors to fix first (a trainer would reject these lines)" findings={data.errors} />}
      {data.warnings.length > 0 && <FindingLine title="Warnings to look at" findings={data.warnings} />}
      {data.summary && data.errors.length + data.warnings.length === 0 && <p>The checker found nothing to fix.</p>}
      {data.volume && (
        <p data-volume-tier={data.volume.tier}>
          <strong>How much data (T1.6):</strong> {data.volume.sentence} {data.volume.why}
          {data.volume.basis === 'fit' ? '; the count is the fit table’s, not a checked file’s.' : '.'}
        </p>
      )}
      <p className={styles.linkLine}>
        <Link to="/t1/data-preparation/#check-your-training-data">{data.summary ? 'Check the file again' : 'Check your file'}</Link>
      </p>
    </section>
  );
}
