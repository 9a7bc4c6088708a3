// Valid human decisions built from "genes": numbers in [0, 1] that say where, inside the bounds
// validateDecision applies this quarter, each field of the draft lies. Any genes give a draft
// the engine must accept, so fast-check can search decision sequences freely.

import fc from 'fast-check';
import type { Decision, GameState, Scenario } from '../../game/engine/index.ts';
import { gpuCapexLimit, LINES, spendingRoom, validateDecision } from '../../game/engine/index.ts';
import { indexOf } from '../../game/engine/indices.ts';
import { worldAt } from '../../game/engine/world.ts';

/** validateDecision's cap on any single spending field (CNY B), far above any real budget. */
export const MAX_SPEND = 1e5;

export interface Genes {
  /** Per line: 0 = the largest cut the bounds and the floor allow, 1 = the largest rise. */
  price: number[];
  /** GPU capex as a fraction of what suppliers will deliver. */
  gpu: number;
  /** Fraction of the spending room committed to data centres, R&D, ecosystem and security. */
  budget: number;
  /** Relative weights of dcCapex, rnd, ecosystem, security inside the budget. */
  split: number[];
  trainShare: number;
  /** Credit deal amount as a fraction of its cap (10 % of cash) and its credit fraction. */
  deal: number;
  creditFraction: number;
  /** 0 = rebuild projects as fast as allowed, 1 = exit as fast as allowed. */
  exit: number;
  openSource: boolean;
  /** Segments with a key below 0.5 are served first, in key order. */
  priority: number[];
}

/** Doubles in [0, 1] that hit both ends often: extremes are where bugs live. */
export const unit = (): fc.Arbitrary<number> =>
  fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom(0, 1) },
    { weight: 4, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) },
  );

export function genesArb(segments: number): fc.Arbitrary<Genes> {
  return fc.record({
    price: fc.array(unit(), { minLength: 3, maxLength: 3 }),
    gpu: unit(),
    budget: unit(),
    split: fc.array(unit(), { minLength: 4, maxLength: 4 }),
    trainShare: unit(),
    deal: unit(),
    creditFraction: unit(),
    exit: unit(),
    openSource: fc.boolean(),
    priority: fc.array(unit(), { minLength: segments, maxLength: segments }),
  });
}

/** Price change bounds of a line this quarter: [low, high], or undefined if not sold. */
export function priceBounds(
  scenario: Scenario,
  state: GameState,
  p: number,
  k: number,
): [number, number] | undefined {
  const world = worldAt(scenario, state.draws, state.t + 1);
  if (!indexOf(scenario).sells[k]![p]! || (k === 2 && !world.tokenOpen)) return undefined;
  const spec = scenario.lines[LINES[k]!];
  const price = state.providers[p]!.price[k]!;
  const floorChange = (spec.floor * world.referencePrice[k]!) / price - 1;
  return [Math.max(spec.maxCut, floorChange), spec.maxRise];
}

/** Project exit bounds this quarter (rate and integration floor/ceiling). */
export function exitBounds(scenario: Scenario, state: GameState, p: number): [number, number] {
  const j = state.providers[p]!.integration;
  const k = scenario.market.stocks;
  return [Math.max(-0.05, 1 - k.integrationMax / j), Math.min(0.5, 1 - k.integrationMin / j)];
}

/** The point at fraction g of [low, high], never outside it through rounding. */
function within(low: number, high: number, g: number): number {
  return Math.min(high, Math.max(low, low + g * (high - low)));
}

