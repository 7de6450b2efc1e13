/**
 * Printing (src/css/custom.css, @media print): the site's navigation stays off the
 * paper, each widget prints the state the reader left it in, diagrams and tables
 * print whole instead of being cut at their scroll box, and Chromium makes a PDF.
 */
import {expect, test, type Page} from '@playwright/test';
import {waitForHydration, watchPage} from './support';

/** A4 portrait less Chromium's default 10 mm margins, in CSS pixels: the width the printed layout gets. */
const PAPER = {width: 718, height: 1047};

const CALCULATOR = 'section[aria-label="LoRA memory calculator"]';

/** Screen-only parts of the page: seen on a desktop screen, gone from the printout. */
const NAVIGATION = ['.navbar', '.theme-doc-sidebar-container', '.theme-doc-toc-desktop', '.footer', '.pagination-nav', '.theme-doc-breadcrumbs'];

/**
 * Opens a page on a desktop screen, checks the navigation is there, then switches to print at paper width.
 * A page with too few headings has no table of contents to check.
 */
async function openAndPrint(page: Page, url: string, {hasContents = true} = {}): Promise<void> {
  const navigation = NAVIGATION.filter((selector) => hasContents || selector !== '.theme-doc-toc-desktop');
  await page.setViewportSize({width: 1280, height: 900});
  await page.goto(url);
  await waitForHydration(page);
  for (const selector of navigation) await expect(page.locator(selector).first(), `${selector} on screen`).toBeVisible();
  await page.setViewportSize(PAPER);
  await page.emulateMedia({media: 'print'});
  for (const selector of navigation) await expect(page.locator(selector).first(), `${selector} on paper`).toBeHidden();
  await expect(page.locator('.theme-doc-toc-mobile').first()).toBeHidden();
}

