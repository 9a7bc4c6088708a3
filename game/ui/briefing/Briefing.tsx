// The briefing before quarter 1: the premise, the provider you run, the objectives and how the
// score works, in a modal <dialog>. Opened once per new game (session generation) when it reaches
// its first quarter screen; Enter (on the focused start button) or Escape closes it. While open
// it follows the language like every other panel.

import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Scenario } from '../../engine/index.ts';
import { t, tx } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/index.ts';
import type { UiContext } from '../context.ts';
import { providerName, upcomingQuarter, viewedHuman } from '../game-view.ts';
import { formatObjective } from '../objectives.ts';
import { useGame, useSession } from '../view/use-store.ts';

export function Briefing(props: { ctx: UiContext }) {
  const { ctx } = props;
  const s = useSession(ctx, (s) => ({
    loc: s.locale,
    screen: s.screen,
    generation: s.generation,
    active: s.activeHuman,
  }));
  const g = useGame(
    ctx,
    (g) =>
      g && {
        scenario: g.scenario,
        game: g.game,
        humans: g.humans,
        unplayed: g.log.length === 0,
      },
  );
  const dialog = useRef<HTMLDialogElement>(null);
  // The generation last briefed, so a game is briefed once however often this renders.
  const briefed = useRef(-1);
  const start = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    const d = dialog.current;
    if (!d || !g?.unplayed || s.screen !== 'quarter' || briefed.current === s.generation) return;
    briefed.current = s.generation;
    if (!d.open) d.showModal();
    start.current?.focus();
  });
  const { loc } = s;
  const me = g ? viewedHuman(s.active, g) : '';
  const quarter = g ? upcomingQuarter(g) : '';
  return (
    <dialog
      id="briefing"
      class="dialog briefing"
      ref={dialog}
      aria-labelledby="briefing-title"
      aria-describedby="briefing-premise"
    >
      {g ? (
        <>
          <h2 id="briefing-title">
            {t('briefing.heading', loc, { title: tx(g.scenario.title, loc) })}
          </h2>
          <p id="briefing-premise" class="premise">
            {tx(g.scenario.premise, loc)}
          </p>
          <p>
            {t('briefing.you', loc, {
              name: providerName(g.scenario, me, loc),
              count: g.scenario.quarters,
              quarter,
            })}
          </p>
          <h3>{t('briefing.objectives', loc)}</h3>
          <ObjectiveTargets scenario={g.scenario} loc={loc} />
          <h3>{t('briefing.scoring', loc)}</h3>
          <p>{t('briefing.scoringText', loc)}</p>
          <p>{t('briefing.advisor', loc)}</p>
          <p class="hint">{t('briefing.keys', loc)}</p>
          <button
            type="button"
            class="primary"
            id="briefing-start"
            ref={start}
            onClick={() => dialog.current?.close()}
          >
            {t('briefing.start', loc, { quarter })}
          </button>
        </>
      ) : null}
    </dialog>
  );
}

/** One line per objective: title and target (nothing is played yet). */
function ObjectiveTargets(props: { scenario: Scenario; loc: Locale }) {
  const { loc } = props;
  return (
    <ul class="objective-targets">
      {props.scenario.objectives.map((o) => (
        <li key={o.id}>
          <span class="obj-title">{tx(o.title, loc)}</span>{' '}
          <span class="hint">
            {t('briefing.target', loc, { value: formatObjective(o, o.target, loc) })}
          </span>
        </li>
      ))}
    </ul>
  );
}
