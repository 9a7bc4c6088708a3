// The top bar's finance figures for the active provider: debt against its credit limit, and the
// interest the next quarter charges with the cash floor, read from the engine's financeStatus.

import { financeStatus } from '../engine/index.ts';
import type { GameState, Scenario } from '../engine/index.ts';
import { formatMoney, formatMoneyPerQuarter, t } from '../i18n/index.ts';
import type { Locale } from '../i18n/index.ts';
import { h } from './dom.ts';
import { term } from './term.ts';

function stat(
  id: string,
  label: HTMLElement | string,
  value: string,
  sub: HTMLElement,
  warn: boolean,
): HTMLElement {
  return h(
    'div',
    { class: `stat stat-finance${warn ? ' warn' : ''}` },
    h('dt', { id }, label),
    h('dd', { 'aria-labelledby': id }, value, h('span', { class: 'stat-sub' }, sub)),
  );
}

export function financeStats(
  scenario: Scenario,
  game: GameState,
  provider: number,
  loc: Locale,
): HTMLElement[] {
  const s = financeStatus(scenario, game, provider);
  // Warn once most of the line is drawn, or once the parent has had to step in.
  const strained = s.debt > 0.8 * s.creditLimit || s.injected > 0;
  return [
    stat(
      'st-debt',
      term('creditLine', loc, t('top.debt', loc)),
      formatMoney(s.debt, loc),
      term('debtCap', loc, t('top.debtLimit', loc, { value: formatMoney(s.creditLimit, loc) })),
      strained,
    ),
    stat(
      'st-interest',
      t('top.interest', loc),
      formatMoneyPerQuarter(s.interestDue, loc),
      term('cashFloor', loc, t('top.cashFloor', loc, { value: formatMoney(s.cashFloor, loc) })),
      false,
    ),
  ];
}
