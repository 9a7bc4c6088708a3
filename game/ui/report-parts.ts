// Pieces of the quarter report shared by the side panel and the full report view: every
// provider's move with its stated reason, the events, the charts over time, and the
// attribution waterfall of the human's share change (volume or revenue) in the selected segment.

import { LINES, reasonText } from '../engine/index.ts';
import type { QuarterReport, Scenario } from '../engine/index.ts';
import {
  formatChange,
  formatMoney,
  formatNumber,
  formatPercent,
  formatPoints,
  t,
  tx,
} from '../i18n/index.ts';
import type { Locale } from '../i18n/index.ts';
import type { ChartBag } from './charts.ts';
import { floatingBars, moneyTick } from './charts.ts';
import type { LineSet } from './charts.ts';
import type { UiContext } from './context.ts';
import { h } from './dom.ts';
import { providerName, segmentName } from './game-view.ts';
import { metricSeries } from './series.ts';
import type { Metric } from './series.ts';
import { lastQuarterAttribution, ownPriceEffects, priceSplitText } from './share-split.ts';
import { ownPriceMove } from '../session/price-move.ts';
import { eventLines } from '../session/event-lines.ts';
import type { EventLine } from '../session/event-lines.ts';
import { biggestDriver, waterfallBars } from './waterfall-data.ts';

export function movesTable(
  scenario: Scenario,
  report: QuarterReport,
  humans: readonly string[],
  me: string,
  loc: Locale,
  compact = false,
): HTMLElement {
  return h(
    'table',
    { class: `moves${compact ? ' compact' : ''}` },
    h('caption', {}, t('report.moves', loc)),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t('report.provider', loc)),
        compact ? null : LINES.map((l) => h('th', { scope: 'col' }, t(`line.${l}`, loc))),
        compact ? null : h('th', { scope: 'col' }, t('decision.gpuCapex', loc)),
        compact ? null : h('th', { scope: 'col' }, t('decision.dcCapex', loc)),
        h('th', { scope: 'col' }, t('report.volumeCol', loc)),
        h('th', { scope: 'col' }, t('report.revenueCol', loc)),
        h('th', { scope: 'col' }, t('report.reason', loc)),
      ),
    ),
    h(
      'tbody',
      {},
      report.providers.map((pr, p) => {
        const spec = scenario.providers[p]!;
        const d = pr.decision;
        const tag =
          pr.id === me
            ? t('report.youTag', loc)
            : humans.includes(pr.id)
              ? t('report.humanTag', loc)
              : '';
        return h(
          'tr',
          { class: pr.id === me ? 'me' : '' },
          h(
            'th',
            { scope: 'row' },
            h('span', {
              class: 'swatch',
              style: `background:${spec.colour}`,
              'aria-hidden': 'true',
            }),
            providerName(scenario, pr.id, loc) + tag,
          ),
          compact
            ? null
            : LINES.map((l) =>
                h(
                  'td',
                  { class: 'num' },
                  spec.lines.includes(l) ? formatChange(d.price[l], loc) : '—',
                ),
              ),
          compact ? null : h('td', { class: 'num' }, formatMoney(d.gpuCapex, loc)),
          compact ? null : h('td', { class: 'num' }, formatMoney(d.dcCapex, loc)),
          h('td', { class: 'num' }, spec.iaas ? formatPercent(pr.volumeShare, loc) : '—'),
          h('td', { class: 'num' }, spec.iaas ? formatPercent(pr.iaasShare, loc) : '—'),
          h('td', { class: 'reason' }, tx(pr.reason ? reasonText(pr.reason) : undefined, loc)),
        );
      }),
    ),
  );
}

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
          eventLines(report.events).map((line) =>
            h(
              'li',
              {},
              h('strong', {}, tx(line.title, loc)),
              ' — ',
              eventBody(scenario, line, loc),
            ),
          ),
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

