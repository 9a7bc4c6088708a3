// `sim --format json`, field by field (contract C5): each value is the engine's own, for the
// same game played directly on the engine.

import { beforeAll, describe, expect, it } from 'vitest';
import {
  DRIVERS,
  playQuarter,
  reasonText,
  score,
  startGame,
  suggestDecision,
} from '../../game/engine/index.ts';
import type { QuarterReport, Scenario } from '../../game/engine/index.ts';
import { loadScenarioRef } from '../../game/cli/scenario-ref.ts';
import type { ProviderRow } from '../../game/cli/provider-row.ts';
import { cliInProcess } from './run-cli.ts';

// The JSON as parsed: the row type sim writes, read back.
type Row = ProviderRow;
interface Out {
  quarters: { quarter: string; providers: Record<string, Row> }[];
  score: Record<string, { total: number; objectives: { id: string; value: number }[] }>;
}

const SCENARIO = 'china-2023-price-war';
const QUARTERS = 3;
let scenario: Scenario;
let out: Out;
let explained: Out;
let reports: QuarterReport[];
let finalScore: ReturnType<typeof score>;

beforeAll(async () => {
  scenario = (await loadScenarioRef(SCENARIO)).scenario;
  const argv = ['--scenario', SCENARIO, '--seed', '5', '--quarters', String(QUARTERS)];
  const human = ['--human', 'ALI', '--format', 'json'];
  const [plain, withExplain] = await Promise.all([
    cliInProcess([...argv, ...human]),
    cliInProcess([...argv, ...human, '--explain']),
  ]);
  expect(plain.code).toBe(0);
  expect(withExplain.code).toBe(0);
  out = JSON.parse(plain.stdout) as Out;
  explained = JSON.parse(withExplain.stdout) as Out;
  // The same game on the engine.
  let state = startGame(scenario, { seed: 5, humans: ['ALI'] }).state;
  reports = [];
  for (let q = 0; q < QUARTERS; q++) {
    const step = playQuarter(scenario, state, {
      ALI: suggestDecision(scenario, state, 'ALI').decision,
    });
    state = step.state;
    reports.push(step.report);
  }
  finalScore = score(scenario, state, 'ALI');
  // Two in-process CLI runs, one with the lagged attribution of every provider: slow on a
  // loaded 2-core machine, hence the generous hook timeout (no timing is asserted).
}, 180_000);

describe('per provider per quarter', () => {
  it('both shares, the alias iaasShare, debt, cash floor and the decision are the report values', () => {
    reports.forEach((report, q) => {
      for (const p of report.providers) {
        const row = out.quarters[q]!.providers[p.id]!;
        expect(row.volumeShare).toBe(p.volumeShare);
        expect(row.revenueShare).toBe(p.iaasShare);
        expect(row.cashFloor).toBe(scenario.market.minCash);
        expect(row.iaasShare).toBe(row.revenueShare);
        expect(row.debt).toBe(p.finance.debt);
        expect(row.cash).toBe(p.finance.cash);
        expect(row.decision).toEqual(p.decision);
      }
    });
    // Huawei Cloud draws its credit line in this game, so the debt column is not zeros only.
    expect(out.quarters[2]!.providers.HUA!.debt).toBeGreaterThan(1);
  });

  it('reason: null for the human, the policy reason in both languages for the rest', () => {
    const first = out.quarters[0]!.providers;
    expect(first.ALI!.reason).toBeNull();
    const report = reports[0]!;
    for (const p of report.providers.filter((r) => r.id !== 'ALI')) {
      const text = reasonText(p.reason!);
      expect(first[p.id]!.reason).toEqual({
        code: p.reason!.code,
        params: p.reason!.params,
        en: text.en,
        zh: text.zh,
      });
      expect(first[p.id]!.reason!.zh).not.toBe('');
    }
  });

  it('no explain unless asked for', () => {
    expect(out.quarters[0]!.providers.ALI!.explain).toBeUndefined();
  });

  it('--explain: both shares per segment, every driver in camelCase with ownPrices, summing to the change', () => {
    const keys = [...DRIVERS];
    expect(keys).toContain('ownPrices');
    expect(keys).not.toContain('price');
    reports.forEach((report, q) => {
      for (const p of report.providers) {
        const explain = explained.quarters[q]!.providers[p.id]!.explain!;
        for (const measure of ['volume', 'revenue'] as const) {
          const bySegment = explain[measure];
          expect(Object.keys(bySegment)).toEqual(scenario.segments.map((s) => s.id));
          const after = measure === 'volume' ? p.segmentVolumeShare : p.segmentShare;
          const before =
            measure === 'volume' ? p.previousSegmentVolumeShare : p.previousSegmentShare;
          scenario.segments.forEach((segment, s) => {
            const drivers = bySegment[segment.id]!;
            expect(Object.keys(drivers)).toEqual(keys);
            const total = Object.values(drivers).reduce((a, b) => a + b, 0);
            expect(total).toBeCloseTo(after[s]! - before[s]!, 9);
          });
        }
      }
    });
    // Explaining does not change the game.
    expect(explained.quarters.map((q) => q.providers.ALI!.revenueShare)).toEqual(
      out.quarters.map((q) => q.providers.ALI!.revenueShare),
    );
  });
});

it('score: each human, its total out of 100 and every objective, as the engine scores it', () => {
  expect(Object.keys(out.score)).toEqual(['ALI']);
  expect(out.score.ALI).toEqual({ total: finalScore.score, objectives: finalScore.objectives });
  expect(out.score.ALI!.objectives.map((o) => o.id)).toEqual(scenario.objectives.map((o) => o.id));
  expect(out.score.ALI!.total).toBeGreaterThanOrEqual(0);
  expect(out.score.ALI!.total).toBeLessThanOrEqual(100);
});
