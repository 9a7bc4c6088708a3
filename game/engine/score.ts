// Scenario objectives and the score. Each objective earns credit in proportion to how far the
// provider got from its baseline (no credit) to its target (full credit). Money metrics keep
// their sign below the baseline: a run that destroys value loses up to the objective's weight,
// so burning CNY 40 B cannot be hidden behind a held market share. The score is out of 100 and
// never below 0.

import { indexOf, marketOf } from './indices.ts';
import { revenueShares } from './segment-share.ts';
import { volumeShareOf } from './volume-share.ts';
import type { GameState, ObjectiveMetric, ObjectiveSpec, Scenario } from './types.ts';

export interface ObjectiveResult {
  id: string;
  value: number;
  target: number;
  met: boolean;
  progress: number; // -1..1 (negative only for money metrics below their baseline)
}

export interface ScoreResult {
  score: number; // 0..100
  objectives: ObjectiveResult[];
}

/** Metrics in CNY B, which may go negative and then cost credit. */
export const MONEY_METRICS: readonly ObjectiveMetric[] = [
  'cumulative-ebita',
  'value-created',
  'cash',
];

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
    case 'revenue-share':
      return ps.last.iaasShare;
    case 'volume-share':
      return volumeShareOf(scenario, state, provider);
    case 'token-share':
      return ps.last.tokenShare;
    case 'token-volume-share': {
      // Tokens served, not their revenue: a provider that keeps its token price far above
      // the market sells few tokens at a high price, and only this measure says so.
      let all = 0;
      for (const q of state.providers) all += q.last.served[2]!;
      return all > 0 ? ps.last.served[2]! / all : 0;
    }
    case 'cumulative-ebita':
      return ps.cumEbita;
    case 'value-created':
      return ps.cumEbita - ps.cumInjection;
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

/** Credit for one objective: 0 at the baseline, 1 at or beyond the target, linear between. */
export function progressOf(objective: ObjectiveSpec, value: number): number {
  const baseline = objective.baseline ?? 0;
  const { target } = objective;
  const met = objective.direction === 'at-least' ? value >= target : value <= target;
  if (met) return 1;
  // A ceiling without a baseline keeps the original rule: credit target / value.
  if (objective.direction === 'at-most' && objective.baseline === undefined)
    return value > 0 && target > 0 ? Math.max(0, target / value) : 0;
  const span = target - baseline;
  // A target at (or on the wrong side of) its baseline is all or nothing.
  const rightWay = objective.direction === 'at-least' ? span > 0 : span < 0;
  if (!rightWay) return 0;
  const raw = (value - baseline) / span;
  const low = MONEY_METRICS.includes(objective.metric) ? -1 : 0;
  return Math.min(1, Math.max(low, raw));
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
  return { score: possible > 0 ? Math.max(0, (100 * earned) / possible) : 0, objectives };
}
