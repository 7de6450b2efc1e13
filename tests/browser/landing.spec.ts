/** The landing page's "Work with the ideas" lists every tool in src/data/tools.ts, and each link lands on the tool. */
import {expect, test} from '@playwright/test';
import {courseTools} from '../../src/data/tools';
import {waitForHydration, watchPage} from './support';

test('"Work with the ideas" lists every tool, and each link opens the tool’s section', async ({page, baseURL}) => {
  const {problems} = watchPage(page, baseURL!);
  await page.goto('/');
  await waitForHydration(page);
  await expect(page.getByRole('heading', {level: 2, name: 'Work with the ideas'})).toBeVisible();
  const list = page.getByRole('list').filter({has: page.getByRole('heading', {level: 3})});
  const cards = list.getByRole('listitem');
  await expect(cards).toHaveCount(courseTools.length);
  for (const tool of courseTools) {
    const link = list.getByRole('link', {name: tool.title, exact: true});
    await expect(link).toHaveAttribute('href', `${tool.page}/${tool.section ? `#${tool.section.id}` : ''}`);
    await expect(cards.filter({has: page.getByRole('link', {name: tool.title, exact: true})})).toContainText(tool.question);
  }
  for (const tool of courseTools) {
    await page.goto('/');
    await waitForHydration(page);
    await list.getByRole('link', {name: tool.title, exact: true}).click();
    // A whole-page tool may write its own state on arrival (the module check adds its seed, ?seed=…).
    await expect(page).toHaveURL(new RegExp(`${tool.page}/${tool.section ? `#${tool.section.id}` : '(\\?[^#]*)?'}$`));
    // A section is a page's h2 (::tool-heading), or an h3 where the module nests it (the evaluation workbench).
    if (tool.section) await expect(page.locator(`:is(h2, h3)#${tool.section.id}`)).toHaveText(tool.section.heading);
  }
  expect(problems).toEqual([]);
});
