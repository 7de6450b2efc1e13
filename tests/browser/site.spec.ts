/** What every reader gets on every page: it loads, hydrates cleanly, stays on this host, and is accessible. */
import {expect, test, type Page} from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import {recordScripts, sitemapPaths, waitForHydration, watchPage} from './support';

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
  // Colours fade between themes (CSS transitions): let them finish before anyone measures contrast.
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
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
      // Number each visible link once; class names change as the page scrolls, so match by number.
      const visibleLinks = await page.evaluate(() =>
        [...document.querySelectorAll('a[href]')]
          .filter((a) => a.checkVisibility({visibilityProperty: true}) && !a.closest('[aria-hidden="true"], [inert]'))
          .map((a, index) => {
            a.setAttribute('data-link-under-test', String(index));
            return `${index}: ${a.textContent?.trim().slice(0, 40)} → ${a.getAttribute('href')}`;
          }),
      );
      const reached = new Set<number>();
      for (let press = 0; press < visibleLinks.length * 3 + 60 && reached.size < visibleLinks.length; press++) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-link-under-test') ?? null);
        if (focused !== null) reached.add(Number(focused));
      }
      expect(visibleLinks.filter((_link, index) => !reached.has(index))).toEqual([]);
    });
  });
}

test.describe('diagrams', () => {
  test('every diagram is SVG in the static HTML, with a title and description, before any script runs', async ({browser}) => {
    const context = await browser.newContext({javaScriptEnabled: false});
    const page = await context.newPage();
    let count = 0;
    for (const path of paths) {
      await page.goto(path);
      const diagrams = await page.locator('svg.build-time-diagram').evaluateAll((svgs) =>
        svgs.map((svg) => {
          const labelledBy = (svg.getAttribute('aria-labelledby') ?? '').split(' ');
          return {
            role: svg.getAttribute('role'),
            title: labelledBy[0] ? document.getElementById(labelledBy[0])?.textContent ?? '' : '',
            desc: labelledBy[1] ? document.getElementById(labelledBy[1])?.textContent ?? '' : '',
            height: svg.getBoundingClientRect().height,
            markup: svg.outerHTML,
          };
        }),
      );
      for (const diagram of diagrams) {
        count++;
        expect(diagram.role).toBe('img');
        expect(diagram.title.length).toBeGreaterThan(3);
        expect(diagram.desc.length).toBeGreaterThan(10);
        expect(diagram.height, 'drawn without JavaScript').toBeGreaterThan(50);
        expect(diagram.markup).not.toMatch(/@import|https?:\/\/(?!www\.w3\.org)/);
      }
    }
    expect(count).toBe(7);
    await context.close();
  });

  test('no page loads a Mermaid runtime for diagrams drawn at build time', async ({page, baseURL}) => {
    const loadedScripts = recordScripts(page, baseURL!);
    for (const path of paths) {
      await page.goto(path);
      await waitForHydration(page);
      await page.waitForLoadState('networkidle');
    }
    const scripts = loadedScripts();
    expect(scripts.length).toBeGreaterThan(0);
    const withMermaid = scripts.filter(({source}) => /mermaidAPI|flowchart-v2|RailroadEbnf/.test(source));
    expect(withMermaid.map(({url}) => url)).toEqual([]);
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
  await expect(page).toHaveURL(/\/t1\/lora-qlora\/$/);
  await expect(page.getByRole('heading', {level: 1})).toHaveText('T1.4 LoRA & QLoRA — The Practical Revolution');
});
