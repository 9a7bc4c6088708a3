// A whole game as a player plays it: the default scenario (The 2023 price war, Alibaba Cloud)
// from the start screen to the debrief, every step found by role and accessible name.
// Screens are saved under test-results/screens/ (start, quarter, report, debrief).

import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { NAMES, closeBriefing, quarterLabel, skipWithoutBrowser } from './helpers.ts';

skipWithoutBrowser();

const QUARTERS = 12;
const screen = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screens/${name}.png` });

/** "2023Q1" → "2023Q2", "2023Q4" → "2024Q1". */
function nextQuarter(label: string): string {
  const m = /^(\d{4})Q([1-4])$/.exec(label);
  if (!m) throw new Error(`not a quarter label: ${label}`);
  const [y, q] = [Number(m[1]), Number(m[2])];
  return q === 4 ? `${y + 1}Q1` : `${y}Q${q + 1}`;
}

test('the default scenario plays from the start screen to the debrief', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('./?renderer=canvas');

  // Start screen: the default scenario and provider are preselected.
  await expect(page.getByRole('heading', { name: 'New game' })).toBeVisible();
  await expect(page.getByRole('radio', { name: /The 2023 price war/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Alibaba Cloud', exact: true })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Huawei Cloud', exact: true })).not.toBeChecked();
  await screen(page, 'start-en');
  // The player's name, for the printed debrief.
  await page.getByRole('textbox', { name: 'Player or team name (optional)' }).fill('Team Jade');

  await page.getByRole('button', { name: NAMES.start }).click();
  const end = page.getByRole('button', { name: NAMES.endQuarter }).first();
  await expect(end).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Playing: Alibaba Cloud');
  await expect(quarterLabel(page)).toHaveText('2023Q1');
  await closeBriefing(page);
  const skip = page.getByRole('button', { name: 'Skip guide' });
  if (await skip.isVisible()) await skip.click();
  await expect(skip).toHaveCount(0);
  await screen(page, 'quarter-en');

  const seen: string[] = [];
  for (let i = 1; i <= QUARTERS; i++) {
    const label = (await quarterLabel(page).innerText()).trim();
    seen.push(label);
    await expect(page.getByRole('heading', { name: `Decisions for ${label}` })).toBeVisible();
    await end.click();
    await expect(page.getByRole('heading', { name: `Report ${label}` })).toBeVisible();
    const last = i === QUARTERS;
    const go = page.getByRole('button', { name: last ? 'See the debrief' : NAMES.next });
    if (i === 1) await screen(page, 'report-en');
    if (!last) {
      // Only the last report leads to the debrief.
      await expect(page.getByRole('button', { name: 'See the debrief' })).toHaveCount(0);
    }
    await go.click();
    if (!last) {
      await expect(quarterLabel(page)).toHaveText(nextQuarter(label));
      await expect(end).toBeVisible();
    }
  }
  expect(seen[0]).toBe('2023Q1');
  expect(seen.at(-1)).toBe('2025Q4');
  expect(new Set(seen).size, 'twelve distinct quarters').toBe(QUARTERS);

  // Debrief: score, objectives, counterfactual, benchmarks.
  await expect(page.getByRole('heading', { name: 'Debrief' })).toBeVisible();
  const scoreHeading = page.getByRole('heading', { name: /^Score of Alibaba Cloud: \d+ \/ 100$/ });
  await expect(scoreHeading).toBeVisible();
  const score = Number(/: (\d+) \//.exec(await scoreHeading.innerText())![1]);
  expect(score).toBeGreaterThanOrEqual(0);
  expect(score).toBeLessThanOrEqual(100);

  // Evidence: the identity header and the decision log, one row per quarter played.
  const identity = page.locator('#debrief-identity');
  await expect(identity.getByRole('definition').first()).toHaveText('Team Jade');
  await expect(identity).toContainText('china-2023-price-war');
  await expect(identity).toContainText(`${score} / 100`);
  await expect(page.locator('#db-id-hash')).toHaveText(/^[0-9a-f]{8,64}$/);
  const log = page.locator('#decision-log');
  await expect(log.getByRole('row')).toHaveCount(QUARTERS + 1);
  await expect(log.getByRole('rowheader').first()).toHaveText('2023Q1');
  await expect(log.getByRole('row').nth(1)).toContainText(/Alibaba Cloud.*Compute/);

  const objectives = page.getByRole('table').filter({
    has: page.getByRole('columnheader', { name: 'Objective' }),
  });
  await expect(objectives).toBeVisible();
  await expect(objectives.getByRole('columnheader', { name: 'Target' })).toBeVisible();
  expect(await objectives.getByRole('rowheader').count()).toBeGreaterThan(0);
  // One progress bar per objective row.
  expect(await objectives.getByRole('progressbar').count()).toBe(
    await objectives.getByRole('rowheader').count(),
  );

  const cf = page.getByRole('region', { name: 'Counterfactual: hold prices' });
  await expect(cf).toBeVisible();
  const cfEbita = cf.getByRole('img', { name: /Cumulative EBITA/ });
  await expect(cfEbita).toHaveCount(0);
  await cf.getByRole('button', { name: 'Run counterfactual' }).click();
  await expect(cfEbita).toBeVisible();
  await expect(cf.getByRole('img', { name: 'IaaS revenue share' })).toBeVisible();

  const bench = page.getByRole('region', { name: /Theory benchmarks/ });
  await expect(bench).toBeVisible();
  const benchTable = bench.getByRole('table');
  await expect(benchTable.getByRole('columnheader', { name: /Equilibrium price/ })).toBeVisible();
  expect(await benchTable.getByRole('row').count()).toBeGreaterThan(1);
  await expect(page.getByRole('button', { name: 'New game' })).toBeVisible();
  await screen(page, 'debrief-en');
});
