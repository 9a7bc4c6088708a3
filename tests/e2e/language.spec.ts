// The language switch in the top bar: English → 中文 → English in the middle of a game changes
// the labels and the money unit, never the game. Found by role and accessible name only.
// Screens are saved under test-results/screens/ (quarter-zh, report-zh, quarter-en-again).

import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { closeBriefing, quarterLabel, skipWithoutBrowser, topBar } from './helpers.ts';

skipWithoutBrowser();

const screen = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screens/${name}.png` });

test('switching the language keeps the game and changes the labels', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('./?renderer=canvas');
  await page.getByRole('button', { name: 'Start game' }).click();
  const skip = page.getByRole('button', { name: 'Skip guide' });
  await expect(page.getByRole('button', { name: 'End quarter' })).toBeVisible();
  await closeBriefing(page);
  if (await skip.isVisible()) await skip.click();

  // One quarter in English.
  await page.getByRole('button', { name: 'End quarter' }).click();
  await expect(page.getByRole('heading', { name: 'Report 2023Q1' })).toBeVisible();

  // On the report: switch to Chinese and back.
  await page.getByRole('button', { name: '中文', exact: true }).click();
  await expect(page.getByRole('heading', { name: '2023Q1 季报' })).toBeVisible();
  await expect(page.getByRole('button', { name: '下一季度' })).toBeVisible();
  await screen(page, 'report-zh');
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Report 2023Q1' })).toBeVisible();
  await page.getByRole('button', { name: 'Next quarter' }).click();
  await expect(quarterLabel(page)).toHaveText('2023Q2');

  const en = await topBar(page);
  expect(en['Quarter']).toBe('2023Q2');
  expect(en['Revenue share']).toMatch(/^\d+(\.\d)?%$/);
  expect(en['Volume share']).toMatch(/^\d+(\.\d)?%$/);
  expect(en['Cash']).toMatch(/^CNY \u2212?[\d,.]+ B$/);
  await expect(page.getByRole('button', { name: 'End quarter' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Decisions for 2023Q2' })).toBeVisible();

  // 中文.
  await page.getByRole('button', { name: '中文', exact: true }).click();
  await expect(page.getByRole('button', { name: '结束本季度' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'End quarter' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: '2023Q2 决策' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('当前玩家：阿里云');
  await expect(page.getByRole('button', { name: 'English', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: '中文', exact: true })).toHaveCount(0);
  const zh = await topBar(page);
  expect(zh['季度']).toBe('2023Q2');
  expect(zh['收入份额']).toBe(en['Revenue share']);
  expect(zh['用量份额']).toBe(en['Volume share']);
  expect(zh['现金']).toMatch(/^\u2212?[\d,.]+ 亿元$/);
  expect(zh['收入']).toMatch(/ 亿元$/);
  // Same cash, ×10 in 亿元 (1 亿 = 0.1 B), up to rounding.
  const num = (s: string) => Number(s.replace('\u2212', '-').replace(/[^\d.-]/g, ''));
  expect(Math.abs(num(zh['现金']!) - 10 * num(en['Cash']!))).toBeLessThanOrEqual(1);
  expect(Object.keys(zh)).not.toContain('Quarter');
  await screen(page, 'quarter-zh');

  // Back to English.
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(page.getByRole('button', { name: 'End quarter' })).toBeVisible();
  await expect(page.getByRole('button', { name: '结束本季度' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Decisions for 2023Q2' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Playing: Alibaba Cloud');
  expect(await topBar(page)).toEqual(en);
  await screen(page, 'quarter-en-again');
});