export interface ChartSpec {
  title: string;
  labels: string[];
  sets: LineSet[];
  yTick: (v: number) => string;
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

const UP = '#56B4E9';
const DOWN = '#E69F00';
const LEVEL = '#8891a5';

export function waterfallSection(
  ctx: UiContext,
  bag: ChartBag,
  scenario: Scenario,
  reports: readonly QuarterReport[], // from the origin: history, then the played quarters
  me: string,
  segment: string,
  loc: Locale,
  idPrefix: string,
): HTMLElement {
  const report = reports[reports.length - 1]!;
  const measure = ctx.view.getState().explainShare;
  const a = lastQuarterAttribution(reports, me, measure, segment);
  // Over the whole IaaS market: what the player's own prices did to each share.
  const own = ownPriceEffects(reports, me);
  const split = priceSplitText(ownPriceMove(report, me), own.volume, own.revenue, loc);
  const measureId = `${idPrefix}-measure`;
  const bars = waterfallBars(a);
  const labelOf = (key: string): string =>
    key === 'before'
      ? t('report.before', loc)
      : key === 'after'
        ? t('report.after', loc)
        : t(`driver.${key}`, loc);
  const top = biggestDriver(a);
  const selectId = `${idPrefix}-segment`;
  const title = `${t('report.waterfallOf', loc, {
    provider: providerName(scenario, me, loc),
    segment: segmentName(scenario, segment, loc),
  })} · ${t(measure === 'volume' ? 'report.measureVolume' : 'report.measureRevenue', loc)}`;
  return h(
    'section',
    { class: 'waterfall', 'aria-labelledby': `${idPrefix}-wf-title` },
    h('h3', { id: `${idPrefix}-wf-title` }, t('report.waterfall', loc)),
    h(
      'div',
      { class: 'field inline' },
      h('label', { for: selectId }, t('report.segment', loc)),
      h(
        'select',
        {
          id: selectId,
          onchange: (e: Event) =>
            ctx.view.getState().selectSegment((e.target as HTMLSelectElement).value),
        },
        scenario.segments.map((s) =>
          h('option', { value: s.id, selected: s.id === segment }, tx(s.name, loc)),
        ),
      ),
      h('label', { for: measureId }, t('report.measure', loc)),
      h(
        'select',
        {
          id: measureId,
          onchange: (e: Event) =>
            ctx.view
              .getState()
              .setExplainShare((e.target as HTMLSelectElement).value as 'volume' | 'revenue'),
        },
        h(
          'option',
          { value: 'volume', selected: measure === 'volume' },
          t('report.measureVolume', loc),
        ),
        h(
          'option',
          { value: 'revenue', selected: measure === 'revenue' },
          t('report.measureRevenue', loc),
        ),
      ),
    ),
    split.map((line) => h('p', { class: 'price-split' }, line)),
    h(
      'p',
      { class: 'summary' },
      t('report.summary', loc, {
        segment: segmentName(scenario, segment, loc),
        before: formatPercent(a.before, loc),
        after: formatPercent(a.after, loc),
        driver: t(`driver.${top}`, loc),
        value: formatPoints(a.parts[top], loc, 2),
      }),
    ),
    floatingBars(
      bag,
      title,
      bars.map((b) => ({
        label: labelOf(b.key),
        from: b.from,
        to: b.to,
        colour: b.key === 'before' || b.key === 'after' ? LEVEL : b.delta >= 0 ? UP : DOWN,
      })),
      (v) => formatPercent(v / 100, loc, 1),
      (i) => {
        const b = bars[i]!;
        return b.key === 'before' || b.key === 'after'
          ? formatPercent(b.to / 100, loc, 2)
          : formatPoints(b.delta / 100, loc, 2);
      },
    ),
    h('p', { class: 'hint' }, t('report.lagNote', loc)),
    h(
      'details',
      { class: 'wf-table' },
      h('summary', {}, t('report.table', loc)),
      h(
        'table',
        {},
        h(
          'tbody',
          {},
          bars.map((b) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, labelOf(b.key)),
              h(
                'td',
                { class: 'num' },
                b.key === 'before' || b.key === 'after'
                  ? formatPercent(b.to / 100, loc, 2)
                  : formatPoints(b.delta / 100, loc, 2),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
