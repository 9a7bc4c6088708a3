// Scenario objectives and the score: each objective earns up to its weight in proportion to how
// close the provider came to the target; the score is out of 100.

import { indexOf, marketOf } from './indices.ts';
import { revenueShares } from './segment-share.ts';
import type { GameState, ObjectiveSpec, Scenario } from './types.ts';

export interface ObjectiveResult {
  id: string;
  value: number;
  target: number;
  met: boolean;
  progress: number; // 0..1
}

export interface ScoreResult {
  score: number; // 0..100
  objectives: ObjectiveResult[];
}

export function segmentShareOf(
  scenario: Scenario,
  state: GameState,
  provider: number,
  segment: number,
): number {
  const markets = [state.markets[marketOf(segment, 0)]!, state.markets[marketOf(segment, 1)]!];
  return revenueShares(
    markets.map((m) => m.share),
    markets.map((m) => m.servedTotal),
    [0, 1].map((k) => state.providers.map((p) => p.price[k]!)),
  )[provider]!;
}

export function objectiveValue(
  scenario: Scenario,
  state: GameState,
  provider: number,
  objective: ObjectiveSpec,
): number {
  const ps = state.providers[provider]!;
  switch (objective.metric) {
    case 'iaas-share':
      return ps.last.iaasShare;
    case 'token-share':
      return ps.last.tokenShare;
    case 'cumulative-ebita':
      return ps.cumEbita;
    case 'ebita-margin':
      return ps.last.revenue > 0 ? ps.last.ebita / ps.last.revenue : 0;
    case 'cash':
      return ps.cash;
    case 'segment-share': {
      const s = indexOf(scenario).segmentIndex.get(objective.segment ?? '');
      return s === undefined ? 0 : segmentShareOf(scenario, state, provider, s);
    }
  }
}

function progressOf(objective: ObjectiveSpec, value: number): number {
  const { target } = objective;
  if (objective.direction === 'at-least') {
    if (value >= target) return 1;
    return target > 0 ? Math.max(0, value / target) : 0;
  }
  if (value <= target) return 1;
  return value > 0 && target > 0 ? Math.max(0, target / value) : 0;
}

export function score(scenario: Scenario, state: GameState, providerId: string): ScoreResult {
  const p = indexOf(scenario).providerIndex.get(providerId);
  if (p === undefined) throw new Error(`score: no provider ${providerId}`);
  let earned = 0;
  let possible = 0;
  const objectives = scenario.objectives.map((objective) => {
    const value = objectiveValue(scenario, state, p, objective);
    const progress = progressOf(objective, value);
    earned += objective.weight * progress;
    possible += objective.weight;
    return { id: objective.id, value, target: objective.target, met: progress >= 1, progress };
  });
  return { score: possible > 0 ? (100 * earned) / possible : 0, objectives };
}
