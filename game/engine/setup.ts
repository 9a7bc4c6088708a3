// newGame: the state at the scenario's origin, made an exact logit equilibrium by Berry
// inversion (MODEL.md §2.13 step 2), then played forward by every provider's scenario policy
// up to the quarter before the players' first decision.

import { log, pow } from './portable-math.ts';
import { gpuIntensity, indexOf, marketOf } from './indices.ts';
import { seedRng } from './rng.ts';
import type { GameState, MarketState, ProviderQuarter, ProviderState, Scenario } from './types.ts';
import { LINES } from './types.ts';
import { updateShares } from './choice.ts';
import { C_CONSTANT, totalUtility, utilityComponents } from './utility.ts';
import { worldAt } from './world.ts';

export interface NewGameOptions {
  seed: number;
  humans: string[];
}

const SHARE_FLOOR = 1e-6;
const LEARNING_HISTORY_QUARTERS = 20;

/** Volume each provider serves per line at the origin (RSU; tokens start at zero). */
export function originVolumes(scenario: Scenario): number[][] {
  return scenario.providers.map((p) =>
    LINES.map((line, k) => {
      if (line === 'T' || !p.iaas) return 0;
      let volume = 0;
      for (const seg of scenario.segments)
        volume +=
          ((seg.shares0[p.id] ?? 0) / 100) *
          ((seg.weight0 * scenario.market.size0 * scenario.lines[line].spendSplit) /
            scenario.lines[line].refStart);
      void k;
      return volume;
    }),
  );
}

const learningCache = new WeakMap<Scenario, number[][]>();

/** Cumulative volume that sets unit costs at the origin (the learning curve's X0). */
export function learningBase(scenario: Scenario): number[][] {
  const cached = learningCache.get(scenario);
  if (cached) return cached;
  const base = originVolumes(scenario).map((row) =>
    row.map((v) => Math.max(1, v * LEARNING_HISTORY_QUARTERS)),
  );
  learningCache.set(scenario, base);
  return base;
}

const originLevelCache = new WeakMap<Scenario, { ecosystemSpend: number; network: number }[]>();

/** Ecosystem spending and complementor base each provider had at the origin. */
export function originStockLevels(
  scenario: Scenario,
): { ecosystemSpend: number; network: number }[] {
  const cached = originLevelCache.get(scenario);
  if (cached) return cached;
  const origin = originState(scenario, { seed: 0, humans: [] });
  const levels = origin.providers.map((p) => ({
    ecosystemSpend: p.spend.ecosystem,
    network: p.last.network,
  }));
  originLevelCache.set(scenario, levels);
  return levels;
}

function emptyQuarter(): ProviderQuarter {
  return {
    revenue: 0,
    iaasRevenue: 0,
    tokenRevenue: 0,
    ebita: 0,
    iaasShare: 0,
    iaasShareChange: 0,
    tokenShare: 0,
    gpuUtilisation: 0.7,
    cpuUtilisation: 0.7,
    gpuNeed: 0,
    cpuNeed: 0,
    gpuNeedGrowth: 0.04,
    cpuNeedGrowth: 0.04,
    unitCost: [0, 0, 0],
    served: [0, 0, 0],
    network: 0,
  };
}

const originCache = new WeakMap<Scenario, GameState>();

/** A deep copy of plain data (arrays, objects, numbers, strings, booleans). */
function copyPlain<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyPlain) as T;
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) copy[key] = copyPlain(v);
  return copy as T;
}

/**
 * The origin of a new game. Only the generator and the humans differ between games of one
 * scenario, so the origin (whose Berry inversion costs as much as several quarters) is built
 * once per scenario and every game gets its own deep copy: games never share state.
 */
export function originState(scenario: Scenario, options: NewGameOptions): GameState {
  let origin = originCache.get(scenario);
  if (!origin) {
    origin = buildOrigin(scenario);
    originCache.set(scenario, origin);
  }
  return { ...copyPlain(origin), rng: seedRng(options.seed), humans: options.humans.slice() };
}

