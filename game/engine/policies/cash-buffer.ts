// A rival keeps cash above the market's floor (market.minCash) by `cashBuffer` × last quarter's
// revenue: it forecasts this quarter's operating cash from last quarter's and holds back
// capacity orders first, then up to half of its discretionary spending. Without it every
// rival spent down to the floor and lived on the credit line from 2023 on.

import { debtCap } from '../finance.ts';
import type { Decision } from '../types.ts';
import type { PolicyReason } from './reasons.ts';
import type { PolicyView } from './view.ts';

/** Least share of planned R&D, ecosystem and security spending a rival keeps. */
const MIN_OPEX_SCALE = 0.5;
/** Part of the unused credit line a rival spends on capacity when its GPUs are busy. */
const CREDIT_FOR_BUSY_CAPACITY = 0.5;
/** Cash within this fraction of the floor counts as sitting at it. */
export const NEAR_FLOOR = 0.01;

export function keepCashBuffer(
  view: PolicyView,
  decision: Decision,
): { decision: Decision; params: PolicyReason['params'] | undefined } {
  const { self, spec, scenario } = view;
  const market = scenario.market;
  const lastEbitda = self.ebitdaHistory.at(-1) ?? 0;
  const lastDiscretionary = self.spend.rnd + self.spend.ecosystem + self.spend.security;
  const tax = market.taxRate * Math.max(0, self.last.ebita);
  const interest = (spec.interestRate / 4) * self.debt;
  const inflow = lastEbitda + lastDiscretionary - tax - interest;
  const floor = market.minCash;
  const target = floor + spec.policy.cashBuffer * Math.max(0, self.last.revenue);
  // Capacity that demand already fills may still be bought on credit (it will be used), in
  // tranches: not in a quarter that starts with cash at the floor after the last draw. The rest
  // of the plan waits for cash.
  const busy =
    self.last.gpuUtilisation >= spec.policy.utilisationTarget &&
    self.cash > floor * (1 + NEAR_FLOOR);
  const headroom = busy
    ? Math.max(0, debtCap(market, spec, self.ebitdaHistory) - self.debt) * CREDIT_FOR_BUSY_CAPACITY
    : 0;
  const room = self.cash + inflow - target + headroom;
  const capex = decision.gpuCapex + decision.dcCapex;
  const opex = decision.rnd + decision.ecosystem + decision.security;
  const cashDeal = decision.creditDeal.amount * (1 - decision.creditDeal.creditFraction);
  const planned = capex + opex + cashDeal;
  if (planned <= room || planned <= 0) return { decision, params: undefined };
  const fitted: Decision = {
    ...decision,
    price: { ...decision.price },
    creditDeal: { ...decision.creditDeal },
  };
  // Capacity and deals give way first; discretionary spending keeps at least half its plan.
  const opexKept = Math.max(MIN_OPEX_SCALE * opex, Math.min(opex, room));
  const forCapex = Math.max(0, room - opexKept);
  const capexScale = capex + cashDeal > 0 ? Math.min(1, forCapex / (capex + cashDeal)) : 1;
  const opexScale = opex > 0 ? opexKept / opex : 1;
  fitted.gpuCapex *= capexScale;
  fitted.dcCapex *= capexScale;
  fitted.creditDeal.amount *= capexScale;
  fitted.rnd *= opexScale;
  fitted.ecosystem *= opexScale;
  fitted.security *= opexScale;
  const kept = fitted.gpuCapex + fitted.dcCapex + fitted.rnd + fitted.ecosystem + fitted.security;
  return {
    decision: fitted,
    params: { then: 'cash-buffer', cash: self.cash, floor, scale: kept / (capex + opex) },
  };
}
