// The full report (overlay, screen "report"): events, every provider's move and reason, the
// waterfall for the player, and the charts over time.

import { isFinished } from '../engine/index.ts';
import { t } from '../i18n/index.ts';
import { ChartBag } from './charts.ts';
import type { UiContext } from './context.ts';
import { h, replaceChildren } from './dom.ts';
import { financeSection } from './finance-report.ts';
import { leaveReport } from './flow.ts';
import { activeHuman, allReports, gameState, latestReport, selectedSegment } from './game-view.ts';
import { chartsGrid, eventsList, movesTable, waterfallSection } from './report-parts.ts';

const bag = new ChartBag();

export function renderReport(root: HTMLElement, ctx: UiContext): void {
  bag.destroyAll();
  const g = gameState(ctx);
  const loc = ctx.session.getState().locale;
  const report = g ? latestReport(g) : undefined;
  if (!g || !report) return replaceChildren(root);
  const me = activeHuman(ctx, g);
  const finished = isFinished(g.scenario, g.game);
  const next = h(
    'button',
    { id: 'btn-next', type: 'button', class: 'primary big', onclick: () => leaveReport(ctx) },
    finished ? t('report.toDebrief', loc) : t('report.next', loc),
  );
  replaceChildren(
    root,
    h(
      'article',
      { class: 'screen report', 'aria-labelledby': 'report-title' },
      h(
        'header',
        { class: 'screen-head' },
        h('h2', { id: 'report-title' }, t('report.heading', loc, { quarter: report.quarter })),
        next,
      ),
      eventsList(g.scenario, report, loc),
      financeSection(g.scenario, report, me, loc, 'rep'),
      movesTable(g.scenario, report, g.humans, me, loc),
      h(
        'div',
        { class: 'report-split' },
        waterfallSection(
          ctx,
          bag,
          g.scenario,
          allReports(g),
          me,
          selectedSegment(ctx, g.scenario),
          loc,
          'rep',
        ),
        h(
          'section',
          { class: 'charts', 'aria-labelledby': 'rep-charts' },
          h('h3', { id: 'rep-charts' }, t('report.charts', loc)),
          chartsGrid(bag, g.scenario, allReports(g), me, loc),
        ),
      ),
    ),
  );
  if (!root.contains(document.activeElement)) next.focus();
}
