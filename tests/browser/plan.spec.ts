/**
 * Issue 19's "Done when": a reader checks the sample chat file and uses its numbers, clicks through the flowchart,
 * reads the fit table, sets a GPU in the calculator, then opens /t1/plan, reads every section, reloads the permalink
 * in a fresh browser and gets the same plan, prints it on two pages at most and downloads the Markdown (written to
 * test-results/plan.md). Also: a link's own values are never silently replaced by the plan's, a browser that refuses
 * storage keeps the plan for the visit and says so, and a broken permalink shows what it has.
 */
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {expect, test, type Locator, type Page} from '@playwright/test';
import {buildPlan} from '../../src/components/Plan/planEngine';
import {parsePermalink} from '../../src/components/Plan/planInputs';
import {planToMarkdown} from '../../src/components/Plan/planMarkdown';
import {parseScenario} from '../../src/utils/scenario/scenario';
import {SCENARIO_KEY} from '../../src/utils/scenario/scenarioStorage';
import {evaluationLines, runFacts, runTable} from '../../src/components/Plan/planTexts';
import {checked, figureNumber} from './checkerPage';
import {waitForHydration, watchPage} from './support';

const planBar = (page: Page, widget: string): Locator => page.locator(`[data-plan-bar="${widget}"]`);
const section = (page: Page, id: string): Locator => page.locator(`section[aria-labelledby="${id}"]`);
const SECTIONS = ['plan-missing', 'plan-decision', 'plan-run', 'plan-data', 'plan-evaluation', 'plan-next-steps'];

async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForHydration(page);
}

/** The text of every section of the plan, as a reader reads it. */
async function planText(page: Page): Promise<string[]> {
  await expect(section(page, 'plan-run')).toBeVisible();
  return Promise.all(SECTIONS.map(async (id) => ((await section(page, id).count()) ? section(page, id).innerText() : '')));
}

/** Pages of the PDF Chromium prints (as print.spec.ts counts them). */
async function printedPages(page: Page, format: 'A4' | 'Letter'): Promise<number> {
  const pdf = await page.pdf({format, margin: {top: '10mm', right: '10mm', bottom: '10mm', left: '10mm'}});
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}

