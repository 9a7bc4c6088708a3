// Capacity rationing with spill-over (MODEL.md §2.8). A provider whose GPUs or CPUs cannot
// carry its allocated volume serves a fraction of it (pro rata, or its priority segments
// first); part of the unserved volume spills to providers with spare capacity in proportion
// to their logit attraction, capped by their spare capacity; the rest is lost this quarter.

/**
 * Fraction of each market's need that can be served from `available`, serving the markets of
 * `order` groups in turn (each group pro rata). Markets absent from every group are last.
 */
export function rationFractions(
  need: readonly number[],
  available: number,
  groups: readonly (readonly number[])[],
): number[] {
  return rationFractionsInto(need, available, groups, new Array<number>(need.length));
}

/**
 * rationFractions writing into `fraction` (length of `need`), which it returns: the rationing
 * step calls it twice per provider and quarter, and reuses one buffer rather than allocating.
 */
export function rationFractionsInto(
  need: readonly number[],
  available: number,
  groups: readonly (readonly number[])[],
  fraction: number[],
): number[] {
  let left = Math.max(0, available);
  if (groups.length === 0) {
    // No priorities (the usual case): one pro-rata group, without building the group lists.
    let total = 0;
    for (let m = 0; m < need.length; m++) total += need[m]!;
    const f = total <= left ? 1 : total > 0 ? left / total : 1;
    for (let m = 0; m < need.length; m++) fraction[m] = f;
    return fraction;
  }
  for (let m = 0; m < need.length; m++) fraction[m] = 1;
  const seen = new Set<number>();
  const ordered: number[][] = groups.map((g) => g.filter((m) => !seen.has(m) && seen.add(m)));
  ordered.push(need.map((_, m) => m).filter((m) => !seen.has(m)));
  for (const group of ordered) {
    let groupNeed = 0;
    for (const m of group) groupNeed += need[m]!;
    const f = groupNeed <= left ? 1 : groupNeed > 0 ? left / groupNeed : 1;
    for (const m of group) fraction[m] = f;
    left = Math.max(0, left - groupNeed * f);
  }
  return fraction;
}

/** GPU and CPU needed to serve `volume` in a market: compute splits by GPU intensity. */
export function needFor(
  line: number,
  volume: number,
  gpuShare: number,
  gpuRate: number,
  throughput: number,
): { gpu: number; cpu: number } {
  return {
    gpu: gpuNeedOf(line, volume, gpuShare, gpuRate, throughput),
    cpu: cpuNeedOf(line, volume, gpuShare),
  };
}

// The two halves of needFor as plain numbers, for the rationing loops (no object per call).

/** kGPU needed to serve `volume` in a market of `line`. */
export function gpuNeedOf(
  line: number,
  volume: number,
  gpuShare: number,
  gpuRate: number,
  throughput: number,
): number {
  if (line === 0) return (gpuShare * volume) / gpuRate;
  return line === 1 ? 0 : volume / throughput;
}

/** RSU/qtr of CPU capacity needed to serve `volume` in a market of `line`. */
export function cpuNeedOf(line: number, volume: number, gpuShare: number): number {
  if (line === 0) return (1 - gpuShare) * volume;
  return line === 1 ? volume : 0;
}
