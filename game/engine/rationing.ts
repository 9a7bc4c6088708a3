// Capacity rationing with spill-over (MODEL.md §2.8), for all markets at once: each provider
// serves what its GPUs and CPUs can carry (priority segments first), part of what it cannot
// serve spills to providers with spare room in proportion to their logit target, capped by
// that room; the rest is lost this quarter.

import { needFor, rationFractions } from './capacity.ts';
import { gpuIntensity, indexOf, marketOf } from './indices.ts';
import type { MarketReport } from './report.ts';
import type { Decision, ProviderState, Scenario } from './types.ts';
import type { World } from './world.ts';

export interface Rationing {
  served: number[][]; // [market][provider] volume
  shortfall: number[][]; // unserved fraction of allocated volume
  spilledIn: number[][];
  lost: number[]; // per market
  gpuAvail: number[];
  cpuAvail: number[];
  gpuUsed: number[];
  cpuUsed: number[];
  gpuAsked: number[];
  cpuAsked: number[];
  throughput: number[]; // effective tokens per kGPU-quarter this quarter
  gamma: number[]; // GPU intensity per segment
}

export function rationAndSpill(
  scenario: Scenario,
  world: World,
  providers: readonly ProviderState[],
  decisions: readonly Decision[],
  allocated: readonly (readonly number[])[],
  targets: readonly (readonly number[])[],
  reports: readonly MarketReport[],
): Rationing {
  const index = indexOf(scenario);
  const P = index.providerCount;
  const spec = scenario.market;
  const t = world.t;
  const served = allocated.map((row) => row.slice());
  const shortfall = allocated.map((row) => row.map(() => 0));
  const spilledIn = allocated.map((row) => row.map(() => 0));
  const lost = allocated.map(() => 0);
  const gpuAvail: number[] = [];
  const cpuAvail: number[] = [];
  const gpuUsed = new Array<number>(P).fill(0);
  const gpuAsked = new Array<number>(P).fill(0);
  const cpuAsked = new Array<number>(P).fill(0);
  const cpuUsed = new Array<number>(P).fill(0);
  const throughput = providers.map((p) => p.throughput * world.throughputMultiplier);
  const gamma = scenario.segments.map((_, s) => gpuIntensity(scenario, s, t));
  const unserved: number[][] = allocated.map((row) => row.map(() => 0));
  for (let p = 0; p < P; p++) {
    const ps = providers[p]!;
    gpuAvail.push(ps.gpu * spec.maxUtilisation * (1 - ps.trainShare));
    cpuAvail.push(ps.cpu * spec.maxUtilisation);
    const gpuNeed: number[] = [];
    const cpuNeed: number[] = [];
    for (let m = 0; m < allocated.length; m++) {
      const s = Math.floor(m / 3);
      const need = needFor(
        m % 3,
        allocated[m]![p]!,
        gamma[s]!,
        spec.gpuServiceRate,
        throughput[p]!,
      );
      gpuNeed.push(need.gpu);
      cpuNeed.push(need.cpu);
      gpuAsked[p]! += need.gpu;
      cpuAsked[p]! += need.cpu;
    }
    const order = decisions[p]!.priority.map((id) => index.segmentIndex.get(id))
      .filter((s): s is number => s !== undefined)
      .map((s) => [marketOf(s, 0), marketOf(s, 1), marketOf(s, 2)]);
    const gpuFraction = rationFractions(gpuNeed, gpuAvail[p]!, order);
    const cpuFraction = rationFractions(cpuNeed, cpuAvail[p]!, order);
    for (let m = 0; m < allocated.length; m++) {
      const k = m % 3;
      const s = Math.floor(m / 3);
      const q = allocated[m]![p]!;
      const fraction =
        k === 0
          ? gamma[s]! * gpuFraction[m]! + (1 - gamma[s]!) * cpuFraction[m]!
          : k === 1
            ? cpuFraction[m]!
            : gpuFraction[m]!;
      served[m]![p] = q * fraction;
      unserved[m]![p] = q - served[m]![p]!;
      shortfall[m]![p] = q > 0 ? unserved[m]![p]! / q : 0;
      gpuUsed[p]! += gpuNeed[m]! * gpuFraction[m]!;
      cpuUsed[p]! += cpuNeed[m]! * cpuFraction[m]!;
    }
  }
  // Spill: unconstrained providers take part of what others could not serve, within spare room.
  const constrained = providers.map(
    (_, p) => gpuUsed[p]! >= gpuAvail[p]! - 1e-12 || cpuUsed[p]! >= cpuAvail[p]! - 1e-12,
  );
  const offered: number[][] = allocated.map((row) => row.map(() => 0));
  const gpuAsk = new Array<number>(P).fill(0);
  const cpuAsk = new Array<number>(P).fill(0);
  for (let m = 0; m < allocated.length; m++) {
    const s = Math.floor(m / 3);
    const k = m % 3;
    const spillable = scenario.segments[s]!.spill * sumOf(unserved[m]!);
    let weight = 0;
    for (let p = 0; p < P; p++)
      if (!constrained[p] && reports[m]!.active[p]) weight += targets[m]![p]!;
    if (spillable <= 0 || weight <= 0) continue;
    for (let p = 0; p < P; p++) {
      if (constrained[p] || !reports[m]!.active[p]) continue;
      const amount = (spillable * targets[m]![p]!) / weight;
      offered[m]![p] = amount;
      const need = needFor(k, amount, gamma[s]!, spec.gpuServiceRate, throughput[p]!);
      gpuAsk[p]! += need.gpu;
      cpuAsk[p]! += need.cpu;
    }
  }
  const take = providers.map((_, p) => {
    const gpuRoom = Math.max(0, gpuAvail[p]! - gpuUsed[p]!);
    const cpuRoom = Math.max(0, cpuAvail[p]! - cpuUsed[p]!);
    return Math.min(
      1,
      gpuAsk[p]! > 0 ? gpuRoom / gpuAsk[p]! : 1,
      cpuAsk[p]! > 0 ? cpuRoom / cpuAsk[p]! : 1,
    );
  });
  for (let m = 0; m < allocated.length; m++) {
    const s = Math.floor(m / 3);
    const k = m % 3;
    let received = 0;
    for (let p = 0; p < P; p++) {
      const got = offered[m]![p]! * take[p]!;
      if (got <= 0) continue;
      spilledIn[m]![p] = got;
      served[m]![p]! += got;
      received += got;
      const need = needFor(k, got, gamma[s]!, spec.gpuServiceRate, throughput[p]!);
      gpuUsed[p]! += need.gpu;
      cpuUsed[p]! += need.cpu;
    }
    lost[m] = sumOf(unserved[m]!) - received;
  }

  return {
    served,
    shortfall,
    spilledIn,
    lost,
    gpuAvail,
    cpuAvail,
    gpuUsed,
    cpuUsed,
    gpuAsked,
    cpuAsked,
    throughput,
    gamma,
  };
}

function sumOf(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}
