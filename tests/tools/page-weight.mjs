// Lists the JavaScript a page fetches at load (gzip bytes as served). Usage: node tests/tools/page-weight.mjs URL...
import {chromium} from 'playwright-core';

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
for (const url of process.argv.slice(2)) {
  const page = await browser.newPage();
  const scripts = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    const sizes = await response.request().sizes();
    scripts.push({url: response.url().replace(/^https?:\/\/[^/]+/, ''), bytes: sizes.responseBodySize});
  });
  await page.goto(url, {waitUntil: 'networkidle'});
  const total = scripts.reduce((sum, s) => sum + s.bytes, 0);
  console.log(`${url}: ${(total / 1024).toFixed(1)} KB gzip JS in ${scripts.length} files`);
  for (const s of scripts.sort((a, b) => b.bytes - a.bytes)) console.log(`  ${(s.bytes / 1024).toFixed(1).padStart(7)} KB  ${s.url}`);
  await page.close();
}
await browser.close();
