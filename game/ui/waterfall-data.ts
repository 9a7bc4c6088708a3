// Floating bars of the attribution waterfall: the share last quarter, each driver's step and
// the share this quarter, in percentage points of the segment's volume or revenue share. A
// catch-up no driver was credited with (`carried`, only in one-quarter attributions) gets a bar
// of its own after the drivers.

import { DRIVERS } from '../engine/index.ts';
import type { Attribution, Driver } from '../engine/index.ts';

export interface WaterfallBar {
  key: 'before' | 'after' | 'carried' | Driver;
  /** Start and end of the bar, in percent (31.7 = 31.7 %). */
  from: number;
  to: number;
  /** The step (to - from), in percentage points. */
  delta: number;
}

export function waterfallBars(a: Attribution): WaterfallBar[] {
  const bars: WaterfallBar[] = [];
  const before = a.before * 100;
  bars.push({ key: 'before', from: 0, to: before, delta: before });
  let level = before;
  for (const d of DRIVERS) {
    const step = a.parts[d] * 100;
    bars.push({ key: d, from: level, to: level + step, delta: step });
    level += step;
  }
  if (a.carried !== 0) {
    const step = a.carried * 100;
    bars.push({ key: 'carried', from: level, to: level + step, delta: step });
  }
  const after = a.after * 100;
  bars.push({ key: 'after', from: 0, to: after, delta: after });
  return bars;
}

/** The driver with the largest absolute contribution. */
export function biggestDriver(a: Attribution): Driver {
  let best: Driver = DRIVERS[0];
  for (const d of DRIVERS) if (Math.abs(a.parts[d]) > Math.abs(a.parts[best])) best = d;
  return best;
}
