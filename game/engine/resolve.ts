// resolveQuarter: the fixed turn pipeline of MODEL.md §2.5. Every provider's decision for
// quarter t is collected first (rivals decide from the state of t-1 only), then the world
// moves in one pass over providers, segments and lines in their declared order.

import { tOf } from './calendar.ts';
import { needFor, rationFractions } from './capacity.ts';
import { settleFinance } from './finance.ts';
import type { Finance } from './finance.ts';
import { gpuIntensity, indexOf, marketOf } from './indices.ts';
import { POLICIES, viewFor } from './policies/index.ts';
import type { MarketReport, ProviderReport, QuarterReport } from './report.ts';
import { nextRandom } from './rng.ts';
import { revenueShares } from './segment-share.ts';
import { learningBase, originStockLevels } from './setup.ts';
import { updateStocks } from './stocks.ts';
import type {
  Decision,
  GameState,
  MarketState,
  ProviderState,
  RandomDraw,
  Scenario,
  Text,
} from './types.ts';
import { LINES } from './types.ts';
import { updateShares } from './choice.ts';
import { fitToMeans } from './affordability.ts';
import { totalUtility, utilityComponents } from './utility.ts';
import { validateDecision } from './validate.ts';
import { effectProvider, worldAt } from './world.ts';
import type { World } from './world.ts';

/** CNY 1B spent at CNY 1 per million tokens buys 1,000 trillion tokens (the T-line unit). */
const TOKENS_PER_CNY_B_AT_UNIT_PRICE = 1000;
const MAX_THROUGHPUT_GAIN = 100;

export class EngineError extends Error {
  constructor(
    message: string,
    readonly details: unknown = undefined,
  ) {
    super(message);
    this.name = 'EngineError';
  }
}

export interface Resolution {
  state: GameState;
  report: QuarterReport;
}

function drawRandomEvents(
  scenario: Scenario,
  state: GameState,
  t: number,
): { draws: RandomDraw[]; rng: number[] } {
  const deck = scenario.randomEvents;
  let rng = state.rng;
  const draws = state.draws.slice();
  // Random cards are dealt only in quarters the players decide, never in the history before.
  if (!deck.enabled || deck.cards.length === 0 || t < tOf(scenario.origin, scenario.start))
    return { draws, rng };
  const roll = nextRandom(rng);
  rng = roll.state;
  if (roll.value >= deck.perQuarter) return { draws, rng };
  const pick = nextRandom(rng);
  rng = pick.state;
  let totalWeight = 0;
  for (const card of deck.cards) totalWeight += card.weight;
  let at = pick.value * totalWeight;
  let chosen = deck.cards[deck.cards.length - 1]!;
  for (const card of deck.cards) {
    if (at < card.weight) {
      chosen = card;
      break;
    }
    at -= card.weight;
  }
  const candidates = scenario.providers.filter((p) => p.iaas);
  const who = nextRandom(rng);
  rng = who.state;
  const provider =
    candidates[Math.min(candidates.length - 1, Math.floor(who.value * candidates.length))]!;
  draws.push({ t, card: chosen.id, provider: provider.id });
  return { draws, rng };
}

interface Collected {
  decisions: Decision[];
  reasons: (Text | undefined)[];
  controllers: ('human' | 'policy')[];
}

function collectDecisions(
  scenario: Scenario,
  state: GameState,
  world: World,
  submitted: Readonly<Record<string, Decision>>,
): Collected {
  const decisions: Decision[] = [];
  const reasons: (Text | undefined)[] = [];
  const controllers: ('human' | 'policy')[] = [];
  scenario.providers.forEach((spec, p) => {
    const given = submitted[spec.id];
    if (given) {
      const checked = validateDecision(scenario, state, spec.id, given);
      if (!checked.ok)
        throw new EngineError(
          `invalid decision for ${spec.id}: ${checked.errors.map((e) => e.message).join('; ')}`,
          checked.errors,
        );
      decisions.push(checked.decision);
      reasons.push(undefined);
      controllers.push('human');
      return;
    }
    const choice = POLICIES[spec.policy.kind](viewFor(scenario, state, world, p));
    decisions.push(fitToMeans(scenario, state, p, choice.decision));
    reasons.push(choice.reason);
    controllers.push('policy');
  });
  return { decisions, reasons, controllers };
}

