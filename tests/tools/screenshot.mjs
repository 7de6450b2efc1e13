// Screenshots a page in light and dark mode, wide and narrow. Usage: node tests/tools/screenshot.mjs URL OUT_PREFIX [selector]
import {chromium} from 'playwright-core';

const [url, prefix, selector] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
for (const [name, viewport] of [['wide', {width: 1280, height: 900}], ['narrow', {width: 390, height: 844}]]) {
  for (const theme of ['light', 'dark']) {
    const context = await browser.newContext({viewport, colorScheme: theme});
    const page = await context.newPage();
    page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && console.log(`[${name}/${theme}] console ${m.type()}: ${m.text()}`));
    await page.goto(url, {waitUntil: 'networkidle'});
    const target = selector ? page.locator(selector).first() : page;
    if (selector) await target.scrollIntoViewIfNeeded();
    await target.screenshot({path: `${prefix}-${name}-${theme}.png`, fullPage: !selector});
    await context.close();
  }
}
await browser.close();
console.log('written', prefix);
