// What a run did with debt, for the debrief: where debt, cash and the credit limit ended, how
// many quarters drew on the credit line, the interest paid and the parent's injections, and the
// history run's final debt to compare with. Read from the quarter reports only.

import type { QuarterReport } from '../engine/index.ts';

export interface DebtSummary {
  /** CNY B at the end of the run. */
  debt: number;
  cash: number;
  creditLimit: number;
  /** Quarters in which the provider drew on its credit line. */
  draws: number;
  quarters: number;
  /** CNY B over the run. */
  interest: number;
  injected: number;
  /** CNY B of debt the history run ended with (NaN without one). */
  historyDebt: number;
  /** Debt per played quarter, for the chart. */
  path: number[];
  historyPath: number[];
}

function financeOf(report: QuarterReport, provider: string) {
  return report.providers.find((p) => p.id === provider)?.finance;
}

export function debtSummary(
  reports: readonly QuarterReport[],
  history: readonly QuarterReport[],
  provider: string,
): DebtSummary {
  const last = reports.at(-1);
  const end = last ? financeOf(last, provider) : undefined;
  let draws = 0;
  let interest = 0;
  let injected = 0;
  for (const r of reports) {
    if (r.financeNews.some((n) => n.provider === provider && n.kind === 'draw')) draws += 1;
    const f = financeOf(r, provider);
    interest += f?.interest ?? 0;
    injected += f?.injection ?? 0;
  }
  const historyPath = history.map((r) => financeOf(r, provider)?.debt ?? Number.NaN);
  return {
    debt: end?.debt ?? 0,
    cash: end?.cash ?? 0,
    creditLimit: end?.creditLimit ?? 0,
    draws,
    quarters: reports.length,
    interest,
    injected,
    historyDebt: historyPath.at(-1) ?? Number.NaN,
    path: reports.map((r) => financeOf(r, provider)?.debt ?? Number.NaN),
    historyPath,
  };
}
