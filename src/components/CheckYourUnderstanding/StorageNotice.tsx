/** Said when the browser will not keep anything: the questions still work, the answers go when the page does. */
import React from 'react';
import styles from './styles.module.css';

export function StorageNotice({canKeep}: {canKeep: boolean}): React.JSX.Element | null {
  if (canKeep) return null;
  return (
    <p className={styles.notice} role="note">
      This browser does not let the site store anything, so your answers and score will be lost when you reload the page
      or close the tab. You can still answer every question.
    </p>
  );
}
