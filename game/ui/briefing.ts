// The briefing before quarter 1: the premise, the provider you run, the objectives and how the
// score works, in a modal <dialog>. Shown once per new game; Enter (on the focused start
// button) or Escape closes it.

import { t, tx } from '../i18n/index.ts';
import type { UiContext } from './context.ts';
import { h, replaceChildren } from './dom.ts';
import { activeHuman, gameState, locale, providerName, upcomingQuarter } from './game-view.ts';
import { objectiveTargets } from './objectives.ts';

let dialog: HTMLDialogElement | null = null;
/** The session generation (one per started or loaded game) last briefed. */
let briefed = -1;

export function mountBriefing(parent: HTMLElement): void {
  dialog = h('dialog', {
    id: 'briefing',
    class: 'dialog briefing',
    'aria-labelledby': 'briefing-title',
    'aria-describedby': 'briefing-premise',
  });
  parent.appendChild(dialog);
}

function fill(ctx: UiContext): void {
  const g = gameState(ctx);
  if (!dialog || !g) return;
  const loc = locale(ctx);
  const me = activeHuman(ctx, g);
  const quarter = upcomingQuarter(g);
  const start = h(
    'button',
    {
      type: 'button',
      class: 'primary',
      id: 'briefing-start',
      autofocus: true,
      onclick: () => dialog?.close(),
    },
    t('briefing.start', loc, { quarter }),
  );
  replaceChildren(
    dialog,
    h(
      'h2',
      { id: 'briefing-title' },
      t('briefing.heading', loc, { title: tx(g.scenario.title, loc) }),
    ),
    h('p', { id: 'briefing-premise', class: 'premise' }, tx(g.scenario.premise, loc)),
    h(
      'p',
      {},
      t('briefing.you', loc, {
        name: providerName(g.scenario, me, loc),
        count: g.scenario.quarters,
        quarter,
      }),
    ),
    h('h3', {}, t('briefing.objectives', loc)),
    objectiveTargets(g.scenario, loc),
    h('h3', {}, t('briefing.scoring', loc)),
    h('p', {}, t('briefing.scoringText', loc)),
    h('p', {}, t('briefing.advisor', loc)),
    h('p', { class: 'hint' }, t('briefing.keys', loc)),
    start,
  );
  start.focus();
}

/** Opens the briefing when a new game reaches its first quarter screen. */
export function maybeBrief(ctx: UiContext): void {
  const s = ctx.session.getState();
  const g = gameState(ctx);
  if (!dialog || !g || s.screen !== 'quarter' || g.log.length > 0 || briefed === s.generation)
    return;
  briefed = s.generation;
  fill(ctx);
  if (!dialog.open) dialog.showModal();
  dialog.querySelector<HTMLButtonElement>('#briefing-start')?.focus();
}

/** Re-renders an open briefing after a language switch. */
export function refreshBriefing(ctx: UiContext): void {
  if (dialog?.open) fill(ctx);
}

export function briefingOpen(): boolean {
  return dialog?.open ?? false;
}
