// The debrief's header actions: in hot-seat play the team it speaks for, then the exports
// (CSV, replay, print) and New game. None of them is printed.

import { t } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/index.ts';
import type { UiContext } from '../context.ts';
import { providerName } from '../game-view.ts';
import { exportCsv, saveReplay } from '../save-actions.ts';
import { useGame } from '../view/use-store.ts';

export function DebriefActions(props: { ctx: UiContext; team: string; loc: Locale }) {
  const { ctx, team, loc } = props;
  const seats = useGame(ctx, (g) => g && { scenario: g.scenario, humans: g.humans });
  if (!seats) return null;
  return (
    <div class="actions no-print">
      {seats.humans.length > 1 ? (
        <select
          id="db-who"
          aria-label={t('report.provider', loc)}
          value={team}
          onChange={(e) => ctx.session.getState().setActiveHuman(e.currentTarget.value)}
        >
          {seats.humans.map((id) => (
            <option key={id} value={id}>
              {providerName(seats.scenario, id, loc)}
            </option>
          ))}
        </select>
      ) : null}
      <button id="btn-db-csv" type="button" onClick={() => void exportCsv(ctx)}>
        {t('debrief.export', loc)}
      </button>
      <button id="btn-db-save" type="button" onClick={() => void saveReplay(ctx)}>
        {t('debrief.saveReplay', loc)}
      </button>
      <button id="btn-print" type="button" onClick={() => ctx.host.print()}>
        {t('debrief.print', loc)}
      </button>
      <button
        id="btn-new"
        type="button"
        class="primary"
        onClick={() => ctx.session.getState().setScreen('start')}
      >
        {t('debrief.newGame', loc)}
      </button>
    </div>
  );
}
