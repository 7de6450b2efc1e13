import {chromium} from 'playwright-core';
const browser = await chromium.launch({executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu']});
for (const [name, viewport] of [['wide', {width: 1280, height: 1000}], ['narrow', {width: 360, height: 780}]]) {
  for (const theme of ['light', 'dark']) {
    const context = await browser.newContext({viewport, colorScheme: theme});
    const page = await context.newPage();
    page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && console.log(`[${name}/${theme}] ${m.text()}`));
    await page.goto('http://127.0.0.1:4204/t1/lora-qlora#check-your-understanding', {waitUntil: 'networkidle'});
    const q = page.locator('fieldset[data-quiz-question="qlora-70b-seq-4096"]');
    await q.getByRole('checkbox', {name: 'NVIDIA L40S'}).check();
    await q.getByRole('checkbox', {name: 'NVIDIA A100 80GB'}).check();
    await q.getByRole('button', {name: 'Check'}).click();
    const n = page.locator('fieldset[data-quiz-question="full-fine-tuning-terabytes"]');
    await n.getByRole('textbox').fill('0.14');
    await n.getByRole('button', {name: 'Check'}).click();
    await q.scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await q.screenshot({path: `/tmp/shot-q-${name}-${theme}.png`});
    await n.screenshot({path: `/tmp/shot-n-${name}-${theme}.png`});
    if (name === 'wide') {
      await page.locator('.theme-doc-sidebar-container').screenshot({path: `/tmp/shot-sidebar-${theme}.png`});
    }
    await page.goto('http://127.0.0.1:4204/t1', {waitUntil: 'networkidle'});
    await page.waitForTimeout(500);
    await page.locator('#your-progress').scrollIntoViewIfNeeded();
    await page.screenshot({path: `/tmp/shot-overview-${name}-${theme}.png`});
    await context.close();
  }
}
await browser.close();
