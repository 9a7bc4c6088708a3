// Real choices, as a player meets them in both languages: the briefing before quarter 1
// (Enter starts, Escape closes), the objectives as a live checklist, a decision panel that
// starts from last quarter's course held with the advisor one click away, and a dilemma card
// whose answer the engine resolves. Screens go to test-results/screens/.

import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { NAMES, quarterLabel, skipWithoutBrowser } from './helpers.ts';

skipWithoutBrowser();

const screen = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screens/${name}.png` });

async function skipGuide(page: Page, name: RegExp): Promise<void> {
  const skip = page.getByRole('button', { name });
  if (await skip.isVisible()) await skip.click();
}

test('briefing, checklist, held draft, advisor button and a dilemma card (English)', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('./?renderer=canvas');
  await page.getByRole('button', { name: NAMES.start }).click();

  // The briefing: premise, provider, objectives with targets, how scoring works.
  const briefing = page.getByRole('dialog', { name: /^Briefing: / });
  await expect(briefing).toBeVisible();
  await expect(briefing).toContainText('You run Alibaba Cloud for 12 quarters, from 2023Q1.');
  await expect(briefing).toContainText('Hold 30% of IaaS volume');
  await expect(briefing).toContainText('target CNY 40');
  await expect(briefing.getByRole('heading', { name: 'How the score works' })).toBeVisible();
  const start = briefing.getByRole('button', { name: 'Start 2023Q1' });
  await expect(start).toBeFocused();
  await screen(page, 'briefing-en');
  await page.keyboard.press('Enter');
  await expect(briefing).toBeHidden();
  await skipGuide(page, /^Skip guide$/);

  // The live checklist: every objective with its value now and its target.
  const checklist = page.getByRole('region', { name: 'Objectives' });
  await expect(checklist).toBeVisible();
  await expect(checklist.getByRole('listitem')).toHaveCount(3);
  await expect(checklist.getByRole('listitem').first()).toContainText(
    /now \d+(\.\d)?% · target 30\.0%/,
  );
  await expect(checklist).toContainText(/Score so far: \d+ \/ 100/);

  // The draft holds last quarter's course; the advisor's suggestion is one click away.
  const compute = page.getByRole('slider', { name: /Price change: Compute/ });
  await expect(compute).toHaveValue('0');
  await page.getByRole('button', { name: 'Apply advisor’s suggestion' }).click();
  await expect(compute).not.toHaveValue('0');
  await page.getByRole('button', { name: 'Hold last quarter' }).click();
  await expect(compute).toHaveValue('0');
  await screen(page, 'quarter-held-en');

  // 2023Q2 brings the carmaker's dilemma.
  await page.getByRole('button', { name: NAMES.endQuarter }).first().click();
  await page.getByRole('button', { name: NAMES.next }).click();
  await expect(quarterLabel(page)).toHaveText('2023Q2');
  const card = page.getByRole('group', { name: /^Decision needed: A carmaker wants/ });
  await expect(card).toBeVisible();
  await expect(card).toContainText('If you do not choose: Decline.');
  await expect(card).toContainText('CNY 3 B of extra GPU orders');
  const build = card.getByRole('radio', { name: 'Build the centre' });
  await build.check();
  await expect(build).toBeChecked();
  await expect(card).not.toContainText('If you do not choose');
  await screen(page, 'dilemma-en');

  // The engine resolves the answer: the report's news names who chose what, one line per
  // option naming everyone who took it (not one line per provider).
  await page.getByRole('button', { name: NAMES.endQuarter }).first().click();
  await expect(page.getByRole('heading', { name: 'Report 2023Q2' })).toBeVisible();
  const built = page.locator('section.events li').filter({ hasText: /: Build the centre$/ });
  await expect(built).toHaveCount(1);
  await expect(built).toContainText(/— Alibaba Cloud, Huawei Cloud, .*: Build the centre/);
});

test('the same in Chinese, and Escape closes the briefing', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('./?renderer=canvas');
  await page.getByRole('button', { name: '中文' }).click();
  await page.getByRole('button', { name: NAMES.start }).click();
  const briefing = page.getByRole('dialog', { name: /^任务简报：/ });
  await expect(briefing).toBeVisible();
  await expect(briefing).toContainText('你将经营阿里云，从 2023Q1 起共 12 个季度。');
  await expect(briefing.getByRole('heading', { name: '计分方式' })).toBeVisible();
  await screen(page, 'briefing-zh');
  await page.keyboard.press('Escape');
  await expect(briefing).toBeHidden();
  await skipGuide(page, /^(跳过引导|Skip guide)$/);

  const checklist = page.getByRole('region', { name: '目标' });
  await expect(checklist).toBeVisible();
  await expect(checklist).toContainText(/当前得分：\d+ \/ 100/);
  await expect(checklist).toContainText('目标 400 亿元');
  await expect(page.getByRole('button', { name: '采用顾问建议' })).toBeVisible();
  await expect(page.getByRole('button', { name: '沿用上季度' })).toBeVisible();
  await screen(page, 'quarter-zh');

  await page.getByRole('button', { name: NAMES.endQuarter }).first().click();
  await page.getByRole('button', { name: NAMES.next }).click();
  const card = page.getByRole('group', { name: /^需要你拍板：车企要一座专属智算中心/ });
  await expect(card).toBeVisible();
  await expect(card).toContainText('若不作选择：婉拒。');
  await card.getByRole('radio', { name: '婉拒' }).check();
  await screen(page, 'dilemma-zh');
});
