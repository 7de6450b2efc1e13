/**
 * Instruments, not forms: at a laptop's size, a phone's and a laptop at 200 % zoom, every control of the LoRA
 * calculator (full and compact) and of the fit table is scrolled to the middle of the screen and moved by keyboard,
 * and the updated result is read on screen without scrolling; the focused control is never covered, by the widget's
 * summary or by the navbar, whether it was scrolled to or tabbed to. Also: a change is announced once, the summary
 * prints once, and loading a widget page shifts nothing, by its clean path or its .html file.
 */
import {expect, test, type Locator, type Page} from '@playwright/test';
import {waitForHydration, watchPage} from './support';

const VIEWPORTS = [
  {name: 'laptop 1280 × 800', width: 1280, height: 800},
  {name: 'phone 390 × 844', width: 390, height: 844},
  {name: 'laptop at 200 % zoom (640 × 400)', width: 640, height: 400},
] as const;

const CALCULATOR = 'section[aria-label="LoRA memory calculator"]';
const FIT = '[data-widget="customization-fit"]';

/** One control and how to move it by keyboard; its result is read in the widget's summary. */
interface Step {
  label: string;
  control: (widget: Locator) => Locator;
  /** Keys pressed with the control focused; `type` replaces a text box's value by typing. */
  keys?: string[];
  type?: string;
}

const slider = (name: string | RegExp) => (w: Locator) => w.getByRole('slider', {name, exact: true});
const numberBox = (name: string) => (w: Locator) => w.getByRole('spinbutton', {name, exact: true});
const select = (name: string) => (w: Locator) => w.getByRole('combobox', {name, exact: true});
const button = (name: string | RegExp) => (w: Locator) => w.getByRole('button', {name, exact: true});
const checkbox = (name: RegExp) => (w: Locator) => w.getByRole('checkbox', {name});
const textBox = (name: string) => (w: Locator) => w.getByRole('textbox', {name, exact: true});

const RANK_CHIPS = [1, 2, 4, 8, 16, 32, 64, 128, 256];
const TARGETS = ['q', 'k', 'v', 'o', 'gate', 'up', 'down'];

const adapterSteps = (compact: boolean): Step[] => [
  {label: 'Model', control: select('Model'), keys: ['ArrowDown']},
  {label: 'LoRA rank', control: slider('LoRA rank'), keys: ['ArrowRight']},
  {label: 'LoRA rank, as a number', control: numberBox('LoRA rank, as a number'), keys: ['ArrowUp']},
  ...RANK_CHIPS.map((rank) => ({label: `Rank ${rank}`, control: button(`Rank ${rank}`), keys: ['Enter']})),
  ...(compact
    ? []
    : [
        // Alpha changes no memory figure, only the adapter's scale α/r, which the summary shows too.
        {label: 'LoRA alpha', control: slider('LoRA alpha'), keys: ['ArrowRight']},
        {label: 'LoRA alpha, as a number', control: numberBox('LoRA alpha, as a number'), keys: ['ArrowUp']},
        {label: 'Set α = 2 × rank', control: button(/^Set α = 2 × rank/), keys: ['Enter']},
      ]),
  // q off, k on, v off (k stays), o, gate, up, down on: every press changes what is adapted.
  ...TARGETS.map((t) => ({label: `target ${t}`, control: checkbox(new RegExp(`^${t} \\(`)), keys: ['Space']})),
  ...['q,v', 'attention', 'all linear'].map((shortcut) => ({label: `shortcut ${shortcut}`, control: button(shortcut), keys: ['Enter']})),
];

// "The run": each setting moves one card's memory, the time or the cost, which the summary shows once the run is planned.
const RUN_STEPS: Step[] = [
  {label: 'Training objective', control: select('Training objective'), keys: ['ArrowDown']},
  {label: 'DPO reference precomputed', control: checkbox(/^DPO reference log-probabilities/), keys: ['Space']},
  {label: 'GPUs', control: slider('GPUs'), keys: ['ArrowRight']},
  {label: 'GPUs, as a number', control: numberBox('GPUs, as a number'), keys: ['ArrowUp']},
  {label: 'Sharding', control: select('Sharding across the GPUs'), keys: ['ArrowUp']},
  {label: 'CPU offload', control: select('CPU offload'), keys: ['ArrowDown']},
  {label: 'Training tokens per epoch', control: slider('Training tokens per epoch'), keys: ['ArrowRight']},
  {label: 'Training tokens per epoch, as a number', control: numberBox('Training tokens per epoch, as a number'), type: '30000000'},
  {label: 'Epochs', control: slider('Epochs'), keys: ['ArrowRight']},
  {label: 'Epochs, as a number', control: numberBox('Epochs, as a number'), keys: ['ArrowUp']},
  {label: 'Price', control: numberBox('Price (US dollars per GPU-hour)'), type: '3'},
];

