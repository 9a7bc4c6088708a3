// Money moves that make news: a provider drawing on its credit line, repaying debt, or its
// parent group injecting cash to cover a hole. Read from the quarter's books, in the scenario's
// provider order, so the report says what the balance sheets did and nothing else.

import type { Finance } from './finance.ts';
import type { Scenario } from './types.ts';

export interface FinanceNews {
  provider: string;
  kind: 'draw' | 'repay' | 'injection';
  /** CNY B: the Finance flow itself (newDebt, repay or injection). */
  amount: number;
}

export function financeNews(scenario: Scenario, finances: readonly Finance[]): FinanceNews[] {
  const news: FinanceNews[] = [];
  finances.forEach((f, p) => {
    const provider = scenario.providers[p]!.id;
    if (f.newDebt > 0) news.push({ provider, kind: 'draw', amount: f.newDebt });
    if (f.repay > 0) news.push({ provider, kind: 'repay', amount: f.repay });
    if (f.injection > 0) news.push({ provider, kind: 'injection', amount: f.injection });
  });
  return news;
}
