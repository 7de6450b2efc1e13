/**
 * Offline reading: one visit installs the service worker (@docusaurus/plugin-pwa,
 * every visitor), which precaches the whole module. With the network cut (the
 * host stopped), full page loads of every page, their widgets, diagrams, KaTeX
 * fonts and the search index all come from that cache — on the plain host, on a
 * host that guesses .html and behind `docusaurus serve`. A host that does not
 * serve one precached file fails the install, and the reader is told, once.
 */
import {expect, test, type Page} from '@playwright/test';
import {builtHeading, sitemapPaths, typeInSearch, watchPage} from './support';
import {HOST_KINDS, startHost, type RunningHost} from './hosts';
import {cutNetwork, expectNoNetwork, installOfflineCopy, openOffline} from './offlineCopy';

// As a reader types it: the host redirects it to /t1/.
const FIRST_VISIT = '/t1';

// The first visit waits for the worker to download the whole site before anything else happens.
test.describe.configure({timeout: 120_000});

let host: RunningHost;
test.beforeEach(async () => {
  host = await startHost('plain');
});
test.afterEach(async () => {
  await host.close();
});

const diagram = (page: Page, id?: string) => page.locator(id ? `svg.build-time-diagram[data-diagram="${id}"]` : 'svg.build-time-diagram').first();

test('after visiting one page, every module page opens offline by full navigation', async ({page, context}) => {
  const {problems} = watchPage(page, host.origin);
  await installOfflineCopy(page, host.origin + FIRST_VISIT);
  await cutNetwork(context, host);

  const pages = sitemapPaths();
  expect(pages.length, 'the landing page, the search page and the module pages').toBeGreaterThanOrEqual(14);
  // Each page as its links write it (/t1/lora-qlora/) and as a reader may type it (/t1/lora-qlora): the second
  // form, which a host redirects, is answered by the worker directly.
  const bare = pages.filter((p) => p !== '/').map((p) => p.replace(/\/$/, ''));
  for (const route of [...pages, ...bare]) await openOffline(page, host.origin + route);

  expect(problems).toEqual([]);
  await expectNoNetwork(page);
});

