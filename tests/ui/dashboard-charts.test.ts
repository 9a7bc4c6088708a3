// The teacher's dashboard charts (and the player's report charts): one line per provider of each
// share and margin, the product price indices against the benchmark, the HHI, and axes that do
// not blow a near-flat series up into a spike (a duopoly holding its prices moves its shares by
// fractions of a point).

import { beforeAll, describe, expect, it } from 'vitest';
import { marketDashboard } from '../../game/classroom/dashboard.ts';
import type { MarketDashboard } from '../../game/classroom/dashboard.ts';
import { holdDecision } from '../../game/engine/index.ts';
import type { Scenario } from '../../game/engine/index.ts';
import { lineConfig } from '../../game/ui/charts.ts';
import { dashboardCharts, HHI_SPAN, SHARE_SPAN } from '../../game/ui/console/dashboard-charts.ts';
import { reportCharts } from '../../game/ui/report-parts.ts';
import { play } from '../helpers/play.ts';
import type { Played } from '../helpers/play.ts';
import { loadScenario, SCENARIO_DIR } from '../helpers/scenarios.ts';

let duopoly: Scenario;
let held: MarketDashboard;
let holding: Played;

beforeAll(async () => {
  duopoly = await loadScenario(`${SCENARIO_DIR}classroom-duopoly.yaml`);
  const humans = [duopoly.providers[0]!.id];
  holding = play(duopoly, {
    seed: 3,
    humans,
    quarters: 4,
    decide: (state, id) => holdDecision(duopoly, state, id, undefined),
  });
  held = marketDashboard({ scenario: duopoly, seed: 3, humans, log: holding.log });
});

describe('dashboardCharts', () => {
  it('draws shares, prices, margins and the HHI, one series per provider', () => {
    const charts = dashboardCharts(held, duopoly, 'en');
    expect(charts.map((c) => c.title)).toEqual([
      'IaaS volume share (%)',
      'IaaS revenue share (%)',
      expect.stringMatching(/benchmark/i),
      'EBITA margin (%)',
      expect.stringMatching(/HHI/),
    ]);
    const [volume, , , , concentration] = charts;
    expect(volume!.sets.map((s) => s.label)).toEqual(duopoly.providers.map((p) => p.name.en));
    expect(volume!.sets[0]!.values).toHaveLength(held.points.length);
    expect(concentration!.sets[0]!.values).toEqual(held.points.map((p) => p.hhi));
  });

  it('keeps a near-flat share or HHI series flat on its axis', () => {
    const charts = dashboardCharts(held, duopoly, 'en');
    expect(charts.map((c) => c.minSpan)).toEqual([
      SHARE_SPAN,
      SHARE_SPAN,
      0.2,
      SHARE_SPAN,
      HHI_SPAN,
    ]);
    const hhiValues = held.points.map((p) => p.hhi);
    // Holding prices in a symmetric duopoly leaves the HHI within a few points of 5,000.
    expect(Math.max(...hhiValues) - Math.min(...hhiValues)).toBeLessThan(HHI_SPAN);
    const concentration = charts[4]!;
    const y = lineConfig(
      concentration.labels,
      concentration.sets,
      concentration.yTick,
      concentration.minSpan,
    ).options!.scales!.y as { suggestedMin: number; suggestedMax: number };
    expect(y.suggestedMax - y.suggestedMin).toBeCloseTo(HHI_SPAN, 9);
  });
});

describe('reportCharts', () => {
  it('gives the share and margin charts a least range of 4 points, the money charts none', () => {
    const me = duopoly.providers[0]!.id;
    const charts = reportCharts(duopoly, holding.reports, me, 'en');
    expect(charts.map((c) => c.minSpan)).toEqual([4, 4, undefined, undefined, 4, undefined]);
    expect(charts[0]!.sets.find((s) => s.bold)?.label).toBe(duopoly.providers[0]!.name.en);
  });
});
