// Pieces of the full report view still built as plain DOM or as chart specifications: the
// events of the quarter and the charts over time. (Every provider's move and the attribution
// waterfall are components: report/MovesTable.tsx and report/Waterfall.tsx.)

import type { QuarterReport, Scenario } from '../engine/index.ts';
import { formatNumber, formatPercent, t, tx } from '../i18n/index.ts';
import type { Locale } from '../i18n/index.ts';
import { moneyTick } from './charts.ts';
import type { LineSet } from './charts.ts';
import { h } from './dom.ts';
import { eventTitle } from './event-title.ts';
import { providerName } from './game-view.ts';
import { metricSeries } from './series.ts';
import type { Metric } from './series.ts';
import { eventLines } from '../session/event-lines.ts';
import type { EventLine } from '../session/event-lines.ts';

/** An event's news line; a dilemma's answers name who took each option. */
function eventBody(scenario: Scenario, line: EventLine, loc: Locale): string {
  if (line.providers === undefined) return tx(line.body, loc);
  const names = line.providers.map((p) => providerName(scenario, p, loc));
  return t('dilemma.news', loc, {
    name: new Intl.ListFormat(loc === 'zh' ? 'zh-CN' : 'en', { type: 'conjunction' }).format(names),
    option: tx(line.body, loc),
  });
}

export function eventsList(scenario: Scenario, report: QuarterReport, loc: Locale): HTMLElement {
  return h(
    'section',
    { class: 'events', 'aria-labelledby': `ev-${report.quarter}` },
    h('h3', { id: `ev-${report.quarter}` }, t('report.events', loc)),
    report.events.length === 0
      ? h('p', { class: 'hint' }, t('ticker.none', loc))
      : h(
          'ul',
          {},
          eventLines(report.events).map((line) => {
            const body = eventBody(scenario, line, loc);
            // A teacher's shock has no text beyond its title: say it once.
            const more = body === tx(line.title, loc) ? [] : [' — ', body];
            return h(
              'li',
              {},
              h(
                'strong',
                line.injected ? { class: 'news-teacher' } : {},
                eventTitle(line.title, line.injected, loc),
              ),
              ...more,
            );
          }),
        ),
  );
}

const Y_FORMAT: Record<Metric, (v: number, loc: Locale) => string> = {
  share: (v, loc) => formatPercent(v / 100, loc, 0),
  volumeShare: (v, loc) => formatPercent(v / 100, loc, 0),
  price: (v, loc) => formatNumber(v, loc, 0),
  revenue: (v, loc) => moneyTick(v, loc, 0),
  margin: (v, loc) => formatPercent(v / 100, loc, 0),
  debt: (v, loc) => moneyTick(v, loc),
};

/** The least y range of a report chart, in its values' unit (percentage points for shares). */
const Y_SPAN: Partial<Record<Metric, number>> = { share: 4, volumeShare: 4, margin: 4 };

export interface ChartSpec {
  title: string;
  labels: string[];
  sets: LineSet[];
  yTick: (v: number) => string;
  minSpan: number | undefined;
}

/** The report's charts over time, one per metric, the player's provider drawn bold. */
export function reportCharts(
  scenario: Scenario,
  reports: readonly QuarterReport[],
  me: string,
  loc: Locale,
): ChartSpec[] {
  const labels = reports.map((r) => r.quarter);
  const chart = (metric: Metric, titleKey: string): ChartSpec => ({
    title: t(titleKey, loc),
    labels,
    sets: metricSeries(scenario, reports, metric).map((s) => ({
      label: providerName(scenario, s.id, loc),
      colour: s.colour,
      values: s.values,
      bold: s.id === me,
    })),
    yTick: (v) => Y_FORMAT[metric](v, loc),
    minSpan: Y_SPAN[metric],
  });
  return [
    chart('volumeShare', 'report.chartVolumeShare'),
    chart('share', 'report.chartShare'),
    chart('price', 'report.chartPrice'),
    chart('revenue', 'report.chartRevenue'),
    chart('margin', 'report.chartMargin'),
    chart('debt', 'finance.chartDebt'),
  ];
}
