// Credit-line draws, repayments and parent injections as sentences a player reads, in the
// ticker and the report. The player's own news come first; an injection is marked as a warning.

import type { FinanceNews, Scenario } from '../engine/index.ts';
import { formatMoney, t } from '../i18n/index.ts';
import type { Locale } from '../i18n/index.ts';
import { h } from './dom.ts';
import { providerName } from './game-view.ts';

export function financeNewsText(scenario: Scenario, item: FinanceNews, loc: Locale): string {
  return t(`finance.${item.kind}`, loc, {
    name: providerName(scenario, item.provider, loc),
    amount: formatMoney(item.amount, loc),
  });
}

/** The news of `me` first, then everyone else's in the scenario's order. */
export function mineFirst(news: readonly FinanceNews[], me: string): FinanceNews[] {
  return [...news.filter((n) => n.provider === me), ...news.filter((n) => n.provider !== me)];
}

/** A news item's classes: its kind, and whether it is the player's own. */
export function financeNewsClass(item: FinanceNews, me: string): string {
  return ['fin-news', `fin-${item.kind}`, item.provider === me ? 'mine' : '']
    .filter(Boolean)
    .join(' ');
}

/** One list item; injections carry the warning class and a warning sign for screen readers too. */
export function financeNewsItem(
  scenario: Scenario,
  item: FinanceNews,
  me: string,
  loc: Locale,
): HTMLLIElement {
  return h(
    'li',
    { class: financeNewsClass(item, me), 'data-kind': item.kind },
    item.kind === 'injection'
      ? h('span', { class: 'warn-sign', 'aria-hidden': 'true' }, '⚠ ')
      : null,
    financeNewsText(scenario, item, loc),
  );
}
