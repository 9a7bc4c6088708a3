// The bench kernel's data (kernel.ts says what it computes): every figure of a quarter in
// preallocated typed arrays, filled with deterministic pseudo-random numbers in the ranges the
// China scenarios use, so that every run times the same arithmetic. Layouts: [market][provider]
// rows are m * P + p, [provider][line] rows are p * 3 + k, markets are m = 3 * segment + line.

/** Utility components the kernel sums per provider and market, as the engine's utility.ts. */
export const KERNEL_COMPONENTS = 11;
/** Of those, the ones that are scenario or event inputs (constant, events, two trends). */
const GIVEN_COMPONENTS = 4;
/** Quarters in a capacity pipeline (orders arrive after up to this many quarters). */
export const PIPELINE = 4;
export const LINES = 3;

export interface Searcher {
  provider: number;
  /** Prices tried per line: gridPoints² candidates (the engine's `lookahead`). */
  gridPoints: number;
}

export interface KernelShape {
  providers: number;
  segments: number;
  /** sells[k * P + p] = 1 when provider p sells line k (C, S, T). */
  sells: Uint8Array;
  /** Providers that search their own compute and storage prices one quarter ahead. */
  searchers: readonly Searcher[];
}

/** A quarter's provider figures that prices and stocks set: the quarter played, or a forecast. */
export interface Provisional {
  price: Float64Array; // [provider][line]
  lnPrice: Float64Array; // [line][provider]
  lnIntegration: Float64Array; // [provider]
  utility: Float64Array; // [market][provider] summed components
  startShare: Float64Array; // [market][provider]
  allocated: Float64Array; // [market][provider] volume before rationing
  target: Float64Array; // [market][provider] logit target
  served: Float64Array; // [market][provider] after rationing and spill
  shortfall: Float64Array; // [market][provider] unserved fraction
}

export interface KernelBuffers extends KernelShape {
  markets: number;
  // Markets and segments.
  given: Float64Array; // [market][given component][provider]
  beta: Float64Array; // [market]
  thetaQuality: Float64Array; // [market]
  churn: Float64Array; // [market]
  contestable: Float64Array; // [market]
  stay: Float64Array; // [market] exp(-switching cost)
  underlying: Float64Array; // [market] volume at the reference price
  reference: Float64Array; // [market] reference price of its line
  elasticity: Float64Array; // [market]
  theta: Float64Array; // [segment][ecosystem, network, trust, integration, stockout, drift]
  gamma: Float64Array; // [segment] GPU intensity of compute
  spill: Float64Array; // [segment]
  // Providers' state carried from quarter to quarter.
  listPrice: Float64Array; // [provider][line] last quarter's list price
  change: Float64Array; // [provider][line] this quarter's decided price change
  quality: Float64Array;
  ecosystem: Float64Array;
  trust: Float64Array;
  integration: Float64Array;
  network: Float64Array; // complementor base, RSU
  lnNetwork: Float64Array; // ln(1 + network / ref), this quarter
  gpu: Float64Array;
  cpu: Float64Array;
  gpuPipeline: Float64Array; // [provider][PIPELINE]
  cpuPipeline: Float64Array;
  trainShare: Float64Array;
  throughput: Float64Array;
  rnd: Float64Array;
  ecoSpend: Float64Array;
  security: Float64Array;
  gpuCapex: Float64Array;
  dcCapex: Float64Array;
  projectExit: Float64Array;
  cash: Float64Array;
  debt: Float64Array;
  gpuBook: Float64Array;
  cpuBook: Float64Array;
  receivables: Float64Array;
  ebitdaHistory: Float64Array; // [provider][4], oldest first
  cumVolume: Float64Array; // [provider][line]
  learningBase: Float64Array; // [provider][line]
  // Providers' constants (ProviderSpec) and their per-quarter factors.
  costFactor: Float64Array;
  ecosystem0: Float64Array;
  trustFloor: Float64Array;
  originEcoLog: Float64Array; // ln(1 + origin ecosystem spend / ref)
  originNetLog: Float64Array;
  residual: Float64Array; // drift residual per provider
  paasRatio0: Float64Array;
  paasGrowth: Float64Array;
  projectRevenue0: Float64Array;
  otherRevenue0: Float64Array;
  otherGrowth: Float64Array;
  fixedCost0: Float64Array;
  fixedGrowth: Float64Array;
  guarantee: Float64Array;
  interestRate: Float64Array;
  /** This quarter's money factors (pow of growth rates), worked out once per quarter. */
  paasFactor: Float64Array;
  otherRevenue: Float64Array;
  fixedCost: Float64Array;
  variableUnit: Float64Array; // [provider][line] variable cost per unit
  // The quarter played, and one forecast buffer reused by every searcher.
  now: Provisional;
  ahead: Provisional;
  // Scratch, reused.
  weight: Float64Array; // [provider]
  gpuNeed: Float64Array; // [market]
  cpuNeed: Float64Array;
  gpuAvail: Float64Array; // [provider]
  cpuAvail: Float64Array;
  gpuUsed: Float64Array;
  cpuUsed: Float64Array;
  gpuAsk: Float64Array;
  cpuAsk: Float64Array;
  offered: Float64Array; // [market][provider]
  unserved: Float64Array; // [market]
  ownBase: Float64Array; // [market] a searcher's utility without its price term
  /** Quarters played, so money factors can grow with time. */
  t: number;
  /** The work done so far, counted where it is done (kernel.test.ts compares it with the engine). */
  work: { logit: number; rationing: number; finance: number };
}

