// Every main region of the quarter screen at the window sizes players have: 1024x640, 1366x768,
// 1920x1080 and (usable) 800x600, in English and Chinese. The top bar stays one row with the
// game menu clear of the stats, no two regions overlap, and the map keeps a readable size.
// Screens are saved under test-results/screens/layout-<lang>-<size>.png: look at them.

import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { skipWithoutBrowser } from './helpers.ts';
import { SCREENS_DIR, startScenario, useLanguage } from './screens.ts';

skipWithoutBrowser();

interface Box {
  name: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

const SIZES = [
  { width: 1024, height: 640 },
  { width: 1366, height: 768 },
  { width: 1600, height: 900 },
  { width: 1920, height: 1080 },
  { width: 800, height: 600 },
];

/** The on-screen boxes of the main regions (the part inside the window). */
async function regions(page: Page): Promise<Box[]> {
  return page.evaluate(() => {
    const pick: [string, string][] = [
      ['top bar', '#topbar'],
      ['game menu', '.top-actions'],
      ['decisions', '#decisions'],
      ['map', '#map'],
      ['report panel', '#side'],
      ['news', '#ticker'],
    ];
    const out: Box[] = [];
    // What shows of a panel is what its scrolling parent (the layout) lets through.
    const layout = document.querySelector('.layout')!.getBoundingClientRect();
    for (const [name, selector] of pick) {
      const el = document.querySelector(selector);
      if (!el) continue;
      const r = el.getBoundingClientRect();
      const clip = layout.top <= r.top && el.closest('.layout') ? layout : null;
      const x = Math.max(0, r.left, clip?.left ?? 0);
      const y = Math.max(0, r.top, clip?.top ?? 0);
      const w = Math.min(window.innerWidth, r.right, clip?.right ?? Infinity) - x;
      const h = Math.min(window.innerHeight, r.bottom, clip?.bottom ?? Infinity) - y;
      if (w > 0 && h > 0) out.push({ name, x, y, w, h });
    }
    return out;
  });
}

/** Overlap in px² of two boxes, ignoring a shared 1-px border line. */
function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 1 && h > 1 ? w * h : 0;
}

for (const loc of ['en', 'zh'] as const) {
  test(`the quarter screen fits every window size (${loc})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto('./?renderer=canvas');
    await useLanguage(page, loc);
    await startScenario(page);

    for (const size of SIZES) {
      await page.setViewportSize(size);
      const label = `${loc} ${size.width}x${size.height}`;
      // The map canvas follows its cell (ResizeObserver): wait until it has.
      await expect
        .poll(() =>
          page.locator('#map canvas').evaluate((c) => {
            const cell = c.parentElement!;
            return (
              (c as HTMLCanvasElement).width === Math.floor(cell.clientWidth) &&
              (c as HTMLCanvasElement).height === Math.floor(cell.clientHeight)
            );
          }),
        )
        .toBe(true);
      await page.screenshot({
        path: `${SCREENS_DIR}/layout-${loc}-${size.width}x${size.height}.png`,
      });

      const boxes = await regions(page);
      const byName = Object.fromEntries(boxes.map((b) => [b.name, b]));
      // The menu sits inside the top bar on wide windows, beside the news on narrower ones:
      // either way it must not cover a stat.
      const menu = byName['game menu']!;
      const stats = await page.locator('.stats > *').evaluateAll((els) =>
        els.map((e) => {
          const r = e.getBoundingClientRect();
          return { name: 'stat', x: r.left, y: r.top, w: r.width, h: r.height };
        }),
      );
      for (const s of stats) expect(overlap(menu, s), `${label}: menu over a stat`).toBe(0);
      expect(menu.x + menu.w, `${label}: menu inside the window`).toBeLessThanOrEqual(size.width);
      // Each menu button on one line ("Save replay", not "Save / replay").
      const heights = await page
        .locator('.top-actions button')
        .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
      for (const h of heights) expect(h, `${label}: a menu button wraps`).toBeLessThan(40);

      const pairs = boxes.filter((b) => b.name !== 'game menu' && b.name !== 'top bar');
      for (let i = 0; i < pairs.length; i++)
        for (let j = i + 1; j < pairs.length; j++)
          expect(
            overlap(pairs[i]!, pairs[j]!),
            `${label}: ${pairs[i]!.name} overlaps ${pairs[j]!.name}`,
          ).toBe(0);
      for (const b of pairs)
        if (b.name !== 'top bar')
          expect(overlap(byName['top bar']!, b), `${label}: top bar over ${b.name}`).toBe(0);

      // One row: the top bar is as tall as one stat with its small print, and (from 1024 px
      // on) every stat is in view without scrolling.
      expect(byName['top bar']!.h, `${label}: top bar height`).toBeLessThanOrEqual(72);
      if (size.width >= 1024) {
        const fits = await page
          .locator('.stats')
          .evaluate((el) => el.scrollWidth <= el.clientWidth + 1);
        expect(fits, `${label}: all stats visible`).toBe(true);
      }

      // A readable map: at least half the window wide and 60 % of it tall.
      const map = byName['map']!;
      expect(map.w, `${label}: map width`).toBeGreaterThanOrEqual(Math.max(480, size.width / 2));
      expect(map.h, `${label}: map height`).toBeGreaterThanOrEqual(0.6 * size.height);
    }
  });
}
