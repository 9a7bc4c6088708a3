// The news ticker (#ticker): the latest report's news. The player's own credit-line news lead,
// then the quarter's events, then the rivals' draws, repayments and parent injections.
import { t, tx } from '../i18n/index.ts';
import type { UiContext } from './context.ts';
import { h, replaceChildren } from './dom.ts';
import { financeNewsItem } from './finance-news.ts';
import { activeHuman, gameState, latestReport } from './game-view.ts';

export function renderTicker(root: HTMLElement, ctx: UiContext): void {
  const g = gameState(ctx);
  const loc = ctx.session.getState().locale;
  const report = g ? latestReport(g) : undefined;
  if (!g || !report || ctx.session.getState().screen === 'start') return replaceChildren(root);
  const me = activeHuman(ctx, g);
  const mine = report.financeNews.filter((n) => n.provider === me);
  const others = report.financeNews.filter((n) => n.provider !== me);
  const items = [
    ...mine.map((n) => financeNewsItem(g.scenario, n, me, loc)),
    // Every provider's dilemma answer is news in the report; the ticker keeps the humans'.
    ...report.events
      .filter((e) => e.option === undefined || g.humans.includes(e.provider ?? ''))
      .map((e) => h('li', { title: tx(e.body, loc) }, tx(e.title, loc))),
    ...others.map((n) => financeNewsItem(g.scenario, n, me, loc)),
  ];
  replaceChildren(
    root,
    h('h2', { class: 'ticker-label' }, t('ticker.heading', loc, { quarter: report.quarter })),
    items.length === 0
      ? h('p', { class: 'ticker-none' }, t('ticker.none', loc))
      : h('ul', { class: 'ticker-items' }, items),
  );
}