/** Deterministic pseudo-random fill, so every bench run times the same numbers. */
function filler(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 4294967296;
  };
}

function provisional(M: number, P: number): Provisional {
  const rows = () => new Float64Array(M * P);
  return {
    price: new Float64Array(P * LINES),
    lnPrice: new Float64Array(P * LINES),
    lnIntegration: new Float64Array(P),
    utility: rows(),
    startShare: rows(),
    allocated: rows(),
    target: rows(),
    served: rows(),
    shortfall: rows(),
  };
}

export function createKernel(shape: KernelShape, seed = 1): KernelBuffers {
  const { providers: P, segments: S, sells } = shape;
  const M = S * LINES;
  const r = filler(seed);
  const fill = (n: number, low: number, high: number) =>
    Float64Array.from({ length: n }, () => low + (high - low) * r());
  const now = provisional(M, P);
  const ahead = provisional(M, P);
  // Starting shares over the sellers of each market (equal weights if a line has none).
  for (let m = 0; m < M; m++) {
    const k = m % LINES;
    let total = 0;
    for (let p = 0; p < P; p++)
      if (sells[k * P + p]) total += now.startShare[m * P + p] = 0.2 + r();
    for (let p = 0; p < P; p++) if (total > 0) now.startShare[m * P + p]! /= total;
  }
  const underlying = fill(M, 1, 20);
  const gamma = fill(S, 0, 0.6);
  // Capacity around the average need, so that some providers ration and some have room.
  let gpuNeed = 0;
  let cpuNeed = 0;
  for (let m = 0; m < M; m++) {
    const k = m % LINES;
    const g = gamma[Math.floor(m / LINES)]!;
    if (k === 0) gpuNeed += (g * underlying[m]!) / GPU_RATE;
    if (k === 2) gpuNeed += underlying[m]! / 10;
    cpuNeed += k === 0 ? (1 - g) * underlying[m]! : k === 1 ? underlying[m]! : 0;
  }
  const gpu = fill(P, 0.3, 1.3).map((c) => (c * gpuNeed) / P);
  const cpu = fill(P, 0.6, 1.4).map((c) => (c * cpuNeed) / P);
  const listPrice = fill(P * LINES, 0.6, 1.4);
  for (let p = 0; p < P; p++) listPrice[p * LINES + 2] = 2 + 18 * r();
  return {
    ...shape,
    markets: M,
    given: fill(M * GIVEN_COMPONENTS * P, -0.5, 0.5),
    beta: fill(M, -4, -1.5),
    thetaQuality: fill(M, 0, 0.02),
    churn: fill(M, 0.05, 0.2),
    contestable: fill(M, 0.02, 0.1),
    stay: fill(M, 0.2, 0.6),
    underlying,
    reference: Float64Array.from({ length: M }, (_, m) => (m % LINES === 2 ? 10 : 1)),
    elasticity: fill(M, -1.2, -0.3),
    theta: fill(S * 6, 0, 0.02),
    gamma,
    spill: fill(S, 0.3, 0.7),
    listPrice,
    change: fill(P * LINES, -0.05, 0.02),
    quality: fill(P, 20, 80),
    ecosystem: fill(P, 20, 80),
    trust: fill(P, 40, 90),
    integration: fill(P, 0.5, 1.5),
    network: fill(P, 0.1, 5),
    lnNetwork: new Float64Array(P),
    gpu,
    cpu,
    gpuPipeline: Float64Array.from({ length: P * PIPELINE }, (_, i) =>
      i % PIPELINE === 0 ? gpu[Math.floor(i / PIPELINE)]! * GPU_DECAY : 0,
    ),
    cpuPipeline: Float64Array.from({ length: P * PIPELINE }, (_, i) =>
      i % PIPELINE === 1 ? cpu[Math.floor(i / PIPELINE)]! * CPU_DECAY : 0,
    ),
    trainShare: fill(P, 0, 0.3),
    throughput: fill(P, 5, 15),
    rnd: fill(P, 0.1, 3),
    ecoSpend: fill(P, 0.05, 1),
    security: fill(P, 0.05, 0.5),
    gpuCapex: Float64Array.from(gpu, (g) => g * GPU_DECAY * GPU_UNIT_COST),
    dcCapex: Float64Array.from(cpu, (c) => c * CPU_DECAY * CPU_UNIT_COST),
    projectExit: fill(P, 0, 0.02),
    cash: fill(P, 2, 60),
    debt: fill(P, 0, 5),
    gpuBook: fill(P, 1, 30),
    cpuBook: fill(P, 1, 30),
    receivables: fill(P, 0.5, 5),
    ebitdaHistory: fill(P * 4, -1, 3),
    cumVolume: fill(P * LINES, 10, 100),
    learningBase: fill(P * LINES, 5, 10),
    costFactor: fill(P, 0.8, 1.2),
    ecosystem0: fill(P, 20, 80),
    trustFloor: fill(P, 20, 50),
    originEcoLog: fill(P, 0, 1),
    originNetLog: fill(P, 0, 1),
    residual: fill(P, -0.05, 0.05),
    paasRatio0: fill(P, 0.1, 0.4),
    paasGrowth: fill(P, 0, 0.03),
    projectRevenue0: fill(P, 0, 3),
    otherRevenue0: fill(P, 0, 2),
    otherGrowth: fill(P, 0, 0.1),
    fixedCost0: fill(P, 0.05, 1),
    fixedGrowth: fill(P, 0, 0.08),
    guarantee: fill(P, 2, 50),
    interestRate: fill(P, 0.03, 0.08),
    paasFactor: new Float64Array(P),
    otherRevenue: new Float64Array(P),
    fixedCost: new Float64Array(P),
    variableUnit: new Float64Array(P * LINES),
    now,
    ahead,
    weight: new Float64Array(P),
    gpuNeed: new Float64Array(M),
    cpuNeed: new Float64Array(M),
    gpuAvail: new Float64Array(P),
    cpuAvail: new Float64Array(P),
    gpuUsed: new Float64Array(P),
    cpuUsed: new Float64Array(P),
    gpuAsk: new Float64Array(P),
    cpuAsk: new Float64Array(P),
    offered: new Float64Array(M * P),
    unserved: new Float64Array(M),
    ownBase: new Float64Array(M),
    t: 0,
    work: { logit: 0, rationing: 0, finance: 0 },
  };
}

// Market constants the engine reads from scenario.market (values of the China scenarios).
export const GPU_RATE = 0.026;
export const GPU_DECAY = 0.05;
export const CPU_DECAY = 0.03;
export const GPU_UNIT_COST = 1.5;
export const CPU_UNIT_COST = 0.8;
export const MAX_UTILISATION = 0.85;
export const MIN_CASH = 1;
export const DEBT_CAP_MULTIPLE = 3;
export const TAX_RATE = 0.15;
export const INTEREST_QUARTERS = 4;
