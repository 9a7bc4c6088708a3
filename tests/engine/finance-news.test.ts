// Finance in plain sight (contract C3): every Finance carries its cash floor and credit limit,
// and the quarter report's finance news say exactly what the books did: a draw when debt rose,
// a repayment when it fell, an injection when the parent covered a hole, for the very amounts
// of the Finance flows.

import { beforeAll, describe, expect, it } from 'vitest';
import { debtCap } from '../../game/engine/finance.ts';
import type { FinanceNews, Scenario } from '../../game/engine/index.ts';
import { SPENDTHRIFT, draftFromGenes } from '../helpers/drafts.ts';
import { close } from '../helpers/invariants.ts';
import type { Played } from '../helpers/play.ts';
import { play } from '../helpers/play.ts';
import { SCENARIO_DIR, loadScenario } from '../helpers/scenarios.ts';

let scenario: Scenario;
let games: Played[];

beforeAll(async () => {
  scenario = await loadScenario(`${SCENARIO_DIR}china-2023-price-war.yaml`);
  games = [
    play(scenario, { seed: 1, humans: [] }),
    play(scenario, {
      seed: 1,
      humans: ['ALI'],
      decide: (state, human) => draftFromGenes(scenario, state, human, SPENDTHRIFT),
    }),
  ];
});

function expectedNews(game: Played, q: number): FinanceNews[] {
  const before = game.states[q]!;
  const after = game.states[q + 1]!;
  const news: FinanceNews[] = [];
  scenario.providers.forEach((spec, p) => {
    const f = game.reports[q]!.providers[p]!.finance;
    const rose = after.providers[p]!.debt - before.providers[p]!.debt;
    const injected = after.providers[p]!.cumInjection - before.providers[p]!.cumInjection;
    if (rose > 0) news.push({ provider: spec.id, kind: 'draw', amount: f.newDebt });
    if (rose < 0) news.push({ provider: spec.id, kind: 'repay', amount: f.repay });
    if (injected > 0) news.push({ provider: spec.id, kind: 'injection', amount: f.injection });
  });
  return news;
}

describe('Finance: cash floor and credit limit', () => {
  it('carries the market cash floor and the debt cap the next quarter borrows against', () => {
    for (const game of games)
      game.reports.forEach((report, q) => {
        scenario.providers.forEach((spec, p) => {
          const f = report.providers[p]!.finance;
          expect(f.cashFloor).toBe(scenario.market.minCash);
          expect(f.creditLimit).toBe(f.debtCap);
          const history = game.states[q + 1]!.providers[p]!.ebitdaHistory;
          expect(f.creditLimit).toBe(debtCap(scenario.market, spec, history));
        });
      });
  });
});

describe('QuarterReport.financeNews', () => {
  it('reports a draw, repayment or injection exactly when the books show one', () => {
    for (const game of games)
      game.reports.forEach((report, q) => {
        expect(report.financeNews).toEqual(expectedNews(game, q));
      });
  });

  it('gives amounts equal to the Finance flows and to the change in debt', () => {
    for (const game of games)
      game.reports.forEach((report, q) => {
        for (const item of report.financeNews) {
          const p = scenario.providers.findIndex((s) => s.id === item.provider);
          const f = report.providers[p]!.finance;
          const change =
            game.states[q + 1]!.providers[p]!.debt - game.states[q]!.providers[p]!.debt;
          expect(item.amount).toBeGreaterThan(0);
          if (item.kind === 'draw') {
            expect(item.amount).toBe(f.newDebt);
            expect(close(item.amount, change, 1e-12, f.debt)).toBe(true);
          } else if (item.kind === 'repay') {
            expect(item.amount).toBe(f.repay);
            expect(close(item.amount, -change, 1e-12, f.debt + f.repay)).toBe(true);
          } else expect(item.amount).toBe(f.injection);
        }
      });
  });

  it('has every kind of news in these games, so the checks above are not vacuous', () => {
    const all = games.flatMap((g) => g.reports.flatMap((r) => r.financeNews));
    const kinds = new Set(all.map((n) => n.kind));
    expect([...kinds].sort()).toEqual(['draw', 'injection', 'repay']);
    // The spendthrift Alibaba draws on its credit line, then needs its parent.
    const ali = games[1]!.reports.flatMap((r) => r.financeNews).filter((n) => n.provider === 'ALI');
    expect(ali.some((n) => n.kind === 'draw')).toBe(true);
    expect(ali.some((n) => n.kind === 'injection')).toBe(true);
  });
});
