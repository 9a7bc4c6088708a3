// How a provider answers its rivals' prices on top of what its kind decided (PolicySpec
// `reaction`):
// - punisher: a rival's compute or storage cut beyond the market path deeper than
//   `punishThreshold`, seen `reactionLag` quarters later, is answered by pricing
//   `reactionIntensity` × that cut under the cutter for `punishQuarters` quarters; in the
//   quarter after, it forgives and moves back to `followMarkup` above the cutter's price.
// - best-responder: tries a grid of its own compute and storage prices around its kind's
//   choice with the engine's forecast of next quarter (rivals held at last quarter's prices)
//   and moves `reactionIntensity` of the way to the most profitable one.
// Both read only public figures: list prices and their history.

import { pow } from '../portable-math.ts';
import { boundedChange, cheapestRival, rivalParams } from './common.ts';
import type { PolicyReason } from './reasons.ts';
import type { PolicyChoice, PolicyView, RivalPublic } from './view.ts';

const IAAS_LINES = [
  [0, 'C'],
  [1, 'S'],
] as const;

/** The deepest cut beyond the path a rival made `age` quarters ago (0 = last quarter). */
function deepestCut(
  view: PolicyView,
  age: number,
): { rival: RivalPublic; cut: number } | undefined {
  let found: { rival: RivalPublic; cut: number } | undefined;
  for (const rival of view.rivals) {
    if (!rival.sells[0]) continue;
    const cuts = rival.cutHistory[age];
    if (!cuts) continue;
    const cut = Math.min(cuts[0]!, cuts[1]!);
    if (cut <= -view.spec.policy.punishThreshold && (!found || cut < found.cut))
      found = { rival, cut };
  }
  return found;
}

export function punish(view: PolicyView, choice: PolicyChoice): PolicyChoice {
  const policy = view.spec.policy;
  if (!view.spec.iaas) return choice;
  const first = policy.reactionLag - 1;
  // The most recent deep cut still inside the punishment window, else one just out of it.
  for (let age = first; age <= first + policy.punishQuarters; age++) {
    const seen = deepestCut(view, age);
    if (!seen) continue;
    const { rival, cut } = seen;
    const decision = { ...choice.decision, price: { ...choice.decision.price } };
    const base: PolicyReason['params'] = {
      ...rivalParams(rival),
      rivalCut: -cut,
      quarter: view.quarterAgo(age + 1),
    };
    if (age < first + policy.punishQuarters) {
      const under = policy.reactionIntensity * -cut;
      for (const [line, key] of IAAS_LINES) {
        const target = rival.price[line]! * (1 - under);
        const own = view.self.price[line]! * (1 + decision.price[key]);
        if (target < own)
          decision.price[key] = boundedChange(view, line, target / view.self.price[line]! - 1);
      }
      const after = view.self.price[0]! * (1 + decision.price.C);
      return {
        decision,
        reason: {
          code: 'punish',
          params: {
            ...base,
            gapAfter: after / rival.price[0]! - 1,
            quartersLeft: first + policy.punishQuarters - age - 1,
          },
        },
      };
    }
    // Forgive: back up toward a small premium over the cutter, never above the kind's choice
    // plus the largest rise one quarter allows.
    for (const [line, key] of IAAS_LINES) {
      const target = rival.price[line]! * (1 + policy.followMarkup);
      const own = view.self.price[line]! * (1 + decision.price[key]);
      if (target > own)
        decision.price[key] = boundedChange(view, line, target / view.self.price[line]! - 1);
    }
    return {
      decision,
      reason: { code: 'forgive', params: { ...base, markup: policy.followMarkup } },
    };
  }
  return choice;
}

/**
 * Relative offsets around the kind's own price tried per line: the kind's price, then in turn
 * a cut of 10 % more and a rise of 5 % more per step (cuts reach further: that is the war).
 */
export function gridOffsets(points: number): number[] {
  const offsets = [0];
  for (let i = 1; offsets.length < points; i++) {
    offsets.push(-CUT_STEP * Math.ceil(i / 2) * (i % 2) + RISE_STEP * (i / 2) * ((i + 1) % 2));
  }
  return offsets.sort((a, b) => a - b);
}

/** gridOffsets per size, built once: every best-responder asks for its grid every quarter. */
const grids = new Map<number, readonly number[]>();

function gridFor(points: number): readonly number[] {
  let grid = grids.get(points);
  if (!grid) {
    grid = gridOffsets(points);
    grids.set(points, grid);
  }
  return grid;
}

const CUT_STEP = 0.1;
const RISE_STEP = 0.05;

export function bestRespond(view: PolicyView, choice: PolicyChoice): PolicyChoice {
  const policy = view.spec.policy;
  const forecast = view.forecast;
  if (!view.spec.iaas || !forecast || policy.lookahead <= 0) return choice;
  const offsets = gridFor(policy.lookahead);
  const own = choice.decision;
  const baseline = forecast(own);
  let best = { value: baseline, C: own.price.C, S: own.price.S };
  let candidates = 0;
  for (const dc of offsets)
    for (const ds of offsets) {
      const C = boundedChange(view, 0, (1 + own.price.C) * (1 + dc) - 1);
      const S = boundedChange(view, 1, (1 + own.price.S) * (1 + ds) - 1);
      candidates++;
      if (C === own.price.C && S === own.price.S) continue;
      const value = forecast({ ...own, price: { ...own.price, C, S } });
      // Strictly better only, so ties keep the kind's own choice (and the order is fixed).
      if (value > best.value + 1e-9) best = { value, C, S };
    }
  const step = policy.reactionIntensity;
  const decision = {
    ...own,
    price: {
      ...own.price,
      C: boundedChange(
        view,
        0,
        (1 + own.price.C) * pow((1 + best.C) / (1 + own.price.C), step) - 1,
      ),
      S: boundedChange(
        view,
        1,
        (1 + own.price.S) * pow((1 + best.S) / (1 + own.price.S), step) - 1,
      ),
    },
  };
  if (decision.price.C === own.price.C && decision.price.S === own.price.S) return choice;
  const rival = cheapestRival(view, 0);
  return {
    decision,
    reason: {
      code: 'best-response',
      params: {
        ...rivalParams(rival),
        rivalPrice: rival?.price[0] ?? 0,
        candidates,
        forecast: best.value,
        baseline,
        bestC: best.C,
        bestS: best.S,
        ownC: own.price.C,
        ownS: own.price.S,
        step,
      },
    },
  };
}
