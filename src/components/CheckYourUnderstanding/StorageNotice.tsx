/** Notes beside the questions: set off by a bar and a tint, in the theme's "info" colours. */
import React, {type ReactNode} from 'react';
import styles from './styles.module.css';

export function Notice({children}: {children: ReactNode}): React.JSX.Element {
  return (
    <p className={styles.notice} role="note">
      {children}
    </p>
  );
}

/** Said when the browser will not keep anything: the questions still work, the answers go with the page. */
export function StorageNotice({canKeep}: {canKeep: boolean}): React.JSX.Element | null {
  if (canKeep) return null;
  return (
    <Notice>
      This browser does not let the site store anything, so your answers and score will be lost when you reload the page
      or close the tab. You can still answer every question.
    </Notice>
  );
}
