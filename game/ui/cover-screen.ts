// Hot-seat cover between players, so that each team's draft stays sealed.
import { t } from '../i18n/index.ts';
import type { UiContext } from './context.ts';
import { h, replaceChildren } from './dom.ts';
import { gameState, providerName } from './game-view.ts';

export function renderCover(root: HTMLElement, ctx: UiContext): void {
  const g = gameState(ctx);
  const loc = ctx.session.getState().locale;
  const who = ctx.session.getState().activeHuman;
  if (!g || !who) return replaceChildren(root);
  const name = providerName(g.scenario, who, loc);
  const ready = h(
    'button',
    {
      id: 'btn-ready',
      type: 'button',
      class: 'primary big',
      onclick: () => ctx.session.getState().setScreen('quarter'),
    },
    t('cover.ready', loc),
  );
  replaceChildren(
    root,
    h(
      'section',
      { class: 'screen cover', 'aria-labelledby': 'cover-title' },
      h('h2', { id: 'cover-title' }, t('cover.heading', loc, { name })),
      h('p', {}, t('cover.body', loc, { name })),
      ready,
    ),
  );
  if (!root.contains(document.activeElement)) ready.focus();
}
