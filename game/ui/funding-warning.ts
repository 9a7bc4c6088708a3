// The decision panel's financing warning: shown before the player commits when the draft, as
// the engine projects it, takes cash below the floor. It says how much the credit line lends, at
// what rate and interest, and whether the parent group would have to inject cash.

import type { FundingOutlook } from '../engine/index.ts';
import { formatMoney, formatMoneyPerQuarter, formatRate, t } from '../i18n/index.ts';
import type { Locale } from '../i18n/index.ts';
import { h } from './dom.ts';
import { term } from './term.ts';

export function fundingWarning(outlook: FundingOutlook | null, loc: Locale): HTMLElement | null {
  if (!outlook?.belowFloor) return null;
  const values = {
    before: formatMoney(outlook.cashBeforeFunding, loc),
    floor: formatMoney(outlook.cashFloor, loc),
    limit: formatMoney(outlook.creditLimit, loc),
    draw: formatMoney(outlook.draw, loc),
    rate: formatRate(outlook.interestRate, loc),
    debt: formatMoney(outlook.debt, loc),
    interest: formatMoneyPerQuarter(outlook.interestDue, loc),
    injection: formatMoney(outlook.injection, loc),
  };
  const lines = [
    outlook.draw > 0 ? t('finance.warnDraw', loc, values) : t('finance.warnExhausted', loc, values),
  ];
  if (outlook.injection > 0) lines.push(t('finance.warnInjection', loc, values));
  return h(
    'div',
    {
      class: `funding-warning${outlook.injection > 0 ? ' severe' : ''}`,
      id: 'dec-funding',
      role: 'status',
    },
    h(
      'p',
      { class: 'funding-title' },
      h('span', { 'aria-hidden': 'true' }, '⚠ '),
      t('finance.warnTitle', loc),
      ' ',
      term(outlook.injection > 0 ? 'injection' : 'creditLine', loc, '?'),
    ),
    lines.map((line) => h('p', {}, line)),
  );
}
