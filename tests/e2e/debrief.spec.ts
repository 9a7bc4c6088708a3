// The debrief as a player uses it: it fits 1366x768 and 1024x640 in both languages (no
// sideways scroll); running the counterfactual redraws only its own section (focus stays on
// the Run button, the charts above are the same canvases) and its result survives a language
// switch; in hot-seat play the team switcher turns every section to that team and drops a
// counterfactual run for the other one. Screens are saved under test-results/screens/
// (debrief-<width>-<loc>-top, -middle, -bottom, debrief-counterfactual-en,
// debrief-hot-seat-en).

import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { NAMES, closeBriefing, skipWithoutBrowser } from './helpers.ts';
import { SCREENS_DIR, playToDebrief, startScenario, useLanguage } from './screens.ts';

skipWithoutBrowser();

const CLASSROOM = /^(Classroom duopoly|课堂双寡头)/;
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1024, height: 640 },
];

/** Marks the first canvas of the history section, to tell later whether it was replaced. */
async function markHistoryChart(page: Page): Promise<void> {
  await page
    .locator('section[aria-labelledby="db-hist"] canvas')
    .first()
    .evaluate((c) => ((c as HTMLCanvasElement & { marked?: boolean }).marked = true));
}

async function historyChartMarked(page: Page): Promise<boolean> {
  return page
    .locator('section[aria-labelledby="db-hist"] canvas')
    .first()
    .evaluate((c) => (c as HTMLCanvasElement & { marked?: boolean }).marked === true);
}

test('the debrief fits the screen in both languages; the counterfactual redraws only itself', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize(SIZES[0]!);
  await page.goto('./?renderer=canvas');
  await useLanguage(page, 'en');
  await startScenario(page, CLASSROOM);
  await playToDebrief(page);

  for (const size of SIZES) {
    await page.setViewportSize(size);
    for (const loc of ['en', 'zh'] as const) {
      await useLanguage(page, loc);
      const heading = page.getByRole('heading', { name: loc === 'zh' ? '复盘' : 'Debrief' });
      await expect(heading).toBeVisible();
      // Every section is there, with its charts drawn.
      expect(await page.locator('.debrief h3').count()).toBeGreaterThan(6);
      await expect(page.locator('#decision-log').getByRole('row')).toHaveCount(9);
      const widths = await page.locator('#overlay').evaluate((o) => ({
        scroll: o.scrollWidth,
        client: o.clientWidth,
      }));
      expect(widths.scroll, `no sideways scroll at ${size.width} in ${loc}`).toBeLessThanOrEqual(
        widths.client,
      );
      const name = `${SCREENS_DIR}/debrief-${size.width}-${loc}`;
      await page.locator('#overlay').evaluate((o) => o.scrollTo(0, 0));
      await page.screenshot({ path: `${name}-top.png` });
      await page.locator('#overlay').evaluate((o) => o.scrollTo(0, o.scrollHeight / 2));
      await page.screenshot({ path: `${name}-middle.png` });
      await page.locator('#overlay').evaluate((o) => o.scrollTo(0, o.scrollHeight));
      await page.screenshot({ path: `${name}-bottom.png` });
    }
  }

  await page.setViewportSize(SIZES[0]!);
  await useLanguage(page, 'en');
  const cf = page.getByRole('region', { name: 'Counterfactual: hold prices' });
  const from = cf.getByRole('combobox', { name: 'Hold prices from' });
  await expect(from.getByRole('option')).toHaveCount(8);
  await from.selectOption({ label: '2024Q3' });
  await markHistoryChart(page);
  const run = cf.getByRole('button', { name: 'Run counterfactual' });
  await run.focus();
  await page.keyboard.press('Enter');
  const cfShare = cf.getByRole('img', { name: 'IaaS revenue share' });
  await expect(cfShare).toBeVisible();
  await expect(cf.getByRole('img', { name: /Cumulative EBITA/ })).toBeVisible();
  // Only the counterfactual section drew again: focus is where the player left it, and the
  // history charts were not rebuilt.
  await expect(run).toBeFocused();
  expect(await historyChartMarked(page)).toBe(true);
  await expect(from).toHaveValue('2');
  await cf.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENS_DIR}/debrief-counterfactual-en.png` });

  // A language switch keeps the run and the chosen quarter, in the new language.
  await useLanguage(page, 'zh');
  const cfZh = page.getByRole('region', { name: /^反事实/ });
  await expect(cfZh.getByRole('img', { name: 'IaaS 收入份额' })).toBeVisible();
  await expect(cfZh.getByRole('img', { name: '累计 EBITA（亿元）' })).toBeVisible();
  await expect(cfZh.getByRole('combobox', { name: '从此季度起维持价格' })).toHaveValue('2');
  await useLanguage(page, 'en');
});

test('in hot-seat play the debrief speaks for the team chosen in its switcher', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize(SIZES[0]!);
  await page.goto('./?renderer=canvas');
  await useLanguage(page, 'en');
  await page.getByRole('radio', { name: CLASSROOM }).check();
  await page.getByRole('checkbox', { name: 'South Cloud', exact: true }).check();
  await page.getByRole('button', { name: NAMES.start }).click();
  await closeBriefing(page);
  const skip = page.getByRole('button', { name: 'Skip guide' });
  if (await skip.isVisible()) await skip.click();

  const end = page.getByRole('button', { name: NAMES.endQuarter }).first();
  const ready = page.getByRole('button', { name: 'Show my decisions' });
  const next = page.getByRole('button', { name: NAMES.next });
  const toDebrief = page.getByRole('button', { name: 'See the debrief' });
  for (let i = 0; i < 40; i++) {
    await expect(end.or(ready).or(next).or(toDebrief).first()).toBeVisible();
    if (await toDebrief.isVisible()) break;
    if (await ready.isVisible()) await ready.click();
    else if (await next.isVisible()) await next.click();
    else await end.click();
  }
  await toDebrief.click();

  const score = page.getByRole('heading', { name: /^Score of / });
  await expect(score).toHaveText(/^Score of North Cloud: \d+ \/ 100$/);
  const who = page.getByRole('combobox', { name: 'Provider' });
  await expect(who).toHaveValue('NCL');
  // The decision log holds both teams, each quarter.
  await expect(page.locator('#decision-log').getByRole('row')).toHaveCount(1 + 8 * 2);

  const cf = page.getByRole('region', { name: 'Counterfactual: hold prices' });
  await cf.getByRole('button', { name: 'Run counterfactual' }).click();
  await expect(cf.getByRole('img', { name: 'IaaS revenue share' })).toBeVisible();

  await who.selectOption('SCL');
  await expect(score).toHaveText(/^Score of South Cloud: \d+ \/ 100$/);
  await expect(page.locator('#db-id-score')).toContainText('South Cloud');
  await expect(
    page.getByRole('img', { name: 'South Cloud: IaaS volume share (RSU)' }),
  ).toBeVisible();
  // North Cloud's counterfactual is not shown as South Cloud's.
  await expect(cf.getByRole('img', { name: 'IaaS revenue share' })).toHaveCount(0);
  await page.locator('#overlay').evaluate((o) => o.scrollTo(0, 0));
  await page.screenshot({ path: `${SCREENS_DIR}/debrief-hot-seat-en.png` });
});
