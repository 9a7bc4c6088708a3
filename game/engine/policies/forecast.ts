// The best-responder's crystal ball: the engine's own quarter (outcome.ts) run on a candidate
// decision while every other provider holds last quarter's list prices and spends nothing new.
// It sees only what the rival's view already holds: this quarter's world and the state of the
// quarter before; random cards were dealt before anyone decided.
//
// The grid search asks for many candidates that differ only in the compute and storage price,
// so everything a candidate's price cannot move is worked out once per plan: events, capacity
// and stocks, every market's set-up, the token markets and the markets the provider does not
// sell in. A candidate then clears only its own compute and storage markets, rations capacity
// for all (a rival's shortfall spills to it) and settles only its own books. The functions are
// the engine's own (allocate.ts, rationing.ts, books.ts), so the EBITA is exactly what
// settleQuarter books for it (tests/engine/forecast.test.ts).

import { log } from '../portable-math.ts';
import { clearMarket, setUpMarket, utilityInputs } from '../allocate.ts';
import type { MarketSetup } from '../allocate.ts';
import type { ShareUpdate } from '../choice.ts';
import { booksContext, providerFinance, servedFigures, variableUnitCosts } from '../books.ts';
import type { BooksContext } from '../books.ts';
import { indexOf } from '../indices.ts';
import { quarterStart } from '../outcome.ts';
import { rationInto, rationScratch } from '../rationing.ts';
import type { RationScratch } from '../rationing.ts';
import type { Decision, GameState, ProviderState, Scenario } from '../types.ts';
import { LINES } from '../types.ts';
import { C_PRICE, totalUtility } from '../utility.ts';
import type { World } from '../world.ts';

/**
 * What the forecast assumes a rival does next quarter: nothing new (prices held, no spending, no
 * orders), only its training reserve kept. Not the player's "hold last quarter" (hold.ts).
 */
export function standStill(trainShare: number): Decision {
  return {
    price: { C: 0, S: 0, T: 0 },
    gpuCapex: 0,
    dcCapex: 0,
    rnd: 0,
    trainShare,
    ecosystem: 0,
    creditDeal: { amount: 0, creditFraction: 0 },
    security: 0,
    projectExit: 0,
    openSource: false,
    priority: [],
  };
}

/** A plan's quarter up to the point where the compute and storage prices enter. */
interface Prepared {
  /** The decision it was worked out for (its compute and storage prices aside). */
  plan: Decision;
  decisions: Decision[];
  providers: ProviderState[];
  prices: number[][];
  setups: MarketSetup[];
  totals: number[][];
  allocated: number[][];
  targets: number[][];
  books: BooksContext;
  /** Markets whose clearing a candidate's own price moves: compute and storage it sells. */
  priceMoved: number[];
  /** Rationing's buffers, overwritten by every candidate (only this provider's row is read). */
  ration: RationScratch;
  /** The provider's variable unit costs: its learning, not its prices, moves them. */
  variableUnit: number[];
  // A candidate's working copies, rewritten by every candidate: the provider's list prices
  // (inside `prices`), its state with those prices, the utility totals and the allocated
  // volume of the markets its price moves (rows of `allocated`, which starts as the plan's).
  row: number[];
  self: ProviderState;
  movedTotals: number[][];
  /** The logit targets and shares of the markets its price moves (`targets` holds the targets). */
  movedShares: ShareUpdate[];
}

/**
 * One set of rationing buffers per scenario, shared by every forecast: a forecast overwrites all
 * of it before reading it back, and forecasts never run inside one another. Not game state.
 */
const scratches = new WeakMap<Scenario, RationScratch>();

function scratchFor(scenario: Scenario): RationScratch {
  let scratch = scratches.get(scenario);
  if (!scratch) {
    const index = indexOf(scenario);
    scratch = rationScratch(index.marketCount, index.providerCount);
    scratches.set(scenario, scratch);
  }
  return scratch;
}

/** Whether two decisions agree in everything but their compute and storage price changes. */
export function samePlan(a: Decision, b: Decision): boolean {
  if (a === b) return true;
  if (a.price.T !== b.price.T) return false;
  const keys = Object.keys(a) as (keyof Decision)[];
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) if (key !== 'price' && !sameValue(a[key], b[key])) return false;
  return true;
}

/** A copy of a decision with its own nested records, so a caller's later edit cannot leak in. */
function copyOf(decision: Decision): Decision {
  const copy: Decision = {
    ...decision,
    price: { ...decision.price },
    creditDeal: { ...decision.creditDeal },
    priority: decision.priority.slice(),
  };
  if (decision.dilemma) copy.dilemma = { ...decision.dilemma };
  return copy;
}

