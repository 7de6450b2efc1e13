/** Which methods' verdicts a change of situation changed, in words. Pure. */
import type {FitTable, Verdict} from './fitVerdicts';

export interface VerdictChange {
  methodName: string;
  from: Verdict;
  to: Verdict;
}

/** Methods whose verdict differs between two tables, in the order of the newer table. */
export function verdictChanges(before: FitTable, after: FitTable): VerdictChange[] {
  const earlier = new Map(before.rows.map((row) => [row.method.id, row.verdict]));
  return after.rows.flatMap((row) => {
    const from = earlier.get(row.method.id);
    return from !== undefined && from !== row.verdict ? [{methodName: row.method.name, from, to: row.verdict}] : [];
  });
}

/** "LoRA Fine-Tuning: fits, was not enough data", at most `shown` of them, then how many more. */
export function changesText(changes: readonly VerdictChange[], shown: number): string {
  const listed = changes.slice(0, shown).map((c) => `${c.methodName}: ${c.to.toLowerCase()}, was ${c.from.toLowerCase()}`);
  const more = changes.length - listed.length;
  return more > 0 ? `${listed.join('; ')}; and ${more} more` : listed.join('; ');
}

/** How many methods fit, as the summary says it. */
export function fittingText(table: FitTable): string {
  return `${table.rows.filter((r) => r.verdict === 'Fits').length} of ${table.rows.length} methods fit`;
}
