// Keyboard shortcuts: E end quarter, U undo, R reset, P report, L language, V the map's share
// (volume or revenue), ? help. They never
// fire while the player types in a text or number field, or with a modifier key held.

import { focusFirstError } from './decisions/first-error.ts';
import type { UiContext } from './context.ts';
import { endQuarter } from './flow.ts';
import { activeHuman, gameState } from './game-view.ts';
import { briefingOpen } from './guide/use-briefing-open.ts';
import { helpOpen, openHelp } from './help-dialog.tsx';
import { toggleLocale, toggleMapShare } from './topbar/actions.ts';

function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (
    target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  )
    return true;
  return (
    target instanceof HTMLInputElement &&
    !['range', 'checkbox', 'radio', 'button'].includes(target.type)
  );
}

export function installShortcuts(ctx: UiContext): () => void {
  const onKey = (e: KeyboardEvent): void => {
    if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target) || helpOpen() || briefingOpen())
      return;
    const session = ctx.session.getState();
    const g = gameState(ctx);
    const inQuarter = session.screen === 'quarter' && g !== null;
    const key = e.key.toLowerCase();
    let handled = true;
    if (key === 'l') toggleLocale(ctx);
    else if (e.key === '?') openHelp();
    else if (key === 'v' && g !== null) toggleMapShare(ctx);
    else if (key === 'e' && inQuarter) {
      // Refused (an invalid or over-budget draft): take the player to the first error.
      if (!endQuarter(ctx)) focusFirstError();
    } else if (key === 'u' && inQuarter) session.game!.getState().undoDraft(activeHuman(ctx, g));
    else if (key === 'r' && inQuarter) session.game!.getState().resetDraft(activeHuman(ctx, g));
    else if (key === 'p' && inQuarter && g.reports.length + g.history.length > 0) {
      ctx.view.getState().setReportReview(true);
      session.setScreen('report');
    } else handled = false;
    if (handled) e.preventDefault();
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
