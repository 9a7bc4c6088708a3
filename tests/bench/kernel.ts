// The yardstick for `npm run bench`: the arithmetic core of one quarter written the way a
// hand-tuned simulator would, on preallocated typed arrays with no objects, reports or policies.
// For every market (segment x line) it
//   1. sums the utility components of each provider (plus beta * ln price, the one
//      transcendental term the engine computes afresh each quarter),
//   2. takes the logit target with a max-shifted log-sum-exp,
//   3. applies the O(n) switching update of game/engine/choice.ts (incumbent row denominators
//      D_j = k(Z - e_j) + e_j with k = exp(-switching cost), never the n x n matrix), and
//      scales the new shares by the market's demand, which responds to the share-weighted
//      average price with a constant elasticity;
// then for every provider it rations GPU and CPU capacity pro rata over its markets and spills a
// fixed fraction of what constrained providers could not serve to the unconstrained ones by
// their logit attraction, as game/engine/capacity.ts and resolve.ts do. The engine does more
// than this (policies, finance, stocks, the report), so the ratio is an upper bound on overhead.

export interface KernelShape {
  providers: number;
  markets: number;
  /** Utility components summed per provider (the engine has nine). */
  components: number;
}

export interface KernelBuffers extends KernelShape {
  utilityParts: Float64Array; // [market][component][provider]
  price: Float64Array; // [market][provider]
  beta: Float64Array; // [market]
  churn: Float64Array; // [market]
  contestable: Float64Array; // [market]
  stay: Float64Array; // [market] exp(-switching cost)
  spend: Float64Array; // [market] spend at the reference price
  elasticity: Float64Array; // [market]
  gpuIntensity: Float64Array; // [market] fraction of volume served on GPUs
  gpuCapacity: Float64Array; // [provider]
  cpuCapacity: Float64Array; // [provider]
  share: Float64Array; // [market][provider], updated in place each quarter
  // Scratch, reused every quarter.
  utility: Float64Array;
  weight: Float64Array;
  target: Float64Array;
  allocated: Float64Array;
  served: Float64Array;
  gpuNeed: Float64Array;
  cpuNeed: Float64Array;
  spare: Float64Array;
}

/** Deterministic pseudo-random fill, so every bench run times the same numbers. */
function filler(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 4294967296;
  };
}

export function createKernel(shape: KernelShape, seed = 1): KernelBuffers {
  const { providers: P, markets: M, components: C } = shape;
  const r = filler(seed);
  const fill = (n: number, low: number, high: number) =>
    Float64Array.from({ length: n }, () => low + (high - low) * r());
  const share = new Float64Array(M * P);
  for (let m = 0; m < M; m++) {
    let total = 0;
    for (let p = 0; p < P; p++) total += share[m * P + p] = 0.2 + r();
    for (let p = 0; p < P; p++) share[m * P + p]! /= total;
  }
  return {
    ...shape,
    utilityParts: fill(M * C * P, -0.5, 0.5),
    price: fill(M * P, 0.6, 1.4),
    beta: fill(M, -4, -1.5),
    churn: fill(M, 0.05, 0.2),
    contestable: fill(M, 0.02, 0.1),
    stay: fill(M, 0.2, 0.6),
    spend: fill(M, 1, 20),
    elasticity: fill(M, -1.2, -0.3),
    gpuIntensity: fill(M, 0, 0.6),
    // Capacities around the average need, so some providers ration and some have room.
    gpuCapacity: fill(P, 0.2, 1.2).map((c) => (c * M * 5) / P),
    cpuCapacity: fill(P, 0.5, 1.5).map((c) => (c * M * 8) / P),
    share,
    utility: new Float64Array(P),
    weight: new Float64Array(P),
    target: new Float64Array(M * P),
    allocated: new Float64Array(M * P),
    served: new Float64Array(M * P),
    gpuNeed: new Float64Array(P),
    cpuNeed: new Float64Array(P),
    spare: new Float64Array(P),
  };
}

