#!/usr/bin/env node
// `npm run bench`: builds the site and serves build/ as hosts do, in two modes (scripts/static-host.mjs, the tests'
// server): a plain static host (gzip, no headers of its own: python -m http.server, S3, GitHub Pages) and the same
// with the production headers (the build's Content-Security-Policy, as nginx with deploy/nginx.conf or Netlify with
// build/_headers). In each mode it runs Lighthouse (mobile preset) on every route and drags the widgets' sliders under
// CPU throttling; it times each widget engine once (no host involved), judges every budget in each mode, prints one
// table, writes bench/results.md and bench/results.json, and exits non-zero when a budget is missed.
// Flags: --no-build (reuse build/), --runs N (Lighthouse runs per route and mode), --routes /a/,/b/, --modes plain,headers,
// --only sliders,lighthouse,engines (measure only those parts; budgets are judged on what was measured)
import {spawnSync} from 'node:child_process';
import {readFileSync, writeFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import path from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import {chromium} from 'playwright-core';
import {startStaticHost} from '../scripts/static-host.mjs';
import {FLOOR_ROUTE, MODES, RUNS_PER_ROUTE, SLIDER_DRAGS, median, slashForm} from './budgets.mjs';
import {benchReport} from './report.mjs';

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const PORT = Number(process.env.BENCH_PORT ?? 4190);
const runs = Number(flag('--runs') ?? RUNS_PER_ROUTE);
const modes = flag('--modes') ? MODES.filter((mode) => flag('--modes').split(',').includes(mode.id)) : MODES;
if (modes.length === 0) throw new Error(`--modes takes ${MODES.map((mode) => mode.id).join(',')}`);
const PARTS = ['sliders', 'lighthouse', 'engines'];
const parts = flag('--only') ? flag('--only').split(',') : PARTS;
if (parts.some((part) => !PARTS.includes(part))) throw new Error(`--only takes ${PARTS.join(',')}`);

if (!args.includes('--no-build')) {
  const build = spawnSync('npm', ['run', 'build'], {stdio: 'inherit'});
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const sitemap = readFileSync(path.resolve('build/sitemap.xml'), 'utf8');
let routes = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname).filter((p) => p !== '/search/');
// Each page as its links write it (/t1/lora-qlora/): the bare form would measure a redirect too.
if (flag('--routes')) routes = flag('--routes').split(',').map(slashForm);
if (!routes.includes(FLOOR_ROUTE)) routes.unshift(FLOOR_ROUTE);

// The first mode on BENCH_PORT, the others on ports the system picks (no clash with anyone's server).
const hosts = new Map();
for (const [i, mode] of modes.entries()) hosts.set(mode.id, await startStaticHost({port: i === 0 ? PORT : 0, csp: mode.csp}));
const originOf = (mode) => hosts.get(mode.id).origin;

// The scripts' gzip size as served (the host's gzip, zlib's default level, as `compression` sends it), without the
// response headers: what the site's code weighs whatever the host adds to each response.
const gzipBytes = new Map();
function gzipSizeOf(scriptUrl) {
  const file = path.join('build', decodeURIComponent(new URL(scriptUrl).pathname));
  if (!gzipBytes.has(file)) gzipBytes.set(file, gzipSync(readFileSync(file)).length);
  return gzipBytes.get(file);
}

async function lighthouseOnce(url, origin) {
  const chrome = await chromeLauncher.launch({chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS});
  try {
    const {lhr} = await lighthouse(url, {port: chrome.port, output: 'json', logLevel: 'error'});
    const requests = lhr.audits['network-requests'].details.items;
    const scripts = requests.filter((r) => r.resourceType === 'Script' && r.url.startsWith(origin));
    return {
      performance: Math.round(lhr.categories.performance.score * 100),
      accessibility: Math.round(lhr.categories.accessibility.score * 100),
      bestPractices: Math.round(lhr.categories['best-practices'].score * 100),
      seo: Math.round(lhr.categories.seo.score * 100),
      tbt: lhr.audits['total-blocking-time'].numericValue,
      lcp: lhr.audits['largest-contentful-paint'].numericValue,
      cls: lhr.audits['cumulative-layout-shift'].numericValue,
      jsKb: scripts.reduce((sum, r) => sum + gzipSizeOf(r.url), 0) / 1024,
      // What was downloaded, headers included: the production header adds its length to every script.
      jsTransferKb: scripts.reduce((sum, r) => sum + r.transferSize, 0) / 1024,
      thirdPartyRequests: requests.filter((r) => !r.url.startsWith(origin) && !r.url.startsWith('data:')).length,
      mermaidRuntime: requests.some((r) => r.resourceType === 'Script' && /mermaid/i.test(r.url)),
    };
  } finally {
    await chrome.kill();
    await processGroupGone(chrome.pid);
  }
}

// chrome-launcher's kill() sends SIGKILL to the browser's process group and returns at once; its renderers take up to
// a second or two to go. Wait for them, so that one run's dying browser does not share the two cores with the next
// run's page.
async function processGroupGone(pgid) {
  for (let waited = 0; waited < 10_000; waited += 100) {
    if (spawnSync('pgrep', ['-g', String(pgid)]).status !== 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// Slider drag under 4× CPU throttling: the longest input-to-paint (Event Timing API) over 20 key presses, in
// SLIDER_DRAGS fresh pages; the budget reads the median of those longest values, as Lighthouse's rows read medians.
// The same drag on a bare <input type=range> added to the floor page is measured beside them: what this machine's
// browser needs for a slider step with no widget behind it.
async function dragOnce(browser, {route, slider, bare}, origin) {
  const page = await browser.newPage();
  try {
    await page.goto(origin + route, {waitUntil: 'networkidle'});
    await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
    if (bare) {
      await page.evaluate((label) => {
        const input = Object.assign(document.createElement('input'), {type: 'range', max: 100});
        input.setAttribute('aria-label', label);
        document.querySelector('article').prepend(input);
      }, slider);
    }
    const input = page.getByRole('slider', {name: slider, exact: true}).first();
    if ((await input.count()) === 0) return NaN;
    // A reader has the slider on screen before dragging it: scroll there, then let the page settle (the scroll
    // starts the TOC's and the links' observers) before the first key press.
    await input.scrollIntoViewIfNeeded();
    await input.focus();
    await page.waitForTimeout(1000);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', {rate: 4});
    await page.evaluate(() => {
      window.__eventDurations = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__eventDurations.push(entry.duration);
      }).observe({type: 'event', durationThreshold: 16, buffered: true});
    });
    for (let i = 0; i < 20; i++) await page.keyboard.press(i % 2 ? 'ArrowRight' : 'ArrowUp');
    await page.waitForTimeout(500);
    const durations = await page.evaluate(() => window.__eventDurations);
    // Entries under 16 ms are not reported by the browser; none reported means every one was under 16 ms.
    return durations.length ? Math.max(...durations) : 16;
  } finally {
    await page.close();
  }
}

async function sliderInputToPaint() {
  const browser = await chromium.launch({executablePath: CHROMIUM, args: CHROME_FLAGS});
  const cases = modes.flatMap((mode) => [
    {mode, route: '/t1/lora-qlora/', slider: 'LoRA rank'},
    {mode, route: '/t1/customization-spectrum/', slider: 'Labelled examples, logarithmic slider'},
    {mode, route: FLOOR_ROUTE, slider: 'A bare range input', bare: true},
  ]);
  const longest = cases.map(() => []);
  try {
    // In rounds, like the Lighthouse runs, so a slow spell of the machine hits every case and mode alike.
    for (let round = 0; round < SLIDER_DRAGS; round++) {
      for (const [i, c] of cases.entries()) longest[i].push(await dragOnce(browser, c, originOf(c.mode)));
    }
  } finally {
    await browser.close();
  }
  return cases.map((c, i) => ({
    ...c,
    mode: c.mode.id,
    drags: longest[i],
    maxMs: longest[i].some((v) => !Number.isFinite(v)) ? NaN : median(longest[i]),
    note: longest[i].some((v) => !Number.isFinite(v)) ? 'slider not found' : undefined,
  }));
}
// The drags run first, before the Lighthouse runs have loaded the machine.
const sliders = parts.includes('sliders') ? await sliderInputToPaint() : [];

// Rounds, not route after route: each round measures every route once in each mode, so a machine that slows down
// or speeds up during the bench shifts the floor and the other routes, in both modes, alike.
const cells = modes.flatMap((mode) => routes.map((route) => ({mode, route, samples: []})));
for (let round = 0; round < (parts.includes('lighthouse') ? runs : 0); round++) {
  for (const cell of cells) cell.samples.push(await lighthouseOnce(originOf(cell.mode) + cell.route, originOf(cell.mode)));
  console.error(`round ${round + 1} of ${runs} measured`);
}
const rows = cells.filter(({samples}) => samples.length > 0).map(({mode, route, samples}) => {
  const pick = (key) => median(samples.map((s) => s[key]));
  return {
    mode: mode.id,
    route,
    performance: pick('performance'),
    accessibility: pick('accessibility'),
    // Accessibility is judged in every run, not on the median: one failing run is a page that fails for some readers.
    accessibilityRuns: samples.map((s) => s.accessibility),
    bestPractices: pick('bestPractices'),
    seo: pick('seo'),
    tbt: pick('tbt'),
    lcp: pick('lcp'),
    cls: pick('cls'),
    jsKb: pick('jsKb'),
    jsTransferKb: pick('jsTransferKb'),
    // Each run's TBT, so a miss can be read against the spread between runs.
    tbtRuns: samples.map((s) => Math.round(s.tbt)),
    thirdPartyRequests: Math.max(...samples.map((s) => s.thirdPartyRequests)),
    mermaidRuntime: samples.some((s) => s.mermaidRuntime),
  };
});

await Promise.all([...hosts.values()].map((host) => host.close()));

// Engine micro-benchmarks (vitest bench): median time of one full recompute.
function engineMedians() {
  const benchJson = path.resolve('bench/.engine-bench.json');
  const benchRun = spawnSync('npx', ['vitest', 'bench', '--run', '--outputJson', benchJson], {stdio: ['ignore', 'ignore', 'inherit']});
  if (benchRun.status !== 0) return [];
  const report = JSON.parse(readFileSync(benchJson, 'utf8'));
  return report.files.flatMap((file) =>
    file.groups.flatMap((group) => group.benchmarks.map((b) => ({name: `${group.fullName.split(' > ').pop()}: ${b.name}`, medianMicros: b.median * 1000}))),
  );
}
const engines = parts.includes('engines') ? engineMedians() : [];

// Report.
const {table, misses} = benchReport({modes, rows, engines, sliders, slidersDragged: SLIDER_DRAGS, parts});
console.log(table);
if (misses.length) console.log(`\nBudgets missed:\n- ${misses.join('\n- ')}`);
// A partial run (--only) prints its tables but leaves the full run's results as they are.
if (parts.length < PARTS.length) process.exit(misses.length ? 1 : 0);
const when = new Date().toISOString();
const served = modes.map((mode) => `${mode.label} (${mode.csp ? 'gzip, the build\'s Content-Security-Policy header' : 'gzip, no headers of its own'})`).join('; ');
writeFileSync('bench/results.md', `# Benchmark results\n\nMeasured ${when} with Lighthouse 12.2.3 (mobile preset), medians of ${runs} runs per route and mode (accessibility: every run), Debian Chromium. build/ served by scripts/static-host.mjs as: ${served}.\n\n${table}\n${misses.length ? `\nBudgets missed:\n- ${misses.join('\n- ')}\n` : '\nEvery budget met.\n'}`);
writeFileSync('bench/results.json', JSON.stringify({when, runs, modes, rows, engines, sliders, misses}, null, 2));
process.exit(misses.length ? 1 : 0);
