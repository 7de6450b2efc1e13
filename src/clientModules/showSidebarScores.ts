/**
 * Shows each section's score beside its title in the sidebar: one CSS custom property per section on the root
 * element (--t1-score-<section>), which src/css/sidebar-scores.css shows after that section's link. Loaded by
 * sidebarScores.ts once there is progress to show.
 */
import {PROGRESS_CHANGED, readProgressText} from '@site/src/components/CheckYourUnderstanding/progressStorage';
import {sidebarScoreTexts} from '@site/src/components/CheckYourUnderstanding/sectionScore';

function showScores(): void {
  const {style} = document.documentElement;
  for (const name of [...style]) if (name.startsWith('--t1-score-')) style.removeProperty(name);
  for (const [section, text] of Object.entries(sidebarScoreTexts(readProgressText()))) style.setProperty(`--t1-score-${section}`, text);
}

/** Shows the scores now and whenever progress changes, here (PROGRESS_CHANGED) or in another tab (`storage`). */
export function keepSidebarScoresCurrent(): void {
  showScores();
  addEventListener('storage', showScores);
  addEventListener(PROGRESS_CHANGED, showScores);
}
