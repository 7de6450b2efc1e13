/**
 * Every address a reader or a link may use reaches its page on every kind of static host (tests/browser/hosts.ts):
 * /t1/lora-qlora and /t1/lora-qlora/, each with a query string and a hash, answer 200 directly or after one redirect
 * to the slash form, and load that page — its own heading, hydrated, nothing logged. A missing page is a clean 404.
 */
import {readFileSync} from 'node:fs';
import {expect, test, type Response} from '@playwright/test';
import {HOST_KINDS, startHost, type HostKind, type RunningHost} from './hosts';
import {builtFile, builtHeading, sitemapPaths, waitForHydration, watchPage} from './support';

const pages = sitemapPaths();
const QUERY = '?from=test';
const HASH = '#top';

/** The forms of a page's address (its slash form from the sitemap: /t1/lora-qlora/), without a hash. */
function addressForms(route: string): string[] {
  const bare = route.replace(/\/$/, '');
  return route === '/' ? ['/', `/${QUERY}`] : [bare, route, `${bare}${QUERY}`, `${route}${QUERY}`];
}

/**
 * `docusaurus serve` (serve-handler 6.1.8) drops the query string when it redirects to the slash form
 * (vercel/serve-handler#178, open): the page loads, without its query. The other hosts keep it.
 */
const keepsQueryOnRedirect = (kind: HostKind) => kind !== 'docusaurus-serve';

/** How many redirects led to this response. */
function redirects(response: Response): number {
  let count = 0;
  for (let request = response.request().redirectedFrom(); request; request = request.redirectedFrom()) count++;
  return count;
}

/** Problems apart from the one expected 404: the missing page's own document. */
const besidesTheMissingDocument = (problems: string[], url: string) =>
  problems.filter((problem) => problem !== `HTTP 404: ${url}` && problem !== 'console error: Failed to load resource: the server responded with a status of 404 (Not Found)');

