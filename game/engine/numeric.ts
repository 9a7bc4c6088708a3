// Numerical helpers with a fixed evaluation order, so sums are identical on every run.

/** Sum in index order (never reorder: determinism depends on it). */
export function sum(values: readonly number[]): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i]!;
  return total;
}

export function clamp(value: number, low: number, high: number): number {
  return value < low ? low : value > high ? high : value;
}

/** Linear interpolation of a step or ramp; `weight` is clamped to [0, 1]. */
export function lerp(from: number, to: number, weight: number): number {
  return from + (to - from) * clamp(weight, 0, 1);
}

/** Replace NaN and infinities by a fallback: a last guard on values shown or stored. */
export function finiteOr(value: number, fallback: number): number {
  return Number.isFinite(value) ? value : fallback;
}
