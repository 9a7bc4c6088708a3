// The hot-seat cover as a Preact screen: it takes keyboard focus to its button each time a
// team is called, but a language switch on the cover leaves focus where the player put it
// (the hand-written cover pulled focus back to its button on every redraw).

import { expect, test } from '@playwright/test';
import { NAMES, closeBriefing, skipWithoutBrowser } from './helpers.ts';
import { useLanguage } from './screens.ts';

skipWithoutBrowser();

test('the cover focuses its button once per team, not on a language switch', async ({ page }) => {
  await page.goto('./?renderer=canvas');
  await useLanguage(page, 'en');
  await page.getByRole('radio', { name: /^Classroom duopoly/ }).check();
  await page.getByRole('checkbox', { name: 'South Cloud', exact: true }).check();
  await page.getByRole('button', { name: NAMES.start }).click();
  await closeBriefing(page);
  const skip = page.getByRole('button', { name: 'Skip guide' });
  if (await skip.isVisible()) await skip.click();

  await page.getByRole('button', { name: NAMES.endQuarter }).first().click();
  const cover = page.getByRole('region', { name: 'Pass to South Cloud' });
  await expect(cover).toBeVisible();
  await expect(cover.getByRole('button', { name: 'Show my decisions' })).toBeFocused();

  const chinese = page.getByRole('button', { name: '中文', exact: true });
  await chinese.focus();
  await page.keyboard.press('Enter');
  const coverZh = page.getByRole('region', { name: '请交给 南方云' });
  await expect(coverZh.getByRole('heading', { name: '请交给 南方云' })).toBeVisible();
  const readyZh = coverZh.getByRole('button', { name: '显示我的决策' });
  await expect(readyZh).not.toBeFocused();
  await expect(page.locator('#overlay')).not.toContainText('Pass to');

  await readyZh.click();
  await expect(coverZh).toHaveCount(0);
  await expect(page.getByRole('banner')).toContainText('南方云');
  await useLanguage(page, 'en');
});