const CALCULATOR_STEPS: Step[] = [
  ...adapterSteps(false),
  // bf16 → fp16 holds the same bytes; fp32 doubles them.
  {label: 'Precision', control: select('Precision'), keys: ['ArrowDown', 'ArrowDown']},
  // Back to bf16: time and cost are estimated for 16-bit training only, and "The run" below moves them.
  {label: 'Precision, back to bf16', control: select('Precision'), keys: ['ArrowUp', 'ArrowUp']},
  {label: 'Optimizer', control: select('Optimizer'), keys: ['ArrowDown']},
  {label: 'Sequence length', control: slider('Sequence length (tokens)'), keys: ['ArrowRight']},
  {label: 'Sequence length, as a number', control: numberBox('Sequence length (tokens), as a number'), type: '1000'},
  {label: 'Micro-batch', control: slider('Micro-batch (sequences per step)'), keys: ['ArrowRight']},
  {label: 'Micro-batch, as a number', control: numberBox('Micro-batch (sequences per step), as a number'), type: '8'},
  {label: 'Gradient checkpointing', control: checkbox(/^Gradient checkpointing$/), keys: ['Space']},
  {label: 'Double quantization', control: checkbox(/^Double quantization/), keys: ['Space']},
  {label: 'GPU', control: select('GPU'), keys: ['ArrowDown']},
  ...RUN_STEPS,
];

const CUSTOM_SIZE_STEPS: Step[] = [
  {label: 'Parameters (billions)', control: slider('Parameters (billions)'), keys: ['ArrowRight']},
  {label: 'Parameters (billions), as a number', control: numberBox('Parameters (billions), as a number'), type: '30'},
];

const COMPACT_STEPS: Step[] = [...adapterSteps(true), {label: 'GPU', control: select('GPU'), keys: ['ArrowDown']}, ...RUN_STEPS];

// The goal's radios: each press of ↓ checks (and focuses) the next one.
const goalStep: Step = {label: 'What is wrong today? (next answer)', control: (w) => w.getByRole('radio', {checked: true}), keys: ['ArrowDown']};
// Each typed value flips a verdict from the one before (LoRA needs 100 examples, $50 and 2 days; T1.1), or the run.
const FIT_STEPS: Step[] = [
  {label: 'Labelled examples', control: textBox('Labelled examples you have'), type: '50'},
  {label: 'Labelled examples, logarithmic slider', control: slider('Labelled examples, logarithmic slider'), keys: ['ArrowRight']},
  {label: 'Labelled examples, back to enough', control: textBox('Labelled examples you have'), type: '1000'},
  {label: 'Budget', control: textBox('Budget (US dollars)'), type: '49'},
  {label: 'Budget, back to enough', control: textBox('Budget (US dollars)'), type: '1000'},
  {label: 'Time available', control: textBox('Time available (days)'), type: '1'},
  goalStep,
  goalStep,
  goalStep,
  goalStep,
  {label: 'Average tokens per example', control: textBox('Average tokens per example'), type: '2000'},
  {label: 'Epochs', control: textBox('Epochs'), type: '1'},
];

const WIDGETS = [
  {
    name: 'the LoRA calculator',
    url: '/t1/lora-qlora?model=llama-2-7b&rank=8&alpha=16&targets=q,v&gpu=rtx-4090#lora-memory-calculator',
    widget: CALCULATOR,
    summary: 'Memory at a glance',
    steps: CALCULATOR_STEPS,
  },
  {
    name: 'the LoRA calculator with a custom size',
    url: '/t1/lora-qlora?model=custom&params=8&rank=8#lora-memory-calculator',
    widget: CALCULATOR,
    summary: 'Memory at a glance',
    steps: CUSTOM_SIZE_STEPS,
  },
  {
    name: 'the compact calculator on T1.3',
    url: '/t1/fine-tuning-methods?model=llama-2-7b&rank=8&targets=q,v&gpu=rtx-4090#try-the-numbers',
    widget: CALCULATOR,
    summary: 'Memory at a glance',
    steps: COMPACT_STEPS,
  },
  {
    name: 'the fit table',
    url: '/t1/customization-spectrum#which-method-fits-you',
    widget: FIT,
    summary: 'Your outcome at a glance',
    steps: FIT_STEPS,
  },
] as const;

/** Scrolls so that the element's middle is at the middle of the screen, at once. */
async function scrollToMiddle(element: Locator): Promise<void> {
  await element.evaluate((el) => {
    const box = el.getBoundingClientRect();
    window.scrollBy({top: box.top + box.height / 2 - window.innerHeight / 2, behavior: 'instant'});
  });
}

