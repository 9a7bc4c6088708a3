// The decision panel (#decisions): this quarter's dilemmas, every Decision field with bounds
// shown, the store's validation errors next to the offending control, undo / hold last
// quarter / the advisor's suggestion, the engine's projection of the draft, and End quarter.
// Sealed decisions: nothing is drawn unless the quarter screen is showing.

import { useMemo } from 'preact/hooks';
import {
  gpuCapexLimit,
  isFinished,
  openDilemmas,
  spendingRoom,
  suggestDecision,
} from '../../engine/index.ts';
import type { Decision } from '../../engine/index.ts';
import { t } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/index.ts';
import type { GameStore } from '../../store/index.ts';
import { project } from '../../session/projection.ts';
import type { UiContext } from '../context.ts';
import { endQuarter } from '../flow.ts';
import { upcomingQuarter } from '../game-view.ts';
import { useGame, useSession } from '../view/use-store.ts';
import { CreditGroup } from './CreditGroup.tsx';
import { ClassStrip } from '../class/ClassStrip.tsx';
import { DilemmaCard } from './DilemmaCard.tsx';
import { DraftActions } from './DraftActions.tsx';
import { DraftErrors } from './DraftErrors.tsx';
import { EndQuarterBar } from './EndQuarterBar.tsx';
import { ExitGroup } from './ExitGroup.tsx';
import { InvestGroup } from './InvestGroup.tsx';
import type { DraftModel } from './model.ts';
import { PriceGroup } from './PriceGroup.tsx';
import { PriorityGroup } from './PriorityGroup.tsx';
import { ProjectionBox } from './ProjectionBox.tsx';

export function DecisionPanel(props: { ctx: UiContext }) {
  const { ctx } = props;
  const session = useSession(ctx, (s) => ({
    loc: s.locale,
    screen: s.screen,
    store: s.game,
    active: s.activeHuman,
  }));
  const g = useGame(ctx, (state) => state);
  if (!session.store || !g || session.screen !== 'quarter') return null;
  if (isFinished(g.scenario, g.game)) return null;
  const me = session.active ?? g.humans[0] ?? g.scenario.defaultHuman;
  const draft = g.drafts[me];
  if (!draft) return null;
  return <Panel ctx={ctx} store={session.store} me={me} draft={draft} loc={session.loc} />;
}

function Panel(props: {
  ctx: UiContext;
  store: GameStore;
  me: string;
  draft: Decision;
  loc: Locale;
}) {
  const { ctx, store, me, draft, loc } = props;
  const g = store.getState();
  const p = g.scenario.providers.findIndex((s) => s.id === me);
  const ps = g.game.providers[p]!;
  const sealed = g.committed[me] === true;
  const errors = g.lastError && (g.lastError.provider ?? me) === me ? g.lastError.errors : [];
  const model: DraftModel = {
    draft,
    errors,
    sealed,
    loc,
    edit(change) {
      const current = store.getState().drafts[me]!;
      const next = structuredClone(current);
      change(next);
      // A change event that repeats the value (e.g. on blur) must not add an undo step.
      if (JSON.stringify(next) === JSON.stringify(current)) return;
      store.getState().setDraft(me, next);
    },
  };
  const quarter = upcomingQuarter(g);
  const reason = useMemo(
    () => suggestDecision(g.scenario, g.game, me).reason,
    [g.scenario, g.game, me],
  );
  const projection = useMemo(
    () => project(g.scenario, g.game, me, draft),
    [g.scenario, g.game, me, draft],
  );
  return (
    <>
      <ClassStrip ctx={ctx} />
      <h2 id="dec-title">{t('decision.heading', loc, { quarter })}</h2>
      <DraftActions ctx={ctx} store={store} me={me} sealed={sealed} loc={loc} reason={reason} />
      {openDilemmas(g.scenario, g.game, me).map((d) => (
        <DilemmaCard key={d.id} dilemma={d} model={model} />
      ))}
      <DraftErrors errors={errors} loc={loc} />
      <PriceGroup model={model} scenario={g.scenario} provider={p} quarter={quarter} />
      <InvestGroup
        model={model}
        gpuMax={gpuCapexLimit(g.scenario, g.game, p)}
        room={spendingRoom(g.scenario, g.game, p)}
        funding={projection?.funding ?? null}
      />
      <CreditGroup model={model} cash={ps.cash} />
      <ExitGroup model={model} cooldown={ps.openSourceCooldown} />
      <PriorityGroup model={model} scenario={g.scenario} />
      <ProjectionBox projection={projection} loc={loc} />
      {sealed ? <p class="hint">{t('decision.committed', loc)}</p> : null}
      <EndQuarterBar
        loc={loc}
        sealed={sealed}
        inClass={ctx.session.getState().classSeat !== null}
        errors={errors}
        end={() => endQuarter(ctx)}
      />
    </>
  );
}
