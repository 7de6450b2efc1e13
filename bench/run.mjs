#!/usr/bin/env node
// `npm run bench`: builds the site, serves it gzip-compressed like a static host, runs Lighthouse (mobile preset)
// three times on every route, times each widget engine and a throttled slider drag, prints one table, writes
// bench/results.md and bench/results.json, and exits non-zero when a budget is missed.
// Flags: --no-build (reuse build/), --runs N, --routes /a,/b
import {spawn, spawnSync} from 'node:child_process';
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import {chromium} from 'playwright-core';
import {BUDGETS, FLOOR_ROUTE, RUNS_PER_ROUTE, WIDGET_ROUTES, budgetMisses, median} from './budgets.mjs';

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const PORT = Number(process.env.BENCH_PORT ?? 4190);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const runs = Number(flag('--runs') ?? RUNS_PER_ROUTE);

if (!args.includes('--no-build')) {
  const build = spawnSync('npm', ['run', 'build'], {stdio: 'inherit'});
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const sitemap = readFileSync(path.resolve('build/sitemap.xml'), 'utf8');
let routes = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname).filter((p) => p !== '/search');
if (flag('--routes')) routes = flag('--routes').split(',');
if (!routes.includes(FLOOR_ROUTE)) routes.unshift(FLOOR_ROUTE);

const server = spawn(process.execPath, ['tests/browser/serve-build.mjs', String(PORT)], {stdio: ['ignore', 'pipe', 'inherit']});
await new Promise((resolve) => server.stdout.once('data', resolve));

async function lighthouseOnce(url) {
  const chrome = await chromeLauncher.launch({chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS});
  try {
    const {lhr} = await lighthouse(url, {port: chrome.port, output: 'json', logLevel: 'error'});
    const requests = lhr.audits['network-requests'].details.items;
    return {
      performance: Math.round(lhr.categories.performance.score * 100),
      accessibility: Math.round(lhr.categories.accessibility.score * 100),
      bestPractices: Math.round(lhr.categories['best-practices'].score * 100),
      seo: Math.round(lhr.categories.seo.score * 100),
      tbt: lhr.audits['total-blocking-time'].numericValue,
      lcp: lhr.audits['largest-contentful-paint'].numericValue,
      cls: lhr.audits['cumulative-layout-shift'].numericValue,
      jsKb: requests.filter((r) => r.resourceType === 'Script').reduce((sum, r) => sum + r.transferSize, 0) / 1024,
      thirdPartyRequests: requests.filter((r) => !r.url.startsWith(ORIGIN) && !r.url.startsWith('data:')).length,
      mermaidRuntime: requests.some((r) => r.resourceType === 'Script' && /mermaid/i.test(r.url)),
    };
  } finally {
    await chrome.kill();
  }
}

// Rounds, not route after route: each round measures every route once, so a machine that slows down or
// speeds up during the bench shifts the floor and the other routes alike.
const samplesByRoute = new Map(routes.map((route) => [route, []]));
for (let round = 0; round < runs; round++) {
  for (const route of routes) samplesByRoute.get(route).push(await lighthouseOnce(ORIGIN + route));
  console.error(`round ${round + 1} of ${runs} measured`);
}
const rows = routes.map((route) => {
  const samples = samplesByRoute.get(route);
  const pick = (key) => median(samples.map((s) => s[key]));
  return {
    route,
    performance: pick('performance'),
    accessibility: pick('accessibility'),
    bestPractices: pick('bestPractices'),
    seo: pick('seo'),
    tbt: pick('tbt'),
    lcp: pick('lcp'),
    cls: pick('cls'),
    jsKb: pick('jsKb'),
    thirdPartyRequests: Math.max(...samples.map((s) => s.thirdPartyRequests)),
    mermaidRuntime: samples.some((s) => s.mermaidRuntime),
  };
});

