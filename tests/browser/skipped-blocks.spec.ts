/**
 * The calculator's results skip layout while off screen (content-visibility: auto), but never with a box shorter than
 * what it holds: a checker that lays the content out (axe's colour-contrast check) must find every cell inside its
 * block, not hanging over the blocks after it or the site's footer. axe-core 4.10 (what a fresh Lighthouse 12.2.3
 * install resolves) read the GPU table's last rows against the footer's colour when the table sat in a 576 px guess.
 */
import {expect, test} from '@playwright/test';
import {waitForHydration} from './support';

// A page, and a model to pick once it has loaded.
const PAGES: [string, string | null][] = [
  ['/t1/lora-qlora', null],
  ['/t1/lora-qlora?model=llama-3.1-70b&targets=q,k,v,o,gate,up,down', null],
  ['/t1/lora-qlora?targets=q,k,v,o,gate,up,down', 'llama-3.1-70b'],
  ['/t1/fine-tuning-methods', 'llama-3.1-70b'],
];

for (const viewport of [
  {width: 412, height: 823},
  {width: 1280, height: 800},
]) {
  test(`skipped blocks are as tall as their content at ${viewport.width} × ${viewport.height}, and still skipped`, async ({page}) => {
    await page.setViewportSize(viewport);
    let skipped = 0;
    for (const [url, change] of PAGES) {
      await page.goto(url);
      await waitForHydration(page);
      const calculator = page.locator('section[aria-label="LoRA memory calculator"]');
      // A change made while the results are off screen and skipped: the blocks catch up once it has settled.
      if (change) await calculator.getByRole('combobox', {name: 'Model'}).selectOption(change);
      await page.waitForTimeout(1200);
      await expect(calculator).toHaveAttribute('data-skip-offscreen', '');
      const blocks = await page.evaluate(() =>
        [...document.querySelectorAll('section[aria-label="LoRA memory calculator"] *')]
          .filter((el) => getComputedStyle(el).contentVisibility === 'auto')
          .map((el) => {
            const box = el.getBoundingClientRect();
            // Reading a child's box lays the skipped content out, as a checker does.
            const contentBottom = Math.max(...[...el.children].map((child) => child.getBoundingClientRect().bottom));
            return {
              name: el.className,
              boxBottom: box.bottom,
              contentBottom,
              skipped: el.firstElementChild !== null && !el.firstElementChild.checkVisibility({contentVisibilityAuto: true}),
            };
          }),
      );
      expect(blocks.length, url).toBeGreaterThan(0);
      for (const block of blocks) expect(block.contentBottom, `${url}: ${block.name}`).toBeLessThanOrEqual(block.boxBottom + 1);
      skipped += blocks.filter((block) => block.skipped).length;
    }
    // The point of content-visibility: blocks below the screen are not laid out or painted.
    expect(skipped).toBeGreaterThan(0);
  });
}
