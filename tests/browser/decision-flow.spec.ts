/**
 * The T1.2 decision flowchart widget on /t1/when-to-fine-tune: complete paths
 * by mouse and by keyboard, the path marked on the build-time diagram, state
 * in the URL (reload, shared link, browser Back), Back / Change / Start
 * again, a stale link, dark mode, a phone-width screen and no JavaScript.
 */
import AxeBuilder from '@axe-core/playwright';
import {expect, test as base, type Locator, type Page} from '@playwright/test';

const PAGE = '/t1/when-to-fine-tune';

/** Any console error or warning (hydration mismatches included) fails the test. */
const test = base.extend<{consoleProblems: string[]}>({
  consoleProblems: [
    async ({page}, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
      await use(problems);
      expect(problems).toEqual([]);
    },
    {auto: true},
  ],
});

const flow = (page: Page): Locator => page.locator('[data-decision-flow]');
const diagram = (page: Page): Locator => page.locator('svg[data-diagram="decision-tree"]');
const questionHeading = (page: Page): Locator => flow(page).locator('[data-question] h3');
const outcomeHeading = (page: Page): Locator => flow(page).locator('[data-outcome] h3');

async function open(page: Page, query = ''): Promise<void> {
  await page.goto(`${PAGE}${query}`);
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
  await expect(diagram(page)).toHaveAttribute('data-decision-active', 'true');
}

async function answer(page: Page, label: string): Promise<void> {
  await flow(page).getByRole('button', {name: label, exact: true}).click();
}

/** The marked path on the diagram: node ids in step order, with the state of each. */
async function markedPath(page: Page): Promise<{nodes: string[]; current: string[]; edges: string[]}> {
  return diagram(page).evaluate((svg) => {
    const marked = [...svg.querySelectorAll('g.node[data-decision-path]')].sort(
      (a, b) => Number(a.getAttribute('data-decision-step')) - Number(b.getAttribute('data-decision-step')),
    );
    return {
      nodes: marked.map((node) => `${node.getAttribute('data-decision-step')}:${node.getAttribute('data-id')}`),
      current: marked.filter((node) => node.getAttribute('data-decision-path') === 'current').map((node) => node.getAttribute('data-id')!),
      edges: [...svg.querySelectorAll('polyline.edge[data-decision-path]')].map(
        (edge) => `${edge.getAttribute('data-from')}>${edge.getAttribute('data-to')}`,
      ),
    };
  });
}

async function expectPath(page: Page, ids: string[]): Promise<void> {
  const edges = ids.slice(1).map((id, index) => `${ids[index]}>${id}`);
  await expect.poll(() => markedPath(page)).toEqual({
    nodes: ids.map((id, index) => `${index + 1}:${id}`),
    current: [ids[ids.length - 1]],
    edges,
  });
  // The marks are visible, not just attributes: a numbered badge on each node and a dashed frame on the current one.
  await expect(diagram(page).locator('.decision-flow-step')).toHaveCount(ids.length);
  await expect(diagram(page).locator('.decision-flow-here')).toHaveCount(1);
  await expect(diagram(page).locator(`g.node[data-id="${ids[ids.length - 1]}"] .decision-flow-here`)).toHaveCount(1);
}

/** Stroke colour and width of a node's shape, as drawn. */
async function nodeStroke(page: Page, id: string): Promise<{stroke: string; width: string; dashes: string}> {
  return diagram(page)
    .locator(`g.node[data-id="${id}"] > rect`)
    .first()
    .evaluate((rect) => {
      const style = getComputedStyle(rect);
      return {stroke: style.stroke, width: style.strokeWidth, dashes: style.strokeDasharray};
    });
}

/** Clicks the navbar's colour-mode toggle until the page is dark (it cycles system, light, dark). */
async function switchToDarkMode(page: Page): Promise<void> {
  const toggle = page.getByRole('button', {name: /Switch between dark and light mode/});
  for (let click = 0; click < 3; click++) {
    if ((await page.locator('html').getAttribute('data-theme')) === 'dark') return;
    await toggle.click();
  }
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
}

