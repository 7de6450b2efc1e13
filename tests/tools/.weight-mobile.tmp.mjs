// Like tests/tools/page-weight.mjs, with a phone viewport and no scrolling: what Lighthouse's mobile run fetches.
import {chromium} from 'playwright-core';
const browser = await chromium.launch({executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu']});
for (const url of process.argv.slice(2)) {
  const context = await browser.newContext({viewport: {width: 412, height: 823}, deviceScaleFactor: 1.75, isMobile: true});
  const page = await context.newPage();
  const scripts = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    const sizes = await response.request().sizes();
    scripts.push({url: response.url().replace(/^https?:\/\/[^/]+/, ''), bytes: sizes.responseBodySize, headers: sizes.responseHeadersSize});
  });
  await page.goto(url, {waitUntil: 'networkidle'});
  await page.waitForTimeout(1500);
  const total = scripts.reduce((sum, s) => sum + s.bytes, 0);
  const withHeaders = scripts.reduce((sum, s) => sum + s.bytes + s.headers, 0);
  console.log(`${url}: ${(total / 1024).toFixed(2)} KB gzip JS (${(withHeaders / 1024).toFixed(2)} KB with headers) in ${scripts.length} files`);
  for (const s of scripts.sort((a, b) => b.bytes - a.bytes)) console.log(`  ${(s.bytes / 1024).toFixed(2).padStart(7)} KB  ${s.url}`);
  await context.close();
}
await browser.close();
