// The debrief's debt account (debtSummary) read from real games: the end figures are the last
// report's books, the draw count is the quarters with a credit-line draw, interest and
// injections add up the quarters' Finance flows, and the history figure is the history run's.

import { beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../game/engine/index.ts';
import { debtSummary } from '../../game/ui/debt-summary.ts';
import { SPENDTHRIFT, draftFromGenes } from '../helpers/drafts.ts';
import type { Played } from '../helpers/play.ts';
import { play } from '../helpers/play.ts';
import { SCENARIO_DIR, loadScenario } from '../helpers/scenarios.ts';

let scenario: Scenario;
let history: Played;
let spendthrift: Played;

beforeAll(async () => {
  scenario = await loadScenario(`${SCENARIO_DIR}china-2023-price-war.yaml`);
  history = play(scenario, { seed: 1, humans: [] });
  spendthrift = play(scenario, {
    seed: 1,
    humans: ['ALI'],
    decide: (state, human) => draftFromGenes(scenario, state, human, SPENDTHRIFT),
  });
});

describe('debtSummary', () => {
  it('adds up a spendthrift Alibaba’s borrowing, interest and injections', () => {
    const s = debtSummary(spendthrift.reports, history.reports, 'ALI');
    const p = scenario.providers.findIndex((x) => x.id === 'ALI');
    const end = spendthrift.states.at(-1)!.providers[p]!;
    const start = spendthrift.states[0]!.providers[p]!;
    expect(s.debt).toBe(end.debt);
    expect(s.cash).toBe(end.cash);
    expect(s.quarters).toBe(spendthrift.reports.length);
    const draws = spendthrift.reports.filter((r) => r.providers[p]!.finance.newDebt > 0).length;
    expect(s.draws).toBe(draws);
    expect(s.draws).toBeGreaterThan(0);
    expect(s.injected).toBeCloseTo(end.cumInjection - start.cumInjection, 9);
    expect(s.injected).toBeGreaterThan(0);
    const interest = spendthrift.reports.reduce((a, r) => a + r.providers[p]!.finance.interest, 0);
    expect(s.interest).toBe(interest);
    expect(s.interest).toBeGreaterThan(0);
    expect(s.path).toEqual(spendthrift.reports.map((r) => r.providers[p]!.finance.debt));
    expect(s.historyDebt).toBe(history.states.at(-1)!.providers[p]!.debt);
    expect(s.historyPath).toHaveLength(history.reports.length);
  });

  it('has nothing to report for a run that never borrowed', () => {
    const s = debtSummary(history.reports, history.reports, 'AWS');
    expect(s.draws).toBe(0);
    expect(s.debt).toBe(0);
    expect(s.interest).toBe(0);
    expect(s.injected).toBe(0);
  });

  it('copes with a game with no quarter played yet', () => {
    const s = debtSummary([], [], 'ALI');
    expect(s).toMatchObject({ debt: 0, draws: 0, quarters: 0, interest: 0 });
    expect(Number.isNaN(s.historyDebt)).toBe(true);
  });
});
