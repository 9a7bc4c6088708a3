// Lookups derived once per scenario (providers, segments and markets in their declared order).

import type { LineId, Scenario } from './types.ts';
import { LINES } from './types.ts';

export interface ScenarioIndex {
  providerCount: number;
  segmentCount: number;
  marketCount: number;
  providerIndex: Map<string, number>;
  segmentIndex: Map<string, number>;
  /** sells[line][provider]: whether the provider sells that line at all. */
  sells: boolean[][];
  /** linesSold[provider][line]: the same, per provider (what a rival's public view shows). */
  linesSold: boolean[][];
  iaas: boolean[];
}

const cache = new WeakMap<Scenario, ScenarioIndex>();

export function indexOf(scenario: Scenario): ScenarioIndex {
  const cached = cache.get(scenario);
  if (cached) return cached;
  const sells = LINES.map((line: LineId) =>
    scenario.providers.map((p) => p.lines.includes(line) && (line === 'T' || p.iaas)),
  );
  const index: ScenarioIndex = {
    providerCount: scenario.providers.length,
    segmentCount: scenario.segments.length,
    marketCount: scenario.segments.length * LINES.length,
    providerIndex: new Map(scenario.providers.map((p, i) => [p.id, i])),
    segmentIndex: new Map(scenario.segments.map((s, i) => [s.id, i])),
    sells,
    linesSold: scenario.providers.map((_, p) => sells.map((row) => row[p]!)),
    iaas: scenario.providers.map((p) => p.iaas),
  };
  cache.set(scenario, index);
  return index;
}

export function marketOf(segment: number, line: number): number {
  return segment * LINES.length + line;
}

export function gpuIntensity(scenario: Scenario, segment: number, t: number): number {
  const g = scenario.segments[segment]!.gpuIntensity;
  const weight = g.quarters > 0 ? Math.min(1, Math.max(0, t / g.quarters)) : 1;
  return g.start + (g.end - g.start) * weight;
}
