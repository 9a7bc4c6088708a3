// Splits a region into one strip per provider, in the scenario's provider order, along the
// region's longer side. Writes into a caller-owned array so tweening allocates nothing.

import type { Rect } from './rect.ts';

/**
 * Fills `out[i]` with provider i's strip of `r`, proportional to `shares[i]` (normalised by their
 * sum; negative or non-finite shares count as 0). `out` must have one Rect per share.
 */
export function sliceRect(r: Rect, shares: ArrayLike<number>, out: Rect[]): Rect[] {
  let total = 0;
  for (let i = 0; i < shares.length; i++) {
    const s = shares[i]!;
    if (Number.isFinite(s) && s > 0) total += s;
  }
  const horizontal = r.w >= r.h;
  let pos = horizontal ? r.x : r.y;
  const length = horizontal ? r.w : r.h;
  for (let i = 0; i < shares.length; i++) {
    const s = shares[i]!;
    const part = total > 0 && Number.isFinite(s) && s > 0 ? (s / total) * length : 0;
    const cell = out[i]!;
    if (horizontal) {
      cell.x = pos;
      cell.y = r.y;
      cell.w = part;
      cell.h = r.h;
    } else {
      cell.x = r.x;
      cell.y = pos;
      cell.w = r.w;
      cell.h = part;
    }
    pos += part;
  }
  return out;
}
