/** Driving the win-rate calculator and the blind rater on /t1/evaluation the way a reader does. */
import {expect, type Download, type Page} from '@playwright/test';
import {readFileSync} from 'node:fs';
import {waitForHydration} from './support';

export const EVALUATION_PAGE = '/t1/evaluation';

export async function openEvaluation(page: Page, query = '', hash = '#run-the-ab-evaluation'): Promise<void> {
  await page.goto(`${EVALUATION_PAGE}${query}${hash}`);
  await waitForHydration(page);
}

/** The calculator's output named `name` ("Win rate", "p-value", …). */
export const output = (page: Page, name: string) => page.getByRole('status', {name, exact: true});

/** Loads the sample with the keyboard and waits for the rating sheet. */
export async function loadSample(page: Page): Promise<void> {
  await page.getByRole('button', {name: 'Rate the sample file'}).press('Enter');
  await expect(page.getByTestId('file-summary')).toContainText('20 prompts');
  await expect(sheetTitle(page)).toBeFocused();
}

export const sheetTitle = (page: Page) => page.getByRole('heading', {name: /^Prompt \d+ of \d+/});

/** Scores the current prompt by keyboard: eight digits (Response 1's four criteria, then Response 2's), a preference key, then J. */
export async function rateByKeyboard(page: Page, digits: string, preference: '1' | '2' | '0' | null, next = true): Promise<void> {
  for (const digit of digits) await page.keyboard.press(digit);
  if (preference) await page.keyboard.press(preference);
  if (next) await page.keyboard.press('j');
}

/** The text of a file the page offered for download. */
export async function downloadedText(page: Page, button: string): Promise<{text: string; name: string}> {
  const [download]: [Download, void] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', {name: button}).press('Enter')]);
  return {text: readFileSync((await download.path())!, 'utf8'), name: download.suggestedFilename()};
}

/** Cell `column` (0-based, after the row heading) of the criteria table row for `criterion`, as a number. */
export async function criterionCell(page: Page, scope: string, criterion: string, column: number): Promise<number> {
  const text = await page.locator(`${scope} tr[data-criterion="${criterion}"] td`).nth(column).innerText();
  return Number(text.replace(/\s.*$/s, '').replace('+', '').replace('−', '-'));
}
