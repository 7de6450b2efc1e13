// The bench's table and its verdicts: every budget judged in each serving mode, against that mode's own floor.
import {BUDGETS, FLOOR_ROUTE, WIDGET_ROUTES, budgetMisses} from './budgets.mjs';

/** The runs' accessibility scores, one number when they agree ("100"), each run otherwise ("100/96"). */
const accessibilityCell = (row) => {
  const runs = row.accessibilityRuns ?? [row.accessibility];
  return new Set(runs).size === 1 ? String(runs[0]) : runs.join('/');
};

/**
 * @param {{modes: Array<{id: string, label: string}>, rows: object[], engines: Array<{name: string, medianMicros: number}>,
 *   sliders: object[], slidersDragged: number}} measured
 * @returns {{table: string, misses: string[]}}
 */
export function benchReport({modes, rows, engines, sliders, slidersDragged, parts = ['sliders', 'lighthouse', 'engines']}) {
  const label = (id) => modes.find((mode) => mode.id === id)?.label ?? id;
  const misses = [];
  const lines = [
    '| route | served as | perf | a11y | best pr. | SEO | TBT ms | LCP ms | CLS | JS KB gzip | budget |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  // Route by route, each mode beside the other.
  const routes = [...new Set(rows.map((row) => row.route))];
  for (const route of routes) {
    for (const mode of modes) {
      const row = rows.find((r) => r.route === route && r.mode === mode.id);
      if (!row) continue;
      const floor = rows.find((r) => r.route === FLOOR_ROUTE && r.mode === mode.id);
      const rowMisses = budgetMisses(row, floor, {hasWidget: WIDGET_ROUTES.includes(row.route)});
      if (row.route === FLOOR_ROUTE && row.jsKb > BUDGETS.floorMaxJsKb) rowMisses.push(`floor JS ${row.jsKb.toFixed(1)} KB > ${BUDGETS.floorMaxJsKb} KB`);
      const where = `${row.route} (${mode.label})`;
      misses.push(...rowMisses.map((m) => (m.startsWith('TBT') ? `${where}: ${m} (runs ${row.tbtRuns.join(', ')}; floor's ${floor.tbtRuns.join(', ')})` : `${where}: ${m}`)));
      lines.push(
        `| ${row.route}${row.route === FLOOR_ROUTE ? ' (floor)' : ''} | ${mode.label} | ${row.performance} | ${accessibilityCell(row)} | ${row.bestPractices} | ${row.seo} | ` +
          `${Math.round(row.tbt)} | ${Math.round(row.lcp)} | ${row.cls.toFixed(3)} | ${row.jsKb.toFixed(1)} | ${rowMisses.length ? 'MISS' : 'ok'} |`,
      );
    }
  }

  lines.push('', '| engine recompute (no host: the engine alone) | median µs | budget |', '|---|---|---|');
  if (parts.includes('engines') && !engines.length) misses.push('engine benchmarks did not run');
  for (const e of engines) {
    const ok = e.medianMicros <= BUDGETS.engineMedianMicros;
    if (!ok) misses.push(`${e.name}: ${e.medianMicros.toFixed(1)} µs > ${BUDGETS.engineMedianMicros} µs`);
    lines.push(`| ${e.name} | ${e.medianMicros.toFixed(2)} | ${ok ? 'ok' : 'MISS'} |`);
  }

  lines.push(
    '',
    `| slider drag, 4× CPU throttling | served as | longest input-to-paint ms, median of ${slidersDragged} drags | each drag's longest | budget |`,
    '|---|---|---|---|---|',
  );
  for (const s of sliders) {
    const judged = !s.bare;
    const ok = Number.isFinite(s.maxMs) && s.maxMs < BUDGETS.sliderInputToPaintMs;
    if (judged && !ok) misses.push(`${s.route} ${s.slider} (${label(s.mode)}): ${s.note ?? `${s.maxMs} ms`}`);
    const name = s.bare ? `${s.route} (floor) a bare range input, for reference` : `${s.route} "${s.slider}"`;
    lines.push(`| ${name} | ${label(s.mode)} | ${Number.isFinite(s.maxMs) ? Math.round(s.maxMs) : s.note} | ${s.drags.join(', ')} | ${judged ? (ok ? 'ok' : 'MISS') : '—'} |`);
  }
  return {table: lines.join('\n'), misses};
}
