/**
 * /t1/check: the module check. A page rather than a doc: the docs' routes under /t1 come after any page's route
 * (Docusaurus places routes with nested routes last), and a doc would add itself to the docs metadata every docs
 * page loads, which this page, reached from the overview and from links, does not need.
 */
import React from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import ModuleCheck from '@site/src/components/ModuleCheck';
import styles from './check.module.css';

export default function ModuleCheckPage(): React.JSX.Element {
  return (
    <Layout title="Module check" description="Fifteen questions drawn from all eleven sections of T1, graded as you go, with your score per section.">
      <main className="container container--fluid margin-vert--lg">
        <div className="row">
          <div className="col col--8 col--offset-2">
            <article className={styles.page}>
              <Heading as="h1">Module check</Heading>
              <p>
                Fifteen questions drawn from every section of <Link to="/t1">the module</Link>, at least one from each:
                answer them all, then read your score per section and revisit the sections that need it. Each answer is
                explained as you check it; your first answer to each question is the one that counts. These answers are
                kept in this browser, apart from the sections’ own scores.
              </p>
              <ModuleCheck />
            </article>
          </div>
        </div>
      </main>
    </Layout>
  );
}
