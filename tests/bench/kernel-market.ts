// The bench kernel's markets: utility, the logit share update with switching costs and demand
// (game/engine/utility.ts, choice.ts, allocate.ts), and capacity rationing with spill-over
// (rationing.ts), on the kernel's typed arrays. exp, log and pow are the engine's portable ones.

import { exp, pow } from '../../game/engine/portable-math.ts';
import type { KernelBuffers, Provisional } from './kernel-state.ts';
import { GPU_RATE, LINES, MAX_UTILISATION } from './kernel-state.ts';

/**
 * Every component of every seller's utility in market m, summed into q.utility's row: the
 * scenario's and events' inputs, price (β ln p), quality, ecosystem and network, trust,
 * integration, last quarter's stock-outs and the residual drift.
 */
export function marketUtility(k: KernelBuffers, q: Provisional, m: number): void {
  const P = k.providers;
  const line = m % LINES;
  const s = (m - line) / LINES;
  const th = s * 6;
  const beta = k.beta[m]!;
  const thetaQuality = k.thetaQuality[m]!;
  const thetaEco = k.theta[th]!;
  const thetaNet = k.theta[th + 1]!;
  const thetaTrust = k.theta[th + 2]!;
  const thetaInt = k.theta[th + 3]!;
  const thetaStock = k.theta[th + 4]!;
  const drift = line === 2 ? 0 : k.theta[th + 5]!;
  const given = k.given;
  const row = m * P;
  for (let p = 0; p < P; p++) {
    if (!k.sells[line * P + p]) {
      q.utility[row + p] = 0;
      continue;
    }
    const g = m * 4 * P + p;
    q.utility[row + p] =
      given[g]! +
      beta * q.lnPrice[line * P + p]! +
      thetaQuality * k.quality[p]! +
      thetaEco * k.ecosystem[p]! +
      thetaNet * k.lnNetwork[p]! +
      thetaTrust * k.trust[p]! +
      thetaInt * q.lnIntegration[p]! -
      thetaStock * k.now.shortfall[row + p]! +
      given[g + P]! +
      given[g + 2 * P]! +
      given[g + 3 * P]! +
      drift * k.residual[p]!;
  }
}

/**
 * Market m cleared from q.utility: demand answers the share-weighted average price, then the
 * O(n) switching update (incumbent j's denominator k(Z − e_j) + e_j) splits it into q.allocated.
 */
export function clearMarket(k: KernelBuffers, q: Provisional, m: number): void {
  k.work.logit++;
  const P = k.providers;
  const line = m % LINES;
  const row = m * P;
  const { utility, startShare, target, allocated, price } = q;
  const weight = k.weight;
  let averagePrice = 0;
  let max = -Infinity;
  for (let p = 0; p < P; p++) {
    if (!k.sells[line * P + p]) continue;
    averagePrice += startShare[row + p]! * price[p * LINES + line]!;
    if (utility[row + p]! > max) max = utility[row + p]!;
  }
  if (max === -Infinity) {
    for (let p = 0; p < P; p++) target[row + p] = allocated[row + p] = 0;
    return;
  }
  const demand = k.underlying[m]! * pow(averagePrice / k.reference[m]!, k.elasticity[m]!);
  let z = 0;
  for (let p = 0; p < P; p++)
    z += weight[p] = k.sells[line * P + p] ? exp(utility[row + p]! - max) : 0;
  const stay = k.stay[m]!;
  let common = 0;
  for (let p = 0; p < P; p++)
    if (weight[p]! > 0) common += startShare[row + p]! / (stay * (z - weight[p]!) + weight[p]!);
  const n = k.contestable[m]!;
  const chi = k.churn[m]!;
  for (let p = 0; p < P; p++) {
    const w = weight[p]!;
    const t = w / z;
    target[row + p] = t;
    if (w === 0) {
      allocated[row + p] = 0;
      continue;
    }
    const s = startShare[row + p]!;
    const own = s / (stay * (z - w) + w);
    const next = (1 - n) * ((1 - chi) * s + chi * w * (own + stay * (common - own))) + n * t;
    allocated[row + p] = next * demand;
  }
}

