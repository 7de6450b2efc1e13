/** "Use these numbers": the checked file's counts into the reader's plan, and what each widget will take from it. */
import React, {useMemo, useState} from 'react';
import Link from '@docusaurus/Link';
import PlanStorageNote from '@site/src/components/PlanBar/StorageNote';
import {PLAN_PAGE} from '@site/src/components/PlanBar/planPage';
import planBarStyles from '@site/src/components/PlanBar/styles.module.css';
import {setFacts} from '@site/src/utils/scenario/scenario';
import {updateScenario} from '@site/src/utils/scenario/scenarioStorage';
import {setAtText} from '@site/src/utils/scenario/timeText';
import {useToday} from '@site/src/utils/scenario/useToday';
import {useScenario} from '@site/src/utils/scenario/useScenario';
import type {DatasetSummary} from './datasetSummary';
import type {FindingKind} from './findings';
import {planNumbers} from './planNumbers';
import {formatCount} from './verdicts';

interface UseTheseNumbersProps {
  summary: DatasetSummary;
  counts: Record<FindingKind, number>;
  contextLimit: number;
}

export default function UseTheseNumbers({summary, counts, contextLimit}: UseTheseNumbersProps): React.JSX.Element {
  const numbers = useMemo(() => planNumbers(summary, counts, contextLimit), [summary, counts, contextLimit]);
  const {scenario, kept} = useScenario();
  const [said, setSaid] = useState('');
  const today = useToday();
  const stored = scenario?.facts.dataSummary;
  const inPlan = stored !== undefined && JSON.stringify(stored.value) === JSON.stringify(numbers.summary);
  const {facts} = numbers;
  const objective = facts.objective === 'dpo' ? 'DPO (a preference file)' : facts.objective === 'sft' ? 'SFT (a chat file)' : null;

  return (
    <aside className={planBarStyles.bar} aria-label="Use these numbers in your plan" data-plan-bar="checker">
      <div className={planBarStyles.line}>
        <p className={planBarStyles.title}>
          <strong>Your plan</strong> <span className={planBarStyles.subtle}>kept in this browser, never uploaded</span>
        </p>
        <div className={planBarStyles.actions}>
          {inPlan ? (
            <span className={planBarStyles.inPlan}>
              <span aria-hidden="true">✓ </span>In your plan{stored && today !== null ? `, ${setAtText(stored.at, today)}` : ''}
            </span>
          ) : (
            <button
              type="button"
              className="button button--primary button--sm"
              disabled={scenario === null}
              onClick={() => {
                updateScenario((current) => setFacts(current, facts, 'checker', Date.now()));
                setSaid('These numbers are in your plan.');
              }}>
              Use these numbers
            </button>
          )}
          <Link className="button button--secondary button--sm" to={PLAN_PAGE}>
            Open my plan
          </Link>
        </div>
      </div>
      <ul className={planBarStyles.block}>
        <li>
          The fit table: {formatCount(summary.valid)} valid examples
          {facts.tokensPerExample ? `, ${formatCount(facts.tokensPerExample)} tokens per example (the mean)` : ''}.
        </li>
        {(facts.tokensPerEpoch || facts.seqLength || objective) && (
          <li>
            The run you size in the LoRA calculator:{' '}
            {[
              facts.tokensPerEpoch ? `${formatCount(facts.tokensPerEpoch)} training tokens per epoch` : null,
              facts.seqLength ? `a sequence length of ${formatCount(facts.seqLength)}, which holds the 95th percentile (${formatCount(numbers.summary.tokensP95)} tokens)` : null,
              objective ? `${objective} as the objective` : null,
            ]
              .filter(Boolean)
              .join('; ')}
            .
          </li>
        )}
        <li>The plan page: these counts and the findings by kind, never a line of the file.</li>
      </ul>
      <PlanStorageNote kept={kept} />
      <p className="visually-hidden" aria-live="polite">
        {said}
      </p>
    </aside>
  );
}