for (const kind of HOST_KINDS) {
  test.describe(`on a ${kind} host`, () => {
    let host: RunningHost;
    test.beforeAll(async () => {
      host = await startHost(kind);
    });
    test.afterAll(async () => {
      await host.close();
    });

    test('every address form of every page answers with that page, directly or after one redirect to its slash form', async () => {
      const wrong: string[] = [];
      for (const route of pages) {
        const html = readFileSync(builtFile(route), 'utf8');
        for (const form of addressForms(route)) {
          let response = await fetch(host.origin + form, {redirect: 'manual'});
          if ([301, 302, 307, 308].includes(response.status)) {
            const location = new URL(response.headers.get('location') ?? '', host.origin + form);
            const expected = `${route}${form.includes('?') && keepsQueryOnRedirect(kind) ? QUERY : ''}`;
            if (`${location.pathname}${location.search}` !== expected) wrong.push(`${form} redirects to ${location.pathname}${location.search}, not ${expected}`);
            response = await fetch(location, {redirect: 'manual'});
          }
          if (response.status !== 200) wrong.push(`${form} answers ${response.status} (after at most one redirect)`);
          else if ((await response.text()) !== html) wrong.push(`${form} answers with another page than ${builtFile(route)}`);
        }
      }
      expect(wrong).toEqual([]);
    });

    for (const route of pages) {
      test(`${route} loads its own page in every address form, with a hash`, async ({page}) => {
        const {problems} = watchPage(page, host.origin);
        for (const form of addressForms(route)) {
          // From a blank page: a form that differs from the last only in the hash would not load anything.
          await page.goto('about:blank');
          const response = await page.goto(`${host.origin}${form}${HASH}`);
          expect(response?.status(), form).toBe(200);
          expect(redirects(response!), `${form}: at most one redirect`).toBeLessThanOrEqual(1);
          await waitForHydration(page);
          const url = new URL(page.url());
          const keptQuery = !form.includes('?') ? '' : form.endsWith(`/${QUERY}`) || keepsQueryOnRedirect(kind) ? QUERY : '';
          // The module check writes its draw's seed (?seed=…) into its address as it starts; the rest is kept.
          if (route === '/t1/check/') url.searchParams.delete('seed');
          const search = url.searchParams.size > 0 ? `?${url.searchParams}` : '';
          // The search page rewrites its own address (?q=…) as it starts.
          if (route === '/search/') expect(url.pathname, form).toBe(route);
          else expect(`${url.pathname}${search}${url.hash}`, form).toBe(`${route}${keptQuery}${HASH}`);
          await expect(page.locator('h1').first(), form).toHaveText(builtHeading(route));
        }
        expect(problems).toEqual([]);
      });
    }

    test('the seed’s contents anchors reach their section, in both forms of the module’s address', async ({page}) => {
      const {problems} = watchPage(page, host.origin);
      for (const module of ['/t1/', '/t1']) {
        await page.goto(`${host.origin}${module}#t14-lora--qlora--the-practical-revolution`);
        await expect(page).toHaveURL(`${host.origin}/t1/lora-qlora/`);
        await expect(page.getByRole('heading', {level: 1})).toHaveText('T1.4 LoRA & QLoRA — The Practical Revolution');
      }
      expect(problems).toEqual([]);
    });

    test('a missing page is a clean 404 that leads back to the module and to search', async ({page}) => {
      const {problems} = watchPage(page, host.origin);
      for (const missing of ['/t1/evaluation-metrics/', '/t1/evaluation-metrics.html', '/no/such/page']) {
        problems.length = 0;
        const response = await page.goto(host.origin + missing);
        // (docusaurus serve redirects a missing .html address twice, to /…/x and /…/x/, before its 404.)
        expect(response?.status(), missing).toBe(404);
        await waitForHydration(page);
        await expect(page.getByRole('heading', {level: 1})).toHaveText('Page not found');
        await expect(page.getByRole('link', {name: /^Start the module/})).toHaveAttribute('href', '/t1/');
        await expect(page.getByRole('link', {name: /^Search the module/})).toHaveAttribute('href', /^\/search\/\?q=/);
        expect(besidesTheMissingDocument(problems, response!.url()), missing).toEqual([]);
      }
    });

    test('an address with .html, answered with the 404 page where the host does not guess it, goes on to its page', async ({page}) => {
      // Docusaurus's router reads /t1/lora-qlora.html as /t1/lora-qlora/: hydrating the 404 HTML as that page would be
      // a mismatch (React error #418), so the page sends the reader to the slash form first.
      const {problems} = watchPage(page, host.origin);
      // docusaurus serve redirects it itself (to /t1/lora-qlora, then /t1/lora-qlora/), dropping the query.
      const query = keepsQueryOnRedirect(kind) ? '?rank=64' : '';
      await page.goto(`${host.origin}/t1/lora-qlora.html?rank=64#lora-memory-calculator`);
      await expect(page).toHaveURL(`${host.origin}/t1/lora-qlora/${query}#lora-memory-calculator`);
      await waitForHydration(page);
      await expect(page.getByRole('heading', {level: 1})).toHaveText('T1.4 LoRA & QLoRA — The Practical Revolution');
      if (query) await expect(page.getByRole('slider', {name: 'LoRA rank', exact: true})).toHaveValue('64');
      expect(besidesTheMissingDocument(problems, `${host.origin}/t1/lora-qlora.html?rank=64`)).toEqual([]);
    });

    test('the 404 page’s search link searches for the missing address’s words', async ({page}) => {
      await page.goto(`${host.origin}/t1/evaluation-metrics/`);
      await waitForHydration(page);
      await page.getByRole('link', {name: 'Search the module for “evaluation metrics”'}).click();
      await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('evaluation metrics');
      expect(new URL(page.url()).pathname).toBe('/search/');
      await expect(page.locator('h1').first()).toHaveText('Search results for "evaluation metrics"');
      await expect(page.locator('article a[href^="/t1/evaluation/"]').first()).toBeVisible();
    });
  });
}

test('every link on every rendered page reaches its target without a redirect', async ({page}) => {
  // The links in the built HTML are checked in build-output.spec.ts; these include the ones React adds as it renders.
  const host = await startHost('plain');
  try {
    const redirected: string[] = [];
    const checked = new Set<string>();
    for (const route of pages) {
      await page.goto(host.origin + route);
      await waitForHydration(page);
      const hrefs = await page.evaluate(() => [...document.querySelectorAll('a[href^="/"]')].map((a) => a.getAttribute('href')!));
      for (const href of hrefs) {
        const {pathname} = new URL(href, host.origin);
        if (checked.has(pathname)) continue;
        checked.add(pathname);
        const response = await fetch(host.origin + pathname, {redirect: 'manual'});
        if (response.status !== 200) redirected.push(`${route} links to ${href}: ${response.status}`);
      }
    }
    expect(checked.size).toBeGreaterThan(pages.length);
    expect(redirected).toEqual([]);
  } finally {
    await host.close();
  }
});
