import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
const chrome = await chromeLauncher.launch({chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu']});
try {
  for (const url of process.argv.slice(2)) {
    const {lhr} = await lighthouse(url, {port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['accessibility', 'performance']});
    console.log(url, 'a11y', lhr.categories.accessibility.score, 'CLS', lhr.audits['cumulative-layout-shift'].numericValue);
    for (const [id, audit] of Object.entries(lhr.audits)) {
      if (audit.score !== null && audit.score < 1 && lhr.categories.accessibility.auditRefs.some((r) => r.id === id)) {
        console.log(' FAIL', id, audit.title, JSON.stringify(audit.details?.items?.slice(0, 3)?.map((i) => i.node?.snippet ?? i.node?.selector)));
      }
    }
    const shifts = lhr.audits['layout-shifts']?.details?.items ?? [];
    for (const s of shifts.slice(0, 5)) console.log(' shift', s.score, s.node?.snippet?.slice(0, 120));
  }
} finally {
  await chrome.kill();
}
