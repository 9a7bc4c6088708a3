import { beforeAll, describe, expect, it } from 'vitest';
import {
  DRIVERS,
  attributionTotal,
  explain,
  isFinished,
  playQuarter,
  startGame,
  suggestDecision,
} from '../../game/engine/index.ts';
import type { LogEntry, QuarterReport, Scenario } from '../../game/engine/index.ts';
import {
  actualPath,
  fitDecision,
  referenceDrifts,
  runCounterfactual,
} from '../../game/ui/counterfactual.ts';
import { runCsv } from '../../game/ui/csv.ts';
import { applyHandicap } from '../../game/scenario/handicap.ts';
import { historyRun } from '../../game/ui/history-run.ts';
import { project } from '../../game/ui/projection.ts';
import { metricSeries } from '../../game/ui/series.ts';
import { biggestDriver, waterfallBars } from '../../game/ui/waterfall-data.ts';
import { loadClassroom } from '../store/fixtures.ts';

let scenario: Scenario;
let history: QuarterReport[];
let reports: QuarterReport[];
let log: LogEntry[];
const ME = 'NCL';

beforeAll(async () => {
  scenario = await loadClassroom();
  const started = startGame(scenario, { seed: 7, humans: [ME] });
  history = started.history;
  reports = [];
  log = [];
  let state = started.state;
  while (!isFinished(scenario, state)) {
    const d = suggestDecision(scenario, state, ME).decision;
    d.price.C = -0.1; // a price war
    const step = playQuarter(scenario, state, {
      [ME]: fitDecision(scenario, state, ME, d).decision,
    });
    reports.push(step.report);
    log.push(step.entry);
    state = step.state;
  }
});

describe('waterfall data', () => {
  it('steps from the share last quarter to this quarter through every driver', () => {
    const a = explain(reports[0]!, ME, scenario.segments[0]!.id);
    const bars = waterfallBars(a);
    expect(bars).toHaveLength(DRIVERS.length + 2);
    expect(bars[0]).toMatchObject({ key: 'before', from: 0 });
    for (let i = 2; i < bars.length - 1; i++)
      expect(bars[i]!.from).toBeCloseTo(bars[i - 1]!.to, 12);
    expect(bars.at(-2)!.to).toBeCloseTo(a.after * 100, 9);
    expect(bars.at(-1)!.to).toBeCloseTo(a.after * 100, 12);
    expect(attributionTotal(a)).toBeCloseTo(a.after - a.before, 9);
    expect(DRIVERS).toContain(biggestDriver(a));
  });
});

describe('counterfactual', () => {
  it('reads the reference drift of every played quarter', () => {
    const drifts = referenceDrifts(history, reports);
    expect(drifts).toHaveLength(reports.length);
    for (const row of drifts) expect(row.every(Number.isFinite)).toBe(true);
  });

  it('from past the end reproduces the actual run exactly', () => {
    const cf = runCounterfactual({
      scenario,
      seed: 7,
      humans: [ME],
      log,
      history,
      reports,
      provider: ME,
      from: log.length,
    });
    expect(cf.branch).toEqual(cf.actual);
    expect(cf.actual).toEqual(actualPath(reports, ME));
  });

  it('holding prices from the first quarter changes the path but not the quarters before', () => {
    const cf = runCounterfactual({
      scenario,
      seed: 7,
      humans: [ME],
      log,
      history,
      reports,
      provider: ME,
      from: 2,
    });
    expect(cf.branch).toHaveLength(log.length);
    expect(cf.branch.slice(0, 2)).toEqual(cf.actual.slice(0, 2));
    expect(cf.branch[4]!.iaasShare).not.toBeCloseTo(cf.actual[4]!.iaasShare, 6);
    for (const p of cf.branch) expect(Number.isFinite(p.cumEbita)).toBe(true);
  });

  it('fits an unaffordable decision instead of failing', () => {
    const state = startGame(scenario, { seed: 7, humans: [ME] }).state;
    const d = suggestDecision(scenario, state, ME).decision;
    d.rnd = 1e4;
    d.gpuCapex = 1e4;
    const fit = fitDecision(scenario, state, ME, d);
    expect(fit.adjusted).toBe(true);
    expect(fit.decision.rnd).toBeLessThan(1e4);
  });
});

describe('other pure helpers', () => {
  it('applies a handicap to a copy only', () => {
    const hard = applyHandicap(scenario, [ME], 'hard');
    const me = (s: Scenario) => s.providers.find((p) => p.id === ME)!;
    const rival = (s: Scenario) => s.providers.find((p) => p.id !== ME)!;
    expect(me(hard).cash0).toBeCloseTo(me(scenario).cash0 * 0.7, 12);
    expect(rival(hard).residual.offset).toBeCloseTo(rival(scenario).residual.offset + 0.1, 12);
    expect(applyHandicap(scenario, [ME], 'normal')).toBe(scenario);
    expect(me(scenario).cash0).toBe(10);
  });

  it('projects a valid draft and refuses an invalid one', () => {
    const state = startGame(scenario, { seed: 7, humans: [ME] }).state;
    const d = suggestDecision(scenario, state, ME).decision;
    const p = project(scenario, state, ME, d);
    expect(p && p.iaasShare > 0 && p.iaasShare < 1).toBe(true);
    expect(project(scenario, state, ME, { ...d, trainShare: 5 })).toBeNull();
  });

  it('exports one CSV row per quarter and provider', () => {
    const csv = runCsv(scenario, reports).trim().split('\n');
    expect(csv).toHaveLength(1 + reports.length * scenario.providers.length);
    expect(csv[0]).toContain('iaas_share');
    expect(csv[1]!.split(',')[0]).toBe(reports[0]!.quarter);
  });

  it('builds chart series and a history run of the full length', () => {
    const series = metricSeries(scenario, reports, 'share');
    expect(series).toHaveLength(scenario.providers.length);
    expect(series[0]!.values).toHaveLength(reports.length);
    expect(historyRun(scenario, 7)).toHaveLength(scenario.quarters);
  });

  it('charts every provider’s debt as its Finance debt, in CNY B', () => {
    const series = metricSeries(scenario, reports, 'debt');
    expect(series).toHaveLength(scenario.providers.length);
    series.forEach((s, p) =>
      expect(s.values).toEqual(reports.map((r) => r.providers[p]!.finance.debt)),
    );
  });
});
