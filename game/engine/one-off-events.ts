// The one-off effects of the events that fire this quarter: trust shocks (outages), stake
// impairments and big customers leaving a provider. Lasting effects live in world.ts.

import type { ScenarioIndex } from './indices.ts';
import { effectProvider } from './world.ts';
import type { World } from './world.ts';

export interface AnchorLoss {
  p: number;
  s: number;
  fraction: number;
  to: number | undefined;
}

export interface OneOffEffects {
  trustShock: number[];
  impairment: number;
  anchorLoss: AnchorLoss[];
}

export function oneOffEffects(index: ScenarioIndex, world: World): OneOffEffects {
  const P = index.providerCount;
  const trustShock = new Array<number>(P).fill(0);
  let impairment = 0;
  const anchorLoss: AnchorLoss[] = [];
  for (const fired of world.fired)
    for (const effect of fired.effects) {
      if (effect.kind === 'trust') {
        const p = index.providerIndex.get(effectProvider(effect.provider, fired.provider));
        if (p !== undefined) trustShock[p]! += effect.delta;
      } else if (effect.kind === 'impairment')
        impairment = 1 - (1 - impairment) * (1 - effect.fraction);
      else if (effect.kind === 'anchor-loss') {
        const p = index.providerIndex.get(effectProvider(effect.provider, fired.provider));
        const s = index.segmentIndex.get(effect.segment);
        const to =
          effect.to === undefined
            ? undefined
            : index.providerIndex.get(effectProvider(effect.to, fired.provider));
        if (p !== undefined && s !== undefined)
          anchorLoss.push({ p, s, fraction: effect.fraction, to });
      }
    }

  return { trustShock, impairment, anchorLoss };
}
