// Numbers as a player reads them, in English and Chinese: a negative number carries the minus
// sign U+2212 (game/i18n/format.ts), and a percentage has no space before "%". Checked on the
// top bar, the decision panel, the quarter report and the debrief of the 2023 price war after a
// compute price cut, with screenshots of each in both languages.

import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { NAMES, skipWithoutBrowser, startGame } from './helpers.ts';
import { SCREENS_DIR, playToDebrief, useLanguage } from './screens.ts';

skipWithoutBrowser();

const MINUS = '\u2212';

/** What breaks the rule in a screen's text: a hyphen-minus starting a number, or "37.8 %". */
function typographyProblems(text: string): string[] {
  const rules = [/(^|[\s(（:：,，;；/])-\d/g, /\d[ \u00a0]%/g];
  return rules.flatMap((rule) =>
    [...text.matchAll(rule)].map((m) => text.slice(Math.max(0, m.index - 24), m.index + 24)),
  );
}

async function expectTypography(where: Locator, name: string): Promise<string> {
  const text = await where.innerText();
  expect(typographyProblems(text), name).toEqual([]);
  return text;
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SCREENS_DIR}/typography-${name}.png` });
}

test('a price cut reads −15% on every screen, in English and Chinese', async ({ page }) => {
  await page.goto('./?renderer=canvas');
  await startGame(page);
  const skip = page.getByRole('button', { name: 'Skip guide' });
  if (await skip.isVisible()) await skip.click();

  // The slider's value and its bounds are signed with U+2212; the input itself keeps ASCII.
  const compute = page.locator('#dec-price-C');
  await compute.fill('-0.15');
  await expect(compute).toHaveValue('-0.15');
  await expect(page.locator('output[for="dec-price-C"]')).toHaveText(`${MINUS}15%`);
  await expect(compute).toHaveAttribute('aria-valuetext', `${MINUS}15%`);
  await expectTypography(page.locator('body'), 'decisions (en)');

  // The report of the quarter: moves, reasons and the share waterfall.
  await page.getByRole('button', { name: NAMES.endQuarter }).first().click();
  const next = page.getByRole('button', { name: NAMES.next });
  await expect(next).toBeVisible();
  const overlay = page.locator('#overlay');
  const report = await expectTypography(overlay, 'report (en)');
  expect(report, 'the report shows the cut with U+2212').toContain(`${MINUS}15`);
  await expectTypography(page.getByRole('banner'), 'top bar (en)');
  await shoot(page, 'report-en');
  await overlay.evaluate((o) => o.scrollTo(0, o.scrollHeight));
  await shoot(page, 'report-en-end');
  await overlay.evaluate((o) => o.scrollTo(0, 0));
  await useLanguage(page, 'zh');
  expect(await expectTypography(overlay, 'report (zh)')).toContain(MINUS);
  await expectTypography(page.getByRole('banner'), 'top bar (zh)');
  await shoot(page, 'report-zh');
  await useLanguage(page, 'en');

  await next.click();
  await expect(page.getByRole('button', { name: NAMES.endQuarter }).first()).toBeVisible();
  await expectTypography(page.locator('body'), 'quarter 2 (en)');
  await shoot(page, 'quarter-en');
  await useLanguage(page, 'zh');
  await expectTypography(page.locator('body'), 'quarter 2 (zh)');
  await shoot(page, 'quarter-zh');
  await useLanguage(page, 'en');

  // The debrief: score, history, counterfactual, benchmarks and the decision log.
  await playToDebrief(page);
  const debrief = await expectTypography(overlay, 'debrief (en)');
  expect(debrief, 'the decision log shows the cut with U+2212').toContain(`${MINUS}15%`);
  await shoot(page, 'debrief-en');
  await page.locator('#decision-log').scrollIntoViewIfNeeded();
  await shoot(page, 'debrief-log-en');
  await useLanguage(page, 'zh');
  expect(await expectTypography(overlay, 'debrief (zh)')).toContain(`${MINUS}15%`);
  await shoot(page, 'debrief-zh');
  await page.locator('#decision-log').scrollIntoViewIfNeeded();
  await shoot(page, 'debrief-log-zh');
});
