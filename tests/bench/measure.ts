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

/** Milliseconds of CPU time this process has used (all its threads: user and system). */
export function cpuClock(): number {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
}

/**
 * Two functions timed in alternating samples: the median time per call of each, and the median
 * of the per-sample ratios a/b, which cancels load that changes between samples. `clock` is wall
 * time by default; with cpuClock a sample counts only the CPU the process got, so other
 * processes on a shared machine slow the figure much less (cache and frequency effects remain).
 */
export function pairedTimes(
  a: (i: number) => unknown,
  b: (i: number) => unknown,
  samples: number,
  callsA: number,
  callsB: number,
  clock: () => number = () => performance.now(),
): { a: number; b: number; ratio: number } {
  const timesA: number[] = [];
  const timesB: number[] = [];
  const ratios: number[] = [];
  let i = 0;
  let j = 0;
  for (let s = 0; s < samples; s++) {
    let start = clock();
    for (let c = 0; c < callsA; c++) a(i++);
    const perA = (clock() - start) / callsA;
    start = clock();
    for (let c = 0; c < callsB; c++) b(j++);
    const perB = (clock() - start) / callsB;
    timesA.push(perA);
    timesB.push(perB);
    ratios.push(perA / perB);
  }
  return { a: median(timesA), b: median(timesB), ratio: median(ratios) };
}
