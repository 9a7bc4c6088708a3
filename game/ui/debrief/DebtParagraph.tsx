// The debrief's plain-words account of the team's borrowing, from debtSummary: debt and cash
// at the end, quarters with a credit-line draw, interest paid, and any parent injection (a
// warning: the credit line was not enough).

import type { Scenario } from '../../engine/index.ts';
import { formatMoney, t } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/index.ts';
import type { DebtSummary } from '../debt-summary.ts';
import { providerName } from '../game-view.ts';

export function DebtParagraph(props: {
  scenario: Scenario;
  team: string;
  summary: DebtSummary;
  loc: Locale;
}) {
  const { summary, loc } = props;
  const values = {
    name: providerName(props.scenario, props.team, loc),
    debt: formatMoney(summary.debt, loc),
    limit: formatMoney(summary.creditLimit, loc),
    cash: formatMoney(summary.cash, loc),
    draws: summary.draws,
    quarters: summary.quarters,
    interest: formatMoney(summary.interest, loc),
    historyDebt: formatMoney(summary.historyDebt, loc),
    injected: formatMoney(summary.injected, loc),
  };
  const borrowed = summary.draws > 0 || summary.debt > 0;
  return (
    <p class="debt-summary" id="db-debt">
      {t(borrowed ? 'finance.debriefDebt' : 'finance.debriefNoDebt', loc, values)}
      {summary.injected > 0 ? (
        <>
          {' '}
          <strong class="warn-text">{t('finance.debriefInjection', loc, values)}</strong>
        </>
      ) : null}
    </p>
  );
}
