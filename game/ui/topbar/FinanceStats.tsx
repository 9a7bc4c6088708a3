// The top bar's finance figures for the active provider: debt against its credit limit, and the
// interest the next quarter charges with the cash floor, read from the engine's financeStatus.

import { financeStatus } from '../../engine/index.ts';
import type { GameState, Scenario } from '../../engine/index.ts';
import { formatMoney, formatMoneyPerQuarter, t } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/index.ts';
import { Term } from '../view/Term.tsx';
import { Stat } from './Stat.tsx';

export function FinanceStats(props: {
  scenario: Scenario;
  game: GameState;
  provider: number;
  loc: Locale;
}) {
  const { loc } = props;
  const s = financeStatus(props.scenario, props.game, props.provider);
  // Warn once most of the line is drawn, or once the parent has had to step in.
  const strained = s.debt > 0.8 * s.creditLimit || s.injected > 0;
  const limit = t('top.debtLimit', loc, { value: formatMoney(s.creditLimit, loc) });
  const floor = t('top.cashFloor', loc, { value: formatMoney(s.cashFloor, loc) });
  return (
    <>
      <Stat
        id="st-debt"
        class={`stat-finance${strained ? ' warn' : ''}`}
        label={<Term name="creditLine" loc={loc} text={t('top.debt', loc)} />}
        value={
          <>
            {formatMoney(s.debt, loc)}
            <span class="stat-sub">
              <Term name="debtCap" loc={loc} text={limit} />
            </span>
          </>
        }
      />
      <Stat
        id="st-interest"
        class="stat-finance"
        label={t('top.interest', loc)}
        value={
          <>
            {formatMoneyPerQuarter(s.interestDue, loc)}
            <span class="stat-sub">
              <Term name="cashFloor" loc={loc} text={floor} />
            </span>
          </>
        }
      />
    </>
  );
}
