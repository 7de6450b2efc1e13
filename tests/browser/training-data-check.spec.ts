/**
 * The training-data checker on /t1/data-preparation, driven as a reader
 * would: the sample, a pasted file, a shared link, and files that are not
 * clean JSONL. The 100,000-line file is in training-data-large.spec.ts.
 */
import {expect, test} from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {checkStream} from '../../src/components/TrainingDataCheck/checkStream';
import {gpt4oTokens} from '../../src/components/TrainingDataCheck/gpt4oTokens';
import {checked, figure, figureNumber, openChecker as open} from './checkerPage';
import {watchPage} from './support';

async function summaryOf(file: string) {
  const blob = new Blob([readFileSync(file)]);
  const outcome = await checkStream(blob.stream(), {format: 'auto', counter: gpt4oTokens, totalBytes: blob.size});
  if (outcome.kind !== 'checked') throw new Error('sample refused');
  return outcome.summary;
}

test.describe('training-data checker', () => {
  test('checks the sample chat file: summary, verdicts, cost and findings', async ({page, baseURL, context}) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const watch = watchPage(page, baseURL!);
    await open(page);
    await page.getByRole('button', {name: 'Try the sample chat file'}).click();
    await checked(page, 'sample-chat.jsonl');

    // The sample was written with 8 broken lines, one exact and one near duplicate, one contradiction and a blank line.
    expect(await figureNumber(page, 'Examples')).toBe(38);
    expect(await figureNumber(page, 'Valid')).toBe(30);
    expect(await figureNumber(page, 'Invalid')).toBe(8);
    expect(await figureNumber(page, 'Exact duplicates')).toBe(1);
    expect(await figureNumber(page, 'Near duplicates')).toBe(1);
    expect(await figureNumber(page, 'Same prompt, different answer')).toBe(1);
    await expect(page.getByText('1 blank line skipped.')).toBeVisible();

    // Token counts: the worker's figure is the engine's on the same bytes with the same tokenizer.
    const expected = await summaryOf(path.resolve('static/datasets/sample-chat.jsonl'));
    expect(await figureNumber(page, 'Tokens in the valid examples')).toBe(expected.totalTokens);
    await expect(figure(page, 'System prompts')).toContainText('2 distinct');

    // The histogram is a chart with a text alternative.
    const chart = page.getByRole('img', {name: 'Assistant-response lengths, in GPT-4o tokens'});
    await expect(chart).toBeVisible();
    await expect(chart.locator('rect')).toHaveCount(11);

    // "How much data?": 28 usable (30 valid less 2 duplicates); changing the size re-judges without re-reading.
    await expect(page.locator('output[aria-label="How much data verdict"]')).toHaveText(/^28 usable examples: below the minimum of 100 for a 7B model/);
    await page.getByLabel('Model size').selectOption('70B');
    await expect(page.locator('output[aria-label="How much data verdict"]')).toHaveText(/below the minimum of 500 for a 70B model\. Collect at least 472 more\./);
    await expect(page).toHaveURL(/[?&]size=70B/);

    // Checklist rows the file fails.
    const checklist = page.getByRole('table').filter({has: page.getByRole('columnheader', {name: 'What the file shows'})});
    await expect(checklist.getByRole('row', {name: /Consistent format/})).toContainText('Fail');
    await expect(checklist.getByRole('row', {name: /No contradictions/})).toContainText('Fail');
    await expect(checklist.getByRole('row', {name: /Edge cases/})).toContainText('Check by hand');

    // Cost: billed tokens × price, with the module's GPT-4o-mini price, then an edited one and a bad one.
    const mini = page.locator('output[aria-label="GPT-4o-mini training cost"]');
    const usd = (tokens: number, epochs: number, price: number) => `$${((tokens * epochs * price) / 1e6).toLocaleString('en-US', {minimumFractionDigits: 2, maximumFractionDigits: 2})}`;
    await expect(mini).toHaveText(usd(expected.totalTokens, 3, 3));
    await page.getByLabel('Epochs').selectOption('1');
    await expect(mini).toHaveText(usd(expected.totalTokens, 1, 3));
    const price = page.getByLabel('GPT-4o-mini price per million training tokens, US dollars');
    await price.fill('1000');
    await expect(mini).toHaveText(usd(expected.totalTokens, 1, 1000));
    await price.fill('<b>x</b>');
    await expect(page.getByText("Not a price; using the module's $3.00.")).toBeVisible();
    await expect(mini).toHaveText(usd(expected.totalTokens, 1, 3));

    // Findings: filter by kind, then copy what the filter shows.
    const findings = page.getByRole('table').filter({has: page.getByRole('columnheader', {name: 'Reason'})});
    await expect(findings.getByRole('row')).toHaveCount(1 + 14);
    await page.getByLabel('Show').selectOption({label: 'Unknown role (1)'});
    await expect(findings.getByRole('row')).toHaveCount(2);
    await expect(findings.getByRole('row').nth(1)).toContainText('has the role “bot”');
    await page.getByRole('button', {name: 'Copy these findings'}).click();
    await expect(page.getByText('Copied 1 finding.')).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^Line\tSeverity\tFinding\tReason\nLine 12\terror\tUnknown role\tMessage 3 has the role “bot”/);

    // Context limit: a low one flags the longest examples, as findings too.
    await page.getByLabel('Context limit, tokens').fill('200');
    await expect(figure(page, 'Over the context limit (200 tokens)')).toHaveText(String([...expected.tokensPerExample].filter((t) => t > 200).length));
    await expect(page).toHaveURL(/[?&]limit=200/);
    expect(watch.problems).toEqual([]);
  });

  test('checks a preference file and a pasted file', async ({page, baseURL}) => {
    const watch = watchPage(page, baseURL!);
    await open(page);
    await page.getByRole('button', {name: 'Try the sample preference file'}).click();
    await checked(page, 'sample-preference.jsonl');
    await expect(figure(page, 'Examples')).toContainText('format: preference');
    await page.getByLabel('Show').selectOption({label: 'Chosen and rejected identical (1)'});
    await expect(page.getByText('“chosen” and “rejected” are the same text')).toBeVisible();

    await page.getByText('Or paste JSONL text').click();
    await page.getByLabel('JSONL text, one example per line').fill('{"messages": [{"role": "user", "content": "<img src=x onerror=alert(1)>"}, {"role": "bot", "content": "<script>alert(2)</script>"}]}\n');
    await page.getByRole('button', {name: 'Check the pasted text'}).click();
    await checked(page, 'the pasted text');
    expect(await figureNumber(page, 'Invalid')).toBe(1);
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await expect(page.locator('section[aria-label="Training-data checker"] script')).toHaveCount(0);
    expect(watch.problems).toEqual([]);
  });

  test('a file dropped on the drop zone is checked', async ({page, baseURL}) => {
    const watch = watchPage(page, baseURL!);
    await open(page);
    const zone = page.locator('label', {hasText: 'Choose a .jsonl file, or drop it here'}).locator('..');
    const dataTransfer = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      const line = JSON.stringify({messages: [{role: 'user', content: 'Hi'}, {role: 'assistant', content: 'Hello'}]});
      transfer.items.add(new File([`${line}\n${line}\n`], 'dropped.jsonl', {type: 'application/jsonl'}));
      return transfer;
    });
    await zone.dispatchEvent('dragover', {dataTransfer});
    await zone.dispatchEvent('drop', {dataTransfer});
    await checked(page, 'dropped.jsonl');
    expect(await figureNumber(page, 'Valid')).toBe(2);
    expect(await figureNumber(page, 'Exact duplicates')).toBe(1);
    expect(watch.problems).toEqual([]);
  });

  test('a shared link sets the settings; a bad one is corrected with a message', async ({page}) => {
    await open(page, '?size=13B&limit=8k&epochs=2&format=chat');
    await expect(page.getByLabel('Format', {exact: true})).toHaveValue('chat');
    await page.getByRole('button', {name: 'Try the sample chat file'}).click();
    await checked(page, 'sample-chat.jsonl');
    await expect(page.getByLabel('Model size')).toHaveValue('13B');
    await expect(page.getByLabel('Epochs')).toHaveValue('2');
    await expect(figure(page, 'Over the context limit (8,000 tokens)')).toHaveText('0');

    await open(page, '?size=<script>&limit=NaN&epochs=1e309');
    await expect(page.getByText('size: not one of 7B, 13B, 70B; using 7B.')).toBeVisible();
    await expect(page.getByText('limit: is not a number; using 4,096.')).toBeVisible();
    await expect(page.locator('body')).not.toContainText('NaN');
  });

  const awkwardFiles: Array<{name: string; bytes: () => Buffer; says: RegExp}> = [
    {name: 'photo.png', bytes: () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), says: /This is a binary file/},
    {name: 'utf16.jsonl', bytes: () => Buffer.from('\ufeff{"messages": []}\n', 'utf16le'), says: /This file is UTF-16 text/},
    {
      name: 'windows.jsonl',
      bytes: () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"messages": [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello"}]}\r\n\r\n')]),
      says: /byte-order mark[\s\S]*Windows line endings/,
    },
    {name: 'one-huge-line.jsonl', bytes: () => Buffer.from(`{"messages": [{"role": "user", "content": "${'x'.repeat(10 * 1024 * 1024)}"}]}\n`), says: /10\.5 million characters long/},
    {name: 'table.csv', bytes: () => Buffer.from('prompt,completion\nhello,world\n'), says: /None of the 2 lines is a training example/},
    {name: 'array.json', bytes: () => Buffer.from(JSON.stringify([{messages: [{role: 'user', content: 'hi'}]}], null, 2)), says: /looks like one JSON document/},
    {name: 'empty.jsonl', bytes: () => Buffer.from(''), says: /no examples: it is empty/},
  ];
  for (const file of awkwardFiles) {
    test(`says what is wrong with ${file.name}, without crashing`, async ({page, baseURL}) => {
      const watch = watchPage(page, baseURL!);
      await open(page);
      await page.getByLabel('Choose a .jsonl file, or drop it here').setInputFiles({name: file.name, mimeType: 'application/octet-stream', buffer: file.bytes()});
      if (file.name === 'one-huge-line.jsonl') await page.getByLabel('Show').selectOption({label: 'Line too long (1)'});
      await expect(page.locator('section[aria-label="Training-data checker"]')).toContainText(file.says, {timeout: 30_000});
      await expect(page.locator('section[aria-label="Training-data checker"]')).not.toContainText(/NaN|undefined|Infinity/);
      expect(watch.problems).toEqual([]);
    });
  }

  for (const theme of ['light', 'dark'] as const) {
    test(`results have no serious accessibility problems (${theme}, phone width)`, async ({page}) => {
      await page.emulateMedia({colorScheme: theme});
      await page.setViewportSize({width: 390, height: 844});
      await open(page);
      await page.getByRole('button', {name: 'Try the sample chat file'}).click();
      await checked(page, 'sample-chat.jsonl');
      const results = await new AxeBuilder({page}).include('section[aria-label="Training-data checker"]').analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    });
  }
});
