/**
 * /t1/check: 15 questions drawn across all sections. The seed in the address (`?seed=`) fixes the draw, so a link
 * gives everyone the same 15; without one, a seed is drawn and written into the address. The answers are kept in
 * the browser with the seed, apart from the sections' own scores. Rendered after hydration only: the draw depends
 * on the address, which the server does not know.
 */
import React, {startTransition, useEffect, useMemo, useState} from 'react';
import {useHistory, useLocation} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {moduleSections} from '@site/src/data/sections';
import type {SectionQuestions} from '@site/src/data/questions/types';
import {loadAllSections, sectionIdOf} from '@site/src/components/CheckYourUnderstanding/sectionQuestions';
import {useStoredProgress} from '@site/src/components/CheckYourUnderstanding/useStoredProgress';
import {clearCheck, recordCheckAnswer} from '@site/src/components/CheckYourUnderstanding/progress';
import QuestionCard from '@site/src/components/CheckYourUnderstanding/QuestionCard';
import ConfirmButton from '@site/src/components/CheckYourUnderstanding/ConfirmButton';
import {Notice, StorageNotice} from '@site/src/components/CheckYourUnderstanding/StorageNotice';
import {CHECK_SIZE, drawModuleCheck, readSeed, seedFrom} from './draw';
import Results from './Results';
import styles from './styles.module.css';

interface SeedState {
  /** Why the link's seed was replaced, carried through the replacing navigation. */
  seedProblem?: string;
}

/** The address's query with this seed in it; other keys (a campaign tag, another tool's) are kept. */
function withSeed(search: string, seed: number): string {
  const params = new URLSearchParams(search);
  params.set('seed', String(seed));
  return `?${params}`;
}

const titleOf = (section: string) => moduleSections.find((s) => sectionIdOf(s) === section)?.title ?? section;

export default function ModuleCheck(): React.JSX.Element {
  const isBrowser = useIsBrowser();
  const location = useLocation<SeedState | undefined>();
  const history = useHistory();
  const {seed, problem} = readSeed(isBrowser ? location.search : '');
  const [sections, setSections] = useState<readonly SectionQuestions[] | 'failed' | null>(null);
  const {progress, canKeep, update} = useStoredProgress();

  // No usable seed: draw one and put it in the address, so this set can be shared and come back after a reload.
  useEffect(() => {
    if (isBrowser && seed === null) {
      history.replace({search: withSeed(location.search, seedFrom(Math.random())), hash: location.hash, state: problem ? {seedProblem: problem} : undefined});
    }
  }, [isBrowser, seed, problem, history, location.search, location.hash]);

  useEffect(() => {
    // In a transition, React renders the fifteen cards in slices that leave the main thread free between them.
    loadAllSections().then(
      (loaded) => startTransition(() => setSections(loaded)),
      () => setSections('failed'),
    );
  }, []);

  const drawn = useMemo(() => (seed !== null && Array.isArray(sections) ? drawModuleCheck(sections, seed) : null), [seed, sections]);
  const answers = seed !== null && progress.check?.seed === seed ? progress.check.answers : {};
  const answeredCount = drawn?.filter((item) => answers[item.key]).length ?? 0;

  if (sections === 'failed') return <Notice>The questions could not be loaded. Reload the page to try again.</Notice>;
  if (!drawn || seed === null) {
    return (
      <p className={styles.drawing}>
        Drawing {CHECK_SIZE} questions from all {moduleSections.length} sections…
      </p>
    );
  }

  const drawAgain = () => {
    update(clearCheck);
    history.push({search: withSeed(location.search, seedFrom(Math.random()))});
  };

  return (
    <div className={styles.check}>
      {location.state?.seedProblem && <Notice>{location.state.seedProblem}</Notice>}
      <div className={styles.seedLine}>
        <p>
          Set number <strong>{seed}</strong>: this page’s address always draws these {drawn.length} questions, so you can
          share it or come back to it.
        </p>
        {answeredCount > 0 ? (
          <ConfirmButton
            label="Draw a new set"
            question="Draw a new set of questions? Your answers to this set are cleared."
            confirmLabel="Yes, draw a new set"
            onConfirm={drawAgain}
          />
        ) : (
          <button type="button" className="button button--outline button--secondary button--sm" onClick={drawAgain}>
            Draw a new set
          </button>
        )}
      </div>
      <StorageNotice canKeep={canKeep} />
      <ol className={styles.cards}>
        {drawn.map((item, index) => (
          <li key={item.key}>
            <QuestionCard
              question={item.question}
              position={`Question ${index + 1} of ${drawn.length} (${titleOf(item.section)})`}
              stored={answers[item.key]}
              onAnswer={(answer, right) => update((p) => recordCheckAnswer(p, seed, item.key, answer, right))}
            />
          </li>
        ))}
      </ol>
      <Results drawn={drawn} answers={answers} titleOf={titleOf} />
    </div>
  );
}
