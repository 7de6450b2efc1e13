/**
 * /t1/plan: the reader's fine-tuning plan. A page rather than a doc, as /t1/check is: the docs' routes under /t1
 * come after any page's route, and a doc would add itself to the docs metadata every docs page loads.
 */
import React from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import FineTuningPlan from '@site/src/components/Plan';
import styles from './check.module.css';

export default function PlanPage(): React.JSX.Element {
  return (
    <Layout title="Your fine-tuning plan" description="Your decision, your run with its memory, time and cost, your data and your evaluation, on one page you can share, print and download.">
      <main className="container container--fluid margin-vert--lg">
        <div className="row">
          <div className="col col--8 col--offset-2">
            <article className={styles.page}>
              <Heading as="h1">Your fine-tuning plan</Heading>
              <FineTuningPlan />
            </article>
          </div>
        </div>
      </main>
    </Layout>
  );
}