function buildOrigin(scenario: Scenario): GameState {
  const options: NewGameOptions = { seed: 0, humans: [] };
  const index = indexOf(scenario);
  const market = scenario.market;
  const volumes = originVolumes(scenario);
  const base = learningBase(scenario);
  const totalIaas = market.size0;
  const maxLead = 4;
  const providers: ProviderState[] = scenario.providers.map((spec, p) => {
    const iaasRevenue = LINES.reduce((s, line, k) => s + volumes[p]![k]! * spec.price0[line], 0);
    const revenue = iaasRevenue * (1 + spec.paasRatio0) + spec.projectRevenue0 + spec.otherRevenue0;
    const last = emptyQuarter();
    last.revenue = revenue;
    last.iaasRevenue = iaasRevenue;
    last.iaasShare = spec.iaas ? iaasRevenue / totalIaas : 0;
    last.served = volumes[p]!.slice();
    last.unitCost = LINES.map((line) =>
      line === 'T'
        ? scenario.lines.T.unitCost0
        : scenario.lines[line].unitCost0 * scenario.lines[line].refStart,
    ).map((c) => c * spec.costFactor);
    last.ebita = 0.08 * revenue;
    last.network = scenario.segments.reduce(
      (sum, seg, s) =>
        sum +
        gpuIntensity(scenario, s, 0) *
          ((seg.shares0[spec.id] ?? 0) / 100) *
          ((seg.weight0 * market.size0 * scenario.lines.C.spendSplit) / scenario.lines.C.refStart),
      0,
    );
    return {
      price: LINES.map((line) => spec.price0[line]),
      priceChange: [0, 0, 0],
      cutHistory: [],
      gpu: spec.gpu0,
      cpu: spec.cpu0,
      gpuPipeline: new Array<number>(maxLead).fill(0),
      cpuPipeline: new Array<number>(maxLead).fill(0),
      gpuBook: spec.gpu0 * market.gpuUnitCost,
      cpuBook: spec.cpu0 * market.cpuUnitCost,
      quality: spec.quality0,
      ecosystem: spec.ecosystem0,
      trust: spec.trust0,
      integration: 1,
      cumVolume: base[p]!.slice(),
      throughput: spec.tokenThroughput0,
      cash: spec.cash0,
      debt: spec.debt0,
      receivables:
        (spec.projectRevenue0 * market.dsoProjects) / 90 +
        ((revenue - spec.projectRevenue0) * market.dsoPublic) / 90,
      credits: new Array<number>(market.creditExpiry).fill(0),
      stake: 0,
      trainShare: spec.policy.trainShare,
      openSourceCooldown: 0,
      openSourced: false,
      spend: {
        rnd: spec.policy.rndShare * revenue,
        ecosystem: spec.policy.ecosystemShare * revenue,
        security: spec.policy.securityShare * revenue,
        creditsGranted: 0,
      },
      ebitdaHistory: [0.1, 0.1, 0.1, 0.1].map((f) => f * revenue),
      tokenLosses: 0,
      cumEbita: 0,
      cumFcf: 0,
      cumInjection: 0,
      last,
    };
  });

  const markets: MarketState[] = [];
  for (let s = 0; s < index.segmentCount; s++) {
    const seg = scenario.segments[s]!;
    for (let k = 0; k < LINES.length; k++) {
      const line = LINES[k]!;
      const spendRef =
        line === 'T' ? 0 : market.size0 * seg.weight0 * scenario.lines[line].spendSplit;
      const share = scenario.providers.map((p) =>
        line === 'T' || !index.sells[k]![scenario.providers.indexOf(p)]
          ? 0
          : (seg.shares0[p.id] ?? 0) / 100,
      );
      markets.push({
        share,
        demand: spendRef / scenario.lines[line].refStart,
        underlying: spendRef / scenario.lines[line].refStart,
        servedTotal: spendRef / scenario.lines[line].refStart,
        spendRef,
        shortfall: new Array<number>(index.providerCount).fill(0),
        utility: [],
      });
    }
  }

  const state: GameState = {
    scenarioId: scenario.id,
    t: 0,
    rng: seedRng(options.seed),
    humans: options.humans.slice(),
    providers,
    markets,
    draws: [],
    choices: [],
    constants: markets.map(() => new Array<number>(index.providerCount).fill(0)),
    openModelFloor: 0,
  };
  invertConstants(scenario, state);
  return state;
}