/**
 * Whether the element lies wholly on screen and is the topmost thing at its centre and at points a quarter of the way
 * in from each corner: nothing (the summary bar, the navbar) covers it.
 */
function uncovered(element: Element): string | null {
  const box = element.getBoundingClientRect();
  if (box.top < 0 || box.left < 0 || box.bottom > window.innerHeight || box.right > window.innerWidth) {
    return `off screen: top ${Math.round(box.top)}, bottom ${Math.round(box.bottom)} of ${window.innerHeight}`;
  }
  for (const [fx, fy] of [
    [0.5, 0.5],
    [0.25, 0.25],
    [0.75, 0.25],
    [0.25, 0.75],
    [0.75, 0.75],
  ]) {
    const hit = document.elementFromPoint(box.left + box.width * fx, box.top + box.height * fy);
    if (hit === null || !(hit === element || element.contains(hit))) {
      return `covered at (${fx}, ${fy}) by ${hit?.tagName.toLowerCase()}.${hit?.className}`;
    }
  }
  return null;
}

async function focusedControlIsUncovered(page: Page): Promise<string | null> {
  return page.evaluate(`(${uncovered.toString()})(document.activeElement)`) as Promise<string | null>;
}

for (const viewport of VIEWPORTS) {
  test.describe(viewport.name, () => {
    test.use({viewport: {width: viewport.width, height: viewport.height}});

    for (const {name, url, widget, summary: summaryName, steps} of WIDGETS) {
      test(`${name}: each control, moved by keyboard in the middle of the screen, shows its result on screen`, async ({page, baseURL}) => {
        test.slow();
        const {problems} = watchPage(page, baseURL!);
        await page.goto(url);
        await waitForHydration(page);
        const root = page.locator(widget).first();
        const summary = root.getByRole('group', {name: summaryName});

        for (const step of steps) {
          const control = step.control(root);
          await scrollToMiddle(control);
          await control.focus();
          const scrolledTo = await page.evaluate(() => window.scrollY);
          const before = await summary.innerText();

          if (step.type !== undefined) {
            await page.keyboard.press('ControlOrMeta+A');
            await page.keyboard.type(step.type);
          }
          // A step of the model-size slider (0.7 %) can leave the architecture, and so every figure, as it was: press on.
          for (let presses = 0; presses < 6 && step.keys; presses++) {
            for (const key of step.keys) await page.keyboard.press(key);
            const changed = await expect
              .poll(() => summary.innerText(), {timeout: 1500})
              .not.toBe(before)
              .then(() => true)
              .catch(() => false);
            if (changed) break;
          }

          await expect.poll(() => summary.innerText(), {message: `${step.label}: the result changes`}).not.toBe(before);
          expect(await summary.evaluate(uncovered), `${step.label}: the result is on screen, uncovered`).toBeNull();
          expect(await focusedControlIsUncovered(page), `${step.label}: the focused control is uncovered`).toBeNull();
          expect(await page.evaluate(() => window.scrollY), `${step.label}: nothing scrolled`).toBe(scrolledTo);
        }
        expect(problems).toEqual([]);
      });

      test(`${name}: tabbing through the controls and back never leaves the focused control covered`, async ({page, baseURL}) => {
        test.slow();
        const {problems} = watchPage(page, baseURL!);
        await page.goto(url);
        await waitForHydration(page);
        const root = page.locator(widget).first();
        const first = steps[0].control(root);
        await scrollToMiddle(first);
        await first.focus();
        const summaryButton = root.getByRole('group', {name: summaryName}).getByRole('button');
        let tabs = 0;
        for (const key of ['Tab', 'Shift+Tab']) {
          // Through to the summary's button, the last control before the full results, and back to the first control.
          const end = key === 'Tab' ? summaryButton : first;
          while (!(await end.evaluate((el) => el === document.activeElement))) {
            await page.keyboard.press(key);
            expect(++tabs, 'reached the end of the controls').toBeLessThan(200);
            // The widget scrolls a covered control clear in the frame after focus.
            await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
            const where = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.outerHTML.slice(0, 80));
            expect(await focusedControlIsUncovered(page), `${key} to ${where}`).toBeNull();
          }
        }
        expect(problems).toEqual([]);
      });
    }

    test('the skip link is never covered by a summary', async ({page}) => {
      for (const {url, widget} of WIDGETS) {
        await page.goto(url);
        await waitForHydration(page);
        await scrollToMiddle(page.locator(widget).first().locator('input').first());
        await page.getByRole('link', {name: 'Skip to main content'}).focus();
        expect(await focusedControlIsUncovered(page), url).toBeNull();
      }
    });
  });
}

