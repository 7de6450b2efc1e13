/**
 * The site under its own Content-Security-Policy: the server sends the policy the
 * build generated (build/csp.json), and every page — searched, its widgets used,
 * switched to dark mode — must run without one violation. A control test proves
 * the policy is enforced and that a violation would be caught.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {expect, test, type Page} from '@playwright/test';
import {sitemapPaths, typeInSearch, waitForHydration, watchPage} from './support';

const {policy} = JSON.parse(readFileSync(path.resolve('build/csp.json'), 'utf8')) as {policy: string};

const WIDGET_LINKS = [
  '/t1/lora-qlora?rank=64',
  '/t1/when-to-fine-tune?answers=no-domain,still-poor',
  '/t1/customization-spectrum?examples=500&goal=domain',
  '/t1/evaluation?wins=70&losses=30&ties=4',
];

/**
 * Records every CSP violation and every console message about the policy. The
 * listener is a Playwright init script, which CSP does not govern, and reports
 * through an exposed function so it survives navigations.
 */
async function watchPolicy(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('reportCspViolation', (violation: string) => violations.push(violation));
  await page.addInitScript(() => {
    window.addEventListener(
      'securitypolicyviolation',
      (event) => {
        const report = (window as unknown as {reportCspViolation: (violation: string) => void}).reportCspViolation;
        report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber} "${event.sample}"`);
      },
      true,
    );
  });
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) violations.push(`console ${message.type()}: ${message.text()}`);
  });
  return violations;
}

// Violation events are queued tasks: give them a turn to arrive before reading the list.
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
}

async function searchFor(page: Page, word: string): Promise<void> {
  await typeInSearch(page, word);
  // The index loads in a web worker: a blocked worker or fetch would leave no suggestion.
  await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible({timeout: 15_000});
  await page.keyboard.press('Escape');
}

async function nudgeFirstSlider(page: Page): Promise<void> {
  const slider = page.getByRole('slider').first();
  if ((await slider.count()) === 0) return;
  const before = await slider.inputValue();
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  if ((await slider.inputValue()) === before) await page.keyboard.press('ArrowLeft');
  expect(await slider.inputValue(), 'the slider moved').not.toBe(before);
}

async function answerDecisionFlow(page: Page): Promise<void> {
  const flow = page.locator('[data-decision-flow]');
  if ((await flow.count()) === 0) return;
  const before = await flow.innerText();
  await flow.getByRole('button').first().click();
  await expect(flow, 'the decision widget responded').not.toHaveText(before);
}

async function toggleDarkMode(page: Page): Promise<void> {
  const html = page.locator('html');
  const start = await html.getAttribute('data-theme');
  const toggle = page.getByRole('button', {name: /Switch between dark and light mode/}).first();
  // The toggle cycles system → light → dark; the first click may keep the same colours.
  for (let click = 0; click < 3 && (await html.getAttribute('data-theme')) === start; click++) await toggle.click();
  await expect(html).not.toHaveAttribute('data-theme', start ?? '');
}

test('build/_headers and build/csp.json carry the same strict policy', () => {
  expect(readFileSync(path.resolve('build/_headers'), 'utf8')).toBe(`/*\n  Content-Security-Policy: ${policy}\n`);
  expect(policy).toMatch(/^default-src 'self'; script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+;/);
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy, 'no other host, no eval, no inline scripts without a hash').not.toMatch(/https?:|\*|'unsafe-eval'|blob:|script-src[^;]*'unsafe-inline'/);
});

for (const url of [...sitemapPaths(), ...WIDGET_LINKS]) {
  test(`${url} runs under the policy: search, widgets and dark mode cause no violation`, async ({page, baseURL}) => {
    const violations = await watchPolicy(page);
    const {problems} = watchPage(page, baseURL!);
    const response = await page.goto(url);
    expect(response?.headers()['content-security-policy']).toBe(policy);
    await waitForHydration(page);
    await settle(page);
    await searchFor(page, 'lora');
    await nudgeFirstSlider(page);
    await answerDecisionFlow(page);
    await toggleDarkMode(page);
    await settle(page);
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
  });
}

test('moving between pages without a reload (client-side routing) causes no violation', async ({page, baseURL}) => {
  // A client-side render inserts each diagram's SVG with innerHTML: its <style> text is the
  // unminified original, not the copy in the HTML, so this path needs its own check.
  const violations = await watchPolicy(page);
  const {problems} = watchPage(page, baseURL!);
  const start = '/t1/mlops/';
  await page.goto(start);
  await waitForHydration(page);
  await page.evaluate(() => Object.assign(window, {sameDocument: true}));
  // Every other page is linked from a module page's navbar or sidebar; /search only from the search box.
  const targets = sitemapPaths().filter((p) => p !== '/search/' && p !== start);
  expect(targets.length).toBeGreaterThanOrEqual(12);
  for (const target of targets) {
    await page.locator(`a[href="${target}"]`).first().dispatchEvent('click');
    // A page may add its own query on arrival (/t1/check writes the seed it drew).
    await expect(page).toHaveURL((url) => url.href.split('?')[0] === new URL(target, baseURL).href);
    await expect(page.locator('h1').first()).toBeVisible();
    await page.goBack();
    await expect(page).toHaveURL(new URL(start, baseURL).href);
    await expect(page.locator('svg.build-time-diagram').first()).toBeVisible();
  }
  expect(await page.evaluate(() => (window as unknown as {sameDocument?: boolean}).sameDocument), 'no full page load happened').toBe(true);
  await settle(page);
  expect(violations).toEqual([]);
  expect(problems).toEqual([]);
});

test('the 404 page is sent with the policy and runs under it', async ({page}) => {
  const violations = await watchPolicy(page);
  const response = await page.goto('/t1/no-such-page');
  expect(response?.status()).toBe(404);
  expect(response?.headers()['content-security-policy']).toBe(policy);
  await waitForHydration(page);
  await toggleDarkMode(page);
  await settle(page);
  expect(violations).toEqual([]);
});

test('control: an inline script the build did not emit is blocked and reported', async ({page}) => {
  const violations = await watchPolicy(page);
  await page.goto('/t1/');
  await waitForHydration(page);
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.injectedScriptRan = true;';
    document.head.append(script);
    await new Promise((resolve) => setTimeout(resolve, 100));
    return (window as unknown as {injectedScriptRan?: boolean}).injectedScriptRan === true;
  });
  await settle(page);
  expect(ran, 'the injected script must not run').toBe(false);
  expect(violations.some((violation) => violation.startsWith('script-src-elem blocked inline'))).toBe(true);
  expect(violations.some((violation) => violation.startsWith('console error:'))).toBe(true);
});