test('a reader’s path ends in a plan that the permalink, the printout and the Markdown reproduce', async ({page, browser, baseURL}) => {
  test.setTimeout(180_000);
  const {problems} = watchPage(page, baseURL!);
  await page.setViewportSize({width: 1280, height: 900});

  // 1. The checker: the sample chat file, then "Use these numbers".
  await open(page, '/t1/data-preparation/#check-your-training-data');
  await page.getByRole('button', {name: 'Try the sample chat file'}).click();
  await checked(page, 'sample-chat.jsonl');
  const valid = await figureNumber(page, 'Valid');
  const fileTokens = await figureNumber(page, 'Tokens in the valid examples');
  expect(valid).toBe(30);
  const checker = planBar(page, 'checker');
  await expect(checker).toContainText(`The fit table: ${valid} valid examples`);
  await checker.getByRole('button', {name: 'Use these numbers'}).click();
  await expect(checker).toContainText('In your plan');

  // 2. The flowchart: its data-size question knows the file's count; the reader answers with it.
  await open(page, '/t1/when-to-fine-tune/');
  const flow = page.locator('[data-decision-flow]');
  await flow.getByRole('button', {name: "No, it doesn't get the domain"}).click();
  await flow.getByRole('button', {name: 'Yes, still poor'}).click();
  await expect(planBar(page, 'flowchart')).toContainText(`Your plan has ${valid} labelled examples (from your file): at “How much data do you have?” that is “< 100 examples”.`);
  await flow.getByRole('button', {name: '< 100 examples'}).click();
  await expect(flow.locator('[data-outcome="NOTYET"]')).toBeVisible();
  await expect(planBar(page, 'flowchart')).toContainText('agrees with your plan’s 30 labelled examples');

  // 3. The fit table opens on the file's count, says where it came from, and goes into the plan.
  await open(page, '/t1/customization-spectrum/');
  const fitBar = planBar(page, 'fit-table');
  await expect(page.getByRole('textbox', {name: 'Labelled examples you have'})).toHaveValue(String(valid));
  await expect(fitBar).toContainText(`Labelled examples: ${valid} — from your file`);
  await expect(page.locator('tr[data-method="lora"]')).toHaveAttribute('data-verdict', 'Not enough data');
  await expect(page.locator('tr[data-method="prompt-engineering"]').getByText('Start here')).toBeVisible();
  await expect(fitBar.locator('[data-budget-status]')).toHaveAttribute('data-budget-status', 'not-sized');
  await fitBar.getByRole('button', {name: 'Add to my plan'}).click();
  await expect(fitBar).toContainText('In your plan');

  // 4. The calculator takes the file's sequence length; the reader sets a GPU.
  await open(page, '/t1/lora-qlora/#lora-memory-calculator');
  const calculator = page.locator('section[aria-label="LoRA memory calculator"]');
  await expect(planBar(page, 'calculator')).toContainText('Sequence length: 256 tokens — from your file');
  await calculator.getByRole('combobox', {name: 'GPU', exact: true}).selectOption('a100-80');
  await expect(page).toHaveURL(/gpu=a100-80/);
  await expect(planBar(page, 'calculator')).toContainText('In your plan');

  // 5. The plan, reached by the site's own link.
  await planBar(page, 'calculator').getByRole('link', {name: 'Open my plan'}).click();
  await expect(page).toHaveURL(/\/t1\/plan\/$/);
  await expect(page.getByRole('heading', {level: 1, name: 'Your fine-tuning plan'})).toBeVisible();
  // The page is first drawn with the module's defaults (its server render), then with the browser's plan.
  await expect(page.locator('[data-plan-from="browser"]')).toBeVisible();
  const permalink = await page.locator('#plan-permalink').inputValue();
  const expected = buildPlan(parsePermalink(new URL(permalink).search).inputs);

  const decision = section(page, 'plan-decision');
  await expect(decision).toContainText("Does the model understand your task? No, it doesn't get the domain");
  await expect(decision).toContainText('How much data do you have? < 100 examples');
  await expect(decision.locator('[data-plan-outcome="NOTYET"]')).toContainText('Not enough data. Collect more or use RAG.');
  await expect(decision.locator('[data-plan-start-here]')).toHaveText('Prompt Engineering');
  await expect(decision).toContainText('Fine-tuning: LoRA Fine-Tuning, not enough data.');
  await expect(decision.locator('[data-budget-status]')).toContainText('LoRA on 1 × NVIDIA A100 80GB');

  const run = section(page, 'plan-run');
  for (const [, value] of runFacts(expected)) await expect(run.locator('dl')).toContainText(value);
  await expect(run).toContainText(`${fileTokens.toLocaleString('en-US')} per epoch (from your file) × 3 epochs`);
  const rows = run.locator('tbody tr');
  await expect(rows).toHaveCount(3);
  for (const [i, row] of runTable(expected).rows.entries()) await expect(rows.nth(i)).toHaveText(row.cells.join(''));
  await expect(run).toContainText('T1.9’s per-token prices: GPT-4o-mini');

  const data = section(page, 'plan-data');
  await expect(data).toContainText('Examples38 (chat): 30 valid, 8 invalid');
  await expect(data.locator('[data-finding="no-assistant"]')).toHaveText('No assistant message 2');
  await expect(data).toContainText('Errors to fix first (a trainer would reject these lines)');
  await expect(data.locator('[data-volume-tier]')).toHaveAttribute('data-volume-tier', 'below-minimum');

  const evaluation = section(page, 'plan-evaluation');
  for (const line of evaluationLines(expected)) await expect(evaluation).toContainText(line);
  await expect(evaluation.getByRole('row')).toHaveCount(7);

  const steps = section(page, 'plan-next-steps').getByRole('listitem');
  await expect(steps).toHaveCount(expected.nextSteps.length);
  for (const [i, step] of expected.nextSteps.entries()) {
    await expect(steps.nth(i)).toHaveAttribute('data-done', String(step.done));
    await expect(steps.nth(i).getByRole('link')).toHaveAttribute('href', step.link.to);
  }
  // Only the optional step is missing: the reader set no target of their own.
  await expect(section(page, 'plan-missing').getByRole('listitem')).toHaveCount(1);
  await expect(section(page, 'plan-missing')).toContainText('Optional: The A/B test plans for T1.8’s 60 % target');
  const seen = await planText(page);

  // 6. The permalink in a fresh browser (no stored plan) gives the same plan.
  const fresh = await browser.newContext({viewport: {width: 1280, height: 900}});
  const second = await fresh.newPage();
  await second.goto(permalink);
  await waitForHydration(second);
  await expect(second.locator('[data-plan-from="link"]')).toBeVisible();
  expect(await planText(second)).toEqual(seen);
  expect(await second.locator('#plan-permalink').inputValue()).toBe(permalink);
  await fresh.close();

  // 7. Printed: two sheets at most, A4 and Letter, with the permalink as text and no buttons.
  await page.emulateMedia({media: 'print'});
  await expect(page.getByRole('button', {name: 'Download as Markdown'})).toBeHidden();
  await expect(page.getByText(permalink, {exact: true})).toBeVisible();
  expect(await printedPages(page, 'A4')).toBeLessThanOrEqual(2);
  expect(await printedPages(page, 'Letter')).toBeLessThanOrEqual(2);
  await page.emulateMedia({media: 'screen'});

  // 8. The Markdown: the same plan, as the engine writes it.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', {name: 'Download as Markdown'}).click()]);
  expect(download.suggestedFilename()).toBe('t1-fine-tuning-plan.md');
  const markdown = readFileSync(await download.path(), 'utf8');
  expect(markdown).toBe(planToMarkdown(expected, new URL(baseURL!).origin, permalink));
  mkdirSync('test-results', {recursive: true});
  writeFileSync('test-results/plan.md', markdown);
  expect(problems).toEqual([]);
});

