// Margin defender (MODEL.md §2.11.3): price at a target Lerner index over unit cost; cut only
// when capacity sits idle; stay out of the token price war.

import { applyScript, baseDecision, changeTo } from './common.ts';
import type { PolicyChoice, PolicyView } from './view.ts';

export function marginDefenderPolicy(view: PolicyView): PolicyChoice {
  const decision = baseDecision(view);
  const lerner = view.spec.policy.targetLerner;
  const idle = view.self.last.cpuUtilisation < 0.6;
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
  return {
    decision,
    reason: scripted ?? {
      en: idle
        ? 'Capacity idle: trimmed prices, but not below half the target margin.'
        : `Kept prices on the market path for a ${Math.round(lerner * 100)} % target margin; did not follow rivals’ cuts or enter the token war.`,
      zh: idle
        ? '产能闲置：小幅降价，但不低于目标利润率的一半。'
        : `价格随行业节奏调整、目标利润率 ${Math.round(lerner * 100)}%，不跟进对手额外降价，也不参与 token 价格战。`,
    },
  };
}
