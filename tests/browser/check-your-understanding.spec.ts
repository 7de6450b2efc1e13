/**
 * "Check your understanding": answering by keyboard (wrong, then right), the feedback in words beside every option
 * and announced, progress kept across a reload and shown in the sidebar and on /t1, Start over, a browser that
 * refuses storage, a scenario opened in its widget, the module check's seeded draw and its one-sheet print, and
 * every link target present in the built pages.
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import {expect, test as base, type Locator, type Page} from '@playwright/test';
import {links} from '../../src/data/questions/links';
import {calculate} from '../../src/components/LoraMemoryCalculator/calculate';
import {parseQuery} from '../../src/components/LoraMemoryCalculator/queryState';
import {formatGB} from '../../src/components/LoraMemoryCalculator/format';

/** Any console error or warning (hydration mismatches included) or uncaught error fails the test, but those expected. */
const test = base.extend<{consoleProblems: string[]; expectedConsole: RegExp[]}>({
  expectedConsole: [[], {option: true}],
  consoleProblems: [
    async ({page, expectedConsole}, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        const text = `${message.type()}: ${message.text()}`;
        if ((message.type() === 'error' || message.type() === 'warning') && !expectedConsole.some((expected) => expected.test(text))) problems.push(text);
      });
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
      await use(problems);
      expect(problems).toEqual([]);
    },
    {auto: true},
  ],
});

const question = (page: Page, id: string): Locator => page.locator(`fieldset[data-quiz-question="${id}"]`);

async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
}

/** The section's score as the sidebar shows it (CSS generated content after the link): shown text and spoken text. */
async function sidebarScore(page: Page, section: string): Promise<string> {
  return page.locator(`.theme-doc-sidebar-container .menu__link[href$="/${section}/"]`).evaluate((link) => getComputedStyle(link, '::after').content);
}

