// The report screen: opened mid-quarter to look back (P or Open full report) its button
// returns to the same quarter, named; reached by ending a quarter it goes on to the next.

import { expect, test } from '@playwright/test';
import { NAMES, endQuarter, quarterLabel, skipWithoutBrowser, startGame } from './helpers.ts';

skipWithoutBrowser();

test('a report opened mid-quarter returns to the same quarter', async ({ page }) => {
  await page.goto('./?renderer=canvas');
  await startGame(page);
  const skip = page.getByRole('button', { name: 'Skip guide' });
  if (await skip.isVisible()) await skip.click();
  await endQuarter(page);
  const quarter = (await quarterLabel(page).innerText()).trim();

  await page.getByRole('button', { name: 'Open full report' }).click();
  const back = page.getByRole('button', { name: `Back to ${quarter}` });
  await expect(back).toBeVisible();
  await expect(back).toBeFocused();
  await expect(page.getByRole('button', { name: NAMES.next })).toHaveCount(0);
  await back.click();
  await expect(page.getByRole('button', { name: NAMES.endQuarter })).toBeVisible();
  await expect(quarterLabel(page)).toHaveText(quarter);

  // The P shortcut too; and the report after ending this quarter goes on to the next one.
  await page.locator('body').press('p');
  await page.getByRole('button', { name: `Back to ${quarter}` }).click();
  await expect(quarterLabel(page)).toHaveText(quarter);
  await page.getByRole('button', { name: NAMES.endQuarter }).click();
  await page.getByRole('button', { name: NAMES.next }).click();
  await expect(quarterLabel(page)).not.toHaveText(quarter);
});
