// The top bar (#topbar): the title, the figures of the game on screen (or the subtitle when no
// game is on screen: start and the hot-seat cover) and the buttons.

import { t } from '../../i18n/index.ts';
import type { UiContext } from '../context.ts';
import { useSession } from '../view/use-store.ts';
import { TopActions } from './TopActions.tsx';
import { TopStats } from './TopStats.tsx';

export function TopBar(props: { ctx: UiContext }) {
  const { ctx } = props;
  const { loc, showGame } = useSession(ctx, (s) => ({
    loc: s.locale,
    // The cover hides the next team's figures as well as its draft.
    showGame: s.game !== null && s.screen !== 'start' && s.screen !== 'cover',
  }));
  return (
    <>
      <h1 class="brand">{t('app.title', loc)}</h1>
      {showGame ? (
        <TopStats ctx={ctx} loc={loc} />
      ) : (
        <p class="tagline">{t('app.subtitle', loc)}</p>
      )}
      <TopActions ctx={ctx} loc={loc} showGame={showGame} />
    </>
  );
}