test('a question answered wrong and then right by keyboard alone: feedback in words, first try kept, kept on reload', async ({page}) => {
  await open(page, '/t1/key-takeaways');
  // The block loads as the reader reaches it: from the heading's own link, the keyboard goes on into the questions.
  await page.getByRole('link', {name: 'Direct link to Check your understanding'}).focus();
  const q = question(page, 'works-well-already');
  await expect(q).toBeVisible();
  await expect(q.locator('legend')).toContainText('Question 1 of 5.');
  await expect(q.getByRole('radio')).toHaveCount(4);

  // Tab into the radio group (its first option), arrow to the second: "LoRA / QLoRA", a wrong answer.
  await page.keyboard.press('Tab');
  await expect(q.getByRole('radio').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(q.getByRole('radio', {name: 'LoRA / QLoRA'})).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(q.getByRole('button', {name: 'Check'})).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(q.getByRole('status')).toHaveText('Not right. The reason is under each option.');
  await expect(q).toContainText('✗ Not right. The reason is under each option.');
  const chosen = q.locator('li', {has: page.getByRole('radio', {name: 'LoRA / QLoRA'})});
  await expect(chosen).toContainText('Your choice, not right. The flowchart ends here only after');
  await expect(chosen.getByRole('link', {name: 'Read: T1.2: the decision flowchart, step by step'})).toHaveAttribute('href', '/t1/when-to-fine-tune/#decision-flowchart');
  const right = q.locator('li', {has: page.getByRole('radio', {name: "Don't fine-tune! Optimize prompts"})});
  await expect(right).toContainText('Missed: this one is right. Their answers, “Yes, and it works well”, end here.');
  await expect(q.getByRole('radio', {name: 'LoRA / QLoRA'})).toHaveAttribute('aria-describedby', /-why$/);
  await expect(q).toContainText('First try: not right');
  await expect(q.getByRole('link', {name: 'Open this in the flowchart'})).toHaveAttribute('href', '/t1/when-to-fine-tune/?answers=works-well#decision-flowchart');

  // Try again: the selection and feedback go, focus returns to the options; Space picks the first, Enter checks it.
  await page.keyboard.press('Tab');
  await expect(q.getByRole('button', {name: 'Try again'})).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(q.getByRole('radio').first()).toBeFocused();
  await expect(q.getByRole('radio', {checked: true})).toHaveCount(0);
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(q.getByRole('status')).toHaveText('Right.');
  await expect(q).toContainText('✓ Right.');
  await expect(q).toContainText('First try: not right');

  await expect.poll(() => sidebarScore(page, 'key-takeaways')).toBe('"0/5" / "0 of 5 right, unfinished"');

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
  // Stored answers load the block at once, with the latest answer checked and its feedback, not re-announced.
  await expect(question(page, 'works-well-already').getByRole('radio', {name: "Don't fine-tune! Optimize prompts"})).toBeChecked();
  await expect(question(page, 'works-well-already')).toContainText('✓ Right.');
  await expect(question(page, 'works-well-already')).toContainText('First try: not right');
  await expect(question(page, 'works-well-already').getByRole('status')).toHaveText('');
  await expect(page.getByText('Your score: 0 of 5 right on the first try (1 of 5 answered).')).toBeVisible();
  await expect.poll(() => sidebarScore(page, 'key-takeaways')).toBe('"0/5" / "0 of 5 right, unfinished"');
});

test('a number typed and checked with Enter; a wrong number names the likely mistake; the score shows on /t1', async ({page}) => {
  await open(page, '/t1/fine-tuning-methods#check-your-understanding');
  const q = question(page, 'llama2-7b-rank8-qv');
  const box = q.getByRole('textbox', {name: 'Your answer'});
  await box.fill('seven');
  await box.press('Enter');
  await expect(q.getByRole('status')).toHaveText('That is not a number: type digits, such as 4.19 or 1,024.');
  await expect(q).toContainText('That is not a number');
  await box.fill('2.1');
  await box.press('Enter');
  await expect(q.getByRole('status')).toHaveText('Not right: you gave 2.10; the answer is 4.19 million parameters.');
  await expect(q).toContainText('That is half: each adapted matrix trains both A (d_in × r) and B (r × d_out).');
  await expect(q).toContainText('32 layers × (q_proj 8 × (4,096 + 4,096) + v_proj 8 × (4,096 + 4,096)) = 4,194,304 parameters');
  await box.fill('4.2');
  await box.press('Enter');
  await expect(q.getByRole('status')).toHaveText('Right: 4.20 is within the tolerance of 4.19 million parameters.');

  await expect.poll(() => sidebarScore(page, 'fine-tuning-methods')).toBe('"0/6" / "0 of 6 right, unfinished"');
  await open(page, '/t1');
  const summary = page.locator('#your-progress ~ div').first();
  await expect(summary).toContainText('0 of 11 sections checked, 0 of ');
  await expect(summary.getByRole('link', {name: 'T1.3 Fine-Tuning Methods'})).toHaveAttribute('href', '/t1/fine-tuning-methods/#check-your-understanding');
  await expect(summary).toContainText('T1.3 Fine-Tuning Methods — 0 of 6 right, 5 not answered');
  await expect(summary.getByRole('link', {name: 'T1.4 LoRA & QLoRA — The Practical Revolution'})).toBeVisible();

  // Start over asks first; Keep leaves everything, Yes clears it (and the sidebar's score).
  await summary.getByRole('button', {name: 'Start over'}).click();
  await expect(summary.getByRole('button', {name: 'Keep my answers'})).toBeVisible();
  await expect(summary.getByRole('button', {name: 'Yes, clear everything'})).toBeFocused();
  await summary.getByRole('button', {name: 'Keep my answers'}).click();
  await expect(summary).toContainText('0 of 11 sections checked');
  await summary.getByRole('button', {name: 'Start over'}).click();
  await summary.getByRole('button', {name: 'Yes, clear everything'}).click();
  await expect(summary).toContainText('You have not answered any questions yet.');
  await expect.poll(() => sidebarScore(page, 'fine-tuning-methods')).toBe('none');
});

test('an engine-graded scenario opens in its widget, which shows the number the key came from', async ({page}) => {
  await open(page, '/t1/lora-qlora#check-your-understanding');
  const q = question(page, 'qlora-70b-seq-4096');
  await q.getByRole('checkbox', {name: 'NVIDIA A100 80GB'}).check();
  await q.getByRole('checkbox', {name: 'NVIDIA H100 80GB'}).check();
  await q.getByRole('button', {name: 'Check'}).click();
  await expect(q.getByRole('status')).toHaveText('Right: you chose all 2 right options and no other.');
  await expect(q).toContainText('This corrects the module. It says “QLoRA: 70B in 4-bit + 0.1B trained = ~35 GB + ~200 MB”');
  const expected = formatGB(calculate(parseQuery('model=llama-3.1-70b&rank=8&targets=q,v&seq=4096').inputs).methods.qlora.totalBytes);
  await expect(q).toContainText(`short of the ${expected} estimate`);
  await q.getByRole('link', {name: 'Open this in the LoRA memory calculator'}).click();
  await expect(page).toHaveURL(/\/t1\/lora-qlora\/\?model=llama-3\.1-70b&.*seq=4096.*#lora-memory-calculator$/);
  await expect(page.getByRole('status', {name: 'QLoRA total memory', exact: true})).toHaveText(expected);
});

test.describe('with storage refused', () => {
  // Docusaurus itself warns once that it cannot keep its own settings (colour mode): expected here.
  test.use({expectedConsole: [/^warning: Docusaurus browser storage is not available\./]});

  test('the questions still work and the page says progress will not be kept', async ({page}) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await open(page, '/t1/mlops#check-your-understanding');
    await expect(page.getByRole('note')).toContainText('This browser does not let the site store anything');
    const q = question(page, 'compare-runs');
    await q.getByRole('radio', {name: 'MLflow'}).check();
    await q.getByRole('button', {name: 'Check'}).click();
    await expect(q.getByRole('status')).toHaveText('Right.');
    await expect(page.getByText('Your score: 1 of 5 right on the first try (1 of 5 answered).')).toBeVisible();
    // Kept for this visit: the sidebar counts it.
    await expect.poll(() => sidebarScore(page, 'mlops')).toBe('"1/5" / "1 of 5 right, unfinished"');
  });
});

test('the module check draws the same 15 questions for the same seed, another set for another, and says so for a broken one', async ({page, browser}) => {
  const legends = async (p: Page) => {
    await expect(p.locator('fieldset[data-quiz-question]')).toHaveCount(15);
    return p.locator('fieldset[data-quiz-question] legend').allInnerTexts();
  };
  await open(page, '/t1/check?seed=4242');
  await expect(page.getByText('Set number 4242')).toBeVisible();
  const first = await legends(page);
  expect(new Set(first).size).toBe(15);
  for (const title of ['T1.1 ', 'T1.5 ', 'T1.10 ', 'Key Takeaways']) expect(first.some((legend) => legend.includes(`(${title}`))).toBe(true);

  const other = await browser.newPage();
  await open(other, '/t1/check?seed=4242');
  expect(await legends(other)).toEqual(first);
  await open(other, '/t1/check?seed=4243');
  expect(await legends(other)).not.toEqual(first);
  await other.close();

  await open(page, '/t1/check?seed=not-a-number');
  await expect(page.getByRole('note')).toContainText('The link’s seed is not a whole number from 1 to 999,999, so a new set was drawn.');
  await expect(page).toHaveURL(/\/t1\/check\/\?seed=\d{1,6}$/);
  await legends(page);

  await open(page, '/t1/check');
  await expect(page).toHaveURL(/\/t1\/check\/\?seed=\d{1,6}$/);
  const drawn = await legends(page);
  await page.reload();
  expect(await legends(page)).toEqual(drawn);
});

test('the module check’s results give the score per section with links back, and print on one sheet with the answers', async ({page}) => {
  await open(page, '/t1/check?seed=777');
  const cards = page.locator('fieldset[data-quiz-question]');
  await expect(cards).toHaveCount(15);
  for (let i = 0; i < 15; i++) {
    const card = cards.nth(i);
    const box = card.getByRole('textbox');
    if ((await box.count()) > 0) await box.fill('1');
    else await card.locator('input').first().check();
    await card.getByRole('button', {name: 'Check'}).click();
    await expect(card.getByRole('status')).not.toHaveText('');
  }
  const results = page.getByRole('region', {name: 'Your results'});
  await expect(results).toContainText(/\d+ of 15 right on the first try\./);
  await expect(results.getByRole('row')).toHaveCount(12);
  await expect(results.getByRole('link', {name: /T1\.4 LoRA & QLoRA/})).toHaveAttribute('href', '/t1/lora-qlora/#check-your-understanding');

  await page.reload();
  await expect(page.getByRole('region', {name: 'Your results'})).toContainText(/\d+ of 15 right on the first try\./);

  await page.emulateMedia({media: 'print'});
  await expect(cards.first()).toBeHidden();
  const printed = page.getByRole('list', {name: 'Your answers'});
  await expect(printed).toBeVisible();
  await expect(printed.getByRole('listitem')).toHaveCount(15);
  await expect(printed.getByRole('listitem').first()).toContainText('Your first answer:');
  const pdf = await page.pdf({format: 'A4'});
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBe(1);
});

test('a section page prints its questions with the answers the reader gave', async ({page}) => {
  await open(page, '/t1/evaluation#check-your-understanding');
  const q = question(page, 'regression');
  await q.getByRole('radio', {name: 'Yes: the task metrics are what matter'}).check();
  await q.getByRole('button', {name: 'Check'}).click();
  await page.emulateMedia({media: 'print'});
  await expect(q.getByRole('radio', {name: 'Yes: the task metrics are what matter'})).toBeChecked();
  await expect(q).toContainText('Your choice, not right.');
  await expect(q.getByRole('button', {name: 'Check'})).toBeHidden();
});

test('every place a question links to is an element on its built page', () => {
  for (const [name, target] of Object.entries(links)) {
    const route = target.path.replace(/^\//, '');
    const file = [path.resolve('build', `${route}.html`), path.resolve('build', route, 'index.html')].find((candidate) => existsSync(candidate));
    expect(file, `${name}: a built page for ${target.path}`).toBeDefined();
    expect(readFileSync(file!, 'utf8'), `${name}: #${target.anchor} on ${target.path}`).toMatch(new RegExp(`\\sid=["']?${target.anchor}["'\\s>]`));
  }
});

test('the checked block passes axe in light and dark mode and fits a 360 px screen', async ({page}) => {
  await page.setViewportSize({width: 360, height: 780});
  await open(page, '/t1/data-preparation#check-your-understanding');
  const q = question(page, 'chat-format-line');
  await q.getByRole('radio').nth(2).check();
  await q.getByRole('button', {name: 'Check'}).click();
  const numberQuestion = page.locator('fieldset[data-quiz-question]').first();
  await numberQuestion.getByRole('checkbox').first().check();
  await numberQuestion.getByRole('button', {name: 'Check'}).click();
  for (const theme of ['light', 'dark'] as const) {
    await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
    // Buttons fade to the theme's colours: axe must read them once the fade has ended, not half-way.
    await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
    const results = await new AxeBuilder({page}).include('#check-your-understanding + div').analyze();
    expect(results.violations.map((v) => `${theme}: ${v.id} on ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'no sideways scroll at 360 px').toBeLessThanOrEqual(0);
});
