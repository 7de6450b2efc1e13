import React, {useEffect, useId, useMemo, useRef, useState, useSyncExternalStore} from 'react';
import {useBaseUrlUtils} from '@docusaurus/useBaseUrl';
import {dataVolumeByModelSize, dataVolumeRow, excellentText, goodText, minimumText, type ModelSizeLabel} from '@site/src/data/dataPreparation';
import type {FormatChoice} from './checkLine';
import type {DatasetSummary} from './datasetSummary';
import FileDropZone from '@site/src/components/FileDropZone';
import FindingsList from './FindingsList';
import ResponseLengthChart from './ResponseLengthChart';
import TrainingCostTable from './TrainingCostTable';
import UseTheseNumbers from './UseTheseNumbers';
import {CONTEXT_LIMIT_PRESETS, DEFAULT_SETTINGS, LIMITS, mergeSettingsIntoSearch, parseSettings, type CheckerSettings} from './settings';
import {useWholeNumberDraft} from '@site/src/utils/useWholeNumberDraft';
import {useCheckWorker, type CheckState} from './useCheckWorker';
import {checklistVerdicts, findingsAtLimit, formatCount, formatPercent, messageMix, tokenStats, volumeVerdict, type CheckStatus} from './verdicts';
import styles from './styles.module.css';

const SAMPLES = [
  {file: '/datasets/sample-chat.jsonl', label: 'Try the sample chat file', name: 'sample-chat.jsonl'},
  {file: '/datasets/sample-preference.jsonl', label: 'Try the sample preference file', name: 'sample-preference.jsonl'},
] as const;

