import {chromium} from 'playwright-core';
const browser = await chromium.launch({executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu']});
const progress = JSON.stringify({sections: {'lora-qlora': {total: 5, answers: {'lora-year': {first: ['lora-2021'], firstRight: true, last: ['lora-2021'], lastRight: true}}},
  'key-takeaways': {total: 5, answers: Object.fromEntries(['works-well-already','reason-for-full','quality-over-quantity','measure-rigorously','how-not-what'].map((id, i) => [id, {first: ['x'], firstRight: i !== 1, last: ['x'], lastRight: i !== 1}]))}}, check: null});
for (const theme of ['light', 'dark']) {
  const context = await browser.newContext({viewport: {width: 360, height: 780}, colorScheme: theme});
  await context.addInitScript((p) => localStorage.setItem('t1-check-your-understanding', p), progress);
  const page = await context.newPage();
  await page.goto('http://127.0.0.1:4204/t1/mlops', {waitUntil: 'networkidle'});
  await page.getByRole('button', {name: /Toggle navigation bar/}).click();
  await page.waitForTimeout(600);
  await page.screenshot({path: `/tmp/shot-menu-${theme}.png`});
  await page.goto('http://127.0.0.1:4204/t1/check?seed=2024', {waitUntil: 'networkidle'});
  await page.locator('fieldset').first().waitFor();
  await page.screenshot({path: `/tmp/shot-check-narrow-${theme}.png`});
  await page.goto('http://127.0.0.1:4204/t1', {waitUntil: 'networkidle'});
  await page.locator('#your-progress').scrollIntoViewIfNeeded();
  await page.waitForTimeout(800);
  await page.screenshot({path: `/tmp/shot-overview2-${theme}.png`, fullPage: false});
  await context.close();
}
const context = await browser.newContext({viewport: {width: 1280, height: 900}});
const page = await context.newPage();
await page.goto('http://127.0.0.1:4204/t1/check?seed=2024', {waitUntil: 'networkidle'});
const cards = page.locator('fieldset[data-quiz-question]');
for (let i = 0; i < 15; i++) { const c = cards.nth(i); const b = c.getByRole('textbox'); if (await b.count()) await b.fill('2'); else await c.locator('input').nth(1).check(); await c.getByRole('button', {name: 'Check'}).click(); }
await page.getByRole('region', {name: 'Your results'}).screenshot({path: '/tmp/shot-results.png'});
await page.emulateMedia({media: 'print'});
await page.pdf({path: '/tmp/check.pdf', format: 'A4'});
await page.setViewportSize({width: 794, height: 1123});
await page.screenshot({path: '/tmp/shot-print.png', fullPage: true});
await browser.close();
