// History script: the provider does what it did in reality (the scenario's dated moves) and
// otherwise tracks the market's reference prices.

import { applyScript, baseDecision } from './common.ts';
import type { PolicyChoice, PolicyView } from './view.ts';

export function historyPolicy(view: PolicyView): PolicyChoice {
  const decision = baseDecision(view);
  const scripted = applyScript(view, decision);
  return {
    decision,
    reason: scripted ?? {
      en: 'Kept list prices on the market’s usual downward path and invested to keep capacity ahead of demand.',
      zh: '价格随行业常规降价节奏调整，并按需求增长扩充算力。',
    },
  };
}
