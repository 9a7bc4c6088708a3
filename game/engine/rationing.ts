// Capacity rationing with spill-over (MODEL.md §2.8), for all markets at once: each provider
// serves what its GPUs and CPUs can carry (priority segments first), part of what it cannot
// serve spills to providers with spare room in proportion to their logit target, capped by
// that room; the rest is lost this quarter.

import { cpuNeedOf, gpuNeedOf, rationFractionsInto } from './capacity.ts';
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
  /** Per market, who sells there this quarter (a market report, or a forecast's setup). */
  reports: readonly Pick<MarketReport, 'active'>[],
): Rationing {
  const index = indexOf(scenario);
  const P = index.providerCount;
  const spec = scenario.market;
  const t = world.t;
  const M = allocated.length;
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
  // Unserved volume per market, summed over providers in their declared order (as a list summed
  // later would be): the spill step needs only the total.
  const unservedTotal = new Array<number>(M).fill(0);
  // Per-provider working rows, reused for every provider: this loop runs for every provider of
  // every quarter, and fresh arrays here were a large part of the engine's garbage.
  const gpuNeed = new Array<number>(M).fill(0);
  const cpuNeed = new Array<number>(M).fill(0);
  const gpuFraction = new Array<number>(M).fill(0);
  const cpuFraction = new Array<number>(M).fill(0);
  for (let p = 0; p < P; p++) {
    const ps = providers[p]!;
    gpuAvail.push(ps.gpu * spec.maxUtilisation * (1 - ps.trainShare));
    cpuAvail.push(ps.cpu * spec.maxUtilisation);
    for (let m = 0; m < M; m++) {
      const s = Math.floor(m / 3);
      const k = m % 3;
      const q = allocated[m]![p]!;
      gpuNeed[m] = gpuNeedOf(k, q, gamma[s]!, spec.gpuServiceRate, throughput[p]!);
      cpuNeed[m] = cpuNeedOf(k, q, gamma[s]!);
      gpuAsked[p]! += gpuNeed[m]!;
      cpuAsked[p]! += cpuNeed[m]!;
    }
    const priority = decisions[p]!.priority;
    const order =
      priority.length === 0
        ? []
        : priority
            .map((id) => index.segmentIndex.get(id))
            .filter((s): s is number => s !== undefined)
            .map((s) => [marketOf(s, 0), marketOf(s, 1), marketOf(s, 2)]);
    rationFractionsInto(gpuNeed, gpuAvail[p]!, order, gpuFraction);
    rationFractionsInto(cpuNeed, cpuAvail[p]!, order, cpuFraction);
    for (let m = 0; m < M; m++) {
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
      const unserved = q - served[m]![p]!;
      unservedTotal[m]! += unserved;
      shortfall[m]![p] = q > 0 ? unserved / q : 0;
      gpuUsed[p]! += gpuNeed[m]! * gpuFraction[m]!;
      cpuUsed[p]! += cpuNeed[m]! * cpuFraction[m]!;
    }
  }
  // Spill: unconstrained providers take part of what others could not serve, within spare room.
  const constrained = providers.map(
    (_, p) => gpuUsed[p]! >= gpuAvail[p]! - 1e-12 || cpuUsed[p]! >= cpuAvail[p]! - 1e-12,
  );
  // offered[m * P + p]: one flat row instead of a list per market.
  const offered = new Array<number>(M * P).fill(0);
  const gpuAsk = new Array<number>(P).fill(0);
  const cpuAsk = new Array<number>(P).fill(0);
  for (let m = 0; m < M; m++) {
    const s = Math.floor(m / 3);
    const k = m % 3;
    const spillable = scenario.segments[s]!.spill * unservedTotal[m]!;
    // A turned-away customer chooses again by the same logit target: provider p with
    // probability σ_p (its target share), and waits (lost this quarter) with the probability
    // of picking another constrained provider. Renormalising σ over the unconstrained
    // providers instead (MODEL.md §2.8) handed a provider priced 75x above the market a
    // quarter of the token market whenever every cheap rival ran out of GPUs.
    let weight = 0;
    for (let p = 0; p < P; p++) if (reports[m]!.active[p]) weight += targets[m]![p]!;
    if (spillable <= 0 || weight <= 0) continue;
    for (let p = 0; p < P; p++) {
      if (constrained[p] || !reports[m]!.active[p]) continue;
      const amount = (spillable * targets[m]![p]!) / weight;
      offered[m * P + p] = amount;
      gpuAsk[p]! += gpuNeedOf(k, amount, gamma[s]!, spec.gpuServiceRate, throughput[p]!);
      cpuAsk[p]! += cpuNeedOf(k, amount, gamma[s]!);
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
  for (let m = 0; m < M; m++) {
    const s = Math.floor(m / 3);
    const k = m % 3;
    let received = 0;
    for (let p = 0; p < P; p++) {
      const got = offered[m * P + p]! * take[p]!;
      if (got <= 0) continue;
      spilledIn[m]![p] = got;
      served[m]![p]! += got;
      received += got;
      gpuUsed[p]! += gpuNeedOf(k, got, gamma[s]!, spec.gpuServiceRate, throughput[p]!);
      cpuUsed[p]! += cpuNeedOf(k, got, gamma[s]!);
    }
    lost[m] = unservedTotal[m]! - received;
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
