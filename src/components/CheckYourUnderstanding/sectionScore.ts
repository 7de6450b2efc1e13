/**
 * The sidebar's score texts straight from the stored progress: deliberately smaller than progress.ts (no validation
 * beyond what a count needs), since it ships with every page. Whatever the storage holds, it returns, never throws.
 */

interface StoredSection {
  total?: unknown;
  answers?: Record<string, {firstRight?: unknown} | null>;
}

/** For each section with an answer, its CSS `content` value: '"✓ 4/5" / "4 of 5 right"' (shown / said). */
export function sidebarScoreTexts(text: string | null): Record<string, string> {
  const texts: Record<string, string> = {};
  try {
    const sections: Record<string, StoredSection> = JSON.parse(text!).sections;
    for (const [section, {total, answers}] of Object.entries(sections)) {
      const all = Object.values(answers ?? {});
      if (typeof total !== 'number' || total < 1 || all.length === 0) continue;
      const right = Math.min(all.filter((answer) => answer?.firstRight === true).length, total);
      const done = all.length >= total;
      texts[section] = `"${done ? '✓ ' : ''}${right}/${total}" / "${right} of ${total} right${done ? '' : ', unfinished'}"`;
    }
  } catch {
    // Nothing stored, or not what this site writes: no scores (or those read before the fault).
  }
  return texts;
}
