/**
 * Each section's score beside its title in the sidebar ("✓ 4/5"), from the reader's stored progress. React never
 * renders the score (CSS shows it, from custom properties on the root element: showSidebarScores.ts), so the
 * server's HTML and the hydrating render stay the theme's own and the theme's sidebar is untouched. Every page
 * carries only this check; the code that works the scores out loads once there is progress to show.
 */
import {PROGRESS_CHANGED, readProgressText} from '@site/src/components/CheckYourUnderstanding/progressStorage';
import '../css/sidebar-scores.css';

let started = false;

function start(): void {
  if (started) return;
  started = true;
  import('./showSidebarScores').then(({keepSidebarScoresCurrent}) => keepSidebarScoresCurrent());
}

if (typeof window !== 'undefined') {
  if (readProgressText()) start();
  // The reader's first answer (PROGRESS_CHANGED), or one in another tab (`storage`).
  addEventListener(PROGRESS_CHANGED, start);
  addEventListener('storage', start);
}
