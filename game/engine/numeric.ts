// Small numerical helpers shared by the engine.

export function clamp(value: number, low: number, high: number): number {
  return value < low ? low : value > high ? high : value;
}

/** Linear interpolation of a step or ramp; `weight` is clamped to [0, 1]. */
export function lerp(from: number, to: number, weight: number): number {
  return from + (to - from) * clamp(weight, 0, 1);
}
