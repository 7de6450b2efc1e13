/**
 * The reader's progress on the overview page: "7 of 11 sections checked, 38 of 57 questions right", the sections to
 * revisit, and "Start over". What it shows depends on what this browser has stored, so the server and the hydrating
 * render show the general text and the summary fills in after; its code and the questions (to count each section's)
 * load only when something is stored.
 */
import React, {useEffect, useState, type ComponentType} from 'react';
import Link from '@docusaurus/Link';
import {useProgressText} from '@site/src/components/CheckYourUnderstanding/progressWriting';
import {sidebarScoreTexts} from '@site/src/components/CheckYourUnderstanding/sectionScore';
import styles from './styles.module.css';

export default function ProgressSummary(): React.JSX.Element {
  const text = useProgressText();
  // A section with an answer is one the sidebar shows a score for.
  const started = Object.keys(sidebarScoreTexts(text)).length > 0;
  const [Summary, setSummary] = useState<ComponentType<{text: string}> | null>(null);
  useEffect(() => {
    if (started && !Summary) import('./Summary').then((module) => setSummary(() => module.default));
  }, [started, Summary]);
  return (
    <div className={styles.summary}>
      <p>
        Every section ends with questions that check your understanding; your first answer to each is your score. Your
        answers stay in this browser and are never sent anywhere. For a quick check across the whole module, take{' '}
        <Link to="/t1/check">the module check</Link>: fifteen questions drawn from every section.
      </p>
      {started && text && Summary ? <Summary text={text} /> : <p>{started ? 'Counting your answers…' : 'You have not answered any questions yet.'}</p>}
    </div>
  );
}