test('a value in a widget’s own link is never silently replaced by the plan’s; the reader chooses', async ({page, baseURL}) => {
  const {problems} = watchPage(page, baseURL!);
  await open(page, '/t1/customization-spectrum/');
  await page.getByRole('textbox', {name: 'Labelled examples you have'}).fill('2347');
  await expect(planBar(page, 'fit-table')).toContainText('In your plan');

  // A colleague's link with other values: the link's values stay, the plan's are offered with where they came from.
  await open(page, '/t1/customization-spectrum/?examples=500&budget=4000&days=30&goal=domain');
  const box = page.getByRole('textbox', {name: 'Labelled examples you have'});
  await expect(box).toHaveValue('500');
  const bar = planBar(page, 'fit-table');
  await expect(bar).toContainText('Here: Labelled examples: 500. In your plan: Labelled examples: 2,347 — from the fit table');
  await expect(bar).toContainText('Here: Budget: $4,000. In your plan: Budget: $1,000 — from the fit table');
  await page.waitForTimeout(500);
  await expect(box).toHaveValue('500');
  await expect(page.getByRole('textbox', {name: 'Time available (days)'})).toHaveValue('30');
  await bar.getByRole('button', {name: 'Use my plan’s values'}).click();
  await expect(box).toHaveValue('2,347');
  await expect(page.getByRole('textbox', {name: 'Budget (US dollars)'})).toHaveValue('1,000');
  await expect(bar.getByRole('note')).toHaveCount(0);

  // Editing the link's page makes its value the newest: the plan takes it, and the flowchart's answer would follow.
  await page.getByRole('textbox', {name: 'Budget (US dollars)'}).fill('4000');
  // The widget writes its link 150 ms after the last keystroke, and the plan takes the edit from that write.
  await expect(page).toHaveURL(/budget=4000/);
  await open(page, '/t1/plan/');
  await expect(section(page, 'plan-decision')).toContainText('For 2,347 examples, $4,000, 30 days, domain language');
  expect(problems).toEqual([]);
});

test('with storage refused, the plan lasts for the visit and the page says so', async ({page}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await open(page, '/t1/data-preparation/#check-your-training-data');
  await page.getByRole('button', {name: 'Try the sample chat file'}).click();
  await checked(page, 'sample-chat.jsonl');
  const checker = planBar(page, 'checker');
  await expect(checker.getByRole('note')).toContainText('This browser does not let the site store anything');
  await checker.getByRole('button', {name: 'Use these numbers'}).click();
  await expect(checker).toContainText('In your plan');
  // The site's own link keeps the page (and the plan in memory); a reload would not.
  await checker.getByRole('link', {name: 'Open my plan'}).click();
  await expect(page).toHaveURL(/\/t1\/plan\/$/);
  // The address changes before the plan's page has replaced the checker's (which has its own storage note).
  await expect(page.getByRole('heading', {level: 1, name: 'Your fine-tuning plan'})).toBeVisible();
  await expect(page.getByRole('note').filter({hasText: 'does not let the site store anything, so your plan lasts only'})).toBeVisible();
  await expect(section(page, 'plan-data')).toContainText('Examples38 (chat): 30 valid, 8 invalid');
});

