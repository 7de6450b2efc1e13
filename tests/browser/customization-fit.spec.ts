/**
 * "Which method fits you?" on /t1/customization-spectrum: a link sets the
 * reader's situation, changing the inputs recomputes the verdicts and writes
 * the URL, bad links are corrected with a message, and the table works on a
 * phone, in dark mode and for assistive technology.
 */
import {expect, test, type Locator, type Page} from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import {pressSlowlyOnASlowPhone, recordTouchedControls, waitForHydration, watchPage} from './support';

const PAGE = '/t1/customization-spectrum';
const VERDICTS = ['Fits', 'Wrong tool', 'Not enough data', 'Over budget', 'Takes too long'] as const;

function fitTable(page: Page): Locator {
  return page.getByRole('table', {name: /^Verdicts for/});
}

function methodRow(page: Page, method: string): Locator {
  return fitTable(page).getByRole('row').filter({has: page.getByRole('rowheader', {name: new RegExp(`^${method}`)})});
}

/** The verdict a method's row shows, read from its text. */
async function verdictOf(page: Page, method: string): Promise<string> {
  const text = (await methodRow(page, method).locator('td[data-label="Verdict"]').innerText()).trim();
  const verdict = VERDICTS.find((v) => text.replace(/^[✓✕!]\s*/, '').startsWith(v));
  if (!verdict) throw new Error(`No verdict in “${text}” for ${method}`);
  return verdict;
}

async function expectVerdict(page: Page, method: string, verdict: (typeof VERDICTS)[number]): Promise<void> {
  await expect.poll(() => verdictOf(page, method), {message: method}).toBe(verdict);
}

/** Row-header names in table order. */
async function methodOrder(page: Page): Promise<string[]> {
  return fitTable(page)
    .getByRole('rowheader')
    .evaluateAll((cells) => cells.map((cell) => cell.querySelector('span')?.textContent ?? ''));
}

async function openWith(page: Page, query: string): Promise<void> {
  await page.goto(`${PAGE}${query}#which-method-fits-you`);
  await waitForHydration(page);
}