/** GPU (kGPU) and CPU (RSU) a volume needs in a market of `line`. */
function gpuNeedOf(line: number, volume: number, gamma: number, throughput: number): number {
  return line === 0 ? (gamma * volume) / GPU_RATE : line === 1 ? 0 : volume / throughput;
}
function cpuNeedOf(line: number, volume: number, gamma: number): number {
  return line === 0 ? (1 - gamma) * volume : line === 1 ? volume : 0;
}

/**
 * Capacity for every provider and market: GPUs and CPUs ration pro rata; part of what
 * constrained providers could not serve spills to the others by logit target, within their
 * spare room (q.allocated → q.served, q.shortfall).
 */
export function ration(k: KernelBuffers, q: Provisional): void {
  k.work.rationing++;
  const P = k.providers;
  const M = k.markets;
  const { allocated, served, shortfall, target } = q;
  const { gpuNeed, cpuNeed, gpuAvail, cpuAvail, gpuUsed, cpuUsed, gpuAsk, cpuAsk } = k;
  const { offered, unserved, gamma } = k;
  unserved.fill(0);
  offered.fill(0);
  for (let p = 0; p < P; p++) {
    gpuAvail[p] = k.gpu[p]! * MAX_UTILISATION * (1 - k.trainShare[p]!);
    cpuAvail[p] = k.cpu[p]! * MAX_UTILISATION;
    const tp = k.throughput[p]!;
    let gpuTotal = 0;
    let cpuTotal = 0;
    for (let m = 0; m < M; m++) {
      const line = m % LINES;
      const g = gamma[(m - line) / LINES]!;
      const volume = allocated[m * P + p]!;
      gpuTotal += gpuNeed[m] = gpuNeedOf(line, volume, g, tp);
      cpuTotal += cpuNeed[m] = cpuNeedOf(line, volume, g);
    }
    const gpuFraction = gpuTotal > gpuAvail[p]! ? gpuAvail[p]! / gpuTotal : 1;
    const cpuFraction = cpuTotal > cpuAvail[p]! ? cpuAvail[p]! / cpuTotal : 1;
    gpuUsed[p] = gpuTotal * gpuFraction;
    cpuUsed[p] = cpuTotal * cpuFraction;
    gpuAsk[p] = 0;
    cpuAsk[p] = 0;
    for (let m = 0; m < M; m++) {
      const line = m % LINES;
      const g = gamma[(m - line) / LINES]!;
      const volume = allocated[m * P + p]!;
      const fraction =
        line === 0
          ? g * gpuFraction + (1 - g) * cpuFraction
          : line === 1
            ? cpuFraction
            : gpuFraction;
      const got = volume * fraction;
      served[m * P + p] = got;
      unserved[m]! += volume - got;
      shortfall[m * P + p] = volume > 0 ? (volume - got) / volume : 0;
    }
  }
  // Offers to providers with room, by logit target over the market's sellers.
  for (let m = 0; m < M; m++) {
    const line = m % LINES;
    const s = (m - line) / LINES;
    const spillable = k.spill[s]! * unserved[m]!;
    if (spillable <= 0) continue;
    let weight = 0;
    for (let p = 0; p < P; p++) weight += target[m * P + p]!;
    if (weight <= 0) continue;
    for (let p = 0; p < P; p++) {
      if (gpuUsed[p]! >= gpuAvail[p]! - 1e-12 || cpuUsed[p]! >= cpuAvail[p]! - 1e-12) continue;
      const amount = (spillable * target[m * P + p]!) / weight;
      if (amount <= 0) continue;
      offered[m * P + p] = amount;
      gpuAsk[p]! += gpuNeedOf(line, amount, gamma[s]!, k.throughput[p]!);
      cpuAsk[p]! += cpuNeedOf(line, amount, gamma[s]!);
    }
  }
  for (let p = 0; p < P; p++) {
    const gpuRoom = Math.max(0, gpuAvail[p]! - gpuUsed[p]!);
    const cpuRoom = Math.max(0, cpuAvail[p]! - cpuUsed[p]!);
    const take = Math.min(
      1,
      gpuAsk[p]! > 0 ? gpuRoom / gpuAsk[p]! : 1,
      cpuAsk[p]! > 0 ? cpuRoom / cpuAsk[p]! : 1,
    );
    if (take <= 0) continue;
    for (let m = 0; m < M; m++) served[m * P + p]! += offered[m * P + p]! * take;
  }
}