/** Every build-time diagram is drawn at a readable size inside the paper, and no scroll box cuts it or a table. */
async function expectNothingClipped(page: Page): Promise<void> {
  const report = await page.evaluate(() => {
    const paperWidth = document.documentElement.clientWidth;
    const diagrams = [...document.querySelectorAll<SVGSVGElement>('svg.build-time-diagram')].map((svg) => {
      const rect = svg.getBoundingClientRect();
      const box = svg.parentElement!;
      return {
        id: svg.dataset.diagram,
        left: Math.round(rect.left),
        right: Math.round(rect.right),
        width: Math.round(rect.width),
        boxScrollWidth: box.scrollWidth,
        boxClientWidth: box.clientWidth,
      };
    });
    // A box that scrolls sideways on screen prints only its visible part: none may hold more than it shows.
    const clippedScrollBoxes = [...document.querySelectorAll<HTMLElement>('article *')]
      .filter((el) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX) && el.scrollWidth > el.clientWidth + 1)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} (${el.scrollWidth} > ${el.clientWidth})`);
    return {paperWidth, pageScrollWidth: document.documentElement.scrollWidth, diagrams, clippedScrollBoxes};
  });
  expect(report.pageScrollWidth, 'nothing runs off the side of the paper').toBeLessThanOrEqual(report.paperWidth);
  expect(report.clippedScrollBoxes).toEqual([]);
  for (const diagram of report.diagrams) {
    expect(diagram.left, `${diagram.id} starts on the paper`).toBeGreaterThanOrEqual(0);
    expect(diagram.right, `${diagram.id} ends on the paper`).toBeLessThanOrEqual(report.paperWidth);
    expect(diagram.width, `${diagram.id} is drawn at a readable size`).toBeGreaterThan(250);
    expect(diagram.boxScrollWidth, `${diagram.id} is not cut by its scroll box`).toBe(diagram.boxClientWidth);
  }
}

/** Makes the PDF a reader would get and returns its number of pages. */
async function printedPages(page: Page): Promise<number> {
  const pdf = await page.pdf({format: 'A4', margin: {top: '10mm', right: '10mm', bottom: '10mm', left: '10mm'}});
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}

test('the LoRA calculator prints its settings and results, without its on-screen actions', async ({page, baseURL}) => {
  const {problems} = watchPage(page, baseURL!);
  await openAndPrint(page, '/t1/lora-qlora?rank=64&model=llama-3.1-70b');
  const calculator = page.locator(CALCULATOR);
  await expect(calculator).toBeVisible();

  // The settings from the link, as the form controls show them.
  await expect(calculator.getByRole('slider', {name: 'LoRA rank', exact: true})).toHaveValue('64');
  await expect(calculator.getByRole('spinbutton', {name: 'LoRA rank, as a number', exact: true})).toBeVisible();
  await expect(calculator.getByRole('spinbutton', {name: 'LoRA rank, as a number', exact: true})).toHaveValue('64');
  await expect(calculator.getByRole('combobox', {name: 'Model'})).toBeVisible();
  expect(await calculator.getByRole('combobox', {name: 'Model'}).evaluate((select: HTMLSelectElement) => select.selectedOptions[0].text)).toMatch(/70B/);
  // The pressed rank chip shows the state; the "Set α = 2 × rank" action is left off.
  await expect(calculator.getByRole('button', {name: 'Rank 64', exact: true})).toBeVisible();
  await expect(calculator.getByRole('button', {name: /Set α/})).toBeHidden();

  // The results for that state.
  for (const name of ['Trainable parameters', 'Full fine-tuning total memory', 'LoRA total memory', 'QLoRA total memory']) {
    const output = calculator.getByRole('status', {name, exact: true});
    await expect(output, name).toBeVisible();
    await expect(output, name).toHaveText(/\d/);
  }
  // Rank 64 on a 70B model trains far more than rank 8's four million parameters.
  const trainable = await calculator.getByRole('status', {name: 'Trainable parameters', exact: true}).innerText();
  expect(Number(trainable.replace(/\D/g, ''))).toBeGreaterThan(50_000_000);

  // "Show the math" prints as the reader left it: folded stays folded, opened prints its working.
  const math = calculator.locator('details', {has: page.locator('summary', {hasText: 'Show the math'})});
  await expect(math.locator('summary')).toBeVisible();
  await expect(math).not.toHaveAttribute('open');
  await page.emulateMedia({media: 'screen'});
  await math.locator('summary').click();
  await page.emulateMedia({media: 'print'});
  await expect(math.locator('.katex').first()).toBeVisible();

  await expectNothingClipped(page);
  const pages = await printedPages(page);
  expect(pages).toBeGreaterThanOrEqual(2);
  // 31 pages with the math open (17 folded): 11 for the page and the calculator, its run settings and results included;
  // 6 for "How close are these estimates?" (21 one-GPU, 13 multi-GPU and 29 throughput runs); 14 for the working, of
  // which 4 are the run's (sharding, FLOPs and time for three methods; the time constants stay folded). Constants,
  // calibration tables and the run's working print in smaller type. A page of slack.
  expect(pages).toBeLessThanOrEqual(32);
  expect(problems).toEqual([]);
});

test('the decision flowchart prints the current question, the answers so far and the marked diagram', async ({page, baseURL}) => {
  const {problems} = watchPage(page, baseURL!);
  await openAndPrint(page, '/t1/when-to-fine-tune?answers=no-domain,still-poor');
  const flow = page.locator('[data-decision-flow]');

  // The question reached after two answers, with the choices it offers.
  await expect(flow.locator('[data-question] h3')).toBeVisible();
  await expect(flow.locator('[data-question] h3')).toHaveText(/how much data/i);
  await expect(flow.locator('[data-question] button').first()).toBeVisible();
  // The answers given so far.
  const answers = flow.locator('dl dd:first-of-type');
  await expect(answers).toHaveCount(2);
  await expect(answers.nth(0)).toBeVisible();
  await expect(answers.nth(1)).toHaveText(/still poor/i);
  // Back, Start again and Change do nothing on paper.
  for (const name of [/Back/, /Start again/, /^Change/]) await expect(flow.getByRole('button', {name}).first()).toBeHidden();

  // The diagram is whole and shows the path taken so far.
  const diagram = page.locator('svg.build-time-diagram[data-diagram="decision-tree"]');
  await expect(diagram).toBeVisible();
  await expect(diagram).toHaveAttribute('data-decision-active', 'true');
  expect(await diagram.locator('g.node[data-decision-path]').count()).toBeGreaterThanOrEqual(3);
  await expectNothingClipped(page);

  const pages = await printedPages(page);
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(8);
  expect(problems).toEqual([]);
});

test('the customization-fit table prints the situation and every verdict', async ({page, baseURL}) => {
  const {problems} = watchPage(page, baseURL!);
  await openAndPrint(page, '/t1/customization-spectrum?examples=500&budget=2000&days=30&goal=domain');

  // The situation from the link, as the form controls show it.
  await expect(page.getByRole('textbox', {name: 'Labelled examples you have'})).toHaveValue('500');
  await expect(page.getByRole('textbox', {name: 'Budget (US dollars)'})).toHaveValue('2,000');
  await expect(page.getByRole('textbox', {name: 'Time available (days)'})).toHaveValue('30');
  await expect(page.getByRole('radio', {name: 'Domain language'})).toBeChecked();
  await expect(page.getByRole('radio', {name: 'Domain language'})).toBeVisible();

  // Every method's verdict, in a table that is not cut at the paper's edge.
  await expect(page.locator('caption', {hasText: 'Verdicts for 500 examples, $2,000, 30 days'})).toBeVisible();
  const rows = page.locator('tr[data-verdict]');
  expect(await rows.count()).toBeGreaterThanOrEqual(8);
  for (const row of await rows.all()) await expect(row).toBeVisible();
  await expect(page.locator('tr[data-method="lora"]')).toHaveAttribute('data-verdict', 'Fits');
  await expectNothingClipped(page);

  const pages = await printedPages(page);
  expect(pages).toBeGreaterThanOrEqual(2);
  expect(pages).toBeLessThanOrEqual(10);
  expect(problems).toEqual([]);
});

test('the training-data checker prints its results, without the file picker', async ({page, baseURL}) => {
  const {problems} = watchPage(page, baseURL!);
  await page.setViewportSize({width: 1280, height: 900});
  await page.goto('/t1/data-preparation');
  await waitForHydration(page);
  await page.getByRole('button', {name: 'Try the sample chat file'}).click();
  await expect(page.getByText(/^Checked sample-chat\.jsonl in/)).toBeVisible({timeout: 30_000});
  // Print what the reader has in front of them: no reload, the results stay.
  await page.setViewportSize(PAPER);
  await page.emulateMedia({media: 'print'});
  for (const selector of NAVIGATION) await expect(page.locator(selector).first(), `${selector} on paper`).toBeHidden();
  await expect(page.getByRole('button', {name: 'Try the sample chat file'})).toBeHidden();
  await expect(page.getByLabel('Choose a .jsonl file, or drop it here')).toBeHidden();
  await expect(page.getByRole('img', {name: 'Assistant-response lengths, in GPT-4o tokens'})).toBeVisible();
  await expect(page.locator('xpath=//dt[normalize-space()="Examples"]/following-sibling::dd')).toContainText('38');
  await expect(page.getByRole('table').filter({has: page.getByRole('columnheader', {name: 'What the file shows'})})).toBeVisible();
  await expectNothingClipped(page);
  expect(problems).toEqual([]);
});

for (const {route, hasContents, hasCode} of [
  {route: '/t1/mlops', hasContents: true, hasCode: false},
  {route: '/t1/alignment-rlhf-dpo', hasContents: true, hasCode: true},
  {route: '/t1/fine-tuning-pipeline', hasContents: false, hasCode: false},
]) {
  test(`the diagrams on ${route} print whole`, async ({page, baseURL}) => {
    const {problems} = watchPage(page, baseURL!);
    await openAndPrint(page, route, {hasContents});
    await expect(page.locator('svg.build-time-diagram').first()).toBeVisible();
    // Code prints; its Copy button does not.
    const copyButtons = page.getByRole('button', {name: /Copy code/i, includeHidden: true});
    if (hasCode) expect(await copyButtons.count()).toBeGreaterThan(0);
    for (const button of await copyButtons.all()) await expect(button).toBeHidden();
    await expectNothingClipped(page);
    const pages = await printedPages(page);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(8);
    expect(problems).toEqual([]);
  });
}

test('a page read in dark mode prints dark ink on white, diagram included', async ({page, baseURL}) => {
  const {problems} = watchPage(page, baseURL!);
  await page.goto('/t1/when-to-fine-tune?answers=no-domain,still-poor');
  await waitForHydration(page);
  // The toggle cycles light → dark → system; click until dark is on.
  for (let i = 0; i < 3 && (await page.locator('html').getAttribute('data-theme')) !== 'dark'; i++) {
    await page.getByRole('button', {name: /Switch between dark and light mode/}).first().click();
  }
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.setViewportSize(PAPER);
  await page.emulateMedia({media: 'print'});

  const colours = await page.evaluate(() => {
    const channels = (css: string) => (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const svg = document.querySelector('svg.build-time-diagram[data-diagram="decision-tree"]')!;
    return {
      text: channels(getComputedStyle(document.querySelector('article p')!).color),
      diagramLabel: channels(getComputedStyle(svg.querySelector('text')!).fill),
      page: channels(getComputedStyle(document.documentElement).backgroundColor),
      diagramBox: channels(getComputedStyle(svg.parentElement!).backgroundColor),
    };
  });
  for (const [name, rgb] of Object.entries({text: colours.text, diagramLabel: colours.diagramLabel})) {
    expect(Math.max(...rgb), `${name} is dark ink: rgb(${rgb})`).toBeLessThan(110);
  }
  for (const [name, rgb] of Object.entries({page: colours.page, diagramBox: colours.diagramBox})) {
    expect(Math.min(...rgb), `${name} is white: rgb(${rgb})`).toBeGreaterThan(245);
  }
  expect(problems).toEqual([]);
});