test('a broken permalink shows what it has, names what it could not use and what is missing', async ({page, baseURL}) => {
  const {problems} = watchPage(page, baseURL!);
  await open(page, '/t1/plan/?fit.examples=abc&fit.goal=domain&run.gpu=%3Cimg%20src%3Dx%20id%3Dinjected%3E&run.gpus=-4&data.valid=12&data.examples=10&eval.target=200&stray=1');
  await expect(page.locator('[data-plan-from="link"]')).toBeVisible();
  const messages = page.getByRole('status').filter({hasText: 'could not be used as given'});
  for (const key of ['fit.examples', 'run.gpu', 'run.gpus', 'data.valid', 'eval.target']) await expect(messages).toContainText(`${key}:`);
  await expect(messages).toContainText('1 key in this link belongs to no part of the plan');
  // What it has: the data counts and the fit table's goal; what it lacks: the flowchart.
  await expect(section(page, 'plan-data')).toContainText('Examples12');
  await expect(section(page, 'plan-missing').locator('[data-missing="flow"]')).toContainText('No decision yet');
  const text = await page.locator('main').innerText();
  expect(text).not.toMatch(/NaN|Infinity|undefined/);
  expect(await page.locator('#injected').count()).toBe(0);
  expect(problems).toEqual([]);
});

test('the page is drawn from its HTML with the module’s defaults, then with what the browser holds', async ({page, request, baseURL}) => {
  const {problems} = watchPage(page, baseURL!);
  // The server's HTML already holds every section (the page's largest text is painted before any script runs).
  const html = await (await request.get('/t1/plan/')).text();
  for (const id of SECTIONS) expect(html).toMatch(new RegExp(`id="?${id}"?[ >]`));
  expect(html).toContain('Reading your plan from this browser: until then, these are the defaults');
  expect(html).not.toMatch(/NaN|Infinity/);
  // With no plan kept, the browser's plan is the empty one: the same sections, now said to be empty.
  await open(page, '/t1/plan/');
  await expect(page.locator('[data-plan-from="browser"]')).toBeVisible();
  await expect(page.getByText('Your plan is empty: the site’s tools fill it as you use them.')).toBeVisible();
  await expect(section(page, 'plan-missing').locator('[data-missing="flow"]')).toContainText('No decision yet');
  expect(problems).toEqual([]);
});

test('a slider step made just before a click that leaves the page still reaches the URL and the plan', async ({page, baseURL}) => {
  const {problems} = watchPage(page, baseURL!);
  // The page's clock stands still once the calculator is ready, so its debounced URL write (150 ms after the last
  // step) cannot fire by itself: only the click can write the step, as when a reader clicks a link at once.
  await page.clock.install();
  await open(page, '/t1/lora-qlora/#lora-memory-calculator');
  await page.clock.pauseAt(Date.now() + 1000);
  const calculator = page.locator('section[aria-label="LoRA memory calculator"]');
  await calculator.getByRole('slider', {name: 'LoRA rank', exact: true}).press('ArrowRight');
  await expect(calculator.getByRole('spinbutton', {name: 'LoRA rank, as a number', exact: true})).toHaveValue('9');
  expect(new URL(page.url()).searchParams.get('rank')).toBeNull();

  await planBar(page, 'calculator').getByRole('link', {name: 'Open my plan'}).click();
  await expect(page).toHaveURL(/\/t1\/plan\/$/);
  await page.clock.resume();
  // What the plan reads: the calculator's part of the shared scenario (the plan page renders from it).
  const stored = parseScenario(await page.evaluate((key) => window.localStorage.getItem(key), SCENARIO_KEY));
  expect(new URLSearchParams(stored.widgets.calculator?.query).get('rank')).toBe('9');
  await expect(section(page, 'plan-run')).toContainText(/rank 9\b/i);
  await page.goBack();
  await expect(page).toHaveURL(/[?&]rank=9(&|#|$)/);
  expect(problems).toEqual([]);
});
