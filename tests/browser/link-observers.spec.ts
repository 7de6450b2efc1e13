/**
 * Moving a widget's slider does not pile up observers. Docusaurus's <Link> watches each internal link with an
 * IntersectionObserver (to prefetch its page once it is on screen). Unpatched (3.10.2), every re-render of a link
 * started one more observer and never stopped the last: 20 rank steps on T1.3 left 61 more observers running, each
 * checked by the browser on every frame. patches/@docusaurus+core+3.10.2.patch (applied by `npm ci`'s postinstall)
 * makes the link's ref stable and disconnects the observer it replaces, as upstream's fix (facebook/docusaurus#12326).
 */
import {expect, test} from '@playwright/test';
import {waitForHydration, watchPage} from './support';

const WIDGETS = [
  {route: '/t1/fine-tuning-methods/', slider: 'LoRA rank'},
  {route: '/t1/lora-qlora/', slider: 'LoRA rank'},
  {route: '/t1/customization-spectrum/', slider: 'Labelled examples, logarithmic slider'},
];

for (const {route, slider} of WIDGETS) {
  test(`${route}: 20 steps of "${slider}" leave as many observers running as before`, async ({page, baseURL}) => {
    const {problems} = watchPage(page, baseURL!);
    // Counts the observers that watch something and have not been disconnected.
    await page.addInitScript(() => {
      const Native = window.IntersectionObserver;
      const running = new Set<IntersectionObserver>();
      (window as unknown as {runningObservers: () => number}).runningObservers = () => running.size;
      window.IntersectionObserver = class extends Native {
        observe(target: Element): void {
          running.add(this);
          super.observe(target);
        }
        disconnect(): void {
          running.delete(this);
          super.disconnect();
        }
      };
    });
    await page.goto(route);
    await waitForHydration(page);
    const input = page.getByRole('slider', {name: slider, exact: true}).first();
    await input.scrollIntoViewIfNeeded();
    await input.focus();
    await page.waitForTimeout(500);
    const running = () => page.evaluate(() => (window as unknown as {runningObservers: () => number}).runningObservers());
    const before = await running();
    expect(before, 'the page watches its links').toBeGreaterThan(0);

    const start = await input.getAttribute('aria-valuetext');
    for (let i = 0; i < 10; i++) await input.press('ArrowUp');
    for (let i = 0; i < 10; i++) await input.press('ArrowDown');
    // Ten steps up and ten back: twenty renders of the widget, the slider where it started.
    await expect(input).toHaveAttribute('aria-valuetext', start!);
    await page.waitForTimeout(500);

    expect(await running(), 'observers running after the drag').toBeLessThanOrEqual(before);
    expect(problems).toEqual([]);
  });
}
