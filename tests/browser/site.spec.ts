/** What every reader gets on every page: it loads, hydrates cleanly, stays on this host, and is accessible. */
import {expect, test, type Page} from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import {sitemapPaths, waitForHydration, watchPage} from './support';

const paths = sitemapPaths();

test('the sitemap lists the landing page and all twelve module pages', () => {
  for (const route of ['/', '/t1/', '/t1/customization-spectrum', '/t1/when-to-fine-tune', '/t1/fine-tuning-methods', '/t1/lora-qlora',
    '/t1/alignment-rlhf-dpo', '/t1/data-preparation', '/t1/fine-tuning-pipeline', '/t1/evaluation', '/t1/azure-ai-foundry', '/t1/mlops',
    '/t1/key-takeaways']) {
    expect(paths.map((p) => p.replace(/\/$/, '') || '/')).toContain(route.replace(/\/$/, '') || '/');
  }
});

async function setTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  const current = await page.evaluate(() => document.documentElement.dataset.theme);
  if (current === theme) return;
  // The toggle cycles light → dark → system; click until the wanted mode is on.
  for (let i = 0; i < 3 && (await page.evaluate(() => document.documentElement.dataset.theme)) !== theme; i++) {
    await page.getByRole('button', {name: /Switch between dark and light mode/}).first().click();
  }
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

for (const path of paths) {
  test.describe(`page ${path}`, () => {
    test('loads, hydrates, logs nothing and requests nothing from another host', async ({page, baseURL}) => {
      const {problems} = watchPage(page, baseURL!);
      await page.goto(path);
      await waitForHydration(page);
      await page.waitForLoadState('networkidle');
      expect(problems).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, 'no page-wide horizontal scroll at 1280px').toBeLessThanOrEqual(0);
    });

    test('has no serious or critical axe violation in light or dark mode', async ({page}) => {
      await page.goto(path);
      await waitForHydration(page);
      for (const theme of ['light', 'dark'] as const) {
        await setTheme(page, theme);
        const results = await new AxeBuilder({page}).analyze();
        const serious = results.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${theme}: ${v.id} (${v.impact}) on ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
        expect(serious).toEqual([]);
      }
    });

    test('every visible link can be reached with the Tab key', async ({page}) => {
      await page.goto(path);
      await waitForHydration(page);
      const visibleLinks = await page.evaluate(() =>
        [...document.querySelectorAll('a[href]')]
          .filter((a) => {
            const box = a.getBoundingClientRect();
            const style = getComputedStyle(a);
            return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && !a.closest('[aria-hidden="true"], [inert]');
          })
          .map((a) => {
            a.setAttribute('data-link-under-test', '');
            return a.outerHTML.slice(0, 120);
          }),
      );
      const reached = new Set<string>();
      for (let press = 0; press < visibleLinks.length * 3 + 60 && reached.size < visibleLinks.length; press++) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          const el = document.activeElement;
          return el?.hasAttribute('data-link-under-test') ? el.outerHTML.slice(0, 120) : null;
        });
        if (focused) reached.add(focused);
      }
      expect(visibleLinks.filter((link) => !reached.has(link))).toEqual([]);
    });
  });
}

test.describe('diagrams', () => {
  test('every diagram is SVG in the static HTML, with a title and description, before any script runs', async ({request}) => {
    let count = 0;
    for (const path of paths) {
      const html = await (await request.get(path)).text();
      for (const svg of html.match(/<svg[^>]*class="build-time-diagram"[\s\S]*?<\/svg>/g) ?? []) {
        count++;
        expect(svg).toMatch(/role="img"/);
        expect(svg).toMatch(/<title id="[^"]+">[^<]+<\/title>/);
        expect(svg).toMatch(/<desc id="[^"]+">[^<]+<\/desc>/);
        expect(svg).not.toMatch(/@import|https?:\/\/(?!www\.w3\.org)/);
      }
    }
    expect(count).toBe(7);
  });

  test('no page loads a Mermaid runtime for diagrams drawn at build time', async ({page}) => {
    const scripts: string[] = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script') scripts.push(await response.text());
    });
    for (const path of paths) {
      await page.goto(path);
      await waitForHydration(page);
      await page.waitForLoadState('networkidle');
    }
    const withMermaid = scripts.filter((source) => /mermaidAPI|flowchart-v2|RailroadEbnf/.test(source));
    expect(withMermaid.length).toBe(0);
  });

  test('switching to dark mode recolours the diagrams', async ({page}) => {
    await page.goto('/t1/customization-spectrum');
    await waitForHydration(page);
    await setTheme(page, 'light');
    const nodeText = page.locator('svg.build-time-diagram g.node text').first();
    const light = await nodeText.evaluate((el) => getComputedStyle(el).fill);
    await setTheme(page, 'dark');
    const dark = await nodeText.evaluate((el) => getComputedStyle(el).fill);
    expect(light).not.toBe(dark);
  });

  test('a wide diagram scrolls inside its box on a phone instead of widening the page', async ({page}) => {
    await page.setViewportSize({width: 360, height: 780});
    for (const path of paths) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} at 360px`).toBeLessThanOrEqual(0);
    }
  });
});

test('old single-page anchors from the seed reach the section page', async ({page}) => {
  await page.goto('/t1/#t14-lora--qlora--the-practical-revolution');
  await expect(page).toHaveURL(/\/t1\/lora-qlora$/);
  await expect(page.getByRole('heading', {level: 1})).toHaveText('T1.4 LoRA & QLoRA — The Practical Revolution');
});
