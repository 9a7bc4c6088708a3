// Provider strips inside a region and the frame (title, map, badge grid).

import { describe, expect, it } from 'vitest';
import { FRAME, frameLayout } from '../../game/render/layout/frame.ts';
import { inset, lerpRect, rect } from '../../game/render/layout/rect.ts';
import { sliceRect } from '../../game/render/layout/slices.ts';

describe('sliceRect', () => {
  it('splits along the longer side in proportion to the shares', () => {
    const out = [rect(), rect(), rect()];
    sliceRect({ x: 0, y: 0, w: 200, h: 50 }, [0.5, 0.3, 0.2], out);
    expect(out.map((r) => r.w)).toEqual([100, 60, 40]);
    expect(out.map((r) => r.x)).toEqual([0, 100, 160]);
    expect(out.every((r) => r.h === 50)).toBe(true);
    sliceRect({ x: 5, y: 5, w: 50, h: 200 }, [1, 3, 0], out);
    expect(out.map((r) => r.h)).toEqual([50, 150, 0]);
    expect(out.map((r) => r.y)).toEqual([5, 55, 205]);
  });

  it('normalises shares and ignores bad ones', () => {
    const out = [rect(), rect(), rect()];
    sliceRect({ x: 0, y: 0, w: 100, h: 10 }, [2, Number.NaN, -4], out);
    expect(out.map((r) => r.w)).toEqual([100, 0, 0]);
    sliceRect({ x: 0, y: 0, w: 100, h: 10 }, [0, 0, 0], out);
    expect(out.map((r) => r.w)).toEqual([0, 0, 0]);
  });
});

describe('rect helpers', () => {
  it('insets without going negative and interpolates', () => {
    expect(inset({ x: 0, y: 0, w: 10, h: 4 }, 3)).toEqual({ x: 3, y: 2, w: 4, h: 0 });
    const out = rect();
    lerpRect(rect(0, 0, 10, 10), rect(10, 20, 30, 40), 0.5, out);
    expect(out).toEqual({ x: 5, y: 10, w: 20, h: 25 });
  });
});

describe('frameLayout', () => {
  it('puts the title on top, the map in the middle and badges in rows below', () => {
    const f = frameLayout(1000, 700, 10);
    expect(f.badges).toHaveLength(10);
    expect(f.map.y).toBeGreaterThan(f.title.y + f.title.h - 1);
    const lastBadge = f.badges[9]!;
    expect(lastBadge.y + lastBadge.h).toBeLessThanOrEqual(700);
    for (const b of f.badges) {
      expect(b.y).toBeGreaterThan(f.map.y + f.map.h);
      expect(b.w).toBeGreaterThanOrEqual(FRAME.badgeMinWidth);
      expect(b.x + b.w).toBeLessThanOrEqual(1000);
    }
    // Badges in a row do not overlap.
    const rows = new Map<number, number[]>();
    for (const b of f.badges) rows.set(b.y, [...(rows.get(b.y) ?? []), b.x]);
    for (const xs of rows.values())
      xs.forEach((x, i) => i > 0 && expect(x - xs[i - 1]!).toBeGreaterThanOrEqual(f.badges[0]!.w));
  });

  it('gives eleven providers full badges at 1366x768 and compact ones at 1024x640', () => {
    // The map cells of the quarter screen at those windows (styles.css).
    const wide = frameLayout(726, 682, 11);
    expect(wide.badges.every((b) => b.h === FRAME.badgeHeight)).toBe(true);
    expect(wide.map.h).toBeGreaterThanOrEqual(FRAME.minReadableMap);
    const small = frameLayout(744, 554, 11);
    expect(small.badges.every((b) => b.h === FRAME.compactBadgeHeight)).toBe(true);
    expect(small.map.h).toBeGreaterThanOrEqual(FRAME.minReadableMap);
    const last = small.badges.at(-1)!;
    expect(last.y + last.h).toBeLessThanOrEqual(554);
    // 800x600: still a readable treemap, and every badge on the canvas.
    const tiny = frameLayout(560, 500, 11);
    expect(tiny.map.h).toBeGreaterThanOrEqual(FRAME.minReadableMap);
    expect(tiny.badges.at(-1)!.y + FRAME.compactBadgeHeight).toBeLessThanOrEqual(500);
  });

  it('keeps a usable map on a small canvas and copes with no providers', () => {
    expect(frameLayout(320, 200, 10).map.h).toBeGreaterThanOrEqual(FRAME.minMapHeight);
    const empty = frameLayout(800, 600, 0);
    expect(empty.badges).toEqual([]);
    expect(empty.map.h).toBeGreaterThan(500);
  });
});
