// A market's live dashboard, drawn with the game's own line charts: volume and revenue shares
// over time, prices against the Bertrand-logit benchmark (1 = benchmark), EBITA margins, the HHI,
// and who prices under unit cost in the latest quarter (the competition-policy lens).

import { memo } from 'preact/compat';
import type { MarketDashboard } from '../../classroom/dashboard.ts';
import type { LineId, Scenario } from '../../engine/index.ts';
import { formatNumber, formatPercent, t } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/index.ts';
import type { LineSet } from '../charts.ts';
import { HISTORY_GREY, teamColour } from '../debrief/colours.ts';
import { ChartFigure } from '../report/ChartFigure.tsx';

/** Okabe-Ito colours for the three products (colour-blind safe, as the rest of the game). */
const LINE_COLOUR: Record<LineId, string> = { C: '#56B4E9', S: '#E69F00', T: '#009E73' };

function Dashboard(props: {
  market: number;
  dashboard: MarketDashboard;
  scenario: Scenario;
  loc: Locale;
  /** Chart text size over the screen's (projector mode). */
  fontScale: number;
}) {
  const { market, dashboard, scenario, loc, fontScale } = props;
  const points = dashboard.points;
  const last = points[points.length - 1];
  if (!last || !points.some((p) => p.played))
    return <p class="muted">{t('console.notYet', loc)}</p>;
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
  return (
    <section
      class="console-dashboard"
      id={`dashboard-${market}`}
      aria-label={t('console.dashboard', loc, { n: market })}
    >
      <div class="chart-grid console-charts">
        <ChartFigure
          fontScale={fontScale}
          title={t('console.volumeShare', loc)}
          labels={labels}
          sets={perProvider((p) => p.volumeShare)}
          yTick={percent}
        />
        <ChartFigure
          fontScale={fontScale}
          title={t('console.revenueShare', loc)}
          labels={labels}
          sets={perProvider((p) => p.revenueShare)}
          yTick={percent}
        />
        <ChartFigure
          fontScale={fontScale}
          title={t('console.priceIndex', loc)}
          labels={labels}
          sets={priceSets}
          yTick={(v) => formatNumber(v, loc, 2)}
        />
        <ChartFigure
          fontScale={fontScale}
          title={t('console.margin', loc)}
          labels={labels}
          sets={perProvider((p) => p.ebitaMargin)}
          yTick={percent}
        />
        <ChartFigure
          fontScale={fontScale}
          title={t('console.hhiChart', loc)}
          labels={labels}
          sets={[{ label: 'HHI', colour: HISTORY_GREY, values: points.map((q) => q.hhi) }]}
          yTick={(v) => formatNumber(v, loc, 0)}
        />
      </div>
      <div class="console-below-cost" id={`below-cost-${market}`}>
        <h4>{t('console.belowCost', loc, { quarter: last.quarter })}</h4>
        {last.belowCost.length === 0 ? (
          <p class="muted">{t('console.noBelowCost', loc, { quarter: last.quarter })}</p>
        ) : (
          <ul>
            {last.belowCost.map((flag) => (
              <li>
                {t('console.belowCostRow', loc, {
                  provider: name(flag.provider),
                  line: t(`line.${flag.line}`, loc),
                  gap: formatPercent(flag.gap, loc, 0),
                })}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

/**
 * Drawn again only when its market's analysis changes (a quarter resolved or undone), the
 * language or projector mode: a status saying who sealed leaves the charts as they are.
 */
export const DashboardView = memo(Dashboard);
