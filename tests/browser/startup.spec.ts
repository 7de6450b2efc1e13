/**
 * How a page starts: Docusaurus's entry runs after the main bundle's own task, scripts carry V8's compile hint,
 * the phone menu is built on first open, and the offline copy is set up once the page has loaded and hydrated.
 */
import {expect, test} from '@playwright/test';
import {waitForHydration, watchPage} from './support';

type StartupWindow = Window & {
  mainBundleDone?: {docusaurusSet: boolean};
  serviceWorkerRegistered?: {readyState: string; hydrated: string | undefined};
};

test("the main bundle's task only schedules the start: Docusaurus's entry runs in a later task", async ({page, baseURL}) => {
  const {problems} = watchPage(page, baseURL!);
  await page.addInitScript(() => {
    // A classic script's load event fires in the task that ran it, right after it ran.
    document.addEventListener(
      'load',
      (event) => {
        const script = event.target as HTMLScriptElement;
        if (script.tagName === 'SCRIPT' && /\/assets\/js\/main\.[0-9a-f]+\.js$/.test(script.src)) {
          (window as StartupWindow).mainBundleDone = {docusaurusSet: 'docusaurus' in window};
        }
      },
      true,
    );
  });
  await page.goto('/t1/key-takeaways');
  await waitForHydration(page);
  // Docusaurus's entry sets window.docusaurus when it is evaluated.
  expect(await page.evaluate(() => (window as StartupWindow).mainBundleDone)).toEqual({docusaurusSet: false});
  expect(await page.evaluate(() => typeof window.docusaurus?.preload)).toBe('function');
  expect(problems).toEqual([]);
});

test('the page is painted before its bundle is requested, and the bundle still starts it', async ({page, baseURL}) => {
  const {problems} = watchPage(page, baseURL!);
  await page.goto('/t1/lora-qlora');
  await waitForHydration(page);
  const timing = await page.evaluate(() => ({
    firstContentfulPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    bundleRequested: performance.getEntriesByType('resource').find((entry) => /\/assets\/js\/main\.[0-9a-f]+\.js$/.test(entry.name))?.startTime,
    deferredScripts: document.querySelectorAll('script[defer]').length,
  }));
  expect(timing.firstContentfulPaint, 'the page reported its first contentful paint').toBeGreaterThan(0);
  expect(timing.bundleRequested, 'the main bundle was requested').toBeGreaterThan(0);
  expect(timing.bundleRequested!).toBeGreaterThanOrEqual(timing.firstContentfulPaint!);
  expect(timing.deferredScripts).toBe(0);
  expect(problems).toEqual([]);
});

test("the main bundle and the page's larger scripts start with V8's whole-file compile hint", async ({page, baseURL}) => {
  const scripts: string[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script' && new URL(response.url()).pathname.startsWith('/assets/js/')) scripts.push(response.url());
  });
  await page.goto('/t1/lora-qlora');
  await waitForHydration(page);
  const hint = '//# allFunctionsCalledOnLoad';
  const hinted: string[] = [];
  for (const url of scripts) {
    const text = await (await page.request.get(url)).text();
    const path = new URL(url, baseURL).pathname;
    // Scripts under 10 KB (minified) compile in no time and go without it.
    if (text.length - hint.length - 1 >= 10_000) expect(text.split('\n', 1)[0], path).toBe(hint);
    if (text.startsWith(`${hint}\n`)) hinted.push(path);
  }
  expect(hinted.some((path) => /\/main\.[0-9a-f]+\.js$/.test(path)), 'the main bundle has the hint').toBe(true);
  // The calculator's code is in a larger chunk of its own: hinted too.
  expect(hinted.length).toBeGreaterThan(1);
});

test('on a phone the menu is built when first opened, and slides in', async ({page}) => {
  await page.setViewportSize({width: 390, height: 844});
  await page.goto('/t1/key-takeaways');
  await waitForHydration(page);
  await expect(page.locator('.navbar-sidebar')).toHaveCount(0);
  // Press the toggle, then watch every frame for half a second for a transform transition on the menu.
  const slid = await page.evaluate(async () => {
    document.querySelector<HTMLButtonElement>('button[aria-label="Toggle navigation bar"]')!.click();
    let seen = false;
    const until = performance.now() + 500;
    while (performance.now() < until) {
      await new Promise(requestAnimationFrame);
      const menu = document.querySelector('.navbar-sidebar');
      if (menu?.getAnimations().some((a) => a instanceof CSSTransition && a.transitionProperty === 'transform')) seen = true;
    }
    return seen;
  });
  expect(slid, 'the menu moved in with a transition').toBe(true);
  await expect(page.locator('.navbar-sidebar')).toBeVisible();
  await expect(page.getByRole('link', {name: 'T1.6 Data preparation'})).toBeVisible();
  await page.getByRole('button', {name: /Close navigation bar/i}).click();
  await expect(page.locator('.navbar-sidebar')).toBeHidden();
});

test('the offline copy is set up after the page has loaded and hydrated, not while it starts', async ({page}) => {
  await page.addInitScript(() => {
    const container = navigator.serviceWorker;
    const register = container.register.bind(container);
    container.register = (...args: Parameters<ServiceWorkerContainer['register']>) => {
      (window as StartupWindow).serviceWorkerRegistered = {readyState: document.readyState, hydrated: document.documentElement.dataset.hasHydrated};
      return register(...args);
    };
  });
  await page.goto('/t1/key-takeaways');
  await waitForHydration(page);
  await expect
    .poll(() => page.evaluate(() => (window as StartupWindow).serviceWorkerRegistered), {timeout: 15_000, message: 'the service worker is registered'})
    .toEqual({readyState: 'complete', hydrated: 'true'});
});