test('a slider drag is announced once, politely, when the reader pauses; the outputs themselves stay quiet', async ({page}) => {
  await page.goto('/t1/lora-qlora?model=llama-2-7b&rank=8&alpha=16&targets=q,v&gpu=rtx-4090#lora-memory-calculator');
  await waitForHydration(page);
  const live = page.locator(CALCULATOR).locator('[role="status"][aria-live="polite"]');
  await expect(live).toHaveCount(1);
  await expect(live).toHaveText('');
  await live.evaluate((el) => {
    (window as unknown as {announcements: string[]}).announcements = [];
    new MutationObserver(() => (window as unknown as {announcements: string[]}).announcements.push(el.textContent ?? '')).observe(el, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
  const rank = page.getByRole('slider', {name: 'LoRA rank', exact: true});
  await rank.focus();
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(120);
  }
  await expect(rank).toHaveValue('16');
  await expect.poll(() => page.evaluate(() => (window as unknown as {announcements: string[]}).announcements)).toEqual([
    expect.stringContaining('Trainable parameters 8,388,608 (0.124 %), α/r = 1.'),
  ]);
  await page.waitForTimeout(1500);
  expect(await page.evaluate(() => (window as unknown as {announcements: string[]}).announcements)).toHaveLength(1);
  // The six outputs keep their names, each once, and none is a live region of its own.
  for (const name of ['Trainable parameters', 'Trainable %', 'Adapter size', 'Full fine-tuning total memory', 'LoRA total memory', 'QLoRA total memory']) {
    const output = page.getByRole('status', {name, exact: true});
    await expect(output).toHaveCount(1);
    await expect(output).toHaveAttribute('aria-live', 'off');
  }
});

test('loading a link moves nothing: no announcement, no verdict marked as changed', async ({page}) => {
  await page.goto('/t1/customization-spectrum?examples=99&budget=999&days=13&goal=format#which-method-fits-you');
  await waitForHydration(page);
  const summary = page.getByRole('group', {name: 'Your outcome at a glance'});
  await expect(summary).toContainText('Next step if prompts are not enough: Few-Shot Examples');
  await page.waitForTimeout(1500);
  await expect(summary).not.toContainText('Changed');
  await expect(summary.locator('[role="status"]')).toHaveText('');

  await page.getByLabel('Labelled examples you have', {exact: true}).fill('100');
  await expect(summary).toContainText('Changed: LoRA Fine-Tuning: fits, was not enough data');
  await expect(summary.locator('[role="status"]')).toContainText('Changed: LoRA Fine-Tuning: fits, was not enough data');
});

test('the summary button moves focus to the full results', async ({page}) => {
  await page.setViewportSize({width: 390, height: 844});
  await page.goto('/t1/lora-qlora#lora-memory-calculator');
  await waitForHydration(page);
  await page.getByRole('group', {name: 'Memory at a glance'}).getByRole('button', {name: 'Full results'}).click();
  const heading = page.getByRole('heading', {name: 'Full results'});
  await expect(heading).toBeFocused();
  expect(await heading.evaluate(uncovered)).toBeNull();
});

test('on paper the calculator’s results print once and the fit summary prints in place', async ({page}) => {
  await page.goto('/t1/lora-qlora#lora-memory-calculator');
  await waitForHydration(page);
  await page.emulateMedia({media: 'print'});
  await expect(page.getByRole('group', {name: 'Memory at a glance'})).toBeHidden();
  await expect(page.getByRole('status', {name: 'LoRA total memory', exact: true})).toBeVisible();

  await page.goto('/t1/customization-spectrum#which-method-fits-you');
  await waitForHydration(page);
  const summary = page.getByRole('group', {name: 'Your outcome at a glance'});
  await expect(summary).toBeVisible();
  await expect(summary).toHaveCSS('position', 'static');
  await expect(summary.getByRole('button')).toBeHidden();
});

for (const viewport of VIEWPORTS.slice(0, 2)) {
  test(`the widget pages load without layout shift at ${viewport.name}`, async ({page}) => {
    await page.setViewportSize({width: viewport.width, height: viewport.height});
    // The .html paths are what a static host without clean URLs serves: the route table knows the clean path only.
    for (const url of ['/t1/lora-qlora', '/t1/fine-tuning-methods', '/t1/customization-spectrum', '/t1/lora-qlora.html', '/t1/key-takeaways.html']) {
      await page.addInitScript(() => {
        (window as unknown as {shift: number}).shift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as {value: number; hadRecentInput: boolean}[]) {
            if (!entry.hadRecentInput) (window as unknown as {shift: number}).shift += entry.value;
          }
        }).observe({type: 'layout-shift', buffered: true});
      });
      await page.goto(url, {waitUntil: 'networkidle'});
      await waitForHydration(page);
      await page.waitForTimeout(500);
      expect(await page.evaluate(() => (window as unknown as {shift: number}).shift), url).toBeLessThanOrEqual(0.02);
    }
  });
}
