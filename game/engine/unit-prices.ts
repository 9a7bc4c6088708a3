// What new capacity costs this quarter. GPUs get cheaper with a yearly trend and dearer under
// export controls; servers get cheaper per unit of service as the compute reference price falls
// (the hedonic deflation of cloud prices is largely hardware progress).

import { pow } from './portable-math.ts';
import type { Scenario } from './types.ts';
import type { World } from './world.ts';

/** CNY B per kGPU for a provider on the given supply. */
export function gpuUnitPrice(
  scenario: Scenario,
  world: World,
  supply: 'nvidia' | 'domestic',
): number {
  return (
    scenario.market.gpuUnitCost *
    pow(1 + scenario.market.gpuCostTrendPerYear, world.t / 4) *
    world.gpuCostMultiplier[supply]
  );
}

/** Cost of CPU/storage capacity relative to the origin. */
export function cpuCostIndex(scenario: Scenario, world: World): number {
  return world.referencePrice[0]! / scenario.lines.C.refStart;
}

/** CNY B per RSU/qtr of new CPU/storage capacity. */
export function cpuUnitPrice(scenario: Scenario, world: World): number {
  return scenario.market.cpuUnitCost * cpuCostIndex(scenario, world);
}
