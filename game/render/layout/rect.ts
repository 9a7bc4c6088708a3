// The rectangle every layout function speaks in (screen pixels, origin top-left).

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export function rect(x = 0, y = 0, w = 0, h = 0): Rect {
  return { x, y, w, h };
}

/** Writes a shrunk copy of `r` into `out` (never negative sizes); returns `out`. */
export function inset(r: Rect, by: number, out: Rect = rect()): Rect {
  const dx = Math.min(by, r.w / 2);
  const dy = Math.min(by, r.h / 2);
  out.x = r.x + dx;
  out.y = r.y + dy;
  out.w = r.w - 2 * dx;
  out.h = r.h - 2 * dy;
  return out;
}

/** Writes the interpolation from `a` (t = 0) to `b` (t = 1) into `out`; returns `out`. */
export function lerpRect(a: Rect, b: Rect, t: number, out: Rect): Rect {
  out.x = a.x + (b.x - a.x) * t;
  out.y = a.y + (b.y - a.y) * t;
  out.w = a.w + (b.w - a.w) * t;
  out.h = a.h + (b.h - a.h) * t;
  return out;
}

export function contains(r: Rect, x: number, y: number): boolean {
  return x >= r.x && x < r.x + r.w && y >= r.y && y < r.y + r.h;
}
