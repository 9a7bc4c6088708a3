// What the console computes in the browser from a market's log, with the same engine and the
// same classroom modules as the server: the live dashboard (classroom/dashboard.ts) and each
// team's scenario score for the class leaderboard (classroom/grades.ts). A log that does not
// replay here is reported, never drawn.

import { marketDashboard } from '../../classroom/dashboard.ts';
import type { MarketDashboard } from '../../classroom/dashboard.ts';
import { marketEntries, rankGrades } from '../../classroom/grades.ts';
import type { GradeEntry, GradeRow } from '../../classroom/grades.ts';
import type { Scenario } from '../../engine/index.ts';
import { loadLog, startSession } from '../../session/index.ts';
import type { MarketView } from './model.ts';

export type MarketAnalysis =
  { ok: true; dashboard: MarketDashboard; entries: GradeEntry[] } | { ok: false; error: string };

/** Teams seated in a market, by seat, as its last status names them. */
function teamsOf(view: MarketView): Record<string, { team: string; members: string[] }> {
  const teams: Record<string, { team: string; members: string[] }> = {};
  for (const [seat, s] of Object.entries(view.status?.seats ?? {}))
    if (s.team !== null) teams[seat] = { team: s.team, members: [] };
  return teams;
}

/** The market's dashboard and grade entries, or why they cannot be computed; null before the welcome. */
export function analyseMarket(scenario: Scenario, view: MarketView): MarketAnalysis | null {
  const game = view.game;
  if (!game) return null;
  if (game.scenarioId !== scenario.id)
    return { ok: false, error: `the market plays ${game.scenarioId}, not ${scenario.id}` };
  try {
    const start = startSession(scenario, { seed: game.seed, humans: game.humans });
    const loaded =
      view.log.length > 0
        ? loadLog(start, { seed: game.seed, humans: game.humans, log: view.log })
        : { data: start, result: { ok: true as const } };
    if (!loaded.result.ok)
      return { ok: false, error: loaded.result.errors[0]?.message ?? 'the log does not replay' };
    return {
      ok: true,
      dashboard: marketDashboard(loaded.data),
      entries: marketEntries(view.market, loaded.data, teamsOf(view)),
    };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/** Every seated team of every market, ranked by scenario score (ties share a rank). */
export function classLeaderboard(
  scenario: Scenario,
  analyses: readonly (MarketAnalysis | null)[],
): GradeRow[] {
  const entries = analyses.flatMap((a) => (a?.ok ? a.entries : []));
  return rankGrades(scenario.objectives, entries);
}

/** What an analysis depends on: the log (its length and last hash) and the seated teams. */
function analysisKey(view: MarketView): string {
  const teams = Object.entries(view.status?.seats ?? {}).map(
    ([seat, s]) => `${seat}=${s.team ?? ''}`,
  );
  const last = view.log[view.log.length - 1];
  return `${view.game?.seed}|${view.log.length}|${last?.hash ?? ''}|${teams.join(',')}`;
}

/**
 * Every market's analysis, recomputed only for markets whose log or teams changed since the last
 * call with the same `cache` (a status that only says who sealed does not replay the log again).
 */
export function analyseMarkets(
  cache: Map<number, { key: string; analysis: MarketAnalysis | null }>,
  scenario: Scenario,
  markets: readonly MarketView[],
): (MarketAnalysis | null)[] {
  return markets.map((view) => {
    const key = analysisKey(view);
    const held = cache.get(view.market);
    if (held && held.key === key) return held.analysis;
    const analysis = analyseMarket(scenario, view);
    cache.set(view.market, { key, analysis });
    return analysis;
  });
}
