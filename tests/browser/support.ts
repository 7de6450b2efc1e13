import {readFileSync} from 'node:fs';
import path from 'node:path';
import type {ConsoleMessage, Page} from '@playwright/test';

/** Every page route in the built sitemap, as a path. */
export function sitemapPaths(): string[] {
  const xml = readFileSync(path.resolve('build/sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
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
