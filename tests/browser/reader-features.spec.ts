/** What readers expect of a docs site: offline search, dark mode that sticks, copy buttons, math, a phone layout. */
import {expect, test} from '@playwright/test';
import {waitForHydration, watchPage} from './support';

test('offline search finds a section from the local index', async ({page, baseURL}) => {
  const {problems} = watchPage(page, baseURL!);
  await page.goto('/t1/');
  await waitForHydration(page);
  const search = page.getByRole('searchbox').or(page.getByPlaceholder('Search')).first();
  await search.click();
  await search.pressSequentially('catastrophic forgetting', {delay: 20});
  const suggestion = page.locator('.aa-suggestion, [role="option"]').first();
  await expect(suggestion).toBeVisible({timeout: 15_000});
  await expect(page.locator('.aa-dropdown-menu, [role="listbox"]').first()).toContainText(/Fine-Tuning Methods|forgetting/i);
  expect(problems).toEqual([]);
});

test('links in view still fetch their page ahead, in idle time, and a click then opens it', async ({page, baseURL}) => {
  const {problems} = watchPage(page, baseURL!);
  await page.goto('/t1/key-takeaways');
  await waitForHydration(page);
  // The sidebar's and the pager's links are in view: their pages' code is prefetched (src/clientModules/prefetchWhenIdle.ts).
  await expect.poll(() => page.locator('head link[rel="prefetch"][href*="/assets/js/"]').count(), {timeout: 10_000}).toBeGreaterThan(0);
  await page.getByRole('link', {name: 'Previous'}).click();
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
