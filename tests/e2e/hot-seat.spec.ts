// Hot-seat play: two providers ticked on the start screen decide in turn; between them a cover
// screen hides the first player's draft. Two quarters, found by role and accessible name only.
// Screens are saved under test-results/screens/ (cover, second player's quarter, report).

import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { NAMES, closeBriefing, quarterLabel, skipWithoutBrowser } from './helpers.ts';

skipWithoutBrowser();

const screen = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screens/${name}.png` });

test('two providers take turns behind a cover screen', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('./?renderer=canvas');
  await expect(page.getByRole('checkbox', { name: 'Alibaba Cloud', exact: true })).toBeChecked();
  await page.getByRole('checkbox', { name: 'Huawei Cloud', exact: true }).check();
  await page.getByRole('button', { name: NAMES.start }).click();

  const banner = page.getByRole('banner');
  const end = page.getByRole('button', { name: NAMES.endQuarter }).first();
  const cover = page.getByRole('region', { name: 'Pass to Huawei Cloud' });
  const coverBack = page.getByRole('region', { name: 'Pass to Alibaba Cloud' });
  const ready = page.getByRole('button', { name: 'Show my decisions' });
  const skip = page.getByRole('button', { name: 'Skip guide' });
  await expect(end).toBeVisible();
  await closeBriefing(page);
  if (await skip.isVisible()) await skip.click();

  const first = (await quarterLabel(page).innerText()).trim();
  expect(first).toBe('2023Q1');

  for (let round = 0; round < 2; round++) {
    const label = (await quarterLabel(page).innerText()).trim();
    // Player 1: Alibaba Cloud. Its draft, as the panel shows it.
    await expect(banner).toContainText('Playing: Alibaba Cloud');
    const heading = page.getByRole('heading', { name: `Decisions for ${label}` });
    await expect(heading).toBeVisible();
    const aliGpu = await page.getByRole('spinbutton', { name: 'GPU capex (CNY B)' }).inputValue();
    await end.click();

    // Cover: names the next player; the top bar shows no one's figures; the panel under it
    // cannot be reached and no longer holds the first player's draft.
    await expect(cover).toBeVisible();
    await expect(cover.getByRole('heading', { name: 'Pass to Huawei Cloud' })).toBeVisible();
    await expect(ready).toBeFocused();
    await expect(banner.getByRole('term')).toHaveCount(0);
    await expect(banner).not.toContainText('Alibaba Cloud');
    await expect(banner).not.toContainText('Huawei Cloud');
    await expect(page.getByRole('heading', { name: /^Report / })).toHaveCount(0);
    // The cover lies over the decision panel: a pointer cannot reach the heading or a slider.
    await expect(heading.click({ trial: true, timeout: 1_000 })).rejects.toThrow();
    await expect(
      page
        .getByRole('slider', { name: 'Price change: Compute' })
        .click({ trial: true, timeout: 1_000 }),
    ).rejects.toThrow();
    if (round === 0) await screen(page, 'cover-en');
    if (round === 1) {
      // The cover in Chinese, then back.
      await page.getByRole('button', { name: '中文', exact: true }).click();
      await expect(page.getByRole('heading', { name: '请交给 华为云' })).toBeVisible();
      await expect(page.getByRole('button', { name: '显示我的决策' })).toBeVisible();
      await expect(banner.getByRole('term')).toHaveCount(0);
      await screen(page, 'cover-zh');
      await page.getByRole('button', { name: 'English', exact: true }).click();
      await expect(cover).toBeVisible();
    }

    // Player 2: Huawei Cloud, same quarter, its own draft.
    await ready.click();
    await expect(cover).toHaveCount(0);
    await expect(banner).toContainText('Playing: Huawei Cloud');
    await expect(quarterLabel(page)).toHaveText(label);
    await expect(heading).toBeVisible();
    const hwGpu = await page.getByRole('spinbutton', { name: 'GPU capex (CNY B)' }).inputValue();
    expect(hwGpu, "Huawei's panel is its own draft, not Alibaba's").not.toBe(aliGpu);
    if (round === 0) await screen(page, 'quarter-hot-seat-en');
    await end.click();

    // Both have decided: the quarter's report, then the next quarter for player 1 (another cover).
    await expect(page.getByRole('heading', { name: `Report ${label}` })).toBeVisible();
    const table = page.getByRole('article', { name: `Report ${label}` }).getByRole('table', {
      name: 'What every provider did',
    });
    await expect(table.getByRole('rowheader', { name: /^Huawei Cloud \(human\)$/ })).toBeVisible();
    await expect(
      table.getByRole('rowheader', { name: /^Alibaba Cloud \((you|human)\)$/ }),
    ).toBeVisible();
    // The report speaks for each team: the switcher turns it to Huawei Cloud's view.
    const teams = page.getByRole('group', { name: 'Report for' });
    await expect(teams.getByRole('button', { name: 'Alibaba Cloud' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page.locator('.fin-summary')).toContainText('Alibaba Cloud');
    await teams.getByRole('button', { name: 'Huawei Cloud' }).click();
    await expect(teams.getByRole('button', { name: 'Huawei Cloud' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page.locator('.fin-summary')).toContainText('Huawei Cloud');
    await expect(table.getByRole('rowheader', { name: /^Huawei Cloud \(you\)$/ })).toBeVisible();
    await expect(table.getByRole('rowheader', { name: /^Alibaba Cloud \(human\)$/ })).toBeVisible();
    if (round === 0) await screen(page, 'report-hot-seat-en');
    await page.getByRole('button', { name: NAMES.next }).click();
    // Back to Alibaba Cloud: maybe through its own cover.
    await expect(coverBack.or(end).first()).toBeVisible();
    if (await coverBack.isVisible()) {
      await expect(coverBack.getByRole('heading', { name: 'Pass to Alibaba Cloud' })).toBeVisible();
      await ready.click();
    }
    await expect(end).toBeVisible();
    await expect(banner).toContainText('Playing: Alibaba Cloud');
  }
  await expect(quarterLabel(page)).toHaveText('2023Q3');
});
