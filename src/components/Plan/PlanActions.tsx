/** The plan's permalink, "Download as Markdown", "Print", and what to do with a linked plan or a stored one. */
import React, {useState} from 'react';
import {useHistory} from '@docusaurus/router';
import {emptyScenario, setFacts} from '@site/src/utils/scenario/scenario';
import {writeScenario} from '@site/src/utils/scenario/scenarioStorage';
import {factsFromPlanInputs, type PlanInputs} from './planInputs';
import styles from './styles.module.css';

function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], {type: 'text/markdown;charset=utf-8'}));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

interface PlanActionsProps {
  permalink: string;
  markdown: () => string;
  from: 'link' | 'browser';
  inputs: PlanInputs;
  hasStoredPlan: boolean;
  planPath: string;
}

export default function PlanActions({permalink, markdown, from, inputs, hasStoredPlan, planPath}: PlanActionsProps): React.JSX.Element {
  const history = useHistory();
  const [said, setSaid] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(permalink);
      setSaid('Permalink copied.');
    } catch {
      setSaid('This browser did not let the page copy: select the permalink in the box and copy it.');
    }
  };
  return (
    <div className={styles.actionsBlock}>
      <div className={styles.permalink}>
        <label htmlFor="plan-permalink" className={styles.label}>
          Permalink: every input of this plan, no file
        </label>
        <div className={styles.permalinkRow}>
          <input id="plan-permalink" className={styles.permalinkBox} readOnly value={permalink} onFocus={(event) => event.currentTarget.select()} />
          <button type="button" className="button button--secondary button--sm" onClick={() => void copy()}>
            Copy
          </button>
        </div>
        <a className={styles.printedLink} href={permalink}>
          {permalink}
        </a>
      </div>
      <div className={styles.buttons}>
        <button type="button" className="button button--primary button--sm" onClick={() => download(markdown(), 't1-fine-tuning-plan.md')}>
          Download as Markdown
        </button>
        <button type="button" className="button button--secondary button--sm" onClick={() => window.print()}>
          Print
        </button>
        {from === 'link' ? (
          <>
            <button
              type="button"
              className="button button--secondary button--sm"
              onClick={() => {
                writeScenario(setFacts(emptyScenario(), factsFromPlanInputs(inputs), 'plan-link', Date.now()));
                history.push(planPath);
              }}>
              {hasStoredPlan ? 'Replace my plan with this one' : 'Make this my plan'}
            </button>
            {hasStoredPlan && (
              <button type="button" className="button button--secondary button--sm" onClick={() => history.push(planPath)}>
                Open my own plan
              </button>
            )}
          </>
        ) : (
          hasStoredPlan && (
            <button
              type="button"
              className="button button--secondary button--sm"
              onClick={() => {
                writeScenario(null);
                setSaid('Your plan is cleared.');
              }}>
              Clear my plan
            </button>
          )
        )}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {said}
      </p>
      {said && !said.endsWith('copied.') && <p className={styles.note}>{said}</p>}
    </div>
  );
}