test('a link sets the situation; changing the inputs recomputes the verdicts and the URL', async ({page, baseURL}) => {
  const {problems} = watchPage(page, baseURL!);
  await openWith(page, '?examples=99&budget=999&days=13&goal=format');

  const examples = page.getByLabel('Labelled examples you have', {exact: true});
  const budget = page.getByLabel('Budget (US dollars)');
  const days = page.getByLabel('Time available (days)');
  await expect(examples).toHaveValue('99');
  await expect(budget).toHaveValue('999');
  await expect(days).toHaveValue('13');
  await expect(page.getByRole('radio', {name: 'Output format or style'})).toBeChecked();

  // 99 examples: one short of LoRA's "100–10K examples".
  await expectVerdict(page, 'LoRA Fine-Tuning', 'Not enough data');
  await expectVerdict(page, 'Full Fine-Tuning', 'Not enough data');
  await expectVerdict(page, 'RAG', 'Wrong tool');
  await expectVerdict(page, 'Prompt Engineering', 'Fits');
  await expect(methodRow(page, 'Prompt Engineering').getByText('Start here')).toBeVisible();
  await expect(methodRow(page, 'Few-Shot Examples').getByText('Next step if prompts are not enough')).toBeVisible();
  expect(await methodOrder(page)).toEqual([
    'Prompt Engineering',
    'Few-Shot Examples',
    'System Instructions',
    'RAG',
    'LoRA Fine-Tuning',
    'Full Fine-Tuning',
    'Continued Pre-Training',
    'Training From Scratch',
  ]);

  await examples.fill('100');
  await expectVerdict(page, 'LoRA Fine-Tuning', 'Fits');
  await expect(page).toHaveURL(/[?&]examples=100(&|$)/);
  // LoRA now fits, so it moves up among the fitting rows, before the rest.
  expect((await methodOrder(page)).slice(0, 4)).toEqual(['Prompt Engineering', 'Few-Shot Examples', 'System Instructions', 'LoRA Fine-Tuning']);

  await budget.fill('49');
  await expectVerdict(page, 'LoRA Fine-Tuning', 'Over budget');
  await expect(methodRow(page, 'LoRA Fine-Tuning')).toContainText('Costs from $50');
  await budget.fill('50');
  await expectVerdict(page, 'LoRA Fine-Tuning', 'Fits');

  await days.fill('1');
  await expectVerdict(page, 'LoRA Fine-Tuning', 'Takes too long');
  await expect(methodRow(page, 'LoRA Fine-Tuning')).toContainText('at least 2 days; you have 1 day');
  await days.fill('30');

  await page.getByRole('radio', {name: 'Needs current or new knowledge'}).check();
  await expectVerdict(page, 'LoRA Fine-Tuning', 'Wrong tool');
  await expect(methodRow(page, 'LoRA Fine-Tuning')).toContainText('how to respond, not what to know');
  await expectVerdict(page, 'RAG', 'Fits');
  await expect(methodRow(page, 'RAG').getByText('Next step if prompts are not enough')).toBeVisible();
  await expect(page).toHaveURL(/[?&]examples=100&budget=50&days=30&goal=knowledge#which-method-fits-you$/);

  // The link reproduces the table.
  await page.reload();
  await waitForHydration(page);
  await expect(examples).toHaveValue('100');
  await expectVerdict(page, 'RAG', 'Fits');
  await expectVerdict(page, 'LoRA Fine-Tuning', 'Wrong tool');

  expect(problems).toEqual([]);
});

test('the slider and the number box stay in sync, by keyboard too', async ({page, baseURL}) => {
  const {problems} = watchPage(page, baseURL!);
  await openWith(page, '');
  const slider = page.getByRole('slider', {name: 'Labelled examples, logarithmic slider'});
  const box = page.getByLabel('Labelled examples you have', {exact: true});
  await expect(box).toHaveValue('1,000');

  await slider.focus();
  await page.keyboard.press('End');
  await expect(box).toHaveValue('100,000,000');
  await expect(slider).toHaveAttribute('aria-valuetext', '100,000,000 examples');
  await page.keyboard.press('Home');
  await expect(box).toHaveValue('0');
  await expectVerdict(page, 'Few-Shot Examples', 'Not enough data');
  await page.keyboard.press('ArrowRight');
  await expect(box).toHaveValue('1');

  // 24 more steps on a slow phone, with the URL write landing mid-burst: none dropped. 1 → 10, 12, 15, … → 300.
  await pressSlowlyOnASlowPhone(page, 'ArrowRight', 24);
  await expect(box).toHaveValue('300');
  await expect(slider).toHaveAttribute('aria-valuetext', '300 examples');
  await expect(page).toHaveURL(/examples=300(&|#|$)/);

  await box.fill('10k');
  await expect(slider).toHaveAttribute('aria-valuetext', '10,000 examples');
  await expect.poll(async () => Number(await slider.inputValue())).toBeGreaterThan(0);
  await expectVerdict(page, 'Full Fine-Tuning', 'Fits');
  await expect(page).toHaveURL(/examples=10000/);

  // Not a number: the box says so and the table keeps the last good value.
  await box.fill('lots');
  await expect(page.getByText('“lots” is not a number; the table still uses 10,000.')).toBeVisible();
  await expectVerdict(page, 'Full Fine-Tuning', 'Fits');
  expect(problems).toEqual([]);
});

test('a slider step and the URL write after it update the slider and its box, and no other control', async ({page, baseURL}) => {
  const {problems} = watchPage(page, baseURL!);
  await openWith(page, '');
  const slider = page.getByRole('slider', {name: 'Labelled examples, logarithmic slider'});
  const box = page.getByLabel('Labelled examples you have', {exact: true});
  await slider.focus();
  const touchedControls = await recordTouchedControls(page, 'article');
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/examples=/);
  expect(await box.inputValue()).not.toBe('1,000');
  // The budget and time boxes and the goal's radio buttons must not render again (see the calculator's test).
  expect(await touchedControls()).toEqual(['Labelled examples you have', 'Labelled examples, logarithmic slider']);
  expect(problems).toEqual([]);
});

test('a bad link is corrected with a visible message and nothing is injected', async ({page, baseURL}) => {
  const {problems} = watchPage(page, baseURL!);
  await page.addInitScript(() => {
    (window as unknown as {injected: boolean}).injected = false;
  });
  await openWith(page, '?examples=%3Cimg%20src%3Dx%20onerror%3D%22window.injected%3Dtrue%22%3E&budget=1e309&days=-4&goal=nope');
  const alert = page.getByRole('alert').filter({hasText: 'could not be used as given'});
  await expect(alert).toBeVisible();
  // The input is quoted as text, cut to 40 characters.
  await expect(alert).toContainText('examples: is not a number; using the default, 1,000.');
  await expect(alert).toContainText('budget: “1e309” is above 1,000,000,000; using 1,000,000,000.');
  await expect(alert).toContainText('days: “-4” is below 0; using 0.');
  await expect(alert).toContainText('goal: not one of format, domain, knowledge, behavior, new-domain, cost; using domain.');
  await expect(page.getByLabel('Labelled examples you have', {exact: true})).toHaveValue('1,000');
  await expect(page.getByLabel('Time available (days)')).toHaveValue('0');
  await expect(page.getByRole('radio', {name: 'Domain language'})).toBeChecked();
  await expectVerdict(page, 'RAG', 'Takes too long');
  expect(await page.evaluate(() => (window as unknown as {injected: boolean}).injected)).toBe(false);
  expect(await page.locator('main img[src="x"]').count()).toBe(0);
  expect(problems).toEqual([]);
});

test('the static table keeps the seed’s text beside the widget', async ({page}) => {
  await openWith(page, '');
  const seedTable = page.getByRole('table').filter({has: page.getByRole('columnheader', {name: 'When to Use'})});
  await expect(seedTable.getByRole('row', {name: /LoRA Fine-Tuning/})).toHaveText(/LoRA Fine-Tuning\s*Days-Weeks\s*100–10K examples\s*\$50–\$500\s*When domain language\/style matters/);
});

test('on a phone the verdicts are cards that keep their table semantics, without sideways scroll', async ({page, baseURL}) => {
  const {problems} = watchPage(page, baseURL!);
  await page.setViewportSize({width: 390, height: 844});
  await openWith(page, '?examples=500&budget=600&days=20&goal=cost');
  await expectVerdict(page, 'LoRA Fine-Tuning', 'Fits');
  await expect(methodRow(page, 'LoRA Fine-Tuning').getByText('Next step if prompts are not enough')).toBeVisible();
  await expect(fitTable(page).getByRole('columnheader', {name: 'Verdict'})).toHaveCount(1);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // Each card is as wide as the box: nothing cut off on the right.
  const tableBox = await fitTable(page).boundingBox();
  const rowBox = await methodRow(page, 'LoRA Fine-Tuning').boundingBox();
  expect(rowBox!.x + rowBox!.width).toBeLessThanOrEqual(tableBox!.x + tableBox!.width + 1);
  expect(problems).toEqual([]);
});

for (const theme of ['light', 'dark'] as const) {
  test(`the widget has no axe violation in ${theme} mode`, async ({page}) => {
    await page.emulateMedia({colorScheme: theme});
    await openWith(page, '?examples=150&budget=400&days=10&goal=behavior');
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await expectVerdict(page, 'LoRA Fine-Tuning', 'Fits');
    await page.getByText('How the verdicts are decided').click();
    const results = await new AxeBuilder({page}).include('#which-method-fits-you ~ *').analyze();
    const violations = results.violations.map((v) => `${v.id} (${v.impact}) on ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    expect(violations).toEqual([]);
  });
}
