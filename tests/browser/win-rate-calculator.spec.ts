/**
 * "Is the difference real?" on /t1/evaluation: the module's example, the URL contract, bad links, and the results in
 * view while each control is moved by keyboard (issue 21's instrument rule) at a laptop's and a phone's size.
 */
import {expect, test} from '@playwright/test';
import {openEvaluation, output} from './evaluationPage';
import {watchPage} from './support';

test('the module’s example: 60 of 100 is not enough, with the published figures', async ({page, baseURL}) => {
  const {problems} = watchPage(page, baseURL!);
  await openEvaluation(page, '', '#is-the-difference-real');
  await expect(output(page, 'Win rate')).toHaveText('60.0%');
  // Wilson 95 % interval for 60/100 and the exact two-sided binomial p (R: binom.test(60, 100) → 0.05689).
  await expect(output(page, '95% confidence interval')).toHaveText('50.2% to 69.1%');
  await expect(output(page, 'p-value')).toHaveText('0.057');
  await expect(output(page, 'Prompts needed')).toHaveText('199');
  await expect(page.getByTestId('win-rate-verdict')).toHaveText(
    '60 of 100 is not enough to say the fine-tuned model is preferred (p = 0.057, above 0.05); at this rate (60.0%), about 199 prompts would be.',
  );
  expect(problems).toEqual([]);
});

test('reads wins, losses, ties, target and power from the link, and writes edits back', async ({page, baseURL}) => {
  const {problems} = watchPage(page, baseURL!);
  await openEvaluation(page, '?wins=80&losses=20&ties=10&target=65&power=90', '#is-the-difference-real');
  await expect(output(page, 'Win rate')).toHaveText('80.0%');
  await expect(output(page, '95% confidence interval')).toHaveText('71.1% to 86.7%');
  await expect(output(page, 'p-value')).toHaveText('< 0.0001');
  await expect(page.getByTestId('win-rate-verdict')).toContainText('meets T1.8’s > 65% target');
  const box = page.getByLabel('Fine-tuned won');
  await box.fill('55');
  await expect(output(page, 'Win rate')).toHaveText('73.3%');
  await expect.poll(() => new URL(page.url()).searchParams.get('wins')).toBe('55');
  expect(new URL(page.url()).searchParams.get('target')).toBe('65');
  expect(problems).toEqual([]);
});

test('a broken link gets messages and safe defaults, never its text echoed or NaN', async ({page, baseURL}) => {
  const {problems} = watchPage(page, baseURL!);
  await openEvaluation(page, `?wins=${encodeURIComponent('<img src=x onerror=alert(1)>')}&losses=-5&target=500&power=abc`, '#is-the-difference-real');
  const messages = page.getByRole('region', {name: /Win-rate calculator/}).getByRole('status').filter({hasText: 'were not used'});
  await expect(messages).toContainText('wins: is not a number; using 60.');
  await expect(messages).toContainText('target: above 99; using 99.');
  await expect(messages).not.toContainText('<img');
  await expect(page.locator('section img[src="x"]')).toHaveCount(0);
  await expect(output(page, 'Win rate')).not.toContainText('NaN');
  // A box emptied by the reader keeps the last good value and says so.
  await page.getByLabel('Base won').fill('');
  await expect(page.getByText('The box is empty; still using')).toBeVisible();
  expect(problems).toEqual([]);
});

for (const viewport of [
  {width: 1280, height: 800},
  {width: 390, height: 844},
]) {
  test(`at ${viewport.width} × ${viewport.height}, each control moved by keyboard shows its result without scrolling`, async ({page, baseURL}) => {
    const {problems} = watchPage(page, baseURL!);
    await page.setViewportSize(viewport);
    await openEvaluation(page, '', '#is-the-difference-real');
    const controls = [
      {label: 'Fine-tuned won', result: 'Win rate', after: '60.4%'},
      {label: 'Base won', result: 'Win rate', after: '59.8%'},
      {label: 'Ties', result: 'Win rate', after: '59.8%'},
      {label: 'True win rate, %', result: 'Prompts needed', after: '162'},
      {label: 'Power, %', result: 'Prompts needed', after: '169'},
    ];
    for (const control of controls) {
      const box = page.getByLabel(control.label, {exact: true});
      await box.evaluate((element) => element.scrollIntoView({block: 'center'}));
      await box.focus();
      const scrollBefore = await page.evaluate(() => window.scrollY);
      await page.keyboard.press('ArrowUp');
      const result = output(page, control.result);
      await expect(result, control.label).toHaveText(control.after);
      // Nothing scrolled, the result is on screen, and the focused box is not under the sticky navbar.
      expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);
      await expect(result).toBeInViewport();
      const covered = await box.evaluate((element) => {
        const rect = element.getBoundingClientRect();
        const top = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
        return top !== element && !element.contains(top);
      });
      expect(covered, `${control.label} is covered`).toBe(false);
    }
    expect(problems).toEqual([]);
  });
}
