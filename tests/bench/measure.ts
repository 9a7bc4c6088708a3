// Timing helpers for the benchmarks: repeated samples, the median per call, and a small
// calibration so that every sample runs long enough for the clock to be meaningful.

export function median(values: readonly number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Calls per sample so that one sample takes about `targetMs`. */
export function callsFor(fn: () => unknown, targetMs: number): number {
  let calls = 1;
  for (;;) {
    const start = performance.now();
    for (let i = 0; i < calls; i++) fn();
    const elapsed = performance.now() - start;
    if (elapsed >= targetMs / 4 || calls > 1e7)
      return Math.max(1, Math.ceil((calls * targetMs) / Math.max(elapsed, 1e-3)));
    calls *= 4;
  }
}

/** Median time of one call in ms, over `samples` samples of `calls` calls each. */
export function timePerCall(fn: (i: number) => unknown, samples: number, calls: number): number {
  const perCall: number[] = [];
  let i = 0;
  for (let s = 0; s < samples; s++) {
    const start = performance.now();
    for (let c = 0; c < calls; c++) fn(i++);
    perCall.push((performance.now() - start) / calls);
  }
  return median(perCall);
}
