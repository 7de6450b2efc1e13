import React, {useId, useState} from 'react';
import {useBaseUrlUtils} from '@docusaurus/useBaseUrl';
import {formatComplianceTarget} from '@site/src/data/evaluation';
import {formatInteger} from '@site/src/utils/numberFormat';
import {formatRate} from '@site/src/components/WinRateCalculator/winRate';
import {complianceShare, MAX_LISTED_FAILURES, type ModelCompliance} from './formatCompliance';
import type {FormatState} from './useEvaluationWorker';
import styles from './styles.module.css';

export const SAMPLE_SCHEMA = '/datasets/sample-ab-evaluation.schema.json';

interface Props {
  state: FormatState;
  /** Per-model results would say which response is which: they wait for the unblinding. */
  unblinded: boolean;
  onCheck: (schemaText: string) => void;
}

function ModelRow({name, model}: {name: string; model: ModelCompliance}) {
  const share = complianceShare(model);
  return (
    <tr>
      <th scope="row">{name}</th>
      <td>
        {formatInteger(model.parsed)} of {formatInteger(model.checked)}
      </td>
      <td>
        {formatInteger(model.valid)} of {formatInteger(model.checked)} ({formatRate(share)})
      </td>
      <td>{share > formatComplianceTarget ? 'Meets > 98%' : 'Below 98%'}</td>
    </tr>
  );
}

function Failures({name, model}: {name: string; model: ModelCompliance}) {
  const failed = model.checked - model.valid;
  if (failed === 0) return null;
  return (
    <details className={styles.failures}>
      <summary>
        {name}: {formatInteger(failed)} failing {failed === 1 ? 'response' : 'responses'}
      </summary>
      {failed > model.failures.length && <p className={styles.hint}>The first {formatInteger(MAX_LISTED_FAILURES)} are listed.</p>}
      <ul>
        {model.failures.map((failure) => (
          <li key={failure.index}>
            Prompt {formatInteger(failure.index + 1)} (line {formatInteger(failure.line)}): {failure.reason}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** T1.8's format-compliance row: paste a JSON Schema, see the share of each model's responses that validate. */
export default function FormatCompliancePanel({state, unblinded, onCheck}: Props): React.JSX.Element {
  const schemaId = useId();
  const [schema, setSchema] = useState('');
  const [note, setNote] = useState('');
  const {withBaseUrl} = useBaseUrlUtils();

  const loadSampleSchema = async () => {
    try {
      const response = await fetch(withBaseUrl(SAMPLE_SCHEMA));
      if (!response.ok) throw new Error(String(response.status));
      const text = await response.text();
      setSchema(text);
      setNote('');
      onCheck(text);
    } catch {
      setNote('The sample schema could not be loaded; check your connection.');
    }
  };

  return (
    <details className={styles.panel}>
      <summary className={styles.panelSummary}>Format compliance: check the responses against a JSON Schema (optional)</summary>
      <p className={styles.hint}>
        For a model fine-tuned to answer in JSON. Each response must parse as JSON on its own (a Markdown code fence or a sentence before it fails) and validate against the schema. Drafts 4, 7, 2019-09 and
        2020-12, as the schema’s “$schema” says.
      </p>
      <label htmlFor={schemaId} className={styles.label}>
        JSON Schema
      </label>
      <textarea id={schemaId} className={styles.textarea} rows={6} spellCheck={false} value={schema} onChange={(event) => setSchema(event.target.value)} />
      <div className={styles.buttonRow}>
        <button type="button" className="button button--primary button--sm" disabled={schema.trim() === '' || state.phase === 'checking'} onClick={() => onCheck(schema)}>
          Check the responses
        </button>
        <button type="button" className="button button--secondary button--sm" onClick={() => void loadSampleSchema()}>
          Use the sample’s schema
        </button>
      </div>
      {note && <p className={styles.problem}>{note}</p>}
      <div role="status">
        {state.phase === 'checking' && <p>Checking…</p>}
        {state.phase === 'failed' && <p className={styles.problem}>The check stopped: {state.message}</p>}
        {state.phase === 'done' && state.outcome.kind === 'bad-schema' && <p className={styles.problem}>{state.outcome.message}</p>}
        {state.phase === 'done' && state.outcome.kind === 'checked' && !unblinded && (
          <p>Checked. The results appear when you unblind: they would tell you which response is which.</p>
        )}
      </div>
      {state.phase === 'done' && state.outcome.kind === 'checked' && unblinded && (
        <>
          <div className={styles.tableScroll} tabIndex={0} role="group" aria-label="Format compliance">
            <table className={styles.table}>
              <thead>
                <tr>
                  <th scope="col">Model</th>
                  <th scope="col">Parse as JSON</th>
                  <th scope="col">Validate</th>
                  <th scope="col">T1.8 target</th>
                </tr>
              </thead>
              <tbody>
                <ModelRow name="Base" model={state.outcome.base} />
                <ModelRow name="Fine-tuned" model={state.outcome.fineTuned} />
              </tbody>
            </table>
          </div>
          <Failures name="Fine-tuned" model={state.outcome.fineTuned} />
          <Failures name="Base" model={state.outcome.base} />
        </>
      )}
    </details>
  );
}
