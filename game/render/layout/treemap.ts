// Squarified treemap (Bruls, Huizing, van Wijk 2000): rectangles whose areas are proportional
// to the values and whose aspect ratios stay close to 1. Pure: same input, same output.

import type { Rect } from './rect.ts';

export interface TreemapOptions {
  /**
   * Order in which the values are laid out (indices into `values`). Keeping one order for a
   * whole game keeps each segment in its place from quarter to quarter. Default: largest first.
   */
  order?: readonly number[];
  /**
   * Smallest fraction of the area any positive value gets, so that a 1 % segment still has
   * room for its name. 0 (the default) keeps areas strictly proportional.
   */
  minFraction?: number;
}

/** Fractions of the total each value gets after the floor (non-positive values get 0). */
export function areaFractions(values: readonly number[], minFraction = 0): number[] {
  const clean = values.map((v) => (Number.isFinite(v) && v > 0 ? v : 0));
  const total = clean.reduce((a, b) => a + b, 0);
  if (total <= 0) return clean.map(() => 0);
  const positive = clean.filter((v) => v > 0).length;
  const floor = Math.min(Math.max(minFraction, 0), 1 / positive);
  // Raise small values to the floor and scale the rest down so the fractions still sum to 1;
  // scaling can push another value under the floor, so repeat until none is.
  const raw = clean.map((v) => v / total);
  const pinned = clean.map(() => false);
  let fractions = raw;
  for (let pass = 0; pass < values.length; pass++) {
    let changed = false;
    fractions.forEach((f, i) => {
      if (clean[i]! > 0 && !pinned[i] && f < floor) pinned[i] = changed = true;
    });
    if (!changed) break;
    const pinnedCount = pinned.filter(Boolean).length;
    const rest = raw.reduce((sum, f, i) => (pinned[i] ? sum : sum + f), 0);
    const room = 1 - pinnedCount * floor;
    fractions = raw.map((f, i) => (pinned[i] ? floor : rest > 0 ? (f * room) / rest : 0));
  }
  return fractions;
}

function worst(areas: readonly number[], side: number): number {
  let sum = 0;
  let max = 0;
  let min = Infinity;
  for (const a of areas) {
    sum += a;
    if (a > max) max = a;
    if (a < min) min = a;
  }
  if (sum <= 0 || min <= 0) return Infinity;
  const s2 = side * side;
  return Math.max((s2 * max) / (sum * sum), (sum * sum) / (s2 * min));
}

/**
 * One rectangle per value, in the order of `values`, tiling `bounds` exactly (up to rounding).
 * Non-positive and non-finite values get an empty rectangle at the bounds' corner.
 */
export function treemap(
  values: readonly number[],
  bounds: Rect,
  options: TreemapOptions = {},
): Rect[] {
  const out: Rect[] = values.map(() => ({ x: bounds.x, y: bounds.y, w: 0, h: 0 }));
  const fractions = areaFractions(values, options.minFraction ?? 0);
  const total = bounds.w * bounds.h;
  if (total <= 0) return out;
  const order = (
    options.order ?? values.map((_, i) => i).sort((a, b) => fractions[b]! - fractions[a]!)
  ).filter((i) => (fractions[i] ?? 0) > 0);

  let { x, y, w, h } = bounds;
  let start = 0;
  while (start < order.length) {
    const side = Math.min(w, h);
    const row: number[] = [fractions[order[start]!]! * total];
    let end = start + 1;
    while (end < order.length) {
      const next = fractions[order[end]!]! * total;
      if (worst([...row, next], side) > worst(row, side)) break;
      row.push(next);
      end++;
    }
    const last = end >= order.length;
    const sum = row.reduce((a, b) => a + b, 0);
    if (w >= h) {
      // A column on the left; the last row takes what is left, to absorb rounding.
      const thick = last ? w : Math.min(w, sum / h);
      let cy = y;
      row.forEach((area, k) => {
        const cell = out[order[start + k]!]!;
        const ch = k === row.length - 1 ? y + h - cy : area / thick;
        Object.assign(cell, { x, y: cy, w: thick, h: ch });
        cy += ch;
      });
      x += thick;
      w -= thick;
    } else {
      const thick = last ? h : Math.min(h, sum / w);
      let cx = x;
      row.forEach((area, k) => {
        const cell = out[order[start + k]!]!;
        const cw = k === row.length - 1 ? x + w - cx : area / thick;
        Object.assign(cell, { x: cx, y, w: cw, h: thick });
        cx += cw;
      });
      y += thick;
      h -= thick;
    }
    start = end;
  }
  return out;
}
