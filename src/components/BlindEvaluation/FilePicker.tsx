import React, {useId, useState} from 'react';
import {useBaseUrlUtils} from '@docusaurus/useBaseUrl';
import FileDropZone from '@site/src/components/FileDropZone';
import styles from './styles.module.css';

export const SAMPLE_FILE = {url: '/datasets/sample-ab-evaluation.jsonl', name: 'sample-ab-evaluation.jsonl'};

/** Where the rater's file comes from: chosen, dropped, pasted or the sample. Nothing is uploaded. */
export default function FilePicker({onFile}: {onFile: (source: Blob, name: string) => void}): React.JSX.Element {
  const pasteId = useId();
  const [pasted, setPasted] = useState('');
  const [note, setNote] = useState('');
  const {withBaseUrl} = useBaseUrlUtils();
  const sampleUrl = withBaseUrl(SAMPLE_FILE.url);

  const open = (source: Blob, name: string) => {
    setNote('');
    onFile(source, name);
  };
  const openSample = async () => {
    try {
      const response = await fetch(sampleUrl);
      if (!response.ok) throw new Error(String(response.status));
      open(await response.blob(), SAMPLE_FILE.name);
    } catch {
      setNote('The sample file could not be loaded; check your connection and try again.');
    }
  };

  return (
    <div className={styles.picker}>
      <p className={styles.privacy}>Your file stays on your device: it is read here, in a background worker, and your ratings are kept in this browser only.</p>
      <FileDropZone
        label="Choose a .jsonl file of test prompts, or drop it here"
        accept=".jsonl,.ndjson,.json,.txt"
        onFile={(file) => open(file, file.name)}
        onNoFile={() => setNote('Nothing to read: drop a file, not text or a link.')}>
        <p className={styles.hint}>
          One prompt per line: <code>{'{"prompt": …, "base": …, "fine_tuned": …}'}</code>, optionally with <code>"reference"</code>, the expected answer.
        </p>
      </FileDropZone>
      <div className={styles.buttonRow}>
        <button type="button" className="button button--primary button--sm" onClick={() => void openSample()}>
          Rate the sample file
        </button>
        <span className={styles.hint}>
          20 prompts to a broadband provider’s support assistant, fine-tuned to answer in JSON (
          <a href={sampleUrl} download>
            download
          </a>
          ).
        </span>
      </div>
      <details className={styles.paste}>
        <summary>Or paste JSONL text</summary>
        <label htmlFor={pasteId} className={styles.label}>
          JSONL text, one prompt per line
        </label>
        <textarea id={pasteId} className={styles.textarea} rows={5} spellCheck={false} value={pasted} onChange={(event) => setPasted(event.target.value)} />
        <button
          type="button"
          className="button button--secondary button--sm"
          onClick={() => (pasted.trim() === '' ? setNote('The box is empty: paste some JSONL first.') : open(new Blob([pasted], {type: 'text/plain'}), 'the pasted text'))}>
          Rate the pasted text
        </button>
      </details>
      {note && <p className={styles.problem}>{note}</p>}
    </div>
  );
}
