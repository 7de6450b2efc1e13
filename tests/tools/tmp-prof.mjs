import {chromium} from '@playwright/test';
import fs from 'node:fs';
const [route] = process.argv.slice(2);
const b = await chromium.launch({executablePath: '/usr/bin/chromium', args: ['--disable-gpu']});
const p = await b.newPage({viewport: {width: 412, height: 823}});
await p.goto('http://localhost:4299/404.html');
const cdp = await p.context().newCDPSession(p);
await cdp.send('Emulation.setCPUThrottlingRate', {rate: 4});
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', {interval: 200}); await cdp.send('Profiler.start');
await p.evaluate(() => 0);
await p.goto('http://localhost:4299' + route, {waitUntil: 'networkidle'});
await p.waitForTimeout(3000);
const {profile} = await cdp.send('Profiler.stop');
const lt = await p.evaluate(() => performance.getEntriesByType('longtask')?.map(e=>Math.round(e.duration)));
await b.close();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map(); profile.samples.forEach((s, i) => self.set(s, (self.get(s) ?? 0) + (profile.timeDeltas[i] ?? 0)));
// attribute by script file (self), and by "first non-main frame" ancestors for React components
const byUrl = new Map();
for (const [id, t] of self) { const n = byId.get(id); const u = (n.callFrame.url.split('/').pop() || n.callFrame.functionName); byUrl.set(u, (byUrl.get(u) ?? 0) + t); }
console.log([...byUrl].sort((a, b) => b[1] - a[1]).slice(0, 14).map(([u, t]) => `${(t / 1000).toFixed(0)}ms ${u}`).join('\n'));
// inclusive time for functions in non-main chunks
const incl = new Map();
for (const [id, t] of self) { const seen = new Set(); let cur = id; while (cur) { const n = byId.get(cur); const cf = n.callFrame; if (cf.url && !cf.url.includes('/main.') && !cf.url.includes('runtime')) { const k = `${cf.functionName || '(anon)'} ${cf.url.split('/').pop()}:${cf.columnNumber}`; if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) ?? 0) + t); } } cur = parent.get(cur); } }
console.log('--- inclusive, non-main chunks'); console.log([...incl].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([u, t]) => `${(t / 1000).toFixed(0)}ms ${u}`).join('\n'));
