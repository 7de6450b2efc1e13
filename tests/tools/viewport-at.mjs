// Viewport screenshots starting at an element, for long pages. Usage: node tests/tools/viewport-at.mjs URL SELECTOR OUT_PREFIX [screens=2]
import {chromium} from 'playwright-core';

const [url, selector, prefix, screens = '2'] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
for (const [name, viewport] of [['wide', {width: 1280, height: 1000}], ['narrow', {width: 390, height: 844}]]) {
  for (const theme of ['light', 'dark']) {
    const page = await (await browser.newContext({viewport, colorScheme: theme})).newPage();
    await page.goto(url, {waitUntil: 'networkidle'});
    await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
    const top = await page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().top + window.scrollY - 70);
    for (let i = 0; i < Number(screens); i++) {
      await page.evaluate((y) => window.scrollTo(0, y), top + i * (viewport.height - 80));
      await page.waitForTimeout(100);
      await page.screenshot({path: `${prefix}-${name}-${theme}-${i + 1}.png`});
    }
  }
}
await browser.close();
console.log('written', prefix);
