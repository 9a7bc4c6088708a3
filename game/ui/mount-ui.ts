// Mounts the DOM UI into the slots of game/index.html and keeps it in step with the stores.
// Preact components (decision panel, start and report screens, help, guide) subscribe to what
// they draw themselves (view/use-store.ts). The panels not yet moved to Preact (top bar, side
// panel, ticker, cover, debrief) are plain functions that rebuild their slot when what they
// read has changed (compared by identity), batched into one task.

import { h as element, render as renderInto } from 'preact';
import { t } from '../i18n/index.ts';
import type { GameStoreState } from '../store/index.ts';
import { mountAlert } from './alert.ts';
import { maybeBrief, mountBriefing, refreshBriefing } from './briefing.ts';
import type { UiContext } from './context.ts';
import { renderCover } from './cover-screen.ts';
import { renderDebrief } from './debrief.ts';
import { installDesktopBridge } from './desktop-bridge.ts';
import { DecisionPanel } from './decisions/DecisionPanel.tsx';
import { replaceChildren } from './dom.ts';
import { Guide } from './guide/Guide.tsx';
import { mountHelp } from './help-dialog.tsx';
import { ReportScreen } from './report/ReportScreen.tsx';
import { installShortcuts } from './shortcuts.ts';
import { SidePanel } from './side/SidePanel.tsx';
import { createStartForm } from './start/form.ts';
import { StartScreen } from './start/StartScreen.tsx';
import { Ticker } from './ticker/Ticker.tsx';
import { TopBar } from './topbar/TopBar.tsx';

export type { UiContext } from './context.ts';

function slot(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`game/index.html has no #${id}`);
  return el;
}

/** Calls `draw` only when one of `deps` changed identity since the last call. */
function memo(draw: () => void): (deps: unknown[]) => void {
  let last: unknown[] | null = null;
  return (deps) => {
    if (last && last.length === deps.length && last.every((v, i) => Object.is(v, deps[i]))) return;
    last = deps;
    draw();
  };
}

export function mountUi(context: UiContext): () => void {
  const ctx = context;
  const app = slot('app');
  const topbar = slot('topbar');
  const decisions = slot('decisions');
  const side = slot('side');
  const ticker = slot('ticker');
  const overlay = slot('overlay');
  mountAlert(app);
  mountHelp(document.body, ctx);
  mountBriefing(document.body);
  const guideRoot = document.createElement('div');
  guideRoot.className = 'guide-slot';
  app.appendChild(guideRoot);
  const startForm = createStartForm(ctx);

  // Redraws wait for a macrotask, so that focus has settled (a Tab out of an edited field
  // fires `change` mid-move), and for the pointer to come up, so that the button under a
  // click that also blurred an edited field is still the same element when the click lands.
  let tick = 0;
  let pending = false;
  let pointerDown = false;
  const schedule = (): void => {
    if (pending) return;
    pending = true;
    setTimeout(() => {
      pending = false;
      if (!pointerDown) render();
    }, 0);
  };
  document.addEventListener('pointerdown', () => (pointerDown = true), true);
  const release = (): void => {
    setTimeout(() => {
      pointerDown = false;
      schedule();
    }, 0);
  };
  document.addEventListener('pointerup', release, true);
  document.addEventListener('pointercancel', release, true);
  const redraw = (): void => {
    tick += 1;
    schedule();
  };

  const layout = app.querySelector<HTMLElement>('.layout');
  let preactOverlay = false;
  const drawOverlay = memo(() => {
    const screen = ctx.session.getState().screen;
    // Whatever the overlay covers must be out of reach for keyboards and screen readers too:
    // in hot-seat play the panel beneath the cover holds the next team's sealed decisions.
    if (layout) layout.inert = screen !== 'quarter';
    // Start and report are Preact screens that follow the stores themselves; any other screen
    // first unmounts them (which destroys the report's charts).
    const screenView =
      screen === 'report'
        ? element(ReportScreen, { ctx })
        : screen === 'start'
          ? element(StartScreen, { ctx, form: startForm })
          : null;
    if (screenView) {
      if (!preactOverlay) replaceChildren(overlay);
      preactOverlay = true;
      renderInto(screenView, overlay);
      return;
    }
    if (preactOverlay) renderInto(null, overlay);
    preactOverlay = false;
    if (screen === 'cover') renderCover(overlay, ctx);
    else if (screen === 'debrief') renderDebrief(overlay, ctx, redraw);
    else replaceChildren(overlay);
  });

  function render(): void {
    const s = ctx.session.getState();
    const g: GameStoreState | null = s.game?.getState() ?? null;
    const segment = ctx.view.getState().selectedSegment;
    const explainShare = ctx.view.getState().explainShare;
    const inQuarter = s.screen === 'quarter' && g !== null;
    document.documentElement.lang = s.locale === 'zh' ? 'zh-CN' : 'en';
    document.title = t('app.title', s.locale);
    app.dataset.screen = s.screen;
    overlay.hidden = inQuarter;
    slot('decisions').setAttribute('aria-label', t('decision.prices', s.locale));
    drawOverlay([
      s.locale,
      s.screen,
      g?.reports,
      segment,
      s.activeHuman,
      s.generation,
      tick,
      explainShare,
    ]);
    refreshBriefing(ctx);
    maybeBrief(ctx);
  }

  let unsubscribeGame: (() => void) | null = null;
  let watched: unknown = null;
  const unsubscribeSession = ctx.session.subscribe((state) => {
    if (state.game !== watched) {
      watched = state.game;
      unsubscribeGame?.();
      unsubscribeGame = state.game ? state.game.subscribe(schedule) : null;
    }
    schedule();
  });
  const unsubscribeView = ctx.view.subscribe(schedule);
  // Preact panels subscribe to what they draw themselves.
  renderInto(element(DecisionPanel, { ctx }), decisions);
  renderInto(element(Guide, { ctx }), guideRoot);
  renderInto(element(TopBar, { ctx }), topbar);
  renderInto(element(SidePanel, { ctx }), side);
  renderInto(element(Ticker, { ctx }), ticker);
  const removeKeys = installShortcuts(ctx);
  const removeDesktop = installDesktopBridge(ctx);
  render();

  return () => {
    unsubscribeSession();
    unsubscribeView();
    unsubscribeGame?.();
    removeKeys();
    removeDesktop();
    renderInto(null, decisions);
    renderInto(null, guideRoot);
    renderInto(null, topbar);
    renderInto(null, side);
    renderInto(null, ticker);
  };
}
