// The yardstick for `npm run bench`: the same math as the engine's quarter (resolveQuarter),
// written the way a hand-tuned simulator would, on preallocated typed arrays with no objects in
// the loops, and with the engine's portable exp, log and pow (game/engine/portable-math.ts). A
// quarter of the kernel
//   1. moves the stocks: capacity pipelines, arrivals and decay; quality, ecosystem and trust
//      with last quarter's spending (kernel-books.ts);
//   2. lets every price-searching provider (the best-responder) try gridPoints² compute and
//      storage prices one quarter ahead, as policies/forecast.ts does: rivals held at last
//      quarter's prices, every market set up and cleared once, then per candidate its own
//      compute and storage markets cleared again, capacity rationed for everyone and its own
//      EBITA settled; it moves part of the way (a pow per line) to the best;
//   3. clears every market (segment × line): utility of each seller from its components, the
//      logit target with a max-shifted exponential, the O(n) switching-cost update of choice.ts
//      and demand answering the average price (kernel-market.ts);
//   4. rations GPU and CPU capacity pro rata and spills what constrained providers could not
//      serve to those with room, by logit target;
//   5. settles every provider's books: revenue, variable and capacity costs, EBITA, tax,
//      interest, receivables, cash, and the credit line drawn below the cash floor.
// Served shares are the next quarter's starting shares, as in the engine. `work` counts the
// logit market evaluations, rationing passes and book settlements, and kernel.test.ts checks
// they equal the engine's own counts per quarter of the shipped scenarios, so the kernel cannot
// drift to less work than the engine does.
//
// What the engine does beyond this is its overhead in the ratio: the other policies' rules
// (a few comparisons each), the world's events, validation, the quarter's report (shares,
// volume shares, news) and objects for everything; the kernel also keeps what does not change
// within a quarter (unit prices, growth factors, unit costs) once per quarter, where the
// engine may work it out again for each forecast.

import { log, pow } from '../../game/engine/portable-math.ts';
import { advanceStocks, setPrices, settle } from './kernel-books.ts';
import { clearMarket, marketUtility, ration } from './kernel-market.ts';
import type { KernelBuffers, KernelShape, Provisional, Searcher } from './kernel-state.ts';
import { indexOf } from '../../game/engine/indices.ts';
import type { Scenario } from '../../game/engine/index.ts';
import { LINES } from './kernel-state.ts';

export { createKernel, KERNEL_COMPONENTS } from './kernel-state.ts';
export type { KernelBuffers, KernelShape, Searcher } from './kernel-state.ts';

/** Relative offsets tried around a searcher's own price: a cut of 10 % or a rise of 5 % a step. */
function gridOffset(i: number): number {
  return i === 0 ? 0 : i % 2 === 1 ? -0.1 * Math.ceil(i / 2) : 0.05 * (i / 2);
}

/** Per quarter: logit market evaluations, rationing passes and book settlements. */
export function kernelWork(shape: KernelShape): {
  logit: number;
  rationing: number;
  finance: number;
} {
  const M = shape.segments * LINES;
  const P = shape.providers;
  let logit = M;
  let rationing = 1;
  let finance = P;
  for (const { provider, gridPoints } of shape.searchers) {
    const candidates = gridPoints * gridPoints;
    let moved = 0;
    for (let line = 0; line < 2; line++)
      if (shape.sells[line * P + provider]) moved += shape.segments;
    logit += M + candidates * moved;
    rationing += candidates;
    finance += candidates;
  }
  return { logit, rationing, finance };
}

/** A price change within the bounds a quarter allows (the engine's boundedChange). */
function bounded(change: number): number {
  return change < -0.3 ? -0.3 : change > 0.3 ? 0.3 : change;
}