export function draftFromGenes(
  scenario: Scenario,
  state: GameState,
  providerId: string,
  genes: Genes,
): Decision {
  const index = indexOf(scenario);
  const p = index.providerIndex.get(providerId)!;
  const ps = state.providers[p]!;
  const price = LINES.map((_, k) => {
    const bounds = priceBounds(scenario, state, p, k);
    if (!bounds) return 0;
    return within(bounds[0], bounds[1], genes.price[k]!);
  });
  const room = spendingRoom(scenario, state, p);
  const weights = genes.split.map((w) => w + 1e-3);
  const weightTotal = weights.reduce((a, b) => a + b, 0);
  const money = weights.map((w) => Math.min(MAX_SPEND, (genes.budget * room * w) / weightTotal));
  const amount = Math.min(MAX_SPEND, genes.deal * 0.1 * Math.max(0, ps.cash));
  const creditFraction = genes.creditFraction * 0.8;
  let gpuCapex = Math.min(MAX_SPEND, genes.gpu * gpuCapexLimit(scenario, state, p));
  let [dcCapex, rnd, ecosystem, security] = money as [number, number, number, number];
  let dealAmount = amount;
  const committed =
    gpuCapex + dcCapex + rnd + ecosystem + security + dealAmount * (1 - creditFraction);
  if (committed > room) {
    const scale = (room / committed) * (1 - 1e-12);
    gpuCapex *= scale;
    dcCapex *= scale;
    rnd *= scale;
    ecosystem *= scale;
    security *= scale;
    dealAmount *= scale;
  }
  const [exitLow, exitHigh] = exitBounds(scenario, state, p);
  const priority = scenario.segments
    .map((s, i) => ({ id: s.id, key: genes.priority[i] ?? 1 }))
    .filter((s) => s.key < 0.5)
    .sort((a, b) => a.key - b.key)
    .map((s) => s.id);
  return {
    price: { C: price[0]!, S: price[1]!, T: price[2]! },
    gpuCapex,
    dcCapex,
    rnd,
    trainShare: genes.trainShare * 0.6,
    ecosystem,
    creditDeal: { amount: dealAmount, creditFraction },
    security,
    projectExit: within(exitLow, exitHigh, genes.exit),
    openSource: genes.openSource && ps.openSourceCooldown === 0,
    priority,
  };
}

/** draftFromGenes, checked: throws with the engine's reasons if validateDecision refuses it. */
export function validDraft(
  scenario: Scenario,
  state: GameState,
  providerId: string,
  genes: Genes,
): Decision {
  const draft = draftFromGenes(scenario, state, providerId, genes);
  const checked = validateDecision(scenario, state, providerId, draft);
  if (!checked.ok)
    throw new Error(
      `a draft inside the reported bounds was refused for ${providerId} at t=${state.t + 1}: ` +
        JSON.stringify({ errors: checked.errors, draft }),
    );
  return checked.decision;
}

/** The same genes everywhere: the extreme plans of the long-run tests. */
export function fixedGenes(segments: number, value: Partial<Genes>): Genes {
  return {
    price: [0.5, 0.5, 0.5],
    gpu: 0,
    budget: 0,
    split: [1, 1, 1, 1],
    trainShare: 0.3,
    deal: 0,
    creditFraction: 0,
    exit: 0.1,
    openSource: false,
    priority: new Array<number>(segments).fill(1),
    ...value,
  };
}

/** The deepest price cuts and every yuan of cash and credit spent: the fastest road to debt. */
export const SPENDTHRIFT: Genes = {
  price: [0, 0, 0],
  gpu: 1,
  budget: 1,
  split: [1, 1, 1, 1],
  trainShare: 0,
  deal: 0,
  creditFraction: 0,
  exit: 0.5,
  openSource: false,
  priority: [],
};

/**
 * A valid, ordinary decision for the tiny test scenario (makeScenario with a segment 'STU'),
 * every field set; `overrides` replace whole fields.
 */
export function sampleDraft(overrides: Partial<Decision> = {}): Decision {
  return {
    price: { C: -0.05, S: 0, T: 0 },
    gpuCapex: 0.5,
    dcCapex: 0.5,
    rnd: 0.3,
    trainShare: 0.2,
    ecosystem: 0.1,
    creditDeal: { amount: 0.2, creditFraction: 0.5 },
    security: 0.1,
    projectExit: 0.05,
    openSource: false,
    priority: ['STU'],
    ...overrides,
  };
}
