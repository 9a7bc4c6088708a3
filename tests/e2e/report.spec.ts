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

// A press on the map selects a segment; a press on the report lying over the hidden map does
// not (Phaser used to hit-test presses anywhere in the page, toggling a segment underneath).
test('clicks on the report do not reach the map beneath it', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('./?renderer=canvas');
  await startGame(page);
  const skip = page.getByRole('button', { name: 'Skip guide' });
  if (await skip.isVisible()) await skip.click();
  await endQuarter(page);
  const side = page.locator('#side-segment');
  const first = await side.inputValue();
  const box = (await page.locator('#map canvas').boundingBox())!;
  // Find a point on a segment other than the first: pressing it selects that segment.
  let spot: { x: number; y: number } | null = null;
  for (const fx of [0.25, 0.5, 0.75]) {
    for (const fy of [0.3, 0.5, 0.7]) {
      const point = { x: box.x + box.width * fx, y: box.y + box.height * fy };
      await page.mouse.click(point.x, point.y);
      if ((await side.inputValue()) !== first) spot = point;
      if (spot) break;
    }
    if (spot) break;
  }
  expect(spot, 'no press on the map selected a segment').not.toBeNull();
  const chosen = await side.inputValue();

  await page.getByRole('button', { name: 'Open full report' }).click();
  const rep = page.locator('#rep-segment');
  await expect(rep).toHaveValue(chosen);
  // The same spot again, now covered by the report: a second press on the map would toggle
  // the segment off (back to the first).
  await page.mouse.click(spot!.x, spot!.y);
  await page.waitForTimeout(300);
  await expect(rep).toHaveValue(chosen);
});