/** Structural equality of plain data (numbers, strings, booleans, arrays, records). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    // By index: Object.keys on an array builds a list of index strings for every comparison.
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys)
    if (!sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
      return false;
  return true;
}

function prepare(
  scenario: Scenario,
  state: GameState,
  world: World,
  held: readonly Decision[],
  provider: number,
  decision: Decision,
): Prepared {
  const index = indexOf(scenario);
  const decisions = held.slice();
  decisions[provider] = decision;
  const { impairment, anchorLoss, providers, provisional } = quarterStart(
    scenario,
    state,
    world,
    decisions,
  );
  const prices = providers.map((p) => p.price);
  const inputs = utilityInputs(scenario, state, provisional, prices);
  const setups: MarketSetup[] = [];
  const totals: number[][] = [];
  const allocated: number[][] = [];
  const targets: number[][] = [];
  const priceMoved: number[] = [];
  for (let s = 0; s < index.segmentCount; s++)
    for (let k = 0; k < LINES.length; k++) {
      const setup = setUpMarket(scenario, state, provisional, world, inputs, anchorLoss, s, k);
      const total = totalUtility(setup.utility);
      const { demand, update } = clearMarket(setup, prices, total);
      if (k < 2 && setup.active[provider]) priceMoved.push(setups.length);
      setups.push(setup);
      totals.push(total);
      allocated.push(update.share.map((share) => share * demand));
      targets.push(update.target);
    }
  const books = booksContext(scenario, world, impairment);
  const row = prices[provider]!.slice();
  prices[provider] = row;
  for (const m of priceMoved) allocated[m] = allocated[m]!.slice();
  const movedShares = priceMoved.map((m) => ({
    target: (targets[m] = targets[m]!.slice()),
    share: new Array<number>(index.providerCount).fill(0),
  }));
  return {
    plan: copyOf(decision),
    decisions,
    providers,
    prices,
    setups,
    totals,
    allocated,
    targets,
    books,
    priceMoved,
    ration: scratchFor(scenario),
    variableUnit: variableUnitCosts(books, providers[provider]!, provider),
    row,
    self: { ...providers[provider]!, price: row },
    movedTotals: priceMoved.map((m) => totals[m]!.slice()),
    movedShares,
  };
}

/** The provider's EBITA with `decision`, whose plan is `base`'s but for its C and S prices. */
function ebitaAt(
  scenario: Scenario,
  state: GameState,
  world: World,
  base: Prepared,
  provider: number,
  decision: Decision,
): number {
  // The new list prices exactly as advance.ts sets them.
  const { row, prices, allocated, targets } = base;
  const listed = state.providers[provider]!.price;
  for (let k = 0; k < row.length; k++) row[k] = listed[k]! * (1 + decision.price[LINES[k]!]);
  const { priceMoved, setups, movedTotals, movedShares } = base;
  // The logarithms of the candidate's compute and storage prices, taken once for all segments.
  const logPrice = [log(row[0]!), log(row[1]!)];
  for (let i = 0; i < priceMoved.length; i++) {
    const m = priceMoved[i]!;
    const setup = setups[m]!;
    const k = setup.line;
    // Only the provider's price term changes; its total is summed in utility.ts's order.
    const priceTerm = setup.beta * logPrice[k]!;
    let own = 0;
    for (let c = 0; c < setup.utility.length; c++)
      own += c === C_PRICE ? priceTerm : setup.utility[c]![provider]!;
    const total = movedTotals[i]!;
    total[provider] = own;
    // The target lands in targets[m] itself: prepare made movedShares[i].target that row.
    const { demand, update } = clearMarket(setup, prices, total, movedShares[i]);
    const volume = allocated[m]!;
    for (let p = 0; p < volume.length; p++) volume[p] = update.share[p]! * demand;
  }
  const ration = base.ration;
  rationInto(
    scenario,
    world,
    base.providers,
    base.decisions,
    allocated,
    targets,
    base.setups,
    ration,
  );
  const figures = servedFigures(scenario, ration.served, ration.gamma, row[0]!, provider);
  return providerFinance(base.books, base.self, provider, decision, figures, base.variableUnit)
    .finance.ebita;
}

/** EBITA (CNY B) the provider would book next quarter playing `decision` against held rivals. */
export function forecaster(
  scenario: Scenario,
  state: GameState,
  world: World,
  provider: number,
): (decision: Decision) => number {
  const held = state.providers.map((p) => standStill(p.trainShare));
  let base: Prepared | undefined;
  return (decision) => {
    if (!base || !samePlan(base.plan, decision))
      base = prepare(scenario, state, world, held, provider, decision);
    return ebitaAt(scenario, state, world, base, provider, decision);
  };
}
