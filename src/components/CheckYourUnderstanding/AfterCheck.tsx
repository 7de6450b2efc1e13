/** What every checked question shows whatever the answer: the numbers behind the key, a correction, the widget. */
import React from 'react';
import Link from '@docusaurus/Link';
import type {Question} from '@site/src/data/questions/types';
import SiteLink from './SiteLink';
import styles from './styles.module.css';

export default function AfterCheck({question}: {question: Question}): React.JSX.Element | null {
  const {widget} = question;
  if (!question.explanation && !question.correction && !widget) return null;
  return (
    <div className={styles.afterCheck}>
      {question.explanation && <p>{question.explanation}</p>}
      {question.correction && (
        <p className={styles.correction}>
          <strong>This corrects the module.</strong> It says “{question.correction.moduleSays}”; this question follows the site’s
          correction. <SiteLink target={question.correction.link} prefix="Read the correction: " />
        </p>
      )}
      {widget && (
        <p>
          <Link to={widget.to}>{widget.label}</Link>, with this scenario loaded.
        </p>
      )}
    </div>
  );
}