function gpuPrice(scenario: Scenario, world: World, supply: 'nvidia' | 'domestic'): number {
  return (
    scenario.market.gpuUnitCost *
    Math.pow(1 + scenario.market.gpuCostTrendPerYear, world.t / 4) *
    world.gpuCostMultiplier[supply]
  );
}

export function resolveQuarter(
  scenario: Scenario,
  state: GameState,
  submitted: Readonly<Record<string, Decision>> = {},
): Resolution {
  const index = indexOf(scenario);
  const P = index.providerCount;
  const t = state.t + 1;
  const spec = scenario.market;
  const random = drawRandomEvents(scenario, state, t);
  const world = worldAt(scenario, random.draws, t);
  const collected = collectDecisions(scenario, state, world, submitted);
  const { decisions } = collected;
  const base = learningBase(scenario);
  const originLevels = originStockLevels(scenario);
  // Servers and their running costs get cheaper per unit of service as the compute reference
  // price falls (the hedonic deflation of cloud prices is largely hardware progress).
  const cpuCostIndex = world.referencePrice[0]! / scenario.lines.C.refStart;

  // One-off events of this quarter.
  const trustShock = new Array<number>(P).fill(0);
  let impairment = 0;
  const anchorLoss: { p: number; s: number; fraction: number; to: number | undefined }[] = [];
  for (const fired of world.fired)
    for (const effect of fired.effects) {
      if (effect.kind === 'trust') {
        const p = index.providerIndex.get(effectProvider(effect.provider, fired.provider));
        if (p !== undefined) trustShock[p]! += effect.delta;
      } else if (effect.kind === 'impairment')
        impairment = 1 - (1 - impairment) * (1 - effect.fraction);
      else if (effect.kind === 'anchor-loss') {
        const p = index.providerIndex.get(effectProvider(effect.provider, fired.provider));
        const s = index.segmentIndex.get(effect.segment);
        const to =
          effect.to === undefined
            ? undefined
            : index.providerIndex.get(effectProvider(effect.to, fired.provider));
        if (p !== undefined && s !== undefined)
          anchorLoss.push({ p, s, fraction: effect.fraction, to });
      }
    }

  // Capacity arrivals, decay and new orders; attribute stocks; prices.
  const providers: ProviderState[] = state.providers.map((prev, p) => {
    const pSpec = scenario.providers[p]!;
    const d = decisions[p]!;
    const gpuPipeline = [...prev.gpuPipeline.slice(1), 0];
    const cpuPipeline = [...prev.cpuPipeline.slice(1), 0];
    const gpuOrdered = d.gpuCapex / gpuPrice(scenario, world, pSpec.gpuSupply);
    gpuPipeline[Math.max(0, Math.min(gpuPipeline.length, world.gpuLead) - 1)]! += gpuOrdered;
    cpuPipeline[Math.max(0, Math.min(cpuPipeline.length, spec.cpuLead) - 1)]! +=
      d.dcCapex / (spec.cpuUnitCost * cpuCostIndex);
    const stocks = updateStocks(
      spec,
      pSpec,
      prev,
      world,
      prev.last.network,
      originLevels[p]!,
      d.projectExit,
      trustShock[p]!,
    );
    return {
      ...prev,
      price: prev.price.map((price, k) => price * (1 + d.price[LINES[k]!])),
      priceChange: LINES.map((line) => d.price[line]),
      gpu: prev.gpu * (1 - spec.gpuDecay) + prev.gpuPipeline[0]!,
      cpu: prev.cpu * (1 - spec.cpuDecay) + prev.cpuPipeline[0]!,
      gpuPipeline,
      cpuPipeline,
      quality: stocks.quality,
      ecosystem: stocks.ecosystem,
      trust: stocks.trust,
      integration: stocks.integration,
      trainShare: d.trainShare,
      openSourceCooldown: d.openSource ? 2 : Math.max(0, prev.openSourceCooldown - 1),
      openSourced: d.openSource,
    };
  });
  let openModelFloor = state.openModelFloor;
  providers.forEach((p) => {
    if (p.openSourced) openModelFloor = Math.max(openModelFloor, p.quality);
  });

  const provisional: GameState = { ...state, t, providers, openModelFloor };
  const prices = providers.map((p) => p.price);
  const inputs = { prices, network: state.providers.map((p) => p.last.network), openModelFloor };

  // Demand, choice and allocation per market.
  const markets: MarketState[] = [];
  const reports: MarketReport[] = [];
  const allocated: number[][] = []; // [market][provider] volume
  const targets: number[][] = [];
  for (let s = 0; s < index.segmentCount; s++) {
    const seg = scenario.segments[s]!;
    const yearRate = growthRate(seg.growth, world.year) * world.growthMultiplier[s]!;
    for (let k = 0; k < LINES.length; k++) {
      const m = marketOf(s, k);
      const prevMarket = state.markets[m]!;
      const line = scenario.lines[LINES[k]!];
      const active = index.sells[k]!.map((sells) => sells && (k < 2 || world.tokenOpen));
      let startShare = prevMarket.share.slice();
      let spendRef =
        k === 2
          ? world.tokenSpend * seg.tokenWeight
          : prevMarket.spendRef * Math.pow(1 + yearRate, 0.25);
      for (const loss of anchorLoss)
        if (loss.s === s && k < 2) {
          const moved = loss.fraction * startShare[loss.p]!;
          if (loss.to !== undefined && active[loss.to]) {
            // The customer's workloads move to the recipient: shares shift, the market stays.
            startShare = startShare.map((v, p) =>
              p === loss.p ? v - moved : p === loss.to ? v + moved : v,
            );
          } else {
            // In-sourced: the workloads leave the public-cloud market altogether.
            spendRef *= 1 - moved;
            startShare = startShare.map((v, p) => (p === loss.p ? v - moved : v) / (1 - moved));
          }
        }
      const reference = world.referencePrice[k]!;
      const weights = sumOf(startShare) > 0 ? startShare : active.map((a) => (a ? 1 : 0));
      const weightTotal = sumOf(weights);
      let averagePrice = 0;
      for (let p = 0; p < P; p++)
        if (active[p]) averagePrice += (weights[p]! / weightTotal) * prices[p]![k]!;
      const spendLevel = spendRef * world.demandMultiplier[s]![k]!;
      const anyActive = active.some(Boolean);
      const demand =
        anyActive && spendLevel > 0
          ? ((spendLevel * (k === 2 ? TOKENS_PER_CNY_B_AT_UNIT_PRICE : 1)) / reference) *
            Math.pow(averagePrice / reference, seg.elasticity[LINES[k]!])
          : 0;
      // Contestable new demand comes from the market's underlying growth (volume at reference
      // prices), not from volume that this quarter's prices call forth: otherwise a provider's
      // own price cut could reshuffle the locked-in base against it.
      const underlying =
        anyActive && spendLevel > 0
          ? (spendLevel * (k === 2 ? TOKENS_PER_CNY_B_AT_UNIT_PRICE : 1)) / reference
          : 0;
      const growth =
        prevMarket.underlying > 0 ? Math.max(0, underlying / prevMarket.underlying - 1) : 1;
      const contestable = prevMarket.underlying > 0 ? (seg.contestable * growth) / (1 + growth) : 1;
      const churn = Math.min(0.8, seg.churn * line.chiMult);
      const switchingCost = seg.switchingCost * line.switchingMult;
      const utility = utilityComponents(scenario, provisional, world, inputs, s, k);
      const update = updateShares(
        totalUtility(utility),
        active,
        startShare,
        churn,
        switchingCost,
        contestable,
      );
      targets.push(update.target);
      allocated.push(update.share.map((share) => share * demand));
      reports.push({
        segment: seg.id,
        line: k,
        demand,
        previousDemand: prevMarket.demand,
        previousServedTotal: prevMarket.servedTotal,
        contestable,
        churn,
        beta: seg.beta * line.betaMult,
        referenceChange: world.referencePrice[k]! / world.previousReferencePrice[k]!,
        switchingCost,
        active,
        previous: prevMarket.share.slice(),
        start: startShare,
        target: update.target,
        allocatedShare: update.share,
        served: [],
        share: [],
        shortfall: [],
        spilledIn: [],
        lost: 0,
        prices: prices.map((row) => row[k]!),
        previousPrices: state.providers.map((p) => p.price[k]!),
        utility,
        trustShockUtility: trustShock.map((shock) => seg.theta.trust * shock),
        previousUtility: prevMarket.utility,
        spend: 0,
      });
      markets.push({
        share: [],
        demand,
        underlying,
        servedTotal: 0,
        spendRef,
        shortfall: [],
        utility,
      });
    }
  }

  // Capacity rationing with spill-over.
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

  // Finish markets: served shares become next quarter's starting point.
  for (let m = 0; m < markets.length; m++) {
    const market = markets[m]!;
    const total = sumOf(served[m]!);
    market.servedTotal = total;
    market.share =
      total > 0 ? served[m]!.map((v) => v / total) : reports[m]!.allocatedShare.slice();
    market.shortfall = shortfall[m]!;
    const r = reports[m]!;
    r.served = served[m]!;
    r.share = market.share;
    r.shortfall = shortfall[m]!;
    r.spilledIn = spilledIn[m]!;
    r.lost = lost[m]!;
    const k = m % 3;
    let spend = 0;
    for (let p = 0; p < P; p++) spend += (prices[p]![k]! * served[m]![p]!) / (k === 2 ? 1000 : 1);
    r.spend = spend;
  }

  // Revenue, costs, finance and bookkeeping per provider.
  const servedByLine = providers.map(() => [0, 0, 0]);
  const cpuServedCompute = new Array<number>(P).fill(0);
  const network = new Array<number>(P).fill(0);
  const startupRevenue = new Array<number>(P).fill(0);
  const aiSegment = index.segmentIndex.get('AIS');
  for (let m = 0; m < markets.length; m++) {
    const s = Math.floor(m / 3);
    const k = m % 3;
    for (let p = 0; p < P; p++) {
      const q = served[m]![p]!;
      servedByLine[p]![k]! += q;
      if (k === 0) cpuServedCompute[p]! += (1 - gamma[s]!) * q;
      if (k === 0) network[p]! += gamma[s]! * q;
      if (k === 2) network[p]! += q / 1000;
      if (k === 0 && s === aiSegment) startupRevenue[p]! += q * prices[p]![0]!;
    }
  }
  // Totals are sums of the providers' own revenues, computed exactly as each provider's, so a
  // share can never round above 1.
  let iaasTotal = 0;
  let tokenTotal = 0;
  for (let p = 0; p < P; p++) {
    if (index.iaas[p])
      iaasTotal += servedByLine[p]![0]! * prices[p]![0]! + servedByLine[p]![1]! * prices[p]![1]!;
    tokenTotal += (servedByLine[p]![2]! * prices[p]![2]!) / 1000;
  }
  const finances: Finance[] = [];
  const finalProviders: ProviderState[] = providers.map((ps, p) => {
    const pSpec = scenario.providers[p]!;
    const d = decisions[p]!;
    const learning = LINES.map((line, k) =>
      Math.pow(ps.cumVolume[k]! / base[p]![k]!, -scenario.lines[line].learning),
    );
    // Variable costs of C and S follow each line's reference path (hardware progress) and the
    // provider's own learning curve; GPU-served compute costs only its capacity.
    const variableUnit = LINES.map(
      (line, k) =>
        scenario.lines[line].unitCost0 *
        (k < 2 ? world.referencePrice[k]! : 1) *
        pSpec.costFactor *
        learning[k]!,
    );
    const iaasRevenue =
      servedByLine[p]![0]! * prices[p]![0]! + servedByLine[p]![1]! * prices[p]![1]!;
    const tokenRevenue = (servedByLine[p]![2]! * prices[p]![2]!) / 1000;
    const variableCost =
      cpuServedCompute[p]! * variableUnit[0]! +
      servedByLine[p]![1]! * variableUnit[1]! +
      (servedByLine[p]![2]! * variableUnit[2]!) / 1000;
    const sellsTokens = index.sells[2]![p]! && world.tokenOpen;
    const finance = settleFinance({
      market: spec,
      spec: pSpec,
      prev: ps,
      t,
      paasQuarters: Math.max(0, t - tOf(scenario.origin, pSpec.paasGrowthFrom)),
      iaasRevenue,
      tokenRevenue,
      variableCost,
      startupRevenue: startupRevenue[p]!,
      creditBurn: world.creditBurnMultiplier,
      complianceCost: sellsTokens ? world.complianceCost : 0,
      impairmentFraction: impairment,
      integration: ps.integration,
      gpu: ps.gpu,
      cpu: ps.cpu,
      cpuCostIndex,
      decision: d,
    });
    finances.push(finance);
    const gpuCapacityCost = spec.gpuOpsCost * ps.gpu + ps.gpuBook * spec.gpuDecay;
    const cpuCapacityCost = spec.cpuOpsCost * ps.cpu * cpuCostIndex + ps.cpuBook * spec.cpuDecay;
    const perGpu = gpuCapacityCost / Math.max(gpuUsed[p]!, 1e-6);
    const perCpu = cpuCapacityCost / Math.max(cpuUsed[p]!, 1e-6);
    const unitCost = [
      variableUnit[0]! + Math.min(perCpu, 10 * variableUnit[0]!),
      variableUnit[1]! + Math.min(perCpu, 10 * variableUnit[1]!),
      variableUnit[2]! + Math.min((perGpu / Math.max(throughput[p]!, 1e-9)) * 1000, 1e4),
    ];
    const tokenOperatingLoss = Math.max(
      0,
      (servedByLine[p]![2]! * (unitCost[2]! - prices[p]![2]!)) / 1000,
    );
    return {
      ...ps,
      cumVolume: ps.cumVolume.map((x, k) => x + servedByLine[p]![k]!),
      // R&D raises tokens per GPU, up to 100 times the provider's starting efficiency.
      throughput: Math.min(
        ps.throughput * (1 + 0.02 * Math.log(1 + d.rnd / spec.stocks.rndRef)),
        MAX_THROUGHPUT_GAIN * pSpec.tokenThroughput0,
      ),
      cash: finance.cash,
      debt: finance.debt,
      receivables: finance.receivables,
      credits: finance.credits,
      stake: finance.stake,
      gpuBook: finance.gpuBook,
      cpuBook: finance.cpuBook,
      spend: {
        rnd: d.rnd,
        ecosystem: d.ecosystem,
        security: d.security,
        creditsGranted: d.creditDeal.amount * d.creditDeal.creditFraction,
      },
      ebitdaHistory: [...ps.ebitdaHistory.slice(-3), finance.ebita + finance.depreciation],
      tokenLosses: ps.tokenLosses + tokenOperatingLoss,
      cumEbita: ps.cumEbita + finance.ebita,
      cumFcf: ps.cumFcf + finance.fcf,
      cumInjection: ps.cumInjection + finance.injection,
      last: {
        revenue: finance.revenue,
        iaasRevenue,
        tokenRevenue,
        ebita: finance.ebita,
        iaasShare: pSpec.iaas && iaasTotal > 0 ? iaasRevenue / iaasTotal : 0,
        iaasShareChange:
          (pSpec.iaas && iaasTotal > 0 ? iaasRevenue / iaasTotal : 0) - ps.last.iaasShare,
        tokenShare: tokenTotal > 0 ? tokenRevenue / tokenTotal : 0,
        gpuUtilisation: gpuAvail[p]! > 0 ? gpuUsed[p]! / gpuAvail[p]! : 0,
        cpuUtilisation: cpuAvail[p]! > 0 ? cpuUsed[p]! / cpuAvail[p]! : 0,
        gpuNeed: gpuAsked[p]!,
        cpuNeed: cpuAsked[p]!,
        gpuNeedGrowth: ps.last.gpuNeed > 0 ? gpuAsked[p]! / ps.last.gpuNeed - 1 : 0.04,
        cpuNeedGrowth: ps.last.cpuNeed > 0 ? cpuAsked[p]! / ps.last.cpuNeed - 1 : 0.04,
        unitCost,
        served: servedByLine[p]!,
        network: network[p]!,
      },
    };
  });

  const nextState: GameState = {
    ...state,
    t,
    rng: random.rng,
    providers: finalProviders,
    markets,
    draws: random.draws,
    openModelFloor,
  };
  const segmentSpend = scenario.segments.map(
    (_, s) => reports[marketOf(s, 0)]!.spend + reports[marketOf(s, 1)]!.spend,
  );
  const previousSegmentSpend = scenario.segments.map((_, s) =>
    [0, 1].reduce((sum, k) => {
      const market = state.markets[marketOf(s, k)]!;
      let spend = 0;
      for (let p = 0; p < P; p++)
        spend += state.providers[p]!.price[k]! * market.share[p]! * market.servedTotal;
      return sum + spend;
    }, 0),
  );
  // Segment revenue shares of every provider, this quarter and last (one pass per segment).
  const linePrices = [0, 1].map((k) => prices.map((row) => row[k]!));
  const previousLinePrices = [0, 1].map((k) => state.providers.map((row) => row.price[k]!));
  const segmentShares = scenario.segments.map((_, s) =>
    revenueShares(
      [markets[marketOf(s, 0)]!.share, markets[marketOf(s, 1)]!.share],
      [markets[marketOf(s, 0)]!.servedTotal, markets[marketOf(s, 1)]!.servedTotal],
      linePrices,
    ),
  );
  const previousSegmentShares = scenario.segments.map((_, s) =>
    revenueShares(
      [state.markets[marketOf(s, 0)]!.share, state.markets[marketOf(s, 1)]!.share],
      [state.markets[marketOf(s, 0)]!.servedTotal, state.markets[marketOf(s, 1)]!.servedTotal],
      previousLinePrices,
    ),
  );
  const providerReports: ProviderReport[] = finalProviders.map((ps, p) => {
    const segmentShare = segmentShares.map((row) => row[p]!);
    const previousSegmentShare = previousSegmentShares.map((row) => row[p]!);
    return {
      id: scenario.providers[p]!.id,
      controller: collected.controllers[p]!,
      policy: scenario.providers[p]!.policy.kind,
      decision: decisions[p]!,
      reason: collected.reasons[p],
      finance: finances[p]!,
      iaasShare: ps.last.iaasShare,
      previousIaasShare: state.providers[p]!.last.iaasShare,
      tokenShare: ps.last.tokenShare,
      segmentShare,
      previousSegmentShare,
      quality: ps.quality,
      ecosystem: ps.ecosystem,
      trust: ps.trust,
      integration: ps.integration,
      gpu: ps.gpu,
      cpu: ps.cpu,
      gpuUtilisation: ps.last.gpuUtilisation,
      cpuUtilisation: ps.last.cpuUtilisation,
      unitCost: ps.last.unitCost,
      trustShock: trustShock[p]!,
    };
  });
  const report: QuarterReport = {
    t,
    quarter: world.label,
    events: world.fired,
    markets: reports,
    providers: providerReports,
    iaasSpend: iaasTotal,
    tokenSpend: tokenTotal,
    segmentSpend,
    previousSegmentSpend,
    referencePrice: world.referencePrice,
  };
  return { state: nextState, report };
}

function sumOf(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/** Growth rate for a calendar year: the latest listed year at or before it (else the first). */
export function growthRate(table: readonly { year: number; rate: number }[], year: number): number {
  let rate = table[0]?.rate ?? 0;
  for (const row of table) if (row.year <= year) rate = row.rate;
  return rate;
}
