// The start screen: a bad seed keeps the Advanced section that shows it open, with the error
// linked from the seed field; correcting it starts the game. The web build has no Host a class.

import { expect, test } from '@playwright/test';
import { NAMES, closeBriefing, skipWithoutBrowser } from './helpers.ts';

skipWithoutBrowser();

test('a bad seed opens Advanced and keeps it open with the error', async ({ page }) => {
  await page.goto('./?renderer=canvas');
  const advanced = page.locator('details.advanced');
  await expect(advanced).not.toHaveAttribute('open', '');
  await advanced.locator('summary').click();
  const seed = page.getByRole('spinbutton', { name: 'Seed' });
  await seed.fill('-5');
  // Closing Advanced again before starting: the error must still be in view.
  await advanced.locator('summary').click();
  await page.getByRole('button', { name: NAMES.start }).click();
  const error = page.getByRole('alert').filter({ hasText: 'The seed must be a whole number' });
  await expect(error).toBeVisible();
  await expect(advanced).toHaveAttribute('open', '');
  await expect(seed).toBeVisible();
  await expect(seed).toHaveAttribute('aria-invalid', 'true');
  await expect(seed).toHaveAccessibleDescription(/whole number/);
  // Typing does not close it either.
  await seed.fill('7');
  await expect(advanced).toHaveAttribute('open', '');
  await page.getByRole('button', { name: NAMES.start }).click();
  await expect(page.getByRole('button', { name: NAMES.endQuarter })).toBeVisible();
  await closeBriefing(page);
});

test('the web build offers no Host a class (only the desktop app can host one)', async ({
  page,
}) => {
  await page.goto('./?renderer=canvas');
  await expect(page.getByRole('button', { name: NAMES.start })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Import scenario…' })).toBeVisible();
  await expect(page.locator('#btn-host-class')).toHaveCount(0);
});
