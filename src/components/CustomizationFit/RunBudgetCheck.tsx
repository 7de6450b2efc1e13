/**
 * Budget and days held against the reader's run (the LoRA calculator's model and GPU, the fit table's tokens and
 * epochs). The run engines load only once there is a plan to check against, so the table's page stays light.
 */
import React, {useEffect, useState} from 'react';
import Link from '@docusaurus/Link';
import {useScenario} from '@site/src/utils/scenario/useScenario';
import {isEmptyScenario} from '@site/src/utils/scenario/scenario';
import type {Situation} from './situation';
import styles from './styles.module.css';

type FitCheckModule = typeof import('@site/src/components/Plan/fitCheck');

export default function RunBudgetCheck({situation}: {situation: Situation}): React.JSX.Element | null {
  const {scenario} = useScenario();
  const [engine, setEngine] = useState<FitCheckModule | null>(null);
  const wanted = scenario !== null && !isEmptyScenario(scenario);
  useEffect(() => {
    if (!wanted || engine) return;
    let cancelled = false;
    void import('@site/src/components/Plan/fitCheck').then((module) => {
      if (!cancelled) setEngine(module);
    });
    return () => {
      cancelled = true;
    };
  }, [wanted, engine]);
  if (!engine || !scenario || !wanted) return null;
  const check = engine.checkSituationAgainstRun(situation, scenario);
  if (!check) return null;
  return (
    <p className={styles.runCheck} data-budget-status={check.status}>
      <strong>Budget and days against your run:</strong> {check.sentence}
      {check.status === 'not-sized' && (
        <>
          {' '}
          <Link to="/t1/lora-qlora/#lora-memory-calculator">Open the LoRA calculator</Link>
        </>
      )}
    </p>
  );
}
