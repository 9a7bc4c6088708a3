// The full report (overlay, screen "report"): events, money, every provider's move and reason,
// the waterfall for one team, and the charts over time. In hot-seat play a switcher shows the
// report for each team in turn. Reached by ending a quarter, its button goes on to the next
// quarter (or the debrief); opened to look back (P, Full report), it returns to the same one.

import { ClassStrip } from '../class/ClassStrip.tsx';
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { isFinished } from '../../engine/index.ts';
import { t } from '../../i18n/index.ts';
import type { UiContext } from '../context.ts';
import { financeSection } from '../finance-report.ts';
import { leaveReport } from '../flow.ts';
import { allReports, latestReport, upcomingQuarter } from '../game-view.ts';
import { eventsList, reportCharts } from '../report-parts.ts';
import { useGame, useSession, useView } from '../view/use-store.ts';
import { ChartFigure } from './ChartFigure.tsx';
import { DomPart } from './DomPart.tsx';
import { MovesTable } from './MovesTable.tsx';
import { Waterfall } from './Waterfall.tsx';
import { TeamSwitcher } from './TeamSwitcher.tsx';

export function ReportScreen(props: { ctx: UiContext }) {
  const { ctx } = props;
  const { loc, active } = useSession(ctx, (s) => ({ loc: s.locale, active: s.activeHuman }));
  // The waterfall follows the segment and measure chosen in the view store itself.
  const view = useView(ctx, (v) => ({ review: v.reportReview }));
  const g = useGame(ctx, (state) => state);
  const chosen = useSignal<string | null>(null);
  const next = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!next.current?.closest('article')?.contains(document.activeElement)) next.current?.focus();
  }, []);
  const report = g ? latestReport(g) : undefined;
  if (!g || !report) return null;
  const team =
    chosen.value !== null && g.humans.includes(chosen.value)
      ? chosen.value
      : (active ?? g.humans[0] ?? g.scenario.defaultHuman);
  const finished = isFinished(g.scenario, g.game);
  const reports = allReports(g);
  const leave = (): void => {
    if (view.review) {
      ctx.view.getState().setReportReview(false);
      ctx.session.getState().setScreen('quarter');
    } else leaveReport(ctx);
  };
  const label = view.review
    ? t('report.back', loc, { quarter: upcomingQuarter(g) })
    : finished
      ? t('report.toDebrief', loc)
      : t('report.next', loc);
  return (
    <article class="screen report" aria-labelledby="report-title">
      <header class="screen-head">
        <h2 id="report-title">{t('report.heading', loc, { quarter: report.quarter })}</h2>
        <button id="btn-next" type="button" class="primary big" ref={next} onClick={leave}>
          {label}
        </button>
      </header>
      <ClassStrip ctx={ctx} />
      {g.humans.length > 1 && ctx.session.getState().classSeat === null ? (
        <TeamSwitcher
          scenario={g.scenario}
          humans={g.humans}
          team={team}
          loc={loc}
          choose={(id) => (chosen.value = id)}
        />
      ) : null}
      <DomPart build={() => eventsList(g.scenario, report, loc)} />
      <DomPart build={() => financeSection(g.scenario, report, team, loc, 'rep')} />
      <MovesTable scenario={g.scenario} report={report} humans={g.humans} me={team} loc={loc} />
      <div class="report-split">
        <Waterfall
          ctx={ctx}
          scenario={g.scenario}
          reports={reports}
          me={team}
          loc={loc}
          idPrefix="rep"
        />
        <section class="charts" aria-labelledby="rep-charts">
          <h3 id="rep-charts">{t('report.charts', loc)}</h3>
          <div class="chart-grid">
            {reportCharts(g.scenario, reports, team, loc).map((c) => (
              <ChartFigure key={c.title} {...c} />
            ))}
          </div>
        </section>
      </div>
    </article>
  );
}
