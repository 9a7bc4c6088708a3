// The console's analysis of a market's log in the browser: the dashboard series (one point per
// quarter after the starting point), grade entries for the seated teams only, a leaderboard that
// ranks teams across markets, and a clear error, not a chart, for a log that does not replay.

import { beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../game/engine/index.ts';
import { analyseMarket, classLeaderboard } from '../../game/ui/console/analysis.ts';
import { emptyConsole } from '../../game/ui/console/model.ts';
import type { MarketView } from '../../game/ui/console/model.ts';
import type { Status } from '../../game/wire/messages.ts';
import { fixedGenes } from '../helpers/drafts.ts';
import { play } from '../helpers/play.ts';
import { loadClassroom } from '../store/fixtures.ts';

let scenario: Scenario;
const humans = ['NCL', 'SCL'];
const seed = 11;

function seats(teams: Record<string, string | null>): Status['seats'] {
  const out: Status['seats'] = {};
  for (const [seat, team] of Object.entries(teams))
    out[seat] = { team, connected: true, committed: false, desyncAt: null };
  return out;
}

function market(n: number, cheap: number, teams: Record<string, string | null>): MarketView {
  const genes = fixedGenes(scenario.segments.length, { price: [cheap, cheap, 0.5] });
  const played = play(scenario, {
    seed,
    humans,
    plan: [
      [genes, fixedGenes(2, {})],
      [genes, fixedGenes(2, {})],
    ],
  });
  const view = emptyConsole(n).markets[n - 1]!;
  const status = { seats: seats(teams) } as Status;
  return { ...view, game: { scenarioId: scenario.id, seed, humans }, log: played.log, status };
}

beforeAll(async () => {
  scenario = await loadClassroom();
});

describe('analyseMarket', () => {
  it('gives one dashboard point per quarter played, and entries for seated teams', () => {
    const view = market(1, 0.2, { NCL: 'Red', SCL: null });
    const analysis = analyseMarket(scenario, view);
    if (!analysis?.ok) throw new Error(analysis ? analysis.error : 'no analysis');
    expect(analysis.dashboard.points.filter((p) => p.played).map((p) => p.quarter)).toEqual(
      view.log.map((e) => e.quarter),
    );
    expect(analysis.entries.map((e) => [e.market, e.provider, e.team])).toEqual([
      [1, 'NCL', 'Red'],
    ]);
  });

  it('is null before the welcome, and an error for a log that does not replay', () => {
    expect(analyseMarket(scenario, emptyConsole(1).markets[0]!)).toBeNull();
    const view = market(1, 0.2, { NCL: 'Red' });
    const tampered = {
      ...view,
      log: [{ ...view.log[0]!, hash: 'deadbeef' }, ...view.log.slice(1)],
    };
    const analysis = analyseMarket(scenario, tampered);
    expect(analysis?.ok).toBe(false);
    if (analysis && !analysis.ok) expect(analysis.error).toMatch(/hash|replay/i);
    const other = { ...view, game: { ...view.game!, scenarioId: 'token-war-2024' } };
    expect(analyseMarket(scenario, other)).toEqual({
      ok: false,
      error: 'the market plays token-war-2024, not classroom-duopoly',
    });
  });
});

describe('classLeaderboard', () => {
  it('ranks every seated team of every market by score, best first', () => {
    const analyses = [
      analyseMarket(scenario, market(1, 0.2, { NCL: 'Red', SCL: 'Blue' })),
      analyseMarket(scenario, market(2, 0.8, { NCL: 'Green', SCL: null })),
      null,
    ];
    const rows = classLeaderboard(scenario, analyses);
    expect(rows.map((r) => r.team).sort()).toEqual(['Blue', 'Green', 'Red']);
    for (let i = 1; i < rows.length; i++) {
      expect(rows[i]!.total).toBeLessThanOrEqual(rows[i - 1]!.total);
      expect(rows[i]!.rank).toBeGreaterThanOrEqual(rows[i - 1]!.rank);
    }
    expect(rows[0]!.rank).toBe(1);
    // The two NCL teams priced differently in otherwise equal markets: their scores differ.
    const red = rows.find((r) => r.team === 'Red')!;
    const green = rows.find((r) => r.team === 'Green')!;
    expect(red.total).not.toBe(green.total);
  });
});
