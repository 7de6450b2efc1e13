/**
 * The blind A/B rater on /t1/evaluation, as T1.8's evaluators would use it: rate the sample file by keyboard, stop and
 * come back, unblind, read the results; export two raters and compare them; check format compliance under the site's
 * Content-Security-Policy; bad files and hostile HTML.
 */
import {expect, test, type Page} from '@playwright/test';
import {cohensKappa} from '../../src/utils/statistics/raterAgreement';
import {criterionCell, downloadedText, loadSample, openEvaluation, rateByKeyboard, sheetTitle} from './evaluationPage';
import {watchPage} from './support';

// Rater A scores Response 1 "5 4 4 4" and Response 2 "2 2 3 3" on every prompt, and prefers Response 1.
const A_DIGITS = '54442233';

interface ExportedRow {
  prompt: number;
  shown_first: 'base' | 'fine_tuned';
  preference: string;
  seed: number;
  scores: Record<'base' | 'fine_tuned', Record<string, number>>;
}
const parseJsonl = (text: string): ExportedRow[] => text.trim().split('\n').map((line) => JSON.parse(line) as ExportedRow);

async function rateRange(page: Page, from: number, to: number, digits: (n: number) => string, preference: (n: number) => '1' | '2' | '0') {
  for (let n = from; n <= to; n++) {
    await expect(sheetTitle(page)).toContainText(`Prompt ${n} of 20`);
    await rateByKeyboard(page, digits(n), preference(n), n < 20);
  }
}

test('rate the sample by keyboard, reload half-way and continue, unblind and read the results', async ({page, baseURL}) => {
  test.setTimeout(90_000);
  const {problems} = watchPage(page, baseURL!);
  await openEvaluation(page);
  await loadSample(page);
  await rateRange(page, 1, 10, () => A_DIGITS, () => '1');
  await expect(page.getByTestId('rated-count')).toHaveText('10 of 20 rated');

  // Stop and come back: the same file brings the same order and the ratings back, on the prompt where the rater left.
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
  await loadSample(page);
  await expect(page.getByText('Welcome back: your ratings of sample-ab-evaluation.jsonl were kept in this browser.')).toBeVisible();
  await expect(page.getByTestId('rated-count')).toHaveText('10 of 20 rated');
  await expect(sheetTitle(page)).toContainText('Prompt 11 of 20');
  // K goes back to a rated prompt, showing its scores; J returns.
  await page.keyboard.press('k');
  await expect(sheetTitle(page)).toContainText('Prompt 10 of 20');
  await expect(page.locator('[data-group="0"] input:checked')).toHaveValue('5');
  await expect(page.locator('[data-group="4"] input:checked')).toHaveValue('2');
  await page.keyboard.press('j');
  await rateRange(page, 11, 20, () => A_DIGITS, () => '1');
  await expect(page.getByTestId('rated-count')).toHaveText('20 of 20 rated');

  // Blind until now: no model names on the sheet.
  await expect(page.locator('[role="group"] h5')).toHaveText(['Response 1', 'Response 2']);
  await page.getByRole('button', {name: 'Unblind and show the results'}).press('Enter');
  const results = page.getByTestId('results-your-ratings');
  await expect(results).toBeVisible();
  await expect(page.locator('[role="group"] h5').first()).toHaveText(/Response 1 \((base|fine-tuned) model\)/);

  // Every prompt scored 5/4/4/4 against 2/2/3/3: whatever the order, the two means of a criterion add up to the sum.
  for (const [criterion, sum] of [
    ['accuracy', 7],
    ['relevance', 6],
    ['format', 7],
    ['helpfulness', 7],
  ] as const) {
    const base = await criterionCell(page, '[data-testid="results-your-ratings"]', criterion, 0);
    const fine = await criterionCell(page, '[data-testid="results-your-ratings"]', criterion, 1);
    expect(base + fine, criterion).toBeCloseTo(sum, 2);
  }

  // The export says which model was shown first; Response 1 always won, so the fine-tuned model won where it was first.
  const {text, name} = await downloadedText(page, 'Download ratings as JSONL');
  expect(name).toMatch(/^ratings-rater-[\w-]+\.jsonl$/);
  const rows = parseJsonl(text);
  expect(rows).toHaveLength(20);
  const wins = rows.filter((row) => row.shown_first === 'fine_tuned').length;
  expect(rows.every((row) => row.preference === row.shown_first)).toBe(true);
  expect(rows.every((row) => row.scores[row.shown_first].accuracy === 5)).toBe(true);
  await expect(results).toContainText(`Fine-tuned won ${wins}, base won ${20 - wins}, 0 ties`);
  await expect(page.getByRole('heading', {name: `Prompts the fine-tuned model lost (${20 - wins})`})).toBeVisible();
  await expect(results.locator('li').first()).toHaveText(/^Preference \(T1.8: > 60% prefer fine-tuned\): /);
  await expect(results).toContainText('T1.8 asks for 100 test prompts; this file has 20');
  await expect(results).not.toContainText('NaN');
  expect(problems).toEqual([]);
});

