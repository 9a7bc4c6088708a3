// The charts of a market's live dashboard, as data: volume and revenue shares over time, prices
// against the Bertrand-logit benchmark (1 = benchmark), EBITA margins and the HHI. DashboardView
// draws them; kept apart so their series and axes are tested without a canvas.

import type { MarketDashboard } from '../../classroom/dashboard.ts';
import type { LineId, Scenario } from '../../engine/index.ts';
import { formatNumber, formatPercent, t } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/index.ts';
import type { LineSet } from '../charts.ts';
import { HISTORY_GREY, teamColour } from '../debrief/colours.ts';
import type { ChartSpec } from '../report-parts.ts';

/** Okabe-Ito colours for the three products (colour-blind safe, as the rest of the game). */
const LINE_COLOUR: Record<LineId, string> = { C: '#56B4E9', S: '#E69F00', T: '#009E73' };

/**
 * The least range of each chart's y axis: a duopoly whose shares moved 0.3 points, or whose
 * HHI moved from 5,000 to 5,003, reads as flat, not as a spike filling the chart.
 */
export const SHARE_SPAN = 0.04; // 4 points of share or margin
export const PRICE_SPAN = 0.2; // of the price index (1 = benchmark)
export const HHI_SPAN = 400; // on the 0-10,000 scale

export function dashboardCharts(
  dashboard: MarketDashboard,
  scenario: Scenario,
  loc: Locale,
): ChartSpec[] {
  const points = dashboard.points;
  const labels = points.map((p) => p.quarter);
  const name = (id: string): string => scenario.providers.find((p) => p.id === id)?.name[loc] ?? id;
  const perProvider = (
    value: (p: MarketDashboard['points'][number]['providers'][number]) => number | null,
  ): LineSet[] =>
    scenario.providers.map((provider) => ({
      label: name(provider.id),
      colour: teamColour(scenario, provider.id),
      values: points.map((q) => {
        const found = q.providers.find((p) => p.id === provider.id);
        return found ? value(found) : null;
      }),
    }));
  const percent = (v: number): string => formatPercent(v, loc, 0);
  const lines = (['C', 'S', 'T'] as const).filter((line) =>
    points.some((q) => q.lines.some((l) => l.line === line)),
  );
  const priceSets: LineSet[] = [
    ...lines.map((line) => ({
      label: t(`line.${line}`, loc),
      colour: LINE_COLOUR[line],
      values: points.map((q) => q.lines.find((l) => l.line === line)?.ratio ?? null),
    })),
    {
      label: t('console.benchmark', loc),
      colour: HISTORY_GREY,
      values: points.map(() => 1),
      dashed: true,
    },
  ];
  return [
    {
      title: t('console.volumeShare', loc),
      labels,
      sets: perProvider((p) => p.volumeShare),
      yTick: percent,
      minSpan: SHARE_SPAN,
    },
    {
      title: t('console.revenueShare', loc),
      labels,
      sets: perProvider((p) => p.revenueShare),
      yTick: percent,
      minSpan: SHARE_SPAN,
    },
    {
      title: t('console.priceIndex', loc),
      labels,
      sets: priceSets,
      yTick: (v) => formatNumber(v, loc, 2),
      minSpan: PRICE_SPAN,
    },
    {
      title: t('console.margin', loc),
      labels,
      sets: perProvider((p) => p.ebitaMargin),
      yTick: percent,
      minSpan: SHARE_SPAN,
    },
    {
      title: t('console.hhiChart', loc),
      labels,
      sets: [{ label: 'HHI', colour: HISTORY_GREY, values: points.map((q) => q.hhi) }],
      yTick: (v) => formatNumber(v, loc, 0),
      minSpan: HHI_SPAN,
    },
  ];
}
