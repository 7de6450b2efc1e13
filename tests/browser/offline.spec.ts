/**
 * Offline reading: one visit installs the service worker (@docusaurus/plugin-pwa,
 * every visitor), which precaches the whole module. With the network cut, full
 * page loads of other module pages, their widgets, diagrams, KaTeX fonts and the
 * search index all come from that cache.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {expect, test, type Page} from '@playwright/test';
import {sitemapPaths, squash, waitForHydration, watchPage} from './support';

const FIRST_VISIT = '/t1';

// The first visit waits for the worker to download the whole site before anything else happens.
test.describe.configure({timeout: 120_000});

/** The page's title as the build wrote it (the <h1> of build/<path>.html), to compare with what loads offline. */
function builtHeading(route: string): string {
  const file = route === '/' ? 'index.html' : `${route.replace(/^\/|\/$/g, '')}.html`;
  const html = readFileSync(path.resolve('build', file), 'utf8');
  const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html);
  if (!h1) throw new Error(`no <h1> in build/${file}`);
  const text = h1[1].replace(/<[^>]+>/g, '');
  return squash(text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"'));
}

/** Opens the first page online and waits until its service worker is active and controls the page. */
async function firstVisit(page: Page): Promise<void> {
  await page.goto(FIRST_VISIT);
  await waitForHydration(page);
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          return {
            active: registration?.active?.state ?? 'none',
            controlled: navigator.serviceWorker.controller?.state ?? 'none',
          };
        }),
      {timeout: 30_000, message: 'the service worker installs (precaching the site), activates and claims the page'},
    )
    .toEqual({active: 'activated', controlled: 'activated'});
}

/** A full page load (not a client-side route change) that must be answered by the service worker. */
async function openOffline(page: Page, url: string): Promise<void> {
  const response = await page.goto(url);
  expect(response, `${url} loads`).not.toBeNull();
  expect(response!.status(), `${url} status`).toBe(200);
  expect(response!.fromServiceWorker(), `${url} comes from the service worker`).toBe(true);
  await waitForHydration(page);
  expect(await page.evaluate(() => navigator.onLine), 'the browser is offline').toBe(false);
  const route = new URL(url, 'http://x').pathname;
  await expect(page.locator('h1').first()).toHaveText(builtHeading(route));
}

const diagram = (page: Page, id?: string) => page.locator(id ? `svg.build-time-diagram[data-diagram="${id}"]` : 'svg.build-time-diagram').first();

test('after visiting one page, every module page opens offline by full navigation', async ({page, context, baseURL}) => {
  const {problems} = watchPage(page, baseURL!);
  await firstVisit(page);
  await context.setOffline(true);

  const others = sitemapPaths()
    .map((p) => p.replace(/\/$/, '') || '/')
    .filter((p) => p !== FIRST_VISIT);
  expect(others.length, 'the landing page, the search page and the module pages besides /t1').toBeGreaterThanOrEqual(13);
  // The module's index is reached as /t1/ too.
  others.push('/t1/');
  for (const route of others) await openOffline(page, route);

  expect(problems).toEqual([]);
});

test('offline, the widgets, diagrams, math and search still work', async ({page, context, baseURL}) => {
  const {problems} = watchPage(page, baseURL!);
  await firstVisit(page);
  await context.setOffline(true);

  // T1.2: the decision flowchart answers a question and marks the build-time diagram.
  await openOffline(page, '/t1/when-to-fine-tune');
  await expect(diagram(page, 'decision-tree')).toBeVisible();
  const flow = page.locator('[data-decision-flow]');
  await expect(flow.locator('[data-question] h3')).toBeVisible();
  await flow.locator('[data-question] button').first().click();
  await expect.poll(() => new URL(page.url()).searchParams.get('answers')).toBeTruthy();
  await expect(diagram(page, 'decision-tree')).toHaveAttribute('data-decision-active', 'true');
  await expect(diagram(page, 'decision-tree').locator('g.node[data-decision-path]').first()).toBeAttached();

  // T1.1: the fit table recomputes for a situation given in the link.
  await openOffline(page, '/t1/customization-spectrum?examples=500&budget=2000&days=30&goal=domain');
  await expect(diagram(page)).toBeVisible();
  await expect(page.locator('caption', {hasText: 'Verdicts for 500 examples'})).toBeVisible();
  await expect(page.locator('tr[data-verdict]').first()).toBeVisible();

  // T1.3: the compact calculator, the diagram and KaTeX with the site's own fonts.
  await openOffline(page, '/t1/fine-tuning-methods');
  await expect(diagram(page)).toBeVisible();
  await expect(page.locator('section[aria-label="LoRA memory calculator"]')).toBeVisible();
  await expect(page.locator('.katex').first()).toBeVisible();
  const katexFontLoaded = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].some((font) => font.family.includes('KaTeX') && font.status === 'loaded');
  });
  expect(katexFontLoaded, 'a KaTeX font loaded from the cache').toBe(true);

  // T1.4: the full calculator reads its state from the link.
  await openOffline(page, '/t1/lora-qlora?rank=64&model=llama-3.1-70b');
  const calculator = page.locator('section[aria-label="LoRA memory calculator"]');
  await expect(calculator).toBeVisible();
  await expect(calculator.getByRole('slider', {name: 'LoRA rank', exact: true})).toHaveValue('64');

  // T1.6: the training-data checker reads the sample and tokenizes in its worker, all from the cache.
  await openOffline(page, '/t1/data-preparation');
  await page.getByRole('button', {name: 'Try the sample chat file'}).click();
  await expect(page.getByText(/^Checked sample-chat\.jsonl in/)).toBeVisible({timeout: 30_000});
  await expect(page.locator('xpath=//dt[normalize-space()="Tokens in the valid examples"]/following-sibling::dd')).toHaveText(/^[1-9][\d,]*$/);

  // A client-side link works too: the next page's scripts and data come from the cache.
  await page.locator('.theme-doc-sidebar-container a[href="/t1/evaluation"]').first().click();
  await expect(page).toHaveURL(/\/t1\/evaluation$/);
  await expect(page.locator('h1').first()).toHaveText(builtHeading('/t1/evaluation'));
  await expect(page.locator('article table').first()).toBeVisible();
  // T1.8: the blind rater reads its sample in its worker, from the cache too.
  await page.getByRole('button', {name: 'Rate the sample file'}).click();
  await expect(page.getByTestId('file-summary')).toHaveText('Read sample-ab-evaluation.jsonl: 20 prompts.', {timeout: 30_000});

  // Search reads its index from the cache.
  const search = page.getByRole('searchbox').or(page.getByPlaceholder('Search')).first();
  await search.click();
  await search.pressSequentially('catastrophic forgetting', {delay: 20});
  await expect(page.locator('.aa-suggestion, [role="option"]').first()).toBeVisible({timeout: 15_000});
  await expect(page.locator('.aa-dropdown-menu, [role="listbox"]').first()).toContainText(/Fine-Tuning Methods|forgetting/i);

  expect(problems).toEqual([]);
});
