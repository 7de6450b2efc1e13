/** Reading the training-data checker on /t1/data-preparation the way a reader sees it. */
import {expect, type Page} from '@playwright/test';
import {waitForHydration} from './support';

const PAGE = '/t1/data-preparation';

/** A summary figure: the <dd> under the <dt> that names it. */
export function figure(page: Page, term: string) {
  return page.locator(`xpath=//dt[normalize-space()="${term}"]/following-sibling::dd`);
}

/** The number a summary figure starts with ("1,234 (…)" → 1234). */
export async function figureNumber(page: Page, term: string): Promise<number> {
  const text = await figure(page, term).innerText();
  const match = /^[\d,]+/.exec(text.trim());
  if (!match) throw new Error(`No number in “${text}” for ${term}`);
  return Number(match[0].replace(/,/g, ''));
}

export async function openChecker(page: Page, query = ''): Promise<void> {
  await page.goto(`${PAGE}${query}#check-your-training-data`);
  await waitForHydration(page);
}

/** Waits for "Checked NAME in … s." */
export async function checked(page: Page, name: string, timeout = 30_000): Promise<void> {
  await expect(page.getByText(new RegExp(`^Checked ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} in`))).toBeVisible({timeout});
}
