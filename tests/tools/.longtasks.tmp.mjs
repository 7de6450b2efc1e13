import {chromium} from 'playwright-core';
const browser = await chromium.launch({executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu']});
for (let round = 0; round < 3; round++) {
  for (const route of process.argv.slice(2)) {
    const page = await browser.newPage({viewport: {width: 412, height: 823}});
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', {rate: 4});
    await page.addInitScript(() => { window.__long = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push(Math.round(e.duration)); }).observe({type: 'longtask', buffered: true}); });
    await page.goto('http://127.0.0.1:4204' + route, {waitUntil: 'networkidle'});
    await page.waitForTimeout(3000);
    const long = await page.evaluate(() => window.__long);
    const tbt = long.reduce((s, d) => s + Math.max(0, d - 50), 0);
    console.log(round, route, 'blocking', tbt, 'tasks', JSON.stringify(long));
    await page.close();
  }
}
await browser.close();
