/**
 * The reader's progress on the overview page: "7 of 11 sections checked, 38 of 55 questions right", the sections to
 * revisit, the module check, and "Start over". Everything shown depends on what this browser has stored, so the server
 * and the hydrating render show the general text; the summary fills in after. The questions are loaded only when
 * something is stored (to count each section's questions).
 */
import React, {useEffect, useState} from 'react';
import Link from '@docusaurus/Link';
import {moduleSections} from '@site/src/data/sections';
import {CHECK_ANCHOR} from '@site/src/data/questions/links';
import type {SectionQuestions} from '@site/src/data/questions/types';
import {loadAllSections, sectionIdOf} from '@site/src/components/CheckYourUnderstanding/sectionQuestions';
import {emptyProgress, moduleSummary, parseProgress, type SectionSummary} from '@site/src/components/CheckYourUnderstanding/progress';
import {useProgressText, writeProgressText} from '@site/src/components/CheckYourUnderstanding/progressWriting';
import ConfirmButton from '@site/src/components/CheckYourUnderstanding/ConfirmButton';
import styles from './styles.module.css';

const CHECK_PATH = '/t1/check';

function SectionLinks({sections, label}: {sections: SectionSummary[]; label: string}): React.JSX.Element | null {
  if (sections.length === 0) return null;
  return (
    <>
      <p className={styles.listLabel}>{label}</p>
      <ul>
        {sections.map((summary) => {
          const section = moduleSections.find((s) => sectionIdOf(s) === summary.section)!;
          return (
            <li key={summary.section}>
              <Link to={`${section.path}#${CHECK_ANCHOR}`}>{section.title}</Link>
              {summary.answered > 0 && ` — ${summary.right} of ${summary.total} right${summary.answered < summary.total ? `, ${summary.total - summary.answered} not answered` : ''}`}
            </li>
          );
        })}
      </ul>
    </>
  );
}

export default function ProgressSummary(): React.JSX.Element {
  const text = useProgressText();
  const progress = text === null ? emptyProgress() : parseProgress(text);
  const started = Object.values(progress.sections).some((section) => Object.keys(section.answers).length > 0);
  const [sections, setSections] = useState<SectionQuestions[] | null>(null);

  useEffect(() => {
    if (started && sections === null) loadAllSections().then(setSections, () => undefined);
  }, [started, sections]);

  const intro = (
    <p>
      Every section ends with questions that check your understanding; your first answer to each is your score. Your
      answers stay in this browser and are never sent anywhere. For a quick check across the whole module, take{' '}
      <Link to={CHECK_PATH}>the module check</Link>: fifteen questions drawn from every section.
    </p>
  );
  if (!started || sections === null) {
    return (
      <div className={styles.summary}>
        {intro}
        <p>{started ? 'Counting your answers…' : 'You have not answered any questions yet.'}</p>
      </div>
    );
  }

  const summary = moduleSummary(progress, sections.map((s) => ({section: s.section, questionIds: s.questions.map((q) => q.id)})));
  return (
    <div className={styles.summary}>
      {intro}
      <p className={styles.headline}>
        {summary.sectionsChecked} of {sections.length} sections checked, {summary.right} of {summary.total} questions right.
      </p>
      <SectionLinks sections={summary.toRevisit} label="Sections to revisit:" />
      <SectionLinks sections={summary.notStarted} label="Not started yet:" />
      <ConfirmButton
        label="Start over"
        question="Clear all your answers and scores, in every section and in the module check?"
        confirmLabel="Yes, clear everything"
        onConfirm={() => writeProgressText(null)}
      />
    </div>
  );
}
