// Help opens at its top with how to play and scoring, in English and Chinese; the guided first
// quarter takes focus once the briefing is closed, closes on Escape giving focus back, and
// does not start again after the report.

import { expect, test } from '@playwright/test';
import { NAMES, closeBriefing, skipWithoutBrowser } from './helpers.ts';

skipWithoutBrowser();

test('Help opens at its top, with how to play and scoring, in both languages', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('./?renderer=canvas');
  await page.getByRole('button', { name: NAMES.start }).click();
  await closeBriefing(page);
  for (const [lang, help, how, score] of [
    ['en', 'Help', 'How to play', 'The score'],
    ['zh', '帮助', '玩法', '得分'],
  ] as const) {
    if (lang === 'zh') await page.getByRole('button', { name: '中文', exact: true }).click();
    await page.getByRole('button', { name: help, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: help });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('heading', { name: help, exact: true })).toBeFocused();
    expect(await dialog.evaluate((d) => d.scrollTop)).toBe(0);
    await expect(dialog.getByRole('heading', { name: how })).toBeInViewport();
    await expect(dialog.getByRole('heading', { name: score, exact: true })).toBeAttached();
    await expect(dialog.getByRole('listitem')).toHaveCount(5);
    await page.screenshot({ path: `test-results/screens/help-${lang}.png` });
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }
});

test('the guide waits for the briefing, closes on Escape and never restarts', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('./?renderer=canvas');
  await page.getByRole('button', { name: NAMES.start }).click();
  const guide = page.getByRole('dialog', { name: /Guided first quarter/ });
  await expect(guide).toHaveCount(0);
  await closeBriefing(page);
  await expect(guide).toBeVisible();
  await expect(guide.getByRole('button', { name: 'Next tip' })).toBeFocused();
  await guide.getByRole('button', { name: 'Next tip' }).click();
  await expect(guide).toContainText('Step 2 of 5');
  await page.screenshot({ path: 'test-results/screens/guide-en.png' });
  await page.keyboard.press('Escape');
  await expect(guide).toHaveCount(0);
  await expect(page.locator('#guide')).toHaveCount(0);
  // Focus goes back to the page (End quarter, as the briefing left it on the body).
  await expect(page.locator('#btn-end')).toBeFocused();

  // A new game in the same page: the guide stays done, also after the report.
  await page.reload();
  await page.getByRole('button', { name: NAMES.start }).click();
  await closeBriefing(page);
  await expect(page.getByRole('button', { name: NAMES.endQuarter })).toBeVisible();
  await expect(guide).toHaveCount(0);
});

test('leaving the first quarter for the report ends the guide', async ({ page }) => {
  await page.goto('./?renderer=canvas');
  await page.getByRole('button', { name: NAMES.start }).click();
  await closeBriefing(page);
  const guide = page.getByRole('dialog', { name: /Guided first quarter/ });
  await expect(guide).toBeVisible();
  await page.getByRole('button', { name: 'Open full report' }).click();
  await page.getByRole('button', { name: /^Back to / }).click();
  await expect(page.getByRole('button', { name: NAMES.endQuarter })).toBeVisible();
  await expect(guide).toHaveCount(0);
});