async function tabTo(page: Page, target: Locator, maxPresses = 80): Promise<void> {
  for (let press = 0; press < maxPresses; press++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({page}).include('[data-decision-flow]').include('#decision-tree').analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`)).toEqual([]);
}

test('the LoRA path by mouse, then reload, browser Back and Forward, Change, Back and Start again', async ({page}) => {
  await open(page);
  await expect(questionHeading(page)).toHaveText('Does the model understand your task?');
  await expectPath(page, ['START']);

  await answer(page, "No, it doesn't get the domain");
  await expect(questionHeading(page)).toHaveText('Have you tried detailed prompting + RAG?');
  await expect(questionHeading(page)).toBeFocused();
  await expect(page).toHaveURL(/\?answers=no-domain$/);

  await answer(page, 'Yes, still poor');
  await expect(questionHeading(page)).toHaveText('How much data do you have?');
  await expect(flow(page)).toContainText('Fine-tune (LoRA recommended): Your answers point to fine-tuning');
  await expectPath(page, ['START', 'Q2', 'FT', 'Q4']);

  await answer(page, '100-1000 examples');
  await expect(outcomeHeading(page)).toHaveText('LoRA / QLoRA');
  await expect(outcomeHeading(page)).toBeFocused();
  await expect(flow(page).locator('[data-outcome]')).toContainText('only small adapter matrices are trained');
  await expect(flow(page).getByRole('link', {name: 'T1.4 LoRA & QLoRA — The Practical Revolution'})).toHaveAttribute('href', '/t1/lora-qlora/');
  await expect(flow(page).getByRole('link', {name: 'Size QLoRA in the LoRA memory calculator'})).toHaveAttribute(
    'href',
    '/t1/lora-qlora/?method=qlora&rank=16&alpha=32&targets=q,k,v,o,gate,up,down#lora-memory-calculator',
  );
  await expect(flow(page).getByRole('link', {name: 'Size LoRA in the LoRA memory calculator'})).toHaveAttribute('href', /method=lora&/);
  await expect(flow(page).locator('[aria-live="polite"]')).toHaveText(/^Recommendation: LoRA \/ QLoRA\. Fine-tune with LoRA/);
  await expect(page).toHaveURL(/\?answers=no-domain,still-poor,100-1000$/);
  await expectPath(page, ['START', 'Q2', 'FT', 'Q4', 'LORA']);

  // The path looks different from the rest of the drawing, by stroke width and not only by colour.
  const onPath = await nodeStroke(page, 'LORA');
  const offPath = await nodeStroke(page, 'FULL');
  expect(onPath.width).toBe('3px');
  expect(offPath.width).not.toBe('3px');
  expect(onPath.stroke).not.toBe(offPath.stroke);

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
  await expect(outcomeHeading(page)).toHaveText('LoRA / QLoRA');
  await expectPath(page, ['START', 'Q2', 'FT', 'Q4', 'LORA']);
  await expect(flow(page).getByRole('definition').filter({hasText: 'Yes, still poor'})).toBeVisible();

  await page.goBack();
  await expect(questionHeading(page)).toHaveText('How much data do you have?');
  await expectPath(page, ['START', 'Q2', 'FT', 'Q4']);
  await expect(flow(page).locator('dl > div')).toHaveCount(2);
  await page.goForward();
  await expect(outcomeHeading(page)).toHaveText('LoRA / QLoRA');

  // Change the data answer: that question again, later answers dropped.
  await flow(page).getByRole('button', {name: 'Change your answer to “How much data do you have?”'}).click();
  await expect(questionHeading(page)).toHaveText('How much data do you have?');
  await expect(questionHeading(page)).toBeFocused();
  await expect(flow(page).locator('dl > div')).toHaveCount(2);
  await answer(page, '< 100 examples');
  await expect(outcomeHeading(page)).toHaveText('⚠️ Not enough data. Collect more or use RAG');
  // The emoji is decoration: screen readers get the words only.
  await expect(flow(page).getByRole('heading', {name: 'Not enough data. Collect more or use RAG', exact: true})).toBeVisible();
  await expect(flow(page).getByRole('link', {name: 'T1.6 Data Preparation'})).toHaveAttribute('href', '/t1/data-preparation/');
  await expect(flow(page).getByRole('link', {name: /memory calculator/})).toHaveCount(0);
  await expectPath(page, ['START', 'Q2', 'FT', 'Q4', 'NOTYET']);

  // The widget's Back steps back one answer, like the browser's.
  await flow(page).getByRole('button', {name: '← Back'}).click();
  await expect(questionHeading(page)).toHaveText('How much data do you have?');
  await expect(page).toHaveURL(/\?answers=no-domain,still-poor$/);

  await flow(page).getByRole('button', {name: 'Change your answer to “Does the model understand your task?”'}).click();
  await expect(questionHeading(page)).toHaveText('Does the model understand your task?');
  await expect(flow(page).getByRole('heading', {name: 'Your answers'})).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`${PAGE}/$`));
  await expectPath(page, ['START']);

  await expectNoAxeViolations(page);
});

test('keyboard only, in dark mode: the few-shot path, Back, then the full fine-tuning path', async ({page}) => {
  await open(page);
  await switchToDarkMode(page);

  const button = (name: string) => flow(page).getByRole('button', {name, exact: true});
  await tabTo(page, button('Yes, but output format/style is wrong'));
  await page.keyboard.press('Space');
  await expect(questionHeading(page)).toHaveText('Have you tried few-shot examples?');
  await expect(questionHeading(page)).toBeFocused();

  await page.keyboard.press('Tab');
  await expect(button('Yes, still inconsistent')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(button('No')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(outcomeHeading(page)).toHaveText('Try few-shot first. Fine-tune if still inconsistent.');
  await expect(outcomeHeading(page)).toBeFocused();
  await expect(flow(page).locator('[aria-live="polite"]')).toHaveText(/^Recommendation: Try few-shot first\./);
  await expectPath(page, ['START', 'Q3', 'TRY_FEW']);

  await tabTo(page, button('← Back'));
  await page.keyboard.press('Enter');
  await expect(questionHeading(page)).toHaveText('Have you tried few-shot examples?');
  await expect(questionHeading(page)).toBeFocused();

  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(questionHeading(page)).toHaveText('How much data do you have?');
  await expect(questionHeading(page)).toBeFocused();
  await tabTo(page, button('10K+ examples'));
  await page.keyboard.press('Enter');
  await expect(outcomeHeading(page)).toHaveText('Full Fine-Tuning');
  await expect(flow(page).getByRole('link', {name: 'Size full fine-tuning in the LoRA memory calculator'})).toHaveAttribute(
    'href',
    '/t1/lora-qlora/?method=full#lora-memory-calculator',
  );
  await expectPath(page, ['START', 'Q3', 'FT', 'Q4', 'FULL']);

  // Highlight in dark mode: the dark theme's highlight colour, thick, and the current node framed.
  const onPath = await nodeStroke(page, 'Q3');
  expect(onPath.width).toBe('3px');
  expect(onPath.stroke).toBe('rgb(251, 191, 36)');
  const frame = await diagram(page)
    .locator('.decision-flow-here')
    .evaluate((rect) => getComputedStyle(rect).strokeDasharray);
  expect(frame).not.toBe('none');

  await expectNoAxeViolations(page);

  await tabTo(page, flow(page).getByRole('button', {name: 'Change your answer to “Does the model understand your task?”'}));
  await page.keyboard.press('Space');
  await expect(questionHeading(page)).toHaveText('Does the model understand your task?');
  await expect(questionHeading(page)).toBeFocused();
});

test('a shared link opens on its outcome; Start again clears it', async ({page}) => {
  await open(page, '?answers=works-well#decision-flowchart');
  await expect(outcomeHeading(page)).toHaveText("✅ Don't fine-tune! Optimize prompts");
  await expect(flow(page).locator('[data-outcome]')).toContainText('Put the effort into the prompt instead');
  await expect(flow(page).getByRole('link', {name: /memory calculator/})).toHaveCount(0);
  await expectPath(page, ['START', 'DONE']);
  expect(await nodeStroke(page, 'DONE')).toMatchObject({stroke: 'rgb(180, 83, 9)', width: '3px'});

  await flow(page).getByRole('button', {name: 'Start again'}).click();
  await expect(questionHeading(page)).toHaveText('Does the model understand your task?');
  await expect(questionHeading(page)).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`${PAGE}/#decision-flowchart$`));
  await expectPath(page, ['START']);

  await open(page, '?answers=no-domain,no');
  await expect(outcomeHeading(page)).toHaveText('Try RAG first. Fine-tune if still poor.');
  await expectPath(page, ['START', 'Q2', 'TRY_RAG']);
});

