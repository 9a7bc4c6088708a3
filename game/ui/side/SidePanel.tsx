// The side panel (#side) during a quarter: the objectives as a live checklist, then the latest
// report in short: a button to the full report, the waterfall of why the player's share moved,
// and every rival's move and reason.

import { t } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/index.ts';
import type { UiContext } from '../context.ts';
import { viewedHuman } from '../game-view.ts';
import { MovesTable } from '../report/MovesTable.tsx';
import { Waterfall } from '../report/Waterfall.tsx';
import { useGame, useSession } from '../view/use-store.ts';
import { ObjectiveChecklist } from './ObjectiveChecklist.tsx';

export function SidePanel(props: { ctx: UiContext }) {
  const { ctx } = props;
  const { loc, active } = useSession(ctx, (s) => ({ loc: s.locale, active: s.activeHuman }));
  // Not the drafts: typing in the decision panel must not redraw the side panel.
  const g = useGame(
    ctx,
    (s) =>
      s && {
        scenario: s.scenario,
        game: s.game,
        reports: s.reports,
        history: s.history,
        humans: s.humans,
      },
  );
  if (!g) return null;
  const me = viewedHuman(active, g);
  const report = g.reports.at(-1) ?? g.history.at(-1);
  return (
    <>
      <ObjectiveChecklist scenario={g.scenario} game={g.game} me={me} loc={loc} />
      {report ? (
        <>
          <h2 id="side-title">{t('report.side', loc, { quarter: report.quarter })}</h2>
          <OpenReport ctx={ctx} loc={loc} />
          <Waterfall
            ctx={ctx}
            scenario={g.scenario}
            reports={[...g.history, ...g.reports]}
            me={me}
            loc={loc}
            idPrefix="side"
          />
          <MovesTable
            scenario={g.scenario}
            report={report}
            humans={g.humans}
            me={me}
            loc={loc}
            compact
          />
        </>
      ) : (
        <p class="hint">{t('report.noReport', loc)}</p>
      )}
    </>
  );
}

/** Opens the full report to look back: its button then returns to this quarter. */
function OpenReport(props: { ctx: UiContext; loc: Locale }) {
  const { ctx } = props;
  return (
    <button
      id="btn-open-report"
      type="button"
      aria-keyshortcuts="P"
      onClick={() => {
        ctx.view.getState().setReportReview(true);
        ctx.session.getState().setScreen('report');
      }}
    >
      {t('report.open', props.loc)}
    </button>
  );
}