test('offline, the widgets, diagrams, math and search still work', async ({page, context}) => {
  const {problems} = watchPage(page, host.origin);
  await installOfflineCopy(page, host.origin + FIRST_VISIT);
  await cutNetwork(context, host);
  const openOfflinePage = (route: string) => openOffline(page, host.origin + route);

  // T1.2: the decision flowchart answers a question and marks the build-time diagram.
  await openOfflinePage('/t1/when-to-fine-tune');
  await expect(diagram(page, 'decision-tree')).toBeVisible();
  const flow = page.locator('[data-decision-flow]');
  await expect(flow.locator('[data-question] h3')).toBeVisible();
  await flow.locator('[data-question] button').first().click();
  await expect.poll(() => new URL(page.url()).searchParams.get('answers')).toBeTruthy();
  await expect(diagram(page, 'decision-tree')).toHaveAttribute('data-decision-active', 'true');
  await expect(diagram(page, 'decision-tree').locator('g.node[data-decision-path]').first()).toBeAttached();

  // T1.1: the fit table recomputes for a situation given in the link.
  await openOfflinePage('/t1/customization-spectrum?examples=500&budget=2000&days=30&goal=domain');
  await expect(diagram(page)).toBeVisible();
  await expect(page.locator('caption', {hasText: 'Verdicts for 500 examples'})).toBeVisible();
  await expect(page.locator('tr[data-verdict]').first()).toBeVisible();

  // T1.3: the compact calculator, the diagram and KaTeX with the site's own fonts.
  await openOfflinePage('/t1/fine-tuning-methods');
  await expect(diagram(page)).toBeVisible();
  await expect(page.locator('section[aria-label="LoRA memory calculator"]')).toBeVisible();
  await expect(page.locator('.katex').first()).toBeVisible();
  const katexFontLoaded = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].some((font) => font.family.includes('KaTeX') && font.status === 'loaded');
  });
  expect(katexFontLoaded, 'a KaTeX font loaded from the cache').toBe(true);

  // T1.4: the full calculator reads its state from the link.
  await openOfflinePage('/t1/lora-qlora?rank=64&model=llama-3.1-70b');
  const calculator = page.locator('section[aria-label="LoRA memory calculator"]');
  await expect(calculator).toBeVisible();
  await expect(calculator.getByRole('slider', {name: 'LoRA rank', exact: true})).toHaveValue('64');

  // T1.6: the training-data checker reads the sample and tokenizes in its worker, all from the cache.
  await openOfflinePage('/t1/data-preparation');
  await page.getByRole('button', {name: 'Try the sample chat file'}).click();
  await expect(page.getByText(/^Checked sample-chat\.jsonl in/)).toBeVisible({timeout: 30_000});
  await expect(page.locator('xpath=//dt[normalize-space()="Tokens in the valid examples"]/following-sibling::dd')).toHaveText(/^[1-9][\d,]*$/);

  // A client-side link works too: the next page's scripts and data come from the cache.
  await page.locator('.theme-doc-sidebar-container a[href="/t1/evaluation/"]').first().click();
  await expect(page).toHaveURL(/\/t1\/evaluation\/$/);
  await expect(page.locator('h1').first()).toHaveText(builtHeading('/t1/evaluation/'));
  await expect(page.locator('article table').first()).toBeVisible();
  // T1.8: the blind rater reads its sample in its worker, from the cache too.
  await page.getByRole('button', {name: 'Rate the sample file'}).click();
  await expect(page.getByTestId('file-summary')).toHaveText('Read sample-ab-evaluation.jsonl: 20 prompts.', {timeout: 30_000});

  // Search reads its index from the cache.
  await typeInSearch(page, 'catastrophic forgetting');
  await expect(page.locator('.aa-suggestion, [role="option"]').first()).toBeVisible({timeout: 15_000});
  await expect(page.locator('.aa-dropdown-menu, [role="listbox"]').first()).toContainText(/Fine-Tuning Methods|forgetting/i);

  expect(problems).toEqual([]);
});

for (const kind of HOST_KINDS.filter((other) => other !== 'plain')) {
  test(`the offline copy installs behind ${kind} too, and serves other pages in both address forms`, async ({page, context}) => {
    const other = await startHost(kind);
    try {
      const {problems} = watchPage(page, other.origin);
      await installOfflineCopy(page, other.origin + FIRST_VISIT);
      await cutNetwork(context, other);
      for (const route of ['/', '/t1/lora-qlora', '/t1/data-preparation/', '/t1/fine-tuning-methods?rank=64#try-the-numbers']) await openOffline(page, other.origin + route);
      expect(problems).toEqual([]);
      await expectNoNetwork(page);
    } finally {
      await other.close();
    }
  });
}

test('when a host does not serve a file the offline copy needs, the reader is told once', async ({page, context}) => {
  // One precached file the page itself never asks for: only the service worker's install fetches it.
  await context.route('**/datasets/sample-preference.jsonl', (route) => route.fulfill({status: 404, body: 'Not found'}));
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text());
  });
  const note = page.getByRole('status').filter({hasText: 'The offline copy could not be installed'});

  await page.goto(host.origin + FIRST_VISIT);
  // The install fails once every precached file has settled (5 MB): generous for a loaded two-core machine.
  await expect(note).toBeVisible({timeout: 60_000});
  await expect(note).toContainText('a file of the site could not be downloaded');
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active ?? null), 'no offline copy').toBeNull();
  await note.getByRole('button', {name: 'Dismiss'}).click();
  await expect(note).toHaveCount(0);

  // The next page of the visit tries again, fails again, and says nothing more on screen.
  await page.goto(`${host.origin}/t1/lora-qlora/`);
  await expect.poll(() => warnings.filter((text) => text.startsWith('The offline copy could not be installed')).length, {timeout: 60_000}).toBe(2);
  await expect(page.locator('.offline-install-note')).toHaveCount(0);
  expect(warnings.filter((text) => !text.startsWith('The offline copy could not be installed') && !/404|bad-precaching-response/i.test(text))).toEqual([]);
});