const SPILL = 0.5;

/** One quarter; returns a checksum so the work cannot be optimised away. */
export function kernelQuarter(k: KernelBuffers): number {
  const { providers: P, markets: M, components: C } = k;
  const { utility, weight, target, allocated, served, share } = k;
  for (let m = 0; m < M; m++) {
    const row = m * P;
    let averagePrice = 0;
    for (let p = 0; p < P; p++) averagePrice += share[row + p]! * k.price[row + p]!;
    const demand = k.spend[m]! * Math.pow(averagePrice, k.elasticity[m]!);
    let max = -Infinity;
    for (let p = 0; p < P; p++) {
      let u = k.beta[m]! * Math.log(k.price[row + p]!);
      for (let c = 0; c < C; c++) u += k.utilityParts[(m * C + c) * P + p]!;
      utility[p] = u;
      if (u > max) max = u;
    }
    let z = 0;
    for (let p = 0; p < P; p++) z += weight[p] = Math.exp(utility[p]! - max);
    const stay = k.stay[m]!;
    let common = 0;
    for (let p = 0; p < P; p++) common += share[row + p]! / (stay * (z - weight[p]!) + weight[p]!);
    const n = k.contestable[m]!;
    const chi = k.churn[m]!;
    for (let p = 0; p < P; p++) {
      const s = share[row + p]!;
      const own = s / (stay * (z - weight[p]!) + weight[p]!);
      const t = weight[p]! / z;
      target[row + p] = t;
      const next =
        (1 - n) * ((1 - chi) * s + chi * weight[p]! * (own + stay * (common - own))) + n * t;
      allocated[row + p] = next * demand;
    }
  }
  // Capacity: pro rata rationing per provider, then spill-over into spare room.
  k.gpuNeed.fill(0);
  k.cpuNeed.fill(0);
  for (let m = 0; m < M; m++)
    for (let p = 0; p < P; p++) {
      const q = allocated[m * P + p]!;
      k.gpuNeed[p]! += q * k.gpuIntensity[m]!;
      k.cpuNeed[p]! += q * (1 - k.gpuIntensity[m]!);
    }
  for (let p = 0; p < P; p++) {
    const gpuFraction = k.gpuNeed[p]! > k.gpuCapacity[p]! ? k.gpuCapacity[p]! / k.gpuNeed[p]! : 1;
    const cpuFraction = k.cpuNeed[p]! > k.cpuCapacity[p]! ? k.cpuCapacity[p]! / k.cpuNeed[p]! : 1;
    k.spare[p] =
      gpuFraction < 1 || cpuFraction < 1
        ? 0
        : Math.min(k.gpuCapacity[p]! - k.gpuNeed[p]!, k.cpuCapacity[p]! - k.cpuNeed[p]!);
    for (let m = 0; m < M; m++) {
      const g = k.gpuIntensity[m]!;
      served[m * P + p] = allocated[m * P + p]! * (g * gpuFraction + (1 - g) * cpuFraction);
    }
  }
  let checksum = 0;
  for (let m = 0; m < M; m++) {
    const row = m * P;
    let unserved = 0;
    let attraction = 0;
    for (let p = 0; p < P; p++) {
      unserved += allocated[row + p]! - served[row + p]!;
      if (k.spare[p]! > 0) attraction += target[row + p]!;
    }
    let total = 0;
    for (let p = 0; p < P; p++) {
      if (attraction > 0 && k.spare[p]! > 0) {
        const got = Math.min((SPILL * unserved * target[row + p]!) / attraction, k.spare[p]!);
        served[row + p]! += got;
        k.spare[p]! -= got;
      }
      total += served[row + p]!;
    }
    // Served shares are next quarter's starting point, as in the engine.
    for (let p = 0; p < P; p++) share[row + p] = total > 0 ? served[row + p]! / total : 1 / P;
    checksum += total;
  }
  return checksum;
}
