// Print report: the debrief on paper is dark ink on white (text, section titles, score line and
// the charts' axes and legends), without buttons or the top bar; and the map survives printing
// (it used to come back black and 0x0 after the print, until reload). Screens are saved under
// test-results/screens/ (print-debrief-en, print-debrief-zh, map-after-print).

import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { NAMES, closeBriefing, skipWithoutBrowser } from './helpers.ts';
import { halfWidthNextToCjk } from '../helpers/cjk-punctuation.ts';
import {
  SCREENS_DIR,
  brightShare,
  darkInkShare,
  lowContrastText,
  playToDebrief,
  startScenario,
  useLanguage,
} from './screens.ts';

skipWithoutBrowser();

const CLASSROOM = /^(Classroom duopoly|课堂双寡头)/;

async function checkPrintedDebrief(page: Page, loc: 'en' | 'zh'): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  const debrief = page.locator('.debrief');
  await expect(debrief).toBeVisible();
  // Nothing of the game screen and no buttons on paper.
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.locator('#map')).toBeHidden();
  expect(await debrief.getByRole('button').count()).toBe(0);
  await expect(page.locator('#btn-print')).toBeHidden();

  const scoreLine = page.locator('#db-score');
  await expect(scoreLine).toBeVisible();
  // The evidence header reads as Chinese in Chinese: full-width brackets and colons.
  const identity = await page.locator('#debrief-identity').innerText();
  expect(identity).toContain(loc === 'zh' ? '得分' : 'Score');
  expect(halfWidthNextToCjk(identity)).toEqual([]);
  const low = await lowContrastText(page, '#overlay');
  expect(low, 'text below 4.5:1 on the printed debrief').toEqual([]);
  // The checks above looked at the score line and the section titles: make sure they exist.
  expect(await debrief.locator('h3').count()).toBeGreaterThan(3);
  const paper = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(paper).toMatch(/^rgba?\(255, 255, 255/);

  // Chart.js draws axes and legends on canvases: dark ink on paper, light ink on screen. The
  // y-axis labels are most of the opaque pixels at the left edge of each chart.
  const charts = debrief.locator('canvas');
  expect(await charts.count()).toBeGreaterThan(0);
  await expect.poll(() => darkInkShare(charts.first())).toBeGreaterThan(0.5);
  await page.screenshot({ path: `${SCREENS_DIR}/print-debrief-${loc}.png`, fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  await expect.poll(() => darkInkShare(charts.first())).toBeLessThan(0.05);
}

test('the printed debrief is dark on white in both languages, and the map survives it', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  // WebGL, as players get it: the zero-sized framebuffer was a WebGL failure.
  await page.goto('./');
  await useLanguage(page, 'en');
  await startScenario(page, CLASSROOM);
  const map = page.locator('#map');
  await expect(map).toHaveAttribute('data-renderer', 'webgl');
  await playToDebrief(page);

  await checkPrintedDebrief(page, 'en');
  await useLanguage(page, 'zh');
  await checkPrintedDebrief(page, 'zh');
  await useLanguage(page, 'en');

  // Back on screen: a new game's map has the size of its cell and draws.
  await page.getByRole('button', { name: 'New game' }).click();
  await page.getByRole('button', { name: NAMES.start }).click();
  await closeBriefing(page);
  const canvas = map.locator('canvas');
  const size = async () =>
    canvas.evaluate((c) => {
      const cell = c.parentElement!;
      return {
        width: (c as HTMLCanvasElement).width,
        height: (c as HTMLCanvasElement).height,
        cellWidth: Math.floor(cell.clientWidth),
        cellHeight: Math.floor(cell.clientHeight),
      };
    });
  await expect.poll(async () => (await size()).width).toBeGreaterThan(300);
  const s = await size();
  expect(s.width).toBe(s.cellWidth);
  expect(s.height).toBe(s.cellHeight);
  await expect.poll(() => brightShare(page, map)).toBeGreaterThan(0.05);
  await page.screenshot({ path: `${SCREENS_DIR}/map-after-print.png` });
});
