import React from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import {course} from '@site/src/data/course';
import {courseTools, toolLink} from '@site/src/data/tools';
import styles from './index.module.css';

export default function Home(): React.JSX.Element {
  return (
    <Layout
      title={`${course.code}: ${course.title}`}
      description="An interactive course module on when and how to customize large language models: prompting, RAG, LoRA, QLoRA, full fine-tuning, RLHF and DPO.">
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1">
            {course.code}: {course.title}
          </Heading>
          <p className={styles.lead}>
            When to fine-tune a large language model and when not to; how LoRA and QLoRA make it affordable; how to
            prepare data, align with RLHF or DPO, evaluate the result and run it in production.
          </p>
          <dl className={styles.facts}>
            <div>
              <dt>Duration</dt>
              <dd>{course.duration}</dd>
            </div>
            <div>
              <dt>Level</dt>
              <dd>{course.level}</dd>
            </div>
            <div>
              <dt>Prerequisites</dt>
              <dd>{course.prerequisites}</dd>
            </div>
            <div>
              <dt>Part of</dt>
              <dd>{course.partOf}</dd>
            </div>
            <div>
              <dt>Last updated</dt>
              <dd>{course.lastUpdated}</dd>
            </div>
          </dl>
          <Link className="button button--primary button--lg" to="/t1/">
            Start the module
          </Link>
        </div>
      </header>
      <main className="container margin-vert--lg">
        <Heading as="h2">Work with the ideas</Heading>
        <ul className={styles.cards}>
          {courseTools.map((tool) => (
            <li key={tool.id} className={styles.card}>
              <Heading as="h3">
                <Link to={toolLink(tool)}>{tool.title}</Link>
              </Heading>
              <p>{tool.question}</p>
            </li>
          ))}
        </ul>
      </main>
    </Layout>
  );
}
