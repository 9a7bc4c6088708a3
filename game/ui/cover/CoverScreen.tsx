// Hot-seat cover between players, so that each team's draft stays sealed: it names the next
// team and takes keyboard focus to its one button, which shows that team's decisions.

import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../i18n/index.ts';
import type { UiContext } from '../context.ts';
import { providerName } from '../game-view.ts';
import { useGame, useSession } from '../view/use-store.ts';

export function CoverScreen(props: { ctx: UiContext }) {
  const { ctx } = props;
  const { loc, who } = useSession(ctx, (s) => ({ loc: s.locale, who: s.activeHuman }));
  const scenario = useGame(ctx, (g) => g?.scenario ?? null);
  const ready = useRef<HTMLButtonElement>(null);
  const section = useRef<HTMLElement>(null);
  // On every new cover (each team's turn), unless the player already moved focus into it.
  useEffect(() => {
    if (!section.current?.contains(document.activeElement)) ready.current?.focus();
  }, [who]);
  if (!scenario || !who) return null;
  const name = providerName(scenario, who, loc);
  return (
    <section class="screen cover" aria-labelledby="cover-title" ref={section}>
      <h2 id="cover-title">{t('cover.heading', loc, { name })}</h2>
      <p>{t('cover.body', loc, { name })}</p>
      <button
        id="btn-ready"
        type="button"
        class="primary big"
        ref={ready}
        onClick={() => ctx.session.getState().setScreen('quarter')}
      >
        {t('cover.ready', loc)}
      </button>
    </section>
  );
}