const FORMAT_LABELS: Record<FormatChoice, string> = {
  auto: 'Detect from the file',
  chat: 'Chat: {"messages": [{"role", "content"}, …]}',
  preference: 'Preference: {"prompt", "chosen", "rejected"}',
};

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(bytes < 1e7 ? 2 : 1)} MB`;
}

// ---------------------------------------------------------------------------
// Settings in the query string: read after hydration, written with replaceState.

const noSubscription = () => () => {};
const readSearch = () => window.location.search;
// The server, and the first client render during hydration, see no query: both render the defaults.
const noSearchOnServer = () => null;

function useSettingsInUrl() {
  const search = useSyncExternalStore(noSubscription, readSearch, noSearchOnServer);
  const fromUrl = useMemo(() => (search === null ? {settings: DEFAULT_SETTINGS, messages: []} : parseSettings(search)), [search]);
  // Once the reader changes a setting, their choice wins over the link.
  const [edited, setEdited] = useState<CheckerSettings | null>(null);
  const settings = edited ?? fromUrl.settings;
  useEffect(() => {
    if (edited === null) return;
    const {pathname, search: current, hash} = window.location;
    const next = mergeSettingsIntoSearch(current, edited);
    if (next !== current) window.history.replaceState(window.history.state, '', `${pathname}${next}${hash}`);
  }, [edited]);
  const update = (change: Partial<CheckerSettings>) => setEdited({...settings, ...change});
  return {settings, messages: edited ? [] : fromUrl.messages, update};
}

// ---------------------------------------------------------------------------

function WholeNumberField({label, value, limits, onValue, hint, list}: {label: string; value: number; limits: {min: number; max: number}; onValue: (value: number) => void; hint: React.ReactNode; list?: readonly number[]}) {
  const id = useId();
  const {draft, note, onText} = useWholeNumberDraft(value, limits, onValue);
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <input
        id={id}
        className={styles.box}
        inputMode="numeric"
        list={list ? `${id}-presets` : undefined}
        value={draft}
        aria-describedby={`${id}-hint ${id}-note`}
        onChange={(event) => onText(event.target.value)}
      />
      {list && (
        <datalist id={`${id}-presets`}>
          {list.map((preset) => (
            <option key={preset} value={preset} />
          ))}
        </datalist>
      )}
      <p id={`${id}-hint`} className={styles.hint}>
        {hint}
      </p>
      <p id={`${id}-note`} className={styles.note} aria-live="polite">
        {note}
      </p>
    </div>
  );
}

const STATUS_TEXT: Record<CheckStatus, string> = {pass: 'Pass', fail: 'Fail', review: 'Check by hand'};

function Figure({term, children}: {term: string; children: React.ReactNode}) {
  return (
    <div className={styles.figure}>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Summary({summary, settings, overLimit}: {summary: DatasetSummary; settings: CheckerSettings; overLimit: number}) {
  const stats = useMemo(() => tokenStats(summary.tokensPerExample), [summary]);
  const {roles, commonLengths} = useMemo(() => messageMix(summary), [summary]);
  const top = summary.topSystemPrompts[0];
  const withSystem = summary.valid - summary.examplesWithoutSystemPrompt;
  return (
    <dl className={styles.figures}>
      <Figure term="Examples">
        {formatCount(summary.examples)}
        <span className={styles.subtle}>
          {' '}
          ({formatCount(summary.lines)} lines{summary.blankLines ? `, ${formatCount(summary.blankLines)} blank` : ''}; format: {summary.format ?? 'not recognised'})
        </span>
      </Figure>
      <Figure term="Valid">{formatCount(summary.valid)}</Figure>
      <Figure term="Invalid">{formatCount(summary.invalid)}</Figure>
      <Figure term="Exact duplicates">{formatCount(summary.exactDuplicates)}</Figure>
      <Figure term="Near duplicates">
        {formatCount(summary.nearDuplicates)}
        <span className={styles.subtle}> (same apart from case and whitespace)</span>
      </Figure>
      <Figure term="Same prompt, different answer">{formatCount(summary.conflictingAnswers)}</Figure>
      {summary.format !== 'preference' && (
        <>
          <Figure term="Messages by role">{roles.length ? roles.map(([role, count]) => `${role} ${formatCount(count)}`).join(' · ') : 'none'}</Figure>
          <Figure term="Messages per example">
            {commonLengths.length ? commonLengths.map((length) => `${length.messages}: ${formatPercent(length.share)}`).join(' · ') : 'none'}
            <span className={styles.subtle}> ({formatCount(summary.multiTurnExamples)} with more than one user turn)</span>
          </Figure>
          <Figure term="System prompts">
            {formatCount(summary.distinctSystemPrompts)} distinct
            {top && withSystem > 0 ? (
              <span className={styles.subtle}>
                {' '}
                · the most common, “{top.text}”, opens {formatPercent(top.examples / summary.valid)} of valid examples
              </span>
            ) : null}
            {summary.examplesWithoutSystemPrompt > 0 && <span className={styles.subtle}> · {formatCount(summary.examplesWithoutSystemPrompt)} without one</span>}
          </Figure>
        </>
      )}
      <Figure term="Tokens per example (GPT-4o, o200k_base)">
        {stats ? (
          <>
            median {formatCount(stats.median)}
            <span className={styles.subtle}>
              {' '}
              · min {formatCount(stats.min)} · mean {formatCount(stats.mean)} · 95th percentile {formatCount(stats.p95)} · max {formatCount(stats.max)}
            </span>
          </>
        ) : (
          'no valid examples'
        )}
      </Figure>
      <Figure term="Tokens in the valid examples">{formatCount(summary.totalTokens)}</Figure>
      <Figure term={`Over the context limit (${formatCount(settings.contextLimit)} tokens)`}>{formatCount(overLimit)}</Figure>
    </dl>
  );
}

function Results({summary, settings, update}: {summary: DatasetSummary; settings: CheckerSettings; update: (change: Partial<CheckerSettings>) => void}) {
  const sizeId = useId();
  const epochsId = useId();
  const volume = volumeVerdict(summary.uniqueValid, settings.modelSize);
  const checklist = useMemo(() => checklistVerdicts(summary), [summary]);
  // Computed once per file and limit: the summary's count and the findings list share it.
  const atLimit = useMemo(() => findingsAtLimit(summary, settings.contextLimit), [summary, settings.contextLimit]);
  const row = dataVolumeRow(settings.modelSize);

  return (
    <div className={styles.results}>
      {summary.notices.length > 0 && (
        <ul className={styles.notices} aria-label="About the file">
          {summary.notices.map((notice) => (
            <li key={notice.kind}>{notice.message}</li>
          ))}
        </ul>
      )}

      <h3>Summary</h3>
      <WholeNumberField
        label="Context limit, tokens"
        value={settings.contextLimit}
        limits={LIMITS.contextLimit}
        list={CONTEXT_LIMIT_PRESETS}
        onValue={(contextLimit) => update({contextLimit})}
        hint="Set it to the sequence length you will train with; longer examples are cut or dropped by the trainer. “8k” works."
      />
      <Summary summary={summary} settings={settings} overLimit={atLimit.overLimit} />
      <UseTheseNumbers summary={summary} counts={atLimit.counts} contextLimit={settings.contextLimit} />

      <h3>Response lengths</h3>
      <ResponseLengthChart bands={summary.responseLengthBands} responses={summary.responses} />

      <h3>How much data?</h3>
      <div className={styles.field}>
        <label htmlFor={sizeId} className={styles.label}>
          Model size
        </label>
        <select id={sizeId} value={settings.modelSize} onChange={(event) => update({modelSize: event.target.value as ModelSizeLabel})}>
          {dataVolumeByModelSize.map((r) => (
            <option key={r.modelSize} value={r.modelSize}>
              {r.modelSize}
            </option>
          ))}
        </select>
      </div>
      <p className={styles.verdict} data-tier={volume.tier}>
        <output aria-label="How much data verdict">{volume.sentence}</output>
      </p>
      <p className={styles.hint}>
        T1.6 for {row.modelSize}: minimum {minimumText(row)}, good {goodText(row)}, excellent {excellentText(row)}. Usable examples are the valid ones, duplicates removed.
      </p>

      <h3>Data-quality checklist</h3>
      <div className={styles.tableScroll} tabIndex={0} role="group" aria-label="Data-quality checklist">
        <table className={styles.checklist}>
          <thead>
            <tr>
              <th scope="col">Check</th>
              <th scope="col">Result</th>
              <th scope="col">What the file shows</th>
            </tr>
          </thead>
          <tbody>
            {checklist.map((verdict) => (
              <tr key={verdict.check.id}>
                <th scope="row">{verdict.check.check}</th>
                <td>
                  <span className={styles[`status_${verdict.status}`]}>{STATUS_TEXT[verdict.status]}</span>
                </td>
                <td>{verdict.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className={styles.hint}>“Pass” and “Fail” judge only what a program can see in the file; where the module gives no number, the thresholds are this site’s rules of thumb, named in each row.</p>

      <h3>Training cost</h3>
      <div className={styles.field}>
        <label htmlFor={epochsId} className={styles.label}>
          Epochs
        </label>
        <select id={epochsId} value={settings.epochs} onChange={(event) => update({epochs: Number(event.target.value)})}>
          {Array.from({length: LIMITS.epochs.max - LIMITS.epochs.min + 1}, (_, i) => i + LIMITS.epochs.min).map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
        <p className={styles.hint}>T1.4: “Train for 1-3 epochs”. Azure bills every token of the training file once per epoch.</p>
      </div>
      <TrainingCostTable fileTokens={summary.totalTokens} epochs={settings.epochs} />

      <h3>Findings</h3>
      <FindingsList findings={atLimit.findings} counts={atLimit.counts} />
    </div>
  );
}

function StatusLine({state, onCancel}: {state: CheckState; onCancel: () => void}) {
  switch (state.phase) {
    case 'idle':
      return null;
    case 'checking': {
      const {bytesRead, totalBytes, lines} = state.progress;
      return (
        <div className={styles.progress}>
          <label className={styles.label}>
            Checking {state.name}
            <progress max={Math.max(totalBytes, 1)} value={bytesRead} className={styles.progressBar} />
          </label>
          <span className={styles.hint}>
            {megabytes(bytesRead)} of {megabytes(totalBytes)} · {formatCount(lines)} lines
          </span>
          <button type="button" className="button button--secondary button--sm" onClick={onCancel}>
            Cancel
          </button>
        </div>
      );
    }
    case 'cancelled':
      return <p className={styles.note}>Cancelled the check of {state.name}.</p>;
    case 'refused':
      return <p className={styles.problem}>{state.refusal.message}</p>;
    case 'failed':
      return <p className={styles.problem}>The check of {state.name} stopped: {state.message}</p>;
    case 'done':
      return null;
  }
}

function announce(state: CheckState): string {
  switch (state.phase) {
    case 'checking':
      return `Checking ${state.name}…`;
    case 'done':
      return `Checked ${state.name}: ${formatCount(state.summary.examples)} examples, ${formatCount(state.summary.valid)} valid, in ${state.seconds.toFixed(1)} s.`;
    case 'cancelled':
      return 'Check cancelled.';
    case 'refused':
    case 'failed':
      return `Could not check ${state.name}.`;
    default:
      return '';
  }
}

/** T1.6's checks on the reader's own JSONL file, run in a Web Worker: nothing leaves the browser. */
export default function TrainingDataCheck(): React.JSX.Element {
  const formatId = useId();
  const pasteId = useId();
  const {settings, messages, update} = useSettingsInUrl();
  const {state, start, cancel} = useCheckWorker();
  const [pasted, setPasted] = useState('');
  const [inputNote, setInputNote] = useState('');
  const lastSource = useRef<{blob: Blob; name: string} | null>(null);
  const {withBaseUrl} = useBaseUrlUtils();
  const sampleUrls = SAMPLES.map((sample) => withBaseUrl(sample.file));

  const check = (blob: Blob, name: string, format = settings.format) => {
    setInputNote('');
    lastSource.current = {blob, name};
    start(blob, name, format);
  };

  const checkSample = async (index: number) => {
    setInputNote('');
    try {
      const response = await fetch(sampleUrls[index]);
      if (!response.ok) throw new Error(`status ${response.status}`);
      check(await response.blob(), SAMPLES[index].name);
    } catch {
      setInputNote('The sample file could not be loaded; check your connection and try again.');
    }
  };

  return (
    <section className={styles.widget} aria-label="Training-data checker">
      <noscript>
        <p className={styles.problem}>The checker runs in your browser and needs JavaScript.</p>
      </noscript>
      {messages.length > 0 && (
        <div className={styles.messages} role="status">
          <p>Some settings in the link were not used:</p>
          <ul>
            {messages.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </div>
      )}

      <div className={styles.form}>
        <p className={styles.privacy}>Your file stays on your device: it is read here, in a background worker, and never uploaded.</p>
        <div className={styles.field}>
          <label htmlFor={formatId} className={styles.label}>
            Format
          </label>
          <select
            id={formatId}
            value={settings.format}
            onChange={(event) => {
              const format = event.target.value as FormatChoice;
              update({format});
              // A file already checked is checked again in the new format.
              if (lastSource.current && state.phase !== 'idle') check(lastSource.current.blob, lastSource.current.name, format);
            }}>
            {(Object.keys(FORMAT_LABELS) as FormatChoice[]).map((format) => (
              <option key={format} value={format}>
                {FORMAT_LABELS[format]}
              </option>
            ))}
          </select>
        </div>

        <FileDropZone
          label="Choose a .jsonl file, or drop it here"
          accept=".jsonl,.ndjson,.json,.txt"
          onFile={(file) => check(file, file.name)}
          onNoFile={() => setInputNote('Nothing to check: drop a file, not text or a link.')}
        />

        <div className={styles.sampleRow}>
          {SAMPLES.map((sample, index) => (
            <button key={sample.file} type="button" className="button button--primary button--sm" onClick={() => void checkSample(index)}>
              {sample.label}
            </button>
          ))}
          <span className={styles.hint}>
            Written for this site with deliberate problems in it (
            <a href={sampleUrls[0]} download>
              chat
            </a>
            ,{' '}
            <a href={sampleUrls[1]} download>
              preference
            </a>
            ).
          </span>
        </div>

        <details className={styles.paste}>
          <summary>Or paste JSONL text</summary>
          <label htmlFor={pasteId} className={styles.label}>
            JSONL text, one example per line
          </label>
          <textarea id={pasteId} className={styles.textarea} rows={6} spellCheck={false} value={pasted} onChange={(event) => setPasted(event.target.value)} />
          <button
            type="button"
            className="button button--secondary button--sm"
            onClick={() => {
              if (pasted.trim() === '') setInputNote('The box is empty: paste some JSONL first.');
              else check(new Blob([pasted], {type: 'text/plain'}), 'the pasted text');
            }}>
            Check the pasted text
          </button>
        </details>
        {inputNote && <p className={styles.note}>{inputNote}</p>}
      </div>

      <p role="status" className="visually-hidden">
        {announce(state)}
      </p>
      <StatusLine state={state} onCancel={cancel} />
      {state.phase === 'done' && (
        <>
          <p className={styles.doneLine}>
            Checked {state.name} in <span data-testid="check-seconds">{state.seconds.toFixed(1)}</span> s.
          </p>
          <Results summary={state.summary} settings={settings} update={update} />
        </>
      )}
    </section>
  );
}
