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

/** Rationing's outputs and its working rows, for a caller that rations again and again. */
export interface RationScratch extends Rationing {
  unservedTotal: number[];
  gpuNeed: number[];
  cpuNeed: number[];
  gpuFraction: number[];
  cpuFraction: number[];
  constrained: boolean[];
  offered: number[];
  gpuAsk: number[];
  cpuAsk: number[];
  take: number[];
}

/** Buffers for `markets` markets and `providers` providers (the forecast reuses one). */
export function rationScratch(markets: number, providers: number): RationScratch {
  const rows = () => Array.from({ length: markets }, () => new Array<number>(providers).fill(0));
  const zeros = (n: number) => new Array<number>(n).fill(0);
  return {
    served: rows(),
    shortfall: rows(),
    spilledIn: rows(),
    lost: zeros(markets),
    gpuAvail: zeros(providers),
    cpuAvail: zeros(providers),
    gpuUsed: zeros(providers),
    cpuUsed: zeros(providers),
    gpuAsked: zeros(providers),
    cpuAsked: zeros(providers),
    throughput: zeros(providers),
    gamma: [],
    unservedTotal: zeros(markets),
    gpuNeed: zeros(markets),
    cpuNeed: zeros(markets),
    gpuFraction: zeros(markets),
    cpuFraction: zeros(markets),
    constrained: new Array<boolean>(providers).fill(false),
    offered: zeros(markets * providers),
    gpuAsk: zeros(providers),
    cpuAsk: zeros(providers),
    take: zeros(providers),
  };
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
  const into = rationScratch(allocated.length, providers.length);
  rationInto(scenario, world, providers, decisions, allocated, targets, reports, into);
  return {
    served: into.served,
    shortfall: into.shortfall,
    spilledIn: into.spilledIn,
    lost: into.lost,
    gpuAvail: into.gpuAvail,
    cpuAvail: into.cpuAvail,
    gpuUsed: into.gpuUsed,
    cpuUsed: into.cpuUsed,
    gpuAsked: into.gpuAsked,
    cpuAsked: into.cpuAsked,
    throughput: into.throughput,
    gamma: into.gamma,
  };
}