test('two raters export, both exports import: their agreement beside the combined result', async ({browser, baseURL}) => {
  test.setTimeout(90_000);
  const exports: {text: string; name: string}[] = [];
  for (const rater of [
    {name: 'Ana', digits: () => A_DIGITS, preference: () => '1' as const, format: 'JSONL'},
    {name: 'Ben', digits: (n: number) => (n % 3 === 0 ? '33334444' : '44443333'), preference: (n: number) => (n % 3 === 0 ? ('2' as const) : ('1' as const)), format: 'CSV'},
  ]) {
    // Each rater on their own device: a fresh browser profile, so a new random order.
    const context = await browser.newContext();
    const page = await context.newPage();
    const {problems} = watchPage(page, baseURL!);
    await openEvaluation(page);
    await loadSample(page);
    await rateRange(page, 1, 20, rater.digits, rater.preference);
    await page.getByLabel('Your name or initials (goes into the export)').fill(rater.name);
    exports.push(await downloadedText(page, `Download ratings as ${rater.format}`));
    expect(problems).toEqual([]);
    await context.close();
  }

  const context = await browser.newContext();
  const page = await context.newPage();
  const {problems} = watchPage(page, baseURL!);
  await openEvaluation(page);
  await page.getByText('Several raters: import their exports to compare').click();
  await page.getByLabel('Raters’ exports (.csv or .jsonl, several at once)').setInputFiles(exports.map(({text, name}) => ({name, mimeType: 'text/plain', buffer: Buffer.from(text)})));
  await expect(page.getByRole('list', {name: 'Imported raters'})).toContainText('Ana: 20 prompts rated');
  await expect(page.getByRole('list', {name: 'Imported raters'})).toContainText('Ben: 20 prompts rated');

  // Kappa recomputed here from the two exports' preferences (the JSONL's rows and the CSV's preference column).
  const ana = parseJsonl(exports[0].text).map((row) => row.preference);
  const csv = exports[1].text.trim().split('\n');
  const column = csv[0].split(',').indexOf('preference');
  const ben = csv.slice(1).map((line) => line.split(',')[column]);
  const kappa = cohensKappa(ana, ben).value!;
  const preferenceRow = page.locator('tr[data-agreement="preference"]');
  await expect(preferenceRow).toContainText("Cohen's kappa");
  await expect(preferenceRow).toContainText(`${kappa.toFixed(2)} over 20 prompts`);
  await expect(page.locator('tr[data-agreement="accuracy"]')).toContainText("Krippendorff's alpha (interval)");
  const combined = page.getByTestId('results-the-combined-raters');
  await expect(combined).toContainText('Verdict, the combined raters');
  await expect(combined.locator('tr[data-criterion]')).toHaveCount(4);
  await expect(combined).not.toContainText('NaN');

  // A file that is not an export is named and left out.
  await page.getByLabel('Raters’ exports (.csv or .jsonl, several at once)').setInputFiles({name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello, world\n1,2')});
  await expect(page.getByText('notes.txt is not a ratings export from this page')).toBeVisible();
  expect(problems).toEqual([]);
  await context.close();
});

test('format compliance against the sample schema, under the site’s Content-Security-Policy', async ({page, baseURL}) => {
  const {problems} = watchPage(page, baseURL!);
  // Every violation the page reports (an eval that stdlib catches still reports one), and any console line about the policy.
  const violations: string[] = [];
  await page.exposeFunction('reportCspViolation', (violation: string) => violations.push(violation));
  await page.addInitScript(() => {
    window.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as {reportCspViolation: (v: string) => void}).reportCspViolation(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy|unsafe-eval/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto('/t1/evaluation#run-the-ab-evaluation');
  expect(response!.headers()['content-security-policy']).not.toContain('unsafe-eval');
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
  await loadSample(page);
  await page.getByText('Format compliance: check the responses against a JSON Schema (optional)').click();
  await page.getByRole('button', {name: 'Use the sample’s schema'}).click();
  // Blind: the per-model figures wait for the unblinding.
  await expect(page.getByText('Checked. The results appear when you unblind')).toBeVisible();
  await page.getByRole('button', {name: 'Unblind and show the results'}).click();
  const table = page.getByRole('group', {name: 'Format compliance'});
  await expect(table.getByRole('row', {name: /^Fine-tuned/})).toContainText('18 of 20 (90.0%)');
  await expect(table.getByRole('row', {name: /^Base/})).toContainText('6 of 20 (30.0%)');
  await page.getByText('Fine-tuned: 2 failing responses').click();
  await expect(page.getByText('Prompt 13 (line 13): Not valid JSON: it ends in the middle of a value.')).toBeVisible();
  await expect(page.getByTestId('results-your-ratings')).toContainText('Format compliance (T1.8: > 98%): 90.0% of the fine-tuned model’s responses validate');
  // A broken schema is a message, not a crash.
  await page.getByLabel('JSON Schema').fill('{"type": ');
  await page.getByRole('button', {name: 'Check the responses'}).click();
  await expect(page.getByText(/^The schema is not JSON/)).toBeVisible();
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
  expect(violations).toEqual([]);
  expect(problems).toEqual([]);
});

test('bad lines get per-line messages and the rest load; hostile HTML in a response shows as text', async ({page, baseURL}) => {
  const {problems} = watchPage(page, baseURL!);
  await page.addInitScript(() => {
    (window as unknown as {alerted: boolean}).alerted = false;
    window.alert = () => {
      (window as unknown as {alerted: boolean}).alerted = true;
    };
  });
  await openEvaluation(page);
  const lines = [
    JSON.stringify({prompt: 'Pay my bill?', base: '<img src=x onerror="alert(1)"><script>alert(2)</script>**bold**', fine_tuned: '<b>Use the app</b>'}),
    '{"prompt": "cut off", "base": ',
    JSON.stringify({prompt: 'x', base: 'y'}),
    JSON.stringify({prompt: 'x', base: 'y', fineTuned: 'z'}),
    '',
    JSON.stringify(['a list']),
    JSON.stringify({prompt: 'Second', base: 'B', fine_tuned: 'F', extra: 1}),
  ];
  await page.getByText('Or paste JSONL text').click();
  await page.getByLabel('JSONL text, one prompt per line').fill(lines.join('\n'));
  await page.getByRole('button', {name: 'Rate the pasted text'}).click();
  await expect(page.getByTestId('file-summary')).toHaveText('Read the pasted text: 2 prompts; 4 lines could not be read and are left out; 1 warning.');
  const list = page.getByRole('list', {name: 'Lines with problems'});
  await expect(list).toContainText('Line 2: Not valid JSON');
  await expect(list).toContainText('Line 3: No “fine_tuned”.');
  await expect(list).toContainText('Line 4: No “fine_tuned” (there is “fineTuned”: the key must be spelled “fine_tuned”).');
  await expect(list).toContainText('Line 6: The line is a list, not an object');
  await expect(list).toContainText('Line 7: Ignored key “extra”.');
  const sheet = page.locator('[role="group"][aria-labelledby]');
  await expect(sheet).toContainText('<img src=x onerror="alert(1)"><script>alert(2)</script>**bold**');
  await expect(sheet.locator('img, script, b, strong')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as {alerted: boolean}).alerted)).toBe(false);
  // A binary file is refused with a message.
  await page.getByLabel('Choose a .jsonl file of test prompts, or drop it here').setInputFiles({name: 'ratings.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0])});
  await expect(page.getByText(/This is a binary file/)).toBeVisible();
  expect(problems).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`at 360 px in ${colorScheme} mode, the calculator and the rater fit the screen`, async ({browser, baseURL}) => {
    const context = await browser.newContext({viewport: {width: 360, height: 780}, colorScheme});
    const page = await context.newPage();
    const {problems} = watchPage(page, baseURL!);
    await openEvaluation(page);
    await loadSample(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    // The score boxes are big enough to tap (WCAG 2.2 target size: 24 px).
    const box = await page.locator('[data-group="0"] label').first().boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(24);
    expect(box!.height).toBeGreaterThanOrEqual(24);
    expect(problems).toEqual([]);
    await context.close();
  });
}
