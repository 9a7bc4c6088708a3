// Shown before the player commits when the draft, as the engine projects it, takes cash below
// the floor: how much the credit line lends, at what rate, and whether the parent must inject.

import type { FundingOutlook } from '../../engine/index.ts';
import { formatMoney, formatMoneyPerQuarter, formatRate, t } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/index.ts';
import { Term } from '../view/Term.tsx';

export function FundingWarning(props: { outlook: FundingOutlook | null; loc: Locale }) {
  const { outlook, loc } = props;
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
  const severe = outlook.injection > 0;
  return (
    <div class={`funding-warning${severe ? ' severe' : ''}`} id="dec-funding" role="status">
      <p class="funding-title">
        <span aria-hidden="true">⚠ </span>
        {t('finance.warnTitle', loc)}{' '}
        <Term name={severe ? 'injection' : 'creditLine'} loc={loc} text="?" />
      </p>
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}
