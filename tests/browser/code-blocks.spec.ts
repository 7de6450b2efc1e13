/** Code blocks: coloured at build time (no Prism in the browser), a Copy button that copies, scrolling on a phone. */
import {expect, test} from '@playwright/test';
import {waitForHydration, watchPage} from './support';

test('the JSON block is coloured in the static HTML, before any script runs', async ({browser}) => {
  const context = await browser.newContext({javaScriptEnabled: false});
  const page = await context.newPage();
  await page.goto('/t1/data-preparation');
  const block = page.locator('.theme-code-block').first();
  await expect(block).toContainText('train.jsonl');
  await expect(block.locator('code .token.property').first()).toHaveText('"messages"');
  await expect(block.locator('code .token.string').first()).toHaveText('"system"');
  await context.close();
});

test('Copy puts exactly the code on the clipboard and says "Copied"', async ({page, context, baseURL}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: baseURL});
  const {problems} = watchPage(page, baseURL!);
  await page.goto('/t1/alignment-rlhf-dpo');
  await waitForHydration(page);
  const block = page.locator('.theme-code-block').first();
  const shown = (await block.locator('code').innerText()).replace(/\n$/, '');
  await block.getByRole('button', {name: /Copy code to clipboard/i}).click();
  await expect(block.getByRole('button', {name: 'Copied'})).toHaveText('Copied');
  await expect(page.getByRole('status').filter({hasText: 'Code copied to clipboard'})).toHaveCount(1);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(shown);
  expect(JSON.parse(copied)).toHaveProperty('chosen');
  // The button returns to its resting label, ready for the next copy.
  await expect(block.getByRole('button', {name: /Copy code to clipboard/i})).toBeVisible({timeout: 5_000});
  expect(problems).toEqual([]);
});

test('on a phone a wide block scrolls inside itself and its scroll area takes keyboard focus', async ({page}) => {
  await page.setViewportSize({width: 390, height: 844});
  await page.goto('/t1/data-preparation');
  await waitForHydration(page);
  const pre = page.locator('.theme-code-block pre').first();
  const sizes = await pre.evaluate((el) => ({scroll: el.scrollWidth, client: el.clientWidth}));
  expect(sizes.scroll).toBeGreaterThan(sizes.client);
  await expect(pre).toHaveAttribute('tabindex', '0');
  await pre.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('End');
  await expect.poll(() => pre.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('a block that fits adds no extra Tab stop', async ({page}) => {
  await page.setViewportSize({width: 1280, height: 900});
  await page.goto('/t1/lora-qlora');
  await waitForHydration(page);
  const pre = page.locator('.theme-code-block pre').first();
  await expect(pre).toContainText('QLoRA: 70B in 4-bit');
  expect(await pre.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  await expect(pre).not.toHaveAttribute('tabindex');
});

test('a wide block inside a closed <details> becomes focusable when it is opened', async ({page}) => {
  await page.setViewportSize({width: 1280, height: 900});
  await page.goto('/t1/evaluation');
  await waitForHydration(page);
  await page.locator('summary', {hasText: 'plain text'}).click();
  const pre = page.locator('.theme-code-block pre').first();
  await expect(pre).toBeVisible();
  expect(await pre.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  await expect(pre).toHaveAttribute('tabindex', '0');
});

test('no page loads Prism', async ({page}) => {
  // The scripts' URLs as they load, their text fetched afterwards: a body read in the response handler fails when
  // the response arrives just before the next navigation (it did on a loaded machine).
  const urls = new Set<string>();
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') urls.add(response.url());
  });
  for (const path of ['/t1/key-takeaways', '/t1/alignment-rlhf-dpo', '/t1/data-preparation']) {
    await page.goto(path);
    await waitForHydration(page);
    await page.waitForLoadState('networkidle');
  }
  const scripts = await Promise.all([...urls].map(async (url) => ({url, source: await (await page.request.get(url)).text()})));
  expect(scripts.length).toBeGreaterThan(0);
  // Prism's grammars survive minifying as `lookbehind:`/`greedy:!0` keys; no other library on the site uses them.
  expect([...new Set(scripts.filter(({source}) => /lookbehind:|greedy:!0/.test(source)).map(({url}) => url))]).toEqual([]);
});
