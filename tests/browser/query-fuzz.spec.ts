/**
 * Hardening: every widget's query-string parameters, fed garbage (random
 * strings, huge and negative numbers, NaN, markup, unicode), never crash the
 * page, never show NaN or Infinity, and never turn URL text into HTML.
 */
import {expect, test} from '@playwright/test';
import fc from 'fast-check';
import {waitForHydration, watchPage} from './support';

const WIDGETS = [
  {
    path: '/t1/lora-qlora',
    keys: ['model', 'params', 'rank', 'alpha', 'targets', 'precision', 'optimizer', 'seq', 'batch', 'gc', 'dq', 'gpu', 'method'],
  },
  {path: '/t1/fine-tuning-methods', keys: ['model', 'params', 'rank', 'targets', 'seq', 'batch', 'gpu']},
  {path: '/t1/customization-spectrum', keys: ['examples', 'budget', 'days', 'goal', 'tokens', 'epochs']},
  {path: '/t1/when-to-fine-tune', keys: ['answers']},
];

// Markup that would run or show up if any widget rendered URL text as HTML.
const INJECTION = '<img src=x id=fuzz-injected onerror="window.__fuzzInjected=1"><script>window.__fuzzInjected=1</script>';

const NASTY = [
  'NaN', 'Infinity', '-Infinity', '1e309', '-1e309', '-1', '0', '-0', '1e-320', '9007199254740993', '0x10', '1_000', '١٢٣',
  '', ' ', '%', '%00', '\u0000', '💥', 'null', 'undefined', '[]', '{}', 'true', 'q,q,q,zz,,', ',,,', '..', '1.2.3',
  INJECTION, '"><svg onload=alert(1)>', 'javascript:alert(1)', 'a'.repeat(5000),
];

/** A seeded, repeatable sample of random garbage per key, plus every hand-picked nasty value. */
function garbageUrls(path: string, keys: string[]): string[] {
  const value = fc.oneof(
    fc.constantFrom(...NASTY),
    fc.string({maxLength: 40}),
    fc.string({unit: 'grapheme', maxLength: 12}),
    fc.double().map(String),
    fc.integer({min: -1e12, max: 1e12}).map(String),
  );
  const queries = fc.sample(fc.dictionary(fc.constantFrom(...keys), value, {minKeys: 1}), {numRuns: 10, seed: 20261129});
  const urls = queries.map((query) => `${path}?${new URLSearchParams(query).toString()}`);
  // Every nasty value once in every key, batched into a few URLs.
  for (let i = 0; i < NASTY.length; i += 8) {
    const params = new URLSearchParams();
    keys.forEach((key, k) => params.append(key, NASTY[(i + k) % NASTY.length]));
    urls.push(`${path}?${params.toString()}`);
  }
  return urls;
}

for (const {path, keys} of WIDGETS) {
  test(`garbage in the query string of ${path} is handled`, async ({page, baseURL}) => {
    test.setTimeout(180_000);
    const {problems} = watchPage(page, baseURL!);
    for (const url of garbageUrls(path, keys)) {
      await page.goto(url);
      await waitForHydration(page);
      // The widget reads the URL after hydration; let prefetches finish so the next navigation aborts none.
      await page.waitForLoadState('networkidle');
      const report = await page.evaluate(() => ({
        text: document.querySelector('main')?.innerText ?? '',
        injected: Boolean(document.getElementById('fuzz-injected')) || Boolean((window as unknown as {__fuzzInjected?: number}).__fuzzInjected),
      }));
      expect(report.injected, `markup from ${url} became HTML`).toBe(false);
      expect(report.text, `NaN or Infinity shown for ${url}`).not.toMatch(/\bNaN\b|Infinity|undefined/);
      expect(problems, `errors for ${url}`).toEqual([]);
    }
  });
}
