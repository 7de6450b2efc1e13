/**
 * Published under a sub-path (`BASE_URL=/t1-course/`, as at https://org.github.io/t1-course/): the build from
 * `npm run build:subpath` (build-t1-course/), served under /t1-course/ by the plain host. Pages, widgets, search,
 * diagrams, KaTeX fonts and the offline copy all work there, and nothing is asked of the host outside /t1-course/.
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {expect, test, type Page} from '@playwright/test';
import {startHost, type RunningHost} from './hosts';
import {cutNetwork, expectNoNetwork, installOfflineCopy, openOffline} from './offlineCopy';
import {builtHeading, sitemapPaths, typeInSearch, waitForHydration, watchPage} from './support';

const BASE = '/t1-course/';
const DIR = 'build-t1-course';

if (!existsSync(path.resolve(DIR, 'index.html'))) {
  throw new Error(`${DIR}/ is missing: run \`npm run build:subpath\` (npm test runs it before the browser tests).`);
}

test.describe.configure({timeout: 120_000});

let host: RunningHost;
test.beforeEach(async () => {
  host = await startHost('plain', {dir: DIR, base: BASE});
});
test.afterEach(async () => {
  await host.close();
});

/** Every problem watchPage reports, plus any request to this host outside the sub-path. */
function watchSubpathPage(page: Page): string[] {
  const {problems} = watchPage(page, host.origin);
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === host.origin && !url.pathname.startsWith(BASE)) problems.push(`request outside ${BASE}: ${url.pathname}`);
  });
  return problems;
}

const heading = (route: string) => builtHeading(`/${route.slice(BASE.length)}`, DIR);

test('the build names the sub-path everywhere: sitemap, manifest, stylesheet, service worker scope', () => {
  const pages = sitemapPaths(DIR);
  expect(pages.length).toBeGreaterThanOrEqual(14);
  expect(pages.every((page) => page.startsWith(BASE))).toBe(true);
  const landing = readFileSync(path.resolve(DIR, 'index.html'), 'utf8');
  expect(landing).toMatch(/rel=manifest href=\/t1-course\/manifest\.json/);
  expect(landing).toMatch(/href=\/t1-course\/katex\/katex\.min\.css/);
  expect(landing).not.toMatch(/(?:href|src)="?\/(?!t1-course\/)[^/\s"]/);
});

test('every page loads under the sub-path in both address forms, and the 404 page leads back into it', async ({page}) => {
  const problems = watchSubpathPage(page);
  for (const route of sitemapPaths(DIR)) {
    for (const form of route === BASE ? [route] : [route, route.replace(/\/$/, '')]) {
      const response = await page.goto(host.origin + form);
      expect(response?.status(), form).toBe(200);
      await waitForHydration(page);
      await expect(page.locator('h1').first(), form).toHaveText(heading(route));
    }
  }
  expect(problems).toEqual([]);

  const missing = await page.goto(`${host.origin}${BASE}t1/no-such-page/`);
  expect(missing?.status()).toBe(404);
  await waitForHydration(page);
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Page not found');
  await expect(page.getByRole('link', {name: /^Start the module/})).toHaveAttribute('href', `${BASE}t1/`);
  await expect(page.getByRole('link', {name: /^Search the module/})).toHaveAttribute('href', `${BASE}search/?q=no%20such%20page`);
});

test('widgets, diagrams, KaTeX fonts and search work under the sub-path', async ({page}) => {
  const problems = watchSubpathPage(page);
  const fonts: string[] = [];
  page.on('response', (response) => {
    if (/\.woff2$/.test(response.url())) fonts.push(new URL(response.url()).pathname);
  });

  // The seed's anchor still finds its section.
  await page.goto(`${host.origin}${BASE}t1/#t14-lora--qlora--the-practical-revolution`);
  await expect(page).toHaveURL(`${host.origin}${BASE}t1/lora-qlora/`);

  await page.goto(`${host.origin}${BASE}t1/lora-qlora?rank=64#lora-memory-calculator`);
  await waitForHydration(page);
  await expect(page.getByRole('slider', {name: 'LoRA rank', exact: true})).toHaveValue('64');

  await page.goto(`${host.origin}${BASE}t1/when-to-fine-tune/`);
  await waitForHydration(page);
  await expect(page.locator('svg.build-time-diagram[data-diagram="decision-tree"]')).toBeVisible();
  const flow = page.locator('[data-decision-flow]');
  await flow.locator('[data-question] button').first().click();
  await expect.poll(() => new URL(page.url()).searchParams.get('answers')).toBeTruthy();
  await expect(page.locator('svg.build-time-diagram[data-diagram="decision-tree"]')).toHaveAttribute('data-decision-active', 'true');

  await page.goto(`${host.origin}${BASE}t1/data-preparation/`);
  await waitForHydration(page);
  await page.getByRole('button', {name: 'Try the sample chat file'}).click();
  await expect(page.getByText(/^Checked sample-chat\.jsonl in/)).toBeVisible({timeout: 30_000});

  await page.goto(`${host.origin}${BASE}t1/fine-tuning-methods/`);
  await waitForHydration(page);
  await expect(page.locator('.katex').first()).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => [...document.fonts].some((font) => font.family.includes('KaTeX') && font.status === 'loaded')))
    .toBe(true);
  expect(fonts.length, 'KaTeX fonts were fetched').toBeGreaterThan(0);
  expect(fonts.every((font) => font.startsWith(`${BASE}katex/fonts/`)), fonts.join(', ')).toBe(true);

  await typeInSearch(page, 'catastrophic forgetting');
  const suggestion = page.locator('.aa-suggestion, [role="option"]').first();
  await expect(suggestion).toBeVisible({timeout: 15_000});
  await suggestion.click();
  await expect(page).toHaveURL(new RegExp(`^${host.origin}${BASE}t1/[a-z-]+/`));
  await expect(page.locator('h1').first()).not.toHaveText('Page not found');

  expect(problems).toEqual([]);
});

test('the offline copy installs under the sub-path and serves its pages with the network gone', async ({page, context}) => {
  const problems = watchSubpathPage(page);
  await installOfflineCopy(page, `${host.origin}${BASE}t1`);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope)).toBe(`${host.origin}${BASE}`);
  await cutNetwork(context, host);
  for (const route of [BASE, `${BASE}search/`, `${BASE}t1/lora-qlora`, `${BASE}t1/customization-spectrum/`]) {
    await openOffline(page, host.origin + route, {dir: DIR, base: BASE});
  }
  await expect(page.locator('svg.build-time-diagram').first(), 'the last page’s diagram').toBeVisible();
  expect(problems).toEqual([]);
  await expectNoNetwork(page);
});