// Slider drag under 4× CPU throttling: the longest input-to-paint (Event Timing API) over 20 key presses.
async function sliderInputToPaint() {
  const browser = await chromium.launch({executablePath: CHROMIUM, args: CHROME_FLAGS});
  const results = [];
  try {
    for (const {route, slider} of [
      {route: '/t1/lora-qlora', slider: 'LoRA rank'},
      {route: '/t1/customization-spectrum', slider: 'Labelled examples'},
    ]) {
      const page = await browser.newPage();
      await page.goto(ORIGIN + route, {waitUntil: 'networkidle'});
      await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', {rate: 4});
      await page.evaluate(() => {
        window.__eventDurations = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) window.__eventDurations.push({name: entry.name, duration: entry.duration});
        }).observe({type: 'event', durationThreshold: 16, buffered: true});
      });
      const input = page.getByRole('slider', {name: new RegExp(slider, 'i')}).first();
      if ((await input.count()) === 0) {
        results.push({route, slider, maxMs: NaN, note: 'slider not found'});
        continue;
      }
      await input.focus();
      for (let i = 0; i < 20; i++) await page.keyboard.press(i % 2 ? 'ArrowRight' : 'ArrowUp');
      await page.waitForTimeout(500);
      const durations = await page.evaluate(() => window.__eventDurations.map((e) => e.duration));
      // Entries under 16 ms are not reported by the browser; none reported means every one was under 16 ms.
      results.push({route, slider, maxMs: durations.length ? Math.max(...durations) : 16, events: durations.length});
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return results;
}
const sliders = await sliderInputToPaint();
server.kill();

// Engine micro-benchmarks (vitest bench): median time of one full recompute.
const benchJson = path.resolve('bench/.engine-bench.json');
const benchRun = spawnSync('npx', ['vitest', 'bench', '--run', '--outputJson', benchJson], {stdio: ['ignore', 'ignore', 'inherit']});
const engines = [];
if (benchRun.status === 0) {
  const report = JSON.parse(readFileSync(benchJson, 'utf8'));
  for (const file of report.files) for (const group of file.groups) for (const b of group.benchmarks) engines.push({name: `${group.fullName.split(' > ').pop()}: ${b.name}`, medianMicros: b.median * 1000});
}

// Report.
const floor = rows.find((r) => r.route === FLOOR_ROUTE);
const misses = [];
const lines = ['| route | perf | a11y | best pr. | SEO | TBT ms | LCP ms | CLS | JS KB gzip | budget |', '|---|---|---|---|---|---|---|---|---|---|'];
for (const row of rows) {
  const rowMisses = budgetMisses(row, floor, {hasWidget: WIDGET_ROUTES.includes(row.route)});
  if (row.route === FLOOR_ROUTE && row.jsKb > BUDGETS.floorMaxJsKb) rowMisses.push(`floor JS ${row.jsKb.toFixed(1)} KB > ${BUDGETS.floorMaxJsKb} KB`);
  misses.push(...rowMisses.map((m) => `${row.route}: ${m}`));
  lines.push(`| ${row.route}${row.route === FLOOR_ROUTE ? ' (floor)' : ''} | ${row.performance} | ${row.accessibility} | ${row.bestPractices} | ${row.seo} | ${Math.round(row.tbt)} | ${Math.round(row.lcp)} | ${row.cls.toFixed(3)} | ${row.jsKb.toFixed(1)} | ${rowMisses.length ? 'MISS' : 'ok'} |`);
}
lines.push('', '| engine recompute | median µs | budget |', '|---|---|---|');
if (!engines.length) misses.push('engine benchmarks did not run');
for (const e of engines) {
  const ok = e.medianMicros <= BUDGETS.engineMedianMicros;
  if (!ok) misses.push(`${e.name}: ${e.medianMicros.toFixed(1)} µs > ${BUDGETS.engineMedianMicros} µs`);
  lines.push(`| ${e.name} | ${e.medianMicros.toFixed(2)} | ${ok ? 'ok' : 'MISS'} |`);
}
lines.push('', '| slider drag, 4× CPU throttling | longest input-to-paint ms | budget |', '|---|---|---|');
for (const s of sliders) {
  const ok = Number.isFinite(s.maxMs) && s.maxMs < BUDGETS.sliderInputToPaintMs;
  if (!ok) misses.push(`${s.route} ${s.slider}: ${s.note ?? `${s.maxMs} ms`}`);
  lines.push(`| ${s.route} "${s.slider}" | ${Number.isFinite(s.maxMs) ? Math.round(s.maxMs) : s.note} | ${ok ? 'ok' : 'MISS'} |`);
}
const table = lines.join('\n');
console.log(table);
if (misses.length) console.log(`\nBudgets missed:\n- ${misses.join('\n- ')}`);
const when = new Date().toISOString();
writeFileSync('bench/results.md', `# Benchmark results\n\nMeasured ${when} with Lighthouse 12.2.3 (mobile preset), medians of ${runs} runs, Debian Chromium, build served with gzip.\n\n${table}\n${misses.length ? `\nBudgets missed:\n- ${misses.join('\n- ')}\n` : '\nEvery budget met.\n'}`);
writeFileSync('bench/results.json', JSON.stringify({when, runs, rows, engines, sliders, misses}, null, 2));
process.exit(misses.length ? 1 : 0);
