// The segment treemap: areas proportional to spend, the bounds tiled exactly, a floor for tiny
// segments, and a stable order.

import { describe, expect, it } from 'vitest';
import { areaFractions, treemap } from '../../game/render/layout/treemap.ts';
import type { Rect } from '../../game/render/layout/rect.ts';

const bounds: Rect = { x: 10, y: 20, w: 800, h: 500 };
const area = (r: Rect): number => r.w * r.h;
const china = [0.46, 0.26, 0.08, 0.12, 0.03, 0.04, 0.01];

function overlaps(a: Rect, b: Rect): boolean {
  const e = 1e-6;
  return a.x + e < b.x + b.w && b.x + e < a.x + a.w && a.y + e < b.y + b.h && b.y + e < a.y + a.h;
}

describe('treemap', () => {
  it('gives each value an area proportional to it and tiles the bounds', () => {
    const rects = treemap(china, bounds);
    const total = china.reduce((a, b) => a + b, 0);
    rects.forEach((r, i) => {
      expect(area(r) / area(bounds)).toBeCloseTo(china[i]! / total, 6);
      expect(r.x).toBeGreaterThanOrEqual(bounds.x - 1e-9);
      expect(r.y).toBeGreaterThanOrEqual(bounds.y - 1e-9);
      expect(r.x + r.w).toBeLessThanOrEqual(bounds.x + bounds.w + 1e-6);
      expect(r.y + r.h).toBeLessThanOrEqual(bounds.y + bounds.h + 1e-6);
    });
    for (let i = 0; i < rects.length; i++)
      for (let j = i + 1; j < rects.length; j++) expect(overlaps(rects[i]!, rects[j]!)).toBe(false);
    expect(rects.reduce((sum, r) => sum + area(r), 0)).toBeCloseTo(area(bounds), 3);
  });

  it('keeps rectangles close to square', () => {
    for (const r of treemap(china, bounds)) expect(Math.max(r.w / r.h, r.h / r.w)).toBeLessThan(4);
  });

  it('returns empty rectangles for zero, negative and non-finite values', () => {
    const rects = treemap([3, 0, -1, Number.NaN, 1], bounds);
    expect(area(rects[1]!)).toBe(0);
    expect(area(rects[2]!)).toBe(0);
    expect(area(rects[3]!)).toBe(0);
    expect(area(rects[0]!) / area(rects[4]!)).toBeCloseTo(3, 6);
  });

  it('handles nothing to lay out and empty bounds', () => {
    expect(treemap([], bounds)).toEqual([]);
    expect(treemap([0, 0], bounds).every((r) => area(r) === 0)).toBe(true);
    expect(treemap([1, 2], { x: 0, y: 0, w: 0, h: 100 }).every((r) => area(r) === 0)).toBe(true);
  });

  it('lays a single value over the whole bounds', () => {
    expect(treemap([5], bounds)).toEqual([bounds]);
  });

  it('raises tiny values to the floor and keeps the rest proportional', () => {
    const fractions = areaFractions(china, 0.04);
    expect(fractions.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(Math.min(...fractions)).toBeCloseTo(0.04, 12);
    // The untouched values keep their ratios.
    expect(fractions[0]! / fractions[1]!).toBeCloseTo(0.46 / 0.26, 12);
    const rects = treemap(china, bounds, { minFraction: 0.04 });
    expect(area(rects[6]!) / area(bounds)).toBeCloseTo(0.04, 6);
  });

  it('follows the given order and is deterministic', () => {
    const order = [6, 5, 4, 3, 2, 1, 0];
    const a = treemap(china, bounds, { order });
    expect(treemap(china, bounds, { order })).toEqual(a);
    // The first laid-out value sits at the origin corner.
    expect(a[6]!.x).toBe(bounds.x);
    expect(a[6]!.y).toBe(bounds.y);
  });
});
