// Finance in plain sight: where a provider stands against its cash floor and credit line now
// (financeStatus, for the top bar and the map), and what a resolved quarter's plan does to them
// (fundingOutlook, for the warning before a player commits). Both read the engine's own rules in
// finance.ts; the UI never recomputes them.

import { debtCap, quarterlyInterest } from './finance.ts';
import type { Finance } from './finance.ts';
import type { GameState, Scenario } from './types.ts';

export interface FinanceStatus {
  /** CNY B. */
  cash: number;
  /** CNY B outstanding on the credit line. */
  debt: number;
  /** CNY B: cash never falls below it while the credit line has room. */
  cashFloor: number;
  /** CNY B: the most debt the credit line allows (max of parent guarantee, 3 × trailing EBITDA). */
  creditLimit: number;
  /** CNY B still undrawn on the credit line. */
  creditLeft: number;
  /** Fraction per year. */
  interestRate: number;
  /** CNY B of interest the next quarter charges on today's debt. */
  interestDue: number;
  /** CNY B the parent group has injected so far. */
  injected: number;
}

export function financeStatus(
  scenario: Scenario,
  state: GameState,
  provider: number,
): FinanceStatus {
  const spec = scenario.providers[provider]!;
  const ps = state.providers[provider]!;
  const creditLimit = debtCap(scenario.market, spec, ps.ebitdaHistory);
  return {
    cash: ps.cash,
    debt: ps.debt,
    cashFloor: scenario.market.minCash,
    creditLimit,
    creditLeft: Math.max(0, creditLimit - ps.debt),
    interestRate: spec.interestRate,
    interestDue: quarterlyInterest(spec, ps.debt),
    injected: ps.cumInjection,
  };
}

export interface FundingOutlook {
  /** CNY B the quarter would leave in cash before any borrowing, repayment or injection. */
  cashBeforeFunding: number;
  cashFloor: number;
  creditLimit: number;
  /** CNY B drawn on the credit line. */
  draw: number;
  /** CNY B of debt repaid. */
  repay: number;
  /** CNY B the parent group would have to inject (the credit line is exhausted). */
  injection: number;
  /** CNY B of cash after the quarter, funding included. */
  cash: number;
  /** CNY B of debt after the quarter. */
  debt: number;
  /** Fraction per year. */
  interestRate: number;
  /** CNY B of interest a quarter on the debt after this quarter, from the next quarter on. */
  interestDue: number;
  /**
   * The plan pushes cash below the floor before funding: it draws credit, needs the parent, or
   * (credit line used up) leaves cash under the floor.
   */
  belowFloor: boolean;
}

/**
 * What `finance`, this quarter's books of `provider` resolved from `state` (a projection of a
 * draft, or the quarter actually played), does to its cash floor and credit line.
 */
export function fundingOutlook(
  scenario: Scenario,
  state: GameState,
  provider: number,
  finance: Finance,
): FundingOutlook {
  const spec = scenario.providers[provider]!;
  const ps = state.providers[provider]!;
  // The same sum settleFinance funds: cash carried in, free cash flow, interest paid.
  const cashBeforeFunding = ps.cash + finance.fcf - finance.interest;
  return {
    cashBeforeFunding,
    cashFloor: finance.cashFloor,
    creditLimit: finance.creditLimit,
    draw: finance.newDebt,
    repay: finance.repay,
    injection: finance.injection,
    cash: finance.cash,
    debt: finance.debt,
    interestRate: spec.interestRate,
    interestDue: quarterlyInterest(spec, finance.debt),
    belowFloor: cashBeforeFunding < finance.cashFloor,
  };
}
