// The report's money section: where the player's provider stands against its cash floor and
// credit limit after the quarter, and every provider's credit-line draw, repayment or parent
// injection of the quarter.

import type { QuarterReport, Scenario } from '../engine/index.ts';
import { formatMoney, formatMoneyPerQuarter, t } from '../i18n/index.ts';
import type { Locale } from '../i18n/index.ts';
import { h } from './dom.ts';
import { financeNewsItem, mineFirst } from './finance-news.ts';
import { providerName } from './game-view.ts';
import { term } from './term.ts';

export function financeSection(
  scenario: Scenario,
  report: QuarterReport,
  me: string,
  loc: Locale,
  idPrefix: string,
): HTMLElement {
  const mine = report.providers.find((p) => p.id === me);
  const headingId = `${idPrefix}-fin-${report.quarter}`;
  return h(
    'section',
    { class: 'finance', 'aria-labelledby': headingId },
    h('h3', { id: headingId }, t('finance.heading', loc), ' ', term('creditLine', loc, '?')),
    mine
      ? h(
          'p',
          { class: 'fin-summary' },
          t('finance.summary', loc, {
            name: providerName(scenario, me, loc),
            cash: formatMoney(mine.finance.cash, loc),
            floor: formatMoney(mine.finance.cashFloor, loc),
            debt: formatMoney(mine.finance.debt, loc),
            limit: formatMoney(mine.finance.creditLimit, loc),
            interest: formatMoneyPerQuarter(mine.finance.interest, loc),
          }),
        )
      : null,
    report.financeNews.length === 0
      ? h('p', { class: 'hint' }, t('finance.none', loc))
      : h(
          'ul',
          { class: 'fin-news-list' },
          mineFirst(report.financeNews, me).map((n) => financeNewsItem(scenario, n, me, loc)),
        ),
  );
}
