// History script: the provider does what it did in reality (the scenario's dated moves) and
// otherwise tracks the market's reference prices.

import { applyScript, baseDecision } from './common.ts';
import type { PolicyChoice, PolicyView } from './view.ts';

export function historyPolicy(view: PolicyView): PolicyChoice {
  const decision = baseDecision(view);
  const scripted = applyScript(view, decision);
  return { decision, reason: scripted ?? { code: 'track-path', params: {} } };
}