test('a stale or broken link starts again with a visible message', async ({page}) => {
  await open(page, '?answers=no-domain,maybe');
  const notice = flow(page).getByRole('alert');
  await expect(notice).toContainText('answer 2 in the link is not an answer to “Have you tried detailed prompting + RAG?”');
  await expect(notice).toContainText('starts again from the first question');
  await expect(questionHeading(page)).toHaveText('Does the model understand your task?');
  await expectPath(page, ['START']);

  await answer(page, 'Yes, and it works well');
  await expect(flow(page).getByRole('alert')).toHaveCount(0);
  await expect(page).toHaveURL(/\?answers=works-well$/);

  await open(page, '?answers=works-well,no');
  await expect(flow(page).getByRole('alert')).toContainText('more answers than the flowchart asks for');

  await open(page, `?answers=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
  await expect(flow(page).getByRole('alert')).toContainText('answer 1 in the link is not an answer');
  await expect(flow(page).getByRole('alert')).not.toContainText('onerror');
  await expect(flow(page).locator('img')).toHaveCount(0);
});

test('on a 390 px phone screen the widget fits without sideways scrolling', async ({page}) => {
  await page.setViewportSize({width: 390, height: 844});
  await open(page, '?answers=wrong-format,still-inconsistent');
  await expect(questionHeading(page)).toHaveText('How much data do you have?');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await answer(page, '1000-10K examples');
  await expect(outcomeHeading(page)).toHaveText('LoRA or Full FT');
  const links = flow(page).getByRole('link', {name: /memory calculator/});
  await expect(links).toHaveCount(2);
  await expect(links.first()).toHaveAttribute('href', /method=lora&/);
  await expect(links.last()).toHaveAttribute('href', /method=full#/);
  // The diagram scrolls sideways in its box on a phone; the current node is scrolled into that box's view.
  const [box, node] = await Promise.all([
    page.locator('#decision-tree [role="group"]').boundingBox(),
    diagram(page).locator('g.node[data-id="FULL_LORA"] > rect').first().boundingBox(),
  ]);
  // At this width FULL_LORA starts out past the box's right edge, so the box must have scrolled.
  expect(await page.locator('#decision-tree [role="group"]').evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  expect(node!.x).toBeGreaterThanOrEqual(box!.x);
  expect(node!.x + node!.width).toBeLessThanOrEqual(box!.x + box!.width);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});

test('without JavaScript the page shows the diagram and the rules as a list', async ({browser}) => {
  const context = await browser.newContext({javaScriptEnabled: false});
  const page = await context.newPage();
  await page.goto(PAGE);
  await expect(diagram(page)).toBeVisible();
  await expect(diagram(page).locator('g.node')).toHaveCount(12);
  const rules = flow(page).locator('details ol > li');
  await expect(rules).toHaveCount(11);
  await expect(rules.first()).toBeVisible();
  await expect(flow(page).locator('[data-rule-outcome="LORA"]').first()).toContainText(
    "Does the model understand your task? No, it doesn't get the domain.",
  );

  // The server-rendered HTML says why the buttons do nothing (a <noscript> note) and keeps them disabled.
  const html = await (await context.request.get(PAGE)).text();
  expect(html).toMatch(/<noscript><p[^>]*>Clicking through the questions needs JavaScript\./);
  expect(html).toMatch(/<button[^>]*disabled[^>]*>No, it doesn/);
  await context.close();
});
