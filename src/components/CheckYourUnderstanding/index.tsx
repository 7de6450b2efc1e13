/**
 * "Check your understanding" at the end of a section page. This part ships with the page and is kept tiny: the
 * questions and the code that asks them load as chunks of their own once the block comes within 200 px of the
 * screen, or at once when answers to the section are stored (so a reload, or printing, shows them).
 *
 * The block is rendered in the browser only. Server-rendered, it would sit in a Suspense boundary until its chunks
 * arrive, and React's server renderer moves a large boundary that late in a page out of place, to be put back by an
 * inline script (which the site's Content-Security-Policy forbids); the questions need the browser anyway.
 */
import React, {useEffect, useRef, useState, type ReactNode} from 'react';
import type {SectionId, SectionQuestions} from '@site/src/data/questions/types';
import {readProgressText} from './progressStorage';
import styles from './placeholder.module.css';

export interface CheckYourUnderstandingProps {
  section: SectionId;
  /** The section's questions, as `() => import('@site/src/data/questions/<section>')`: each page names only its own. */
  load: () => Promise<{default: SectionQuestions}>;
}

export default function CheckYourUnderstanding({section, load}: CheckYourUnderstandingProps): React.JSX.Element {
  const box = useRef<HTMLDivElement>(null);
  const [block, setBlock] = useState<ReactNode>(null);
  useEffect(() => {
    const start = () => {
      observer.disconnect();
      Promise.all([import('./QuestionBlock'), load()]).then(
        ([{default: QuestionBlock}, {default: data}]) => setBlock(<QuestionBlock data={data} />),
        () => setBlock('The questions could not be loaded. Reload the page to try again.'),
      );
    };
    const observer = new IntersectionObserver((entries) => entries[0].isIntersecting && start(), {rootMargin: '200px'});
    if (readProgressText()?.includes(`"${section}"`)) start();
    else observer.observe(box.current!);
    return () => observer.disconnect();
    // `load` is a new arrow function on every render of the page; the section names what it loads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [section]);
  return <div ref={box}>{block ?? <p className={styles.placeholder}>The questions on this section load here as you reach them.</p>}</div>;
}
