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
  if (view.world.tokenOpen && path.length > 0)
    decision.price.T = changeTo(view, 2, pathValue(view.scenario.origin, path, view.world.t));
  const scripted = applyScript(view, decision);
  return {
    decision,
    reason: scripted ?? {
      en: 'Released weights openly and priced its API at cost-plus on a fixed cluster.',
      zh: '开源模型权重，API 按成本加成定价，集群规模固定。',
    },
  };
}