/** One searcher's grid: the best EBITA of its candidate compute and storage prices. */
function search(k: KernelBuffers, o: number, gridPoints: number): void {
  const P = k.providers;
  const M = k.markets;
  const q: Provisional = k.ahead;
  // The plan: rivals stand still, the searcher plays its own choice; every market once.
  setPrices(k, q, true, false);
  for (let line = 0; line < 2; line++) {
    const i = o * LINES + line;
    q.price[i] = k.listPrice[i]! * (1 + k.change[i]!);
    q.lnPrice[line * P + o] = log(q.price[i]!);
  }
  q.startShare.set(k.now.startShare);
  for (let m = 0; m < M; m++) {
    marketUtility(k, q, m);
    clearMarket(k, q, m);
    const line = m % LINES;
    k.ownBase[m] = q.utility[m * P + o]! - k.beta[m]! * q.lnPrice[line * P + o]!;
  }
  const ownC = k.change[o * LINES]!;
  const ownS = k.change[o * LINES + 1]!;
  let best = -Infinity;
  let bestC = ownC;
  let bestS = ownS;
  for (let a = 0; a < gridPoints; a++)
    for (let b = 0; b < gridPoints; b++) {
      const c = bounded((1 + ownC) * (1 + gridOffset(a)) - 1);
      const s = bounded((1 + ownS) * (1 + gridOffset(b)) - 1);
      const priceC = k.listPrice[o * LINES]! * (1 + c);
      const priceS = k.listPrice[o * LINES + 1]! * (1 + s);
      q.price[o * LINES] = priceC;
      q.price[o * LINES + 1] = priceS;
      const lnC = log(priceC);
      const lnS = log(priceS);
      for (let m = 0; m < M; m++) {
        const line = m % LINES;
        if (line === 2 || !k.sells[line * P + o]) continue;
        q.utility[m * P + o] = k.ownBase[m]! + k.beta[m]! * (line === 0 ? lnC : lnS);
        clearMarket(k, q, m);
      }
      ration(k, q);
      const ebita = settle(k, q, o, false);
      if (ebita > best + 1e-9) {
        best = ebita;
        bestC = c;
        bestS = s;
      }
    }
  // A quarter of the way to the best, geometrically.
  k.change[o * LINES] = bounded((1 + ownC) * pow((1 + bestC) / (1 + ownC), 0.25) - 1);
  k.change[o * LINES + 1] = bounded((1 + ownS) * pow((1 + bestS) / (1 + ownS), 0.25) - 1);
}

/** One quarter; returns a checksum (the providers' EBITA) so the work cannot be optimised away. */
export function kernelQuarter(k: KernelBuffers): number {
  const P = k.providers;
  const M = k.markets;
  advanceStocks(k);
  for (let i = 0; i < k.searchers.length; i++) {
    const searcher = k.searchers[i]!;
    search(k, searcher.provider, searcher.gridPoints);
  }
  const q = k.now;
  setPrices(k, q, false, true);
  for (let m = 0; m < M; m++) {
    marketUtility(k, q, m);
    clearMarket(k, q, m);
  }
  ration(k, q);
  let checksum = 0;
  for (let p = 0; p < P; p++) checksum += settle(k, q, p, true);
  // Served shares are next quarter's starting point. List prices and integration are not
  // carried over, so the kernel can run any number of quarters from the same ranges.
  for (let m = 0; m < M; m++) {
    let total = 0;
    for (let p = 0; p < P; p++) total += q.served[m * P + p]!;
    if (total > 0)
      for (let p = 0; p < P; p++) q.startShare[m * P + p] = q.served[m * P + p]! / total;
  }
  k.t = (k.t + 1) % QUARTERS_CYCLE;
  return checksum;
}

/** Quarters after which the kernel's clock starts again (growth factors stay finite). */
const QUARTERS_CYCLE = 20;

/** The kernel's shape for a scenario as shipped, every provider run by its policy. */
export function kernelShapeOf(scenario: Scenario): KernelShape {
  const index = indexOf(scenario);
  const P = index.providerCount;
  const sells = new Uint8Array(LINES * P);
  for (let line = 0; line < LINES; line++)
    for (let p = 0; p < P; p++) sells[line * P + p] = index.sells[line]![p] ? 1 : 0;
  const searchers: Searcher[] = [];
  scenario.providers.forEach((spec, p) => {
    // As decisions.ts gives a forecast and reaction.ts uses it: IaaS best-responders only.
    if (spec.iaas && spec.policy.reaction === 'best-responder' && spec.policy.lookahead > 0)
      searchers.push({ provider: p, gridPoints: spec.policy.lookahead });
  });
  return { providers: P, segments: index.segmentCount, sells, searchers };
}
