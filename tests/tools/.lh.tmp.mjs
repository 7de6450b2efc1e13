import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
const [port, route, runsArg] = process.argv.slice(2);
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
for (let i = 0; i < Number(runsArg ?? 1); i++) {
  const chrome = await chromeLauncher.launch({chromePath: '/usr/bin/chromium', chromeFlags: FLAGS});
  try {
    const {lhr} = await lighthouse(`http://127.0.0.1:${port}${route}`, {port: chrome.port, output: 'json', logLevel: 'error'});
    const a = lhr.audits;
    console.log(`== ${route} perf ${Math.round(lhr.categories.performance.score*100)} a11y ${Math.round(lhr.categories.accessibility.score*100)} TBT ${Math.round(a['total-blocking-time'].numericValue)} CLS ${a['cumulative-layout-shift'].numericValue.toFixed(3)}`);
    const failing = lhr.categories.accessibility.auditRefs.filter((r) => a[r.id].score !== null && a[r.id].score < 1).map((r) => r.id);
    if (failing.length) console.log(' a11y failing:', failing.join(', '), JSON.stringify(a[failing[0]].details?.items?.slice(0, 2)?.map((x) => x.node?.snippet)));
    console.log(' long tasks:', (a['long-tasks'].details?.items ?? []).map((t) => `${t.url.replace(/.*\//, '')}@${Math.round(t.startTime)}:${Math.round(t.duration)}`).join(' '));
    console.log(' mainthread:', (a['mainthread-work-breakdown'].details?.items ?? []).map((t) => `${t.group}:${Math.round(t.duration)}`).join(' '));
    const shifts = a['layout-shifts']?.details?.items ?? [];
    if (shifts.length) console.log(' shifts:', shifts.slice(0, 3).map((s) => `${s.score?.toFixed(3)} ${s.node?.snippet?.slice(0, 80)}`).join(' | '));
  } finally { await chrome.kill(); }
}