/** Sets A so that every origin market's logit target equals its observed shares. */
function invertConstants(scenario: Scenario, state: GameState): void {
  const index = indexOf(scenario);
  const world = worldAt(scenario, [], 0);
  const inputs = {
    prices: state.providers.map((p) => p.price),
    network: state.providers.map((p) => p.last.network),
    openModelFloor: 0,
  };
  for (let s = 0; s < index.segmentCount; s++) {
    const brand: number[] = new Array<number>(index.providerCount).fill(0);
    for (let k = 0; k < LINES.length; k++) {
      const m = marketOf(s, k);
      const components = utilityComponents(scenario, state, world, inputs, s, k);
      components[C_CONSTANT] = components[C_CONSTANT]!.map(() => 0);
      const rest = totalUtility(components);
      const sellers = index.sells[k]!;
      const row = state.constants[m]!;
      if (k < 2) {
        const observed = state.markets[m]!.share.map((v) => Math.max(v, SHARE_FLOOR));
        for (let p = 0; p < index.providerCount; p++)
          if (sellers[p]) row[p] = log(observed[p]!) - rest[p]!;
        makeStationary(scenario, s, k, row, rest, sellers, state.markets[m]!.share);
        if (k === 0) for (let p = 0; p < index.providerCount; p++) brand[p] = row[p]!;
      } else {
        // Token markets have no observed origin shares: IaaS providers carry their compute
        // brand constant over; token-only labs get the mean of the others (no brand edge).
        let mean = 0;
        let count = 0;
        for (let p = 0; p < index.providerCount; p++)
          if (sellers[p] && index.iaas[p]) {
            mean += brand[p]!;
            count++;
          }
        mean = count > 0 ? mean / count : 0;
        for (let p = 0; p < index.providerCount; p++)
          if (sellers[p]) row[p] = index.iaas[p] ? brand[p]! : mean;
      }
    }
  }
  for (let s = 0; s < index.segmentCount; s++)
    for (let k = 0; k < LINES.length; k++) {
      const m = marketOf(s, k);
      state.markets[m]!.utility = utilityComponents(
        scenario,
        state,
        world,
        {
          prices: state.providers.map((p) => p.price),
          network: state.providers.map((p) => p.last.network),
          openModelFloor: 0,
        },
        s,
        k,
      );
    }
}

/**
 * With switching costs the share rule's resting point is not the logit target itself: large
 * incumbents keep more of their churners. Plain Berry inversion (σ = s) would therefore make
 * shares drift on their own from the first quarter. A BLP-style contraction on the constants
 * makes the observed origin shares a fixed point of one quarter of the full rule instead, at
 * the first quarter's contestable rate, so nothing moves unless something changes.
 */
function makeStationary(
  scenario: Scenario,
  segment: number,
  line: number,
  constants: number[],
  rest: readonly number[],
  sellers: readonly boolean[],
  observed: readonly number[],
): void {
  const seg = scenario.segments[segment]!;
  const spec = scenario.lines[LINES[line]!];
  const growthYear = seg.growth[0]?.rate ?? 0;
  const volumeGrowth = pow(1 + growthYear, 0.25) / pow(1 - spec.refDeclinePerYear, 0.25) - 1;
  const g = Math.max(0, volumeGrowth);
  const contestable = (seg.contestable * g) / (1 + g);
  const churn = Math.min(0.8, seg.churn * spec.chiMult);
  const switchingCost = seg.switchingCost * spec.switchingMult;
  for (let iteration = 0; iteration < 500; iteration++) {
    const utility = constants.map((a, p) => a + rest[p]!);
    const next = updateShares(utility, sellers, observed, churn, switchingCost, contestable).share;
    let worst = 0;
    for (let p = 0; p < constants.length; p++) {
      if (!sellers[p] || observed[p]! <= SHARE_FLOOR) continue;
      const step = log(observed[p]!) - log(next[p]!);
      constants[p] = constants[p]! + step;
      worst = Math.max(worst, Math.abs(step));
    }
    if (worst < 1e-13) break;
  }
}
