/** Installing the offline copy, cutting the network for real, and opening pages from the copy. */
import {expect, type BrowserContext, type Page} from '@playwright/test';
import {builtHeading, waitForHydration} from './support';
import type {RunningHost} from './hosts';

/** Opens `url` online and waits until its service worker has precached the site, activated and claimed the page. */
export async function installOfflineCopy(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForHydration(page);
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          return {
            active: registration?.active?.state ?? 'none',
            controlled: navigator.serviceWorker.controller?.state ?? 'none',
          };
        }),
      {timeout: 30_000, message: 'the service worker installs (precaching the site), activates and claims the page'},
    )
    .toEqual({active: 'activated', controlled: 'activated'});
}

/**
 * The network gone, for sure: the host stops answering (Chromium 150 reports navigator.onLine as true again in a
 * page the service worker served, and its offline emulation does not cover the worker's own fetches), and the
 * browser is set offline too. A request the copy cannot answer now fails, and the tests' watchPage reports it.
 */
export async function cutNetwork(context: BrowserContext, host: RunningHost): Promise<void> {
  await host.close();
  await context.setOffline(true);
}

/**
 * A full page load (not a client-side route change) that the service worker must answer, showing the page's own
 * heading as the build wrote it. `base` is the path the site is served under.
 */
export async function openOffline(page: Page, url: string, {dir = 'build', base = '/'}: {dir?: string; base?: string} = {}): Promise<void> {
  const response = await page.goto(url);
  expect(response, `${url} loads`).not.toBeNull();
  expect(response!.status(), `${url} status`).toBe(200);
  expect(response!.fromServiceWorker(), `${url} comes from the service worker`).toBe(true);
  await waitForHydration(page);
  const route = `/${new URL(url).pathname.slice(base.length)}`;
  await expect(page.locator('h1').first()).toHaveText(builtHeading(route, dir));
}

/** Proves the test really is offline: a request the copy holds no answer for fails. */
export async function expectNoNetwork(page: Page): Promise<void> {
  const outcome = await page.evaluate(() =>
    fetch(`/not-precached-${Date.now()}`).then(
      (response) => `answered ${response.status}`,
      () => 'failed',
    ),
  );
  expect(outcome, 'a request outside the offline copy').toBe('failed');
}
