/** The overview's summary of stored progress, loaded only when there is some (see index.tsx). */
import React, {useEffect, useState} from 'react';
import Link from '@docusaurus/Link';
import {moduleSections} from '@site/src/data/sections';
import {CHECK_ANCHOR} from '@site/src/data/questions/links';
import type {SectionQuestions} from '@site/src/data/questions/types';
import {loadAllSections, sectionIdOf} from '@site/src/components/CheckYourUnderstanding/sectionQuestions';
import {moduleSummary, parseProgress, type SectionSummary} from '@site/src/components/CheckYourUnderstanding/progress';
import {writeProgressText} from '@site/src/components/CheckYourUnderstanding/progressWriting';
import ConfirmButton from '@site/src/components/CheckYourUnderstanding/ConfirmButton';
import styles from './styles.module.css';

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
              {summary.answered > 0 &&
                ` — ${summary.right} of ${summary.total} right${summary.answered < summary.total ? `, ${summary.total - summary.answered} not answered` : ''}`}
            </li>
          );
        })}
      </ul>
    </>
  );
}

export default function Summary({text}: {text: string}): React.JSX.Element {
  const [sections, setSections] = useState<readonly SectionQuestions[] | null>(null);
  useEffect(() => {
    loadAllSections().then(setSections, () => undefined);
  }, []);
  if (sections === null) return <p>Counting your answers…</p>;
  const summary = moduleSummary(parseProgress(text), sections.map((s) => ({section: s.section, questionIds: s.questions.map((q) => q.id)})));
  return (
    <>
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
    </>
  );
}
