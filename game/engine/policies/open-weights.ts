// Open-weights disruptor (MODEL.md §2.11.5): a model lab selling tokens only, on a scripted
// price path; its capacity is fixed, so it rations and spills when demand surges.

import { pathValue } from '../world.ts';
import { applyScript, baseDecision, changeTo } from './common.ts';
import type { PolicyChoice, PolicyView } from './view.ts';

export function openWeightsPolicy(view: PolicyView): PolicyChoice {
  const decision = baseDecision(view);
  decision.gpuCapex = 0;
  decision.dcCapex = 0;
  const path = view.spec.policy.tokenPath;
  const priced = view.world.tokenOpen && path.length > 0;
  if (priced)
    decision.price.T = changeTo(view, 2, pathValue(view.scenario.origin, path, view.world.t));
  const scripted = applyScript(view, decision);
  if (scripted) return { decision, reason: scripted };
  if (!view.world.tokenOpen)
    return { decision, reason: { code: 'open-weights-closed', params: {} } };
  return {
    decision,
    reason: {
      code: 'open-weights-path',
      params: {
        unitCost: view.self.last.unitCost[2]!,
        // With no tokens served last quarter the unit cost is capacity over nothing: not shown.
        costKnown: view.self.last.served[2]! > 0 ? 'yes' : 'no',
        openSource: decision.openSource ? 'yes' : 'no',
      },
    },
  };
}
