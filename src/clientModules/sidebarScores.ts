/**
 * Each section's score beside its title in the sidebar ("✓ 4/5"), from the reader's stored progress. This sets one
 * CSS custom property per section on the root element (--t1-score-<section>), which src/css/sidebar-scores.css shows
 * after that section's link. React never renders the score, so the server's HTML and the hydrating render stay the
 * theme's own and the theme's sidebar is untouched (a wrapped sidebar link measured 0.3 KB more at load: it sat in
 * the docs layout's chunk, which the bundler then split in two).
 */
import {PROGRESS_CHANGED, readProgressText} from '@site/src/components/CheckYourUnderstanding/progressStorage';
import {sidebarScoreTexts} from '@site/src/components/CheckYourUnderstanding/sectionScore';
import '../css/sidebar-scores.css';

function showScores(): void {
  const {style} = document.documentElement;
  for (const name of [...style]) if (name.startsWith('--t1-score-')) style.removeProperty(name);
  for (const [section, text] of Object.entries(sidebarScoreTexts(readProgressText()))) style.setProperty(`--t1-score-${section}`, text);
}

if (typeof window !== 'undefined') {
  showScores();
  // `storage`: another tab answered; PROGRESS_CHANGED: this one did.
  addEventListener('storage', showScores);
  addEventListener(PROGRESS_CHANGED, showScores);
}
