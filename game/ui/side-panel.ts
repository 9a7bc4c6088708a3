// The side panel (#side) during a quarter: the objectives as a live checklist, then the latest
// report in short: news, every rival's move and reason, and the waterfall of why the player's
// share moved.

import { t } from '../i18n/index.ts';
import { ChartBag } from './charts.ts';
import type { UiContext } from './context.ts';
import { h, replaceChildren } from './dom.ts';
import { activeHuman, allReports, gameState, latestReport, selectedSegment } from './game-view.ts';
import { objectiveChecklist } from './objectives.ts';
import { movesTable, waterfallSection } from './report-parts.ts';

const bag = new ChartBag();

export function renderSide(root: HTMLElement, ctx: UiContext): void {
  bag.destroyAll();
  const g = gameState(ctx);
  const loc = ctx.session.getState().locale;
  if (!g) return replaceChildren(root);
  const report = latestReport(g);
  const me = activeHuman(ctx, g);
  const checklist = objectiveChecklist(g, me, loc);
  if (!report)
    return replaceChildren(root, checklist, h('p', { class: 'hint' }, t('report.noReport', loc)));
  const segment = selectedSegment(ctx, g.scenario);
  replaceChildren(
    root,
    checklist,
    h('h2', { id: 'side-title' }, t('report.side', loc, { quarter: report.quarter })),
    h(
      'button',
      {
        id: 'btn-open-report',
        type: 'button',
        'aria-keyshortcuts': 'P',
        onclick: () => {
          ctx.view.getState().setReportReview(true);
          ctx.session.getState().setScreen('report');
        },
      },
      t('report.open', loc),
    ),
    waterfallSection(ctx, bag, g.scenario, allReports(g), me, segment, loc, 'side'),
    movesTable(g.scenario, report, g.humans, me, loc, true),
  );
}
