// The two shares a player sees: volume share and revenue share side by side in the top bar,
// with units, in English and Chinese; the map opens on volume share and switches by button and by key (V).
// Screens are saved under test-results/screens/ (map-revenue, map-volume, shares-zh).

import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { closeBriefing, skipWithoutBrowser, topBar } from './helpers.ts';

skipWithoutBrowser();

const screen = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screens/${name}.png` });

const PERCENT = /^\d+(\.\d)?%$/;

test('top bar shows both shares; the map toggles between them', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('./?renderer=canvas');
  await page.getByRole('button', { name: 'Start game' }).click();
  await expect(page.getByRole('button', { name: 'End quarter' })).toBeVisible();
  await closeBriefing(page);
  const skip = page.getByRole('button', { name: 'Skip guide' });
  if (await skip.isVisible()) await skip.click();

  const en = await topBar(page);
  expect(en['Volume share']).toMatch(PERCENT);
  expect(en['Revenue share']).toMatch(PERCENT);

  const map = page.locator('#map');
  const toggle = page.getByRole('group', { name: 'Map shows' });
  const volume = toggle.getByRole('button', { name: 'Volume' });
  const revenue = toggle.getByRole('button', { name: 'Revenue' });
  // The map opens on volume share, what every share objective counts.
  await expect(volume).toHaveAttribute('aria-pressed', 'true');
  await expect(revenue).toHaveAttribute('aria-pressed', 'false');
  await expect(map).toHaveAttribute('data-map-share', 'volume');
  await page.waitForTimeout(500);
  const before = await map.screenshot();
  await screen(page, 'map-volume');

  // By keyboard: Tab reaches the button, Enter presses it.
  await revenue.focus();
  await page.keyboard.press('Enter');
  await expect(revenue).toHaveAttribute('aria-pressed', 'true');
  await expect(map).toHaveAttribute('data-map-share', 'revenue');
  await page.waitForTimeout(500);
  const after = await map.screenshot();
  expect(after.equals(before), 'the map redraws with the other share').toBe(false);
  await screen(page, 'map-revenue');

  // The V shortcut switches back.
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  await page.keyboard.press('v');
  await expect(map).toHaveAttribute('data-map-share', 'volume');
  await expect(volume).toHaveAttribute('aria-pressed', 'true');

  // 中文: the same two figures under Chinese labels.
  await page.getByRole('button', { name: '中文', exact: true }).click();
  await expect(page.getByRole('button', { name: '结束本季度' })).toBeVisible();
  const zh = await topBar(page);
  expect(zh['用量份额']).toBe(en['Volume share']);
  expect(zh['收入份额']).toBe(en['Revenue share']);
  await expect(page.getByRole('group', { name: '地图显示' })).toBeVisible();
  await screen(page, 'shares-zh');
});
