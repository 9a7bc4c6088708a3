// Shared pieces of the end-to-end specs: the browser check, and the few steps every save test
// takes, found by role and accessible name (English or Chinese) as a player would.

import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** Skips the spec file, with the reason, when playwright.config.ts found no Chromium. */
export function skipWithoutBrowser(): void {
  const missing = process.env.E2E_BROWSER_MISSING;
  test.skip(Boolean(missing), missing ?? '');
}

export const NAMES = {
  start: /^(Start game|开始游戏)$/,
  continue: /^(Continue|继续)$/,
  endQuarter: /^(End quarter|结束本季度)/,
  save: /^(Save replay|保存回放)$/,
  load: /^(Load replay|载入回放)$/,
  next: /^(Next quarter|下一季度)$/,
};

/** The top bar as the player reads it: every term of the stats list and its value. */
export async function topBar(page: Page): Promise<Record<string, string>> {
  const banner = page.getByRole('banner');
  const terms = await banner.getByRole('term').allInnerTexts();
  const values = await banner.getByRole('definition').allInnerTexts();
  expect(terms.length, 'the top bar shows the game stats').toBeGreaterThan(3);
  return Object.fromEntries(terms.map((t, i) => [t.trim(), (values[i] ?? '').trim()]));
}

/** The quarter label of the top bar (its first stat). */
export function quarterLabel(page: Page): Locator {
  return page.getByRole('banner').getByRole('definition').first();
}

/** Starts the default game (default scenario and provider) from the start screen. */
export async function startGame(page: Page): Promise<void> {
  await page.getByRole('button', { name: NAMES.start }).click();
  await expect(page.getByRole('button', { name: NAMES.endQuarter }).first()).toBeVisible();
  await closeBriefing(page);
}

/** Closes the briefing a new game opens with (Enter on its focused start button). */
export async function closeBriefing(page: Page): Promise<void> {
  const briefing = page.locator('#briefing');
  await expect(briefing).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(briefing).toBeHidden();
}

/** Ends the quarter with the suggested decisions; returns once the next quarter is on screen. */
export async function endQuarter(page: Page): Promise<void> {
  const before = await quarterLabel(page).innerText();
  await page.getByRole('button', { name: NAMES.endQuarter }).first().click();
  // A report may come first; carry on to the next quarter's decisions.
  const next = page.getByRole('button', { name: NAMES.next });
  const end = page.getByRole('button', { name: NAMES.endQuarter }).first();
  await expect(next.or(end).first()).toBeVisible();
  if (await next.isVisible()) await next.click();
  await expect(quarterLabel(page)).not.toHaveText(before);
  await expect(end).toBeVisible();
}

/** Picks `file` in the file chooser the Load replay button opens. */
export async function loadReplay(
  page: Page,
  file: string | { name: string; mimeType: string; buffer: Buffer },
): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: NAMES.load }).click();
  await (await chooser).setFiles(file);
}
