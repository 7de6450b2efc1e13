/** What readers expect of a docs site: offline search, dark mode that sticks, copy buttons, math, a phone layout. */
import {expect, test} from '@playwright/test';
import {typeInSearch, waitForHydration, watchPage} from './support';

test('offline search finds a section from the local index', async ({page, baseURL}) => {
  const {problems} = watchPage(page, baseURL!);
  await page.goto('/t1/');
  await waitForHydration(page);
  await typeInSearch(page, 'catastrophic forgetting');
  const suggestion = page.locator('.aa-suggestion, [role="option"]').first();
  await expect(suggestion).toBeVisible({timeout: 15_000});
  await expect(page.locator('.aa-dropdown-menu, [role="listbox"]').first()).toContainText(/Fine-Tuning Methods|forgetting/i);
  expect(problems).toEqual([]);
});

test('links in view add no prefetch tags and build no collator; hovering a link loads its page, and a click opens it', async ({page, baseURL}) => {
  const {problems} = watchPage(page, baseURL!);
  // The first localeCompare on a page builds the browser's collator (13–16 ms): nothing at load should call it.
  await page.addInitScript(() => {
    const original = String.prototype.localeCompare;
    (window as unknown as {localeCompareCalls: number}).localeCompareCalls = 0;
    String.prototype.localeCompare = function (this: string, ...args: Parameters<typeof original>) {
      (window as unknown as {localeCompareCalls: number}).localeCompareCalls += 1;
      return original.apply(this, args);
    };
  });
  await page.goto('/t1/key-takeaways');
  await waitForHydration(page);
  // The sidebar's and the pager's links are in view; the service worker, not Link, fetches their pages' code
  // (src/clientModules/noViewportPrefetch.ts). Link's observer reports after a frame, so wait a few.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1000)));
  expect(await page.locator('head link[rel="prefetch"]').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as {localeCompareCalls: number}).localeCompareCalls)).toBe(0);

  const previous = page.getByRole('link', {name: 'Previous'});
  // Hovering preloads the page: its chunks are fetched before the click. Counted in Resource Timing, which keeps every
  // fetch; the script tags themselves are removed by the bundler's runtime once loaded.
  const scriptsFetched = () => page.evaluate(() => performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/assets/js/')).length);
  const fetchedBefore = await scriptsFetched();
  await previous.hover();
  await expect.poll(scriptsFetched).toBeGreaterThan(fetchedBefore);
  await previous.click();
  await expect(page.getByRole('heading', {level: 1})).toHaveText(/MLOps/);
  expect(problems).toEqual([]);
});

test('the dark-mode choice survives a reload', async ({page}) => {
  await page.goto('/t1/mlops');
  await waitForHydration(page);
  const toggle = page.getByRole('button', {name: /Switch between dark and light mode/}).first();
  while ((await page.locator('html').getAttribute('data-theme')) !== 'dark') await toggle.click();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('code blocks have a copy button', async ({page}) => {
  await page.goto('/t1/alignment-rlhf-dpo');
  await waitForHydration(page);
  await expect(page.getByRole('button', {name: /Copy code to clipboard/i}).first()).toBeVisible();
});

test('the module arithmetic is typeset with KaTeX from the site itself', async ({page, baseURL}) => {
  const {problems} = watchPage(page, baseURL!);
  await page.goto('/t1/fine-tuning-methods');
  await waitForHydration(page);
  await expect(page.locator('.katex').first()).toBeVisible();
  const katexFontLoaded = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].some((font) => font.family.includes('KaTeX') && font.status === 'loaded');
  });
  expect(katexFontLoaded).toBe(true);
  expect(problems).toEqual([]);
});

test('on a phone the sidebar becomes a menu and the page does not scroll sideways', async ({page}) => {
  await page.setViewportSize({width: 390, height: 844});
  await page.goto('/t1/lora-qlora');
  await waitForHydration(page);
  await page.getByRole('button', {name: /Toggle navigation bar/i}).click();
  await expect(page.getByRole('link', {name: 'T1.6 Data preparation'})).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
