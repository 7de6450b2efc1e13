import React from 'react';
import styles from './styles.module.css';

/** Said when the browser will not keep anything: the plan then lasts for this visit only. */
export default function PlanStorageNote({kept}: {kept: boolean}): React.JSX.Element | null {
  if (kept) return null;
  return (
    <p className={styles.block} role="note">
      This browser does not let the site store anything, so your plan lasts only until you reload or close this tab. Move
      between pages with the site’s own links and it stays; the plan page’s permalink keeps it for good.
    </p>
  );
}
