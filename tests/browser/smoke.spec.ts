import {expect, test} from '@playwright/test';

test('the landing page names the module', async ({page}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', {level: 1})).toHaveText('T1: Fine-Tuning & Model Customization');
});
