// Budgets for `npm run bench`, relative to the floor page measured in the same run
// (single Lighthouse runs on this machine vary by ±5 points and ±150 ms).

export const FLOOR_ROUTE = '/t1/key-takeaways/';

/**
 * How build/ is served (scripts/static-host.mjs): as a plain static host sends it, and with the production headers.
 * A route that passes only in one of them does not pass.
 */
export const MODES = [
  {id: 'plain', label: 'plain host', csp: false},
  {id: 'headers', label: 'production headers (CSP)', csp: true},
];

/**
 * Lighthouse runs per route and mode; the table reads their medians (accessibility: every run). Three, not two: the
 * median of two is their mean, and one slow run of a page (TBT 225 ms beside 78 ms in the same bench) moved it by half
 * its excess.
 */
export const RUNS_PER_ROUTE = 3;
/** Slider drags per case and mode; the budget reads the median of each drag's longest input-to-paint. */
export const SLIDER_DRAGS = 5;

/** A page's address as its links write it: /t1/lora-qlora → /t1/lora-qlora/ (files such as /sw.js stay). */
export const slashForm = (route) => (route.endsWith('/') || /\.[a-z0-9]+$/i.test(route) ? route : `${route}/`);

export const BUDGETS = {
  performanceBelowFloor: 3, // points
  tbtOverFloorMs: 75,
  lcpOverFloorMs: 200,
  maxCls: 0.02,
  accessibility: 100,
  minBestPractices: 95,
  seo: 100,
  maxJsKbNoWidget: 200, // gzip KB fetched at load
  maxJsKbWithWidget: 250,
  floorMaxJsKb: 155,
  engineMedianMicros: 50,
  sliderInputToPaintMs: 50,
};

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Each budget a route misses, as readable lines. `row` and `floor` hold medians. */
export function budgetMisses(row, floor, {hasWidget}) {
  const misses = [];
  const b = BUDGETS;
  if (row.performance < floor.performance - b.performanceBelowFloor) misses.push(`performance ${row.performance} < floor ${floor.performance} − ${b.performanceBelowFloor}`);
  if (row.tbt > floor.tbt + b.tbtOverFloorMs) misses.push(`TBT ${Math.round(row.tbt)} ms > floor ${Math.round(floor.tbt)} + ${b.tbtOverFloorMs} ms`);
  if (row.lcp > floor.lcp + b.lcpOverFloorMs) misses.push(`LCP ${Math.round(row.lcp)} ms > floor ${Math.round(floor.lcp)} + ${b.lcpOverFloorMs} ms`);
  if (row.cls > b.maxCls) misses.push(`CLS ${row.cls.toFixed(3)} > ${b.maxCls}`);
  const worstAccessibility = Math.min(row.accessibility, ...(row.accessibilityRuns ?? []));
  if (worstAccessibility < b.accessibility) misses.push(`accessibility ${worstAccessibility} < ${b.accessibility} (runs ${(row.accessibilityRuns ?? [row.accessibility]).join(', ')})`);
  if (row.bestPractices < b.minBestPractices) misses.push(`best practices ${row.bestPractices} < ${b.minBestPractices}`);
  if (row.seo < b.seo) misses.push(`SEO ${row.seo} < ${b.seo}`);
  const jsBudget = hasWidget ? b.maxJsKbWithWidget : b.maxJsKbNoWidget;
  if (row.jsKb > jsBudget) misses.push(`JS ${row.jsKb.toFixed(1)} KB > ${jsBudget} KB`);
  if (row.thirdPartyRequests > 0) misses.push(`${row.thirdPartyRequests} third-party requests`);
  // Every diagram is drawn at build time, so no page may fetch the Mermaid runtime.
  if (row.mermaidRuntime) misses.push('fetched the Mermaid runtime');
  return misses;
}

/** Pages that embed an interactive widget (a higher JS budget). */
export const WIDGET_ROUTES = ['/t1/customization-spectrum/', '/t1/when-to-fine-tune/', '/t1/fine-tuning-methods/', '/t1/lora-qlora/', '/t1/data-preparation/', '/t1/evaluation/', '/t1/plan/'];
