// Margin defender (MODEL.md §2.11.3): price at a target Lerner index over unit cost; cut only
// when capacity sits idle; stay out of the token price war.

import { applyScript, baseDecision, changeTo, cheapestRival, rivalParams } from './common.ts';
import type { PolicyChoice, PolicyView } from './view.ts';

/** CPU utilisation under which the defender trims prices to fill capacity. */
const IDLE_UTILISATION = 0.6;

export function marginDefenderPolicy(view: PolicyView): PolicyChoice {
  const decision = baseDecision(view);
  const lerner = view.spec.policy.targetLerner;
  const utilisation = view.self.last.cpuUtilisation;
  const idle = utilisation < IDLE_UTILISATION;
  for (const [line, key] of [
    [0, 'C'],
    [1, 'S'],
  ] as const) {
    if (!view.spec.iaas) continue;
    const cost = view.self.last.unitCost[line]!;
    const price = view.self.price[line]!;
    // Tracks the market path and never joins rivals' extra cuts; cuts only to fill idle
    // capacity, and never below half its target margin.
    if (idle)
      decision.price[key] = changeTo(view, line, Math.max(cost / (1 - lerner / 2), 0.9 * price));
  }
  decision.price.T = 0;
  const scripted = applyScript(view, decision);
  if (scripted) return { decision, reason: scripted };
  if (!view.spec.iaas) return { decision, reason: { code: 'track-path', params: {} } };
  const cost = view.self.last.unitCost[0]!;
  const price = view.self.price[0]!;
  if (idle)
    return {
      decision,
      reason: { code: 'margin-trim', params: { utilisation, unitCost: cost, price, lerner } },
    };
  const rival = cheapestRival(view, 0);
  return {
    decision,
    reason: {
      code: 'margin-hold',
      params: {
        ...rivalParams(rival),
        margin: 1 - cost / price,
        lerner,
        gap: rival ? 1 - rival.price[0]! / price : 0,
      },
    },
  };
}
