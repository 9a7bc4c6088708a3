// A market's live dashboard, drawn with the game's own line charts (dashboard-charts.ts: shares,
// prices against the benchmark, margins, the HHI) and who prices under unit cost in the latest
// quarter (the competition-policy lens).

import { memo } from 'preact/compat';
import type { MarketDashboard } from '../../classroom/dashboard.ts';
import type { Scenario } from '../../engine/index.ts';
import { formatPercent, t } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/index.ts';
import { ChartFigure } from '../report/ChartFigure.tsx';
import { dashboardCharts } from './dashboard-charts.ts';

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
  const name = (id: string): string => scenario.providers.find((p) => p.id === id)?.name[loc] ?? id;
  return (
    <section
      class="console-dashboard"
      id={`dashboard-${market}`}
      aria-label={t('console.dashboard', loc, { n: market })}
    >
      <div class="chart-grid console-charts">
        {dashboardCharts(dashboard, scenario, loc).map((chart) => (
          <ChartFigure key={chart.title} fontScale={fontScale} {...chart} />
        ))}
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