/** rationAndSpill writing every figure into `into`, whose earlier contents it overwrites. */
export function rationInto(
  scenario: Scenario,
  world: World,
  providers: readonly ProviderState[],
  decisions: readonly Decision[],
  allocated: readonly (readonly number[])[],
  targets: readonly (readonly number[])[],
  reports: readonly Pick<MarketReport, 'active'>[],
  into: RationScratch,
): void {
  const index = indexOf(scenario);
  const P = index.providerCount;
  const spec = scenario.market;
  const t = world.t;
  const M = allocated.length;
  const { served, shortfall, spilledIn, lost, gpuAvail, cpuAvail, gpuUsed, cpuUsed } = into;
  const { gpuAsked, cpuAsked, throughput, gamma, unservedTotal } = into;
  const { gpuNeed, cpuNeed, gpuFraction, cpuFraction, constrained, offered } = into;
  const { gpuAsk, cpuAsk, take } = into;
  // served and shortfall are written for every provider below; spilledIn only where it spills.
  for (let m = 0; m < M; m++) {
    spilledIn[m]!.fill(0);
    unservedTotal[m] = 0;
  }
  offered.fill(0);
  for (let p = 0; p < P; p++) {
    gpuUsed[p] = 0;
    cpuUsed[p] = 0;
    gpuAsked[p] = 0;
    cpuAsked[p] = 0;
    gpuAsk[p] = 0;
    cpuAsk[p] = 0;
    throughput[p] = providers[p]!.throughput * world.throughputMultiplier;
  }
  for (let s = 0; s < index.segmentCount; s++) gamma[s] = gpuIntensity(scenario, s, t);
  // Unserved volume per market (unservedTotal), summed over providers in their declared order
  // (as a list summed later would be): the spill step needs only the total. The per-provider
  // working rows are reused for every provider: this loop runs for every provider of every
  // quarter (and every forecast candidate), and fresh arrays here were much of the garbage.
  const rate = spec.gpuServiceRate;
  for (let p = 0; p < P; p++) {
    const ps = providers[p]!;
    const tp = throughput[p]!;
    gpuAvail[p] = ps.gpu * spec.maxUtilisation * (1 - ps.trainShare);
    cpuAvail[p] = ps.cpu * spec.maxUtilisation;
    // Markets in their order m = 3s + k, walked by segment and line (no division per market).
    let gpuAskedP = 0;
    let cpuAskedP = 0;
    for (let m = 0, s = 0, k = 0; m < M; m++, k === 2 ? ((k = 0), s++) : k++) {
      const q = allocated[m]![p]!;
      const g = gamma[s]!;
      const gpu = gpuNeedOf(k, q, g, rate, tp);
      const cpu = cpuNeedOf(k, q, g);
      gpuNeed[m] = gpu;
      cpuNeed[m] = cpu;
      gpuAskedP += gpu;
      cpuAskedP += cpu;
    }
    // Summed from 0 in market order, as `gpuAsked[p] += …` per market did.
    gpuAsked[p] = gpuAskedP;
    cpuAsked[p] = cpuAskedP;
    const priority = decisions[p]!.priority;
    const order =
      priority.length === 0
        ? NO_PRIORITY
        : priority
            .map((id) => index.segmentIndex.get(id))
            .filter((s): s is number => s !== undefined)
            .map((s) => [marketOf(s, 0), marketOf(s, 1), marketOf(s, 2)]);
    rationFractionsInto(gpuNeed, gpuAvail[p]!, order, gpuFraction);
    rationFractionsInto(cpuNeed, cpuAvail[p]!, order, cpuFraction);
    let gpuUsedP = 0;
    let cpuUsedP = 0;
    for (let m = 0, s = 0, k = 0; m < M; m++, k === 2 ? ((k = 0), s++) : k++) {
      const q = allocated[m]![p]!;
      const g = gamma[s]!;
      const gf = gpuFraction[m]!;
      const cf = cpuFraction[m]!;
      const fraction = k === 0 ? g * gf + (1 - g) * cf : k === 1 ? cf : gf;
      const got = q * fraction;
      served[m]![p] = got;
      const unserved = q - got;
      unservedTotal[m]! += unserved;
      shortfall[m]![p] = q > 0 ? unserved / q : 0;
      gpuUsedP += gpuNeed[m]! * gf;
      cpuUsedP += cpuNeed[m]! * cf;
    }
    gpuUsed[p] = gpuUsedP;
    cpuUsed[p] = cpuUsedP;
  }
  // Spill: unconstrained providers take part of what others could not serve, within spare room.
  for (let p = 0; p < P; p++)
    constrained[p] = gpuUsed[p]! >= gpuAvail[p]! - 1e-12 || cpuUsed[p]! >= cpuAvail[p]! - 1e-12;
  // offered[m * P + p]: one flat row instead of a list per market.
  for (let m = 0, s = 0, k = 0; m < M; m++, k === 2 ? ((k = 0), s++) : k++) {
    const spillable = scenario.segments[s]!.spill * unservedTotal[m]!;
    // A turned-away customer chooses again by the same logit target: provider p with
    // probability σ_p (its target share), and waits (lost this quarter) with the probability
    // of picking another constrained provider. Renormalising σ over the unconstrained
    // providers instead (MODEL.md §2.8) handed a provider priced 75x above the market a
    // quarter of the token market whenever every cheap rival ran out of GPUs.
    const active = reports[m]!.active;
    const target = targets[m]!;
    let weight = 0;
    for (let p = 0; p < P; p++) if (active[p]) weight += target[p]!;
    if (spillable <= 0 || weight <= 0) continue;
    const g = gamma[s]!;
    for (let p = 0; p < P; p++) {
      if (constrained[p] || !active[p]) continue;
      const amount = (spillable * target[p]!) / weight;
      offered[m * P + p] = amount;
      gpuAsk[p]! += gpuNeedOf(k, amount, g, rate, throughput[p]!);
      cpuAsk[p]! += cpuNeedOf(k, amount, g);
    }
  }
  for (let p = 0; p < P; p++) {
    const gpuRoom = Math.max(0, gpuAvail[p]! - gpuUsed[p]!);
    const cpuRoom = Math.max(0, cpuAvail[p]! - cpuUsed[p]!);
    take[p] = Math.min(
      1,
      gpuAsk[p]! > 0 ? gpuRoom / gpuAsk[p]! : 1,
      cpuAsk[p]! > 0 ? cpuRoom / cpuAsk[p]! : 1,
    );
  }
  for (let m = 0, s = 0, k = 0; m < M; m++, k === 2 ? ((k = 0), s++) : k++) {
    let received = 0;
    const servedRow = served[m]!;
    const spilledRow = spilledIn[m]!;
    const g = gamma[s]!;
    for (let p = 0; p < P; p++) {
      const got = offered[m * P + p]! * take[p]!;
      if (got <= 0) continue;
      spilledRow[p] = got;
      servedRow[p]! += got;
      received += got;
      gpuUsed[p]! += gpuNeedOf(k, got, g, rate, throughput[p]!);
      cpuUsed[p]! += cpuNeedOf(k, got, g);
    }
    lost[m] = unservedTotal[m]! - received;
  }
}

/** No priority groups: rationing is one pro-rata group (shared, never written). */
const NO_PRIORITY: readonly (readonly number[])[] = [];
