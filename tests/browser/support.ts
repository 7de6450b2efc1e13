import {readFileSync} from 'node:fs';
import path from 'node:path';
import {expect, type ConsoleMessage, type Page} from '@playwright/test';

/** Every page route in the built sitemap, as a path (the slash form links use: /t1/lora-qlora/). */
export function sitemapPaths(dir = 'build'): string[] {
  const xml = readFileSync(path.resolve(dir, 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
}

/** The file a host serves for a page's path: every page is a folder with an index.html (trailingSlash: true). */
export function builtFile(route: string, dir = 'build'): string {
  return path.resolve(dir, route.replace(/^\/|\/$/g, ''), 'index.html');
}

/** The page's title as the build wrote it (the <h1> of its index.html), to compare with what a browser shows. */
export function builtHeading(route: string, dir = 'build'): string {
  const html = readFileSync(builtFile(route, dir), 'utf8');
  const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html);
  if (!h1) throw new Error(`no <h1> in ${builtFile(route, dir)}`);
  const text = h1[1].replace(/<[^>]+>/g, '');
  return squash(text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"'));
}

/**
 * Records every script the page requests from the site and gives their sources, read from build/ (the files the host
 * sends). Reading the files, not the responses: a response's body is gone once the page navigates on, and a script the
 * host revalidates comes back as an empty 304.
 */
export function recordScripts(page: Page, baseURL: string): () => Array<{url: string; source: string}> {
  const urls = new Set<string>();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (request.resourceType() === 'script' && url.origin === new URL(baseURL).origin) urls.add(url.pathname);
  });
  return () => [...urls].map((url) => ({url, source: readFileSync(path.resolve('build', `.${decodeURIComponent(url)}`), 'utf8')}));
}

/** Waits until React has hydrated the page (Docusaurus sets this flag). */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
}

/**
 * Collects console errors and warnings, failed requests and any request to a
 * host other than the test server. Call before navigating.
 */
export function watchPage(page: Page, baseURL: string): {problems: string[]} {
  const problems: string[] = [];
  const ownOrigin = new URL(baseURL).origin;
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== ownOrigin) problems.push(`third-party request: ${request.url()}`);
  });
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? '';
    // ERR_ABORTED is the page itself cancelling a request (a navigation or a prefetch cut short), not a failure to load.
    if (reason !== 'net::ERR_ABORTED') problems.push(`failed request: ${request.url()} (${reason})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return {problems};
}

/** Collapses whitespace the way the seed reader does. */
export function squash(text: string): string {
  return text.replace(/[\u00a0\s]+/g, ' ').trim();
}

/**
 * Presses `key` `count` times as a reader on a slow phone would (6× CPU throttling, steps 60–190 ms apart). The
 * widgets write the URL 150 ms after the last rendered step, so with these gaps that write lands while a later step
 * is still rendering: the race a slider must survive without dropping steps or pulling its thumb back.
 */
export async function pressSlowlyOnASlowPhone(page: Page, key: string, count: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', {rate: 6});
  for (let i = 0; i < count; i++) {
    await page.keyboard.press(key);
    await page.waitForTimeout([60, 110, 150, 190][i % 4]);
  }
  await cdp.send('Emulation.setCPUThrottlingRate', {rate: 1});
}

/**
 * Starts recording which form controls inside `scope` have an attribute changed, and returns a function that gives
 * their accessible names (label or aria-label), sorted and without repeats. React 19 rewrites the name and type
 * attributes of every input it updates, so a control that re-rendered shows up here even when nothing visible changed.
 */
export async function recordTouchedControls(page: Page, scope: string): Promise<() => Promise<string[]>> {
  await page.evaluate((selector) => {
    const touched = new Set<string>();
    (window as unknown as {touchedControls: Set<string>}).touchedControls = touched;
    new MutationObserver((records) => {
      for (const {target} of records) {
        if (!(target instanceof HTMLInputElement || target instanceof HTMLSelectElement)) continue;
        const name = target.getAttribute('aria-label') ?? target.labels?.[0]?.textContent ?? '?';
        touched.add(name.replace(/\s+/g, ' ').trim());
      }
    }).observe(document.querySelector(selector)!, {subtree: true, attributes: true});
  }, scope);
  return () => page.evaluate(() => [...(window as unknown as {touchedControls: Set<string>}).touchedControls].sort());
}

/**
 * Types into the navbar search once its index has loaded. The search plugin loads the index on focus and
 * then wraps the box in its autocomplete (role="combobox"); keys typed before that, on a loaded machine,
 * reach the box but never run a query (the plugin only reopens the menu), as for a reader who types
 * before the index arrives and has to type one more letter.
 */
export async function typeInSearch(page: Page, words: string): Promise<void> {
  const search = page.getByRole('searchbox').or(page.getByRole('combobox', {name: 'Search'})).or(page.getByPlaceholder('Search')).first();
  await search.click();
  await expect(page.locator('input.navbar__search-input[role="combobox"]').first()).toBeAttached({timeout: 15_000});
  await search.pressSequentially(words, {delay: 20});
}
