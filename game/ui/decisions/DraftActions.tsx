// Undo, hold last quarter's course, the advisor's suggestion, and what each means.

import { t, tx } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/index.ts';
import type { GameStore } from '../../store/index.ts';
import type { UiContext } from '../context.ts';
import { useGame } from '../view/use-store.ts';

export function DraftActions(props: {
  ctx: UiContext;
  store: GameStore;
  me: string;
  sealed: boolean;
  loc: Locale;
  reason: { en: string; zh: string };
}) {
  const { store, me, sealed, loc } = props;
  const canUndo = useGame(props.ctx, (g) => (g?.undo[me]?.length ?? 0) > 0);
  return (
    <>
      <div class="draft-actions">
        <button
          id="btn-undo"
          type="button"
          disabled={sealed || !canUndo}
          onClick={() => store.getState().undoDraft(me)}
          aria-keyshortcuts="U"
        >
          {t('decision.undo', loc)}
        </button>
        <button
          id="btn-reset"
          type="button"
          disabled={sealed}
          onClick={() => store.getState().resetDraft(me)}
          aria-describedby="dec-held"
          aria-keyshortcuts="R"
        >
          {t('decision.reset', loc)}
        </button>
        <button
          id="btn-suggest"
          type="button"
          disabled={sealed}
          onClick={() => store.getState().applySuggestion(me)}
          aria-describedby="dec-suggestion"
        >
          {t('decision.suggest', loc)}
        </button>
      </div>
      <p class="hint" id="dec-held">
        {t('decision.held', loc)}
      </p>
      <p class="hint suggestion" id="dec-suggestion">
        {t('decision.suggestion', loc, { reason: tx(props.reason, loc) })}
      </p>
    </>
  );
}
