// The news ticker (#ticker): titles of the latest report's events.
import { t, tx } from '../i18n/index.ts';
import type { UiContext } from './context.ts';
import { h, replaceChildren } from './dom.ts';
import { gameState, latestReport } from './game-view.ts';

export function renderTicker(root: HTMLElement, ctx: UiContext): void {
  const g = gameState(ctx);
  const loc = ctx.session.getState().locale;
  const report = g ? latestReport(g) : undefined;
  if (!g || !report || ctx.session.getState().screen === 'start') return replaceChildren(root);
  replaceChildren(
    root,
    h('h2', { class: 'ticker-label' }, t('ticker.heading', loc, { quarter: report.quarter })),
    report.events.length === 0
      ? h('p', { class: 'ticker-none' }, t('ticker.none', loc))
      : h(
          'ul',
          { class: 'ticker-items' },
          // Every provider's dilemma answer is news in the report; the ticker keeps the humans'.
          report.events
            .filter((e) => e.option === undefined || g.humans.includes(e.provider ?? ''))
            .map((e) => h('li', { title: tx(e.body, loc) }, tx(e.title, loc))),
        ),
  );
}
