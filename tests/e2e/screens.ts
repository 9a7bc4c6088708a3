// Shared steps of the screen specs (print, layout, accessibility): reach each screen as a
// player does, and read what is on screen (contrast of text, pixels of a canvas).

import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { NAMES, closeBriefing } from './helpers.ts';

export const SCREENS_DIR = 'test-results/screens';

/** Switches the interface language with the top bar's button (a no-op when already there). */
export async function useLanguage(page: Page, loc: 'en' | 'zh'): Promise<void> {
  const to = page.getByRole('button', { name: loc === 'zh' ? '中文' : 'English', exact: true });
  if (await to.count()) await to.click();
  await expect(page.locator('html')).toHaveAttribute('lang', loc === 'zh' ? 'zh-CN' : 'en');
}

/** Starts a game of `scenario` (its card title) with the default provider; closes the briefing. */
export async function startScenario(page: Page, scenario?: RegExp): Promise<void> {
  if (scenario) await page.getByRole('radio', { name: scenario }).check();
  await page.getByRole('button', { name: NAMES.start }).click();
  await expect(page.getByRole('button', { name: NAMES.endQuarter }).first()).toBeVisible();
  await closeBriefing(page);
  const skip = page.getByRole('button', { name: /^(Skip guide|跳过引导)$/ });
  if (await skip.isVisible()) await skip.click();
}

/** Ends quarter after quarter with the held-over draft until the debrief shows. */
export async function playToDebrief(page: Page): Promise<void> {
  const end = page.getByRole('button', { name: NAMES.endQuarter }).first();
  const next = page.getByRole('button', { name: NAMES.next });
  const debrief = page.getByRole('button', { name: /^(See the debrief|查看复盘)$/ });
  for (let i = 0; i < 40; i++) {
    await end.click();
    await expect(next.or(debrief)).toBeVisible();
    if (await debrief.isVisible()) {
      await debrief.click();
      await expect(page.getByRole('heading', { name: /^(Debrief|复盘)$/ })).toBeVisible();
      return;
    }
    await next.click();
    await expect(end).toBeVisible();
  }
  throw new Error('no debrief after 40 quarters');
}

export interface LowContrast {
  text: string;
  colour: string;
  background: string;
  ratio: number;
}

/**
 * Every element under `root` with its own visible text whose colour against the background
 * behind it (the first opaque ancestor background, white paper when none) is below `min`.
 */
export async function lowContrastText(page: Page, root: string, min = 4.5): Promise<LowContrast[]> {
  return page.evaluate(
    ({ root, min }) => {
      const parse = (css: string): [number, number, number, number] => {
        const m = /rgba?\(([^)]+)\)/.exec(css);
        if (!m) return [0, 0, 0, 0];
        const [r = 0, g = 0, b = 0, a = 1] = m[1]!
          .split(/[ ,/]+/)
          .filter(Boolean)
          .map(Number);
        return [r, g, b, a];
      };
      const lum = ([r, g, b]: number[]): number => {
        const lin = (c: number) => {
          const s = c / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        };
        return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
      };
      const backgroundOf = (el: Element): number[] => {
        for (let e: Element | null = el; e; e = e.parentElement) {
          const bg = parse(getComputedStyle(e).backgroundColor);
          if (bg[3] >= 0.5) return bg;
        }
        const page = parse(getComputedStyle(document.documentElement).backgroundColor);
        return page[3] >= 0.5 ? page : [255, 255, 255, 1];
      };
      const out: LowContrast[] = [];
      const top = document.querySelector(root);
      if (!top) throw new Error(`no ${root}`);
      for (const el of top.querySelectorAll('*')) {
        const own = [...el.childNodes]
          .filter((n) => n.nodeType === Node.TEXT_NODE)
          .map((n) => n.textContent ?? '')
          .join('')
          .trim();
        if (!own) continue;
        const box = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') continue;
        const fg = parse(style.color);
        const bg = backgroundOf(el);
        // Text drawn with alpha blends into the background.
        const a = fg[3]!;
        const mixed = [0, 1, 2].map((i) => fg[i]! * a + bg[i]! * (1 - a));
        const [l1, l2] = [lum(mixed), lum(bg)].sort((x, y) => y - x) as [number, number];
        const ratio = (l1 + 0.05) / (l2 + 0.05);
        if (ratio < min)
          out.push({
            text: own.slice(0, 60),
            colour: style.color,
            background: `rgb(${bg.slice(0, 3).join(',')})`,
            ratio: Math.round(ratio * 100) / 100,
          });
      }
      return out;
    },
    { root, min },
  );
}

/**
 * Share of the opaque pixels in the left `strip` (fraction of the width) of a chart canvas
 * that are dark grey ink. The strip holds the y-axis labels and no data line.
 */
export async function darkInkShare(canvas: Locator, strip = 0.06): Promise<number> {
  return canvas.evaluate((el, strip) => {
    const c = el as HTMLCanvasElement;
    const w = Math.max(1, Math.floor(c.width * strip));
    const data = c.getContext('2d')!.getImageData(0, 0, w, c.height).data;
    let ink = 0;
    let opaque = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b, a] = [data[i]!, data[i + 1]!, data[i + 2]!, data[i + 3]!];
      if (a < 128) continue;
      opaque += 1;
      if (Math.max(r, g, b) < 110 && Math.max(r, g, b) - Math.min(r, g, b) < 16) ink += 1;
    }
    return opaque === 0 ? 0 : ink / opaque;
  }, strip);
}

/**
 * Share of the pixels of `target` on screen that are bright (labels, provider colours) rather
 * than the dark map background: from a screenshot, since a WebGL canvas cannot be read back.
 */
export async function brightShare(page: Page, target: Locator): Promise<number> {
  const png = (await target.screenshot()).toString('base64');
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, c.width, c.height).data;
    let bright = 0;
    for (let i = 0; i < data.length; i += 4)
      if (Math.max(data[i]!, data[i + 1]!, data[i + 2]!) > 120) bright += 1;
    return bright / (data.length / 4);
  }, png);
}
