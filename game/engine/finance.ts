// One provider's quarter in money (MODEL.md §2.10): P&L, credits-for-equity ledger,
// receivables, cash, and automatic borrowing up to the debt cap. Every flow is returned so the
// tests can check the cash and balance-sheet identities exactly.

import { pow } from './portable-math.ts';
import type { MarketSpec, ProviderSpec, ProviderState } from './types.ts';

export interface FinanceInput {
  market: MarketSpec;
  spec: ProviderSpec;
  prev: ProviderState;
  t: number;
  /** Quarters since the provider's PaaS ratio started growing (0 before). */
  paasQuarters: number;
  iaasRevenue: number;
  tokenRevenue: number;
  variableCost: number;
  /** Revenue from AI start-ups' compute, the base on which credits are burned. */
  startupRevenue: number;
  creditBurn: number;
  complianceCost: number;
  impairmentFraction: number;
  integration: number;
  gpu: number;
  cpu: number;
  /** Cost of CPU/storage capacity relative to the origin: it falls with the compute reference price. */
  cpuCostIndex: number;
  decision: {
    gpuCapex: number;
    dcCapex: number;
    rnd: number;
    ecosystem: number;
    security: number;
    creditDeal: { amount: number; creditFraction: number };
  };
}

export interface Finance {
  revenue: number;
  iaasRevenue: number;
  tokenRevenue: number;
  paasRevenue: number;
  projectRevenue: number;
  otherRevenue: number;
  creditRevenue: number;
  cogs: number;
  depreciation: number;
  opex: number;
  ebita: number;
  tax: number;
  interest: number;
  impairment: number;
  breakage: number;
  netIncome: number;
  receivables: number;
  deltaReceivables: number;
  cfo: number;
  capex: number;
  cashInvest: number;
  fcf: number;
  newDebt: number;
  repay: number;
  injection: number;
  cash: number;
  debt: number;
  credits: number[];
  stake: number;
  gpuBook: number;
  cpuBook: number;
  debtCap: number;
  /** Cash the provider keeps at least (market.minCash, CNY B): below it the credit line is drawn. */
  cashFloor: number;
  /** Most debt the credit line allows after this quarter (CNY B): the same number as debtCap. */
  creditLimit: number;
}

function total(values: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i]!;
  return s;
}

/** The last four quarters' EBITDA: the three before and `latest` (built without an iterator). */
export function trailingEbitda(history: readonly number[], latest: number): number[] {
  const trailing = history.slice(-3);
  trailing.push(latest);
  return trailing;
}

export function debtCap(
  market: MarketSpec,
  spec: ProviderSpec,
  ebitdaHistory: readonly number[],
): number {
  return Math.max(spec.guarantee, market.debtCapMultiple * Math.max(0, total(ebitdaHistory)));
}

/** Interest due in a quarter on `debt` (CNY B) carried into it: a quarter of the yearly rate. */
export function quarterlyInterest(spec: ProviderSpec, debt: number): number {
  return (spec.interestRate / 4) * debt;
}

export interface Funding {
  newDebt: number;
  repay: number;
  injection: number;
  cash: number;
}

/**
 * How a quarter's cash is topped up or used to repay (MODEL.md §2.10): below the floor the credit
 * line is drawn up to the cap; above twice the floor debt is repaid; a hole left below zero is
 * covered by the parent group.
 */
export function settleFunding(
  market: MarketSpec,
  cashBeforeFunding: number,
  debt: number,
  cap: number,
): Funding {
  let cash = cashBeforeFunding;
  let newDebt = 0;
  let repay = 0;
  if (cash < market.minCash) newDebt = Math.min(market.minCash - cash, Math.max(0, cap - debt));
  else if (debt > 0 && cash > 2 * market.minCash) repay = Math.min(debt, cash - 2 * market.minCash);
  cash += newDebt - repay;
  // A cloud unit never goes bankrupt in this game: the parent group covers a cash hole, and the
  // debrief counts it against the player.
  const injection = cash < 0 ? -cash : 0;
  cash += injection;
  return { newDebt, repay, injection, cash };
}

export function settleFinance(input: FinanceInput): Finance {
  const { market, spec, prev, decision } = input;
  const years = input.t / 4;
  const paasRevenue =
    input.iaasRevenue * spec.paasRatio0 * pow(1 + spec.paasRatioGrowth, input.paasQuarters);
  const projectRevenue = spec.projectRevenue0 * input.integration;
  const otherRevenue = spec.otherRevenue0 * pow(1 + spec.otherGrowthPerYear, years);
  const revenue =
    input.iaasRevenue + input.tokenRevenue + paasRevenue + projectRevenue + otherRevenue;

  const depreciation = prev.gpuBook * market.gpuDecay + prev.cpuBook * market.cpuDecay;
  const opsCost =
    market.gpuOpsCost * input.gpu + market.cpuOpsCost * input.cpu * input.cpuCostIndex;
  const cogs =
    input.variableCost +
    opsCost +
    depreciation +
    projectRevenue * (1 - market.projectMargin) +
    (paasRevenue + otherRevenue) * (1 - market.otherMargin);
  const fixedCost = spec.fixedCost0 * pow(1 + spec.fixedCostGrowthPerYear, years);
  const opex =
    decision.rnd + decision.ecosystem + decision.security + fixedCost + input.complianceCost;
  const ebita = revenue - cogs - opex;

  // Credits-for-equity: the stake is booked at the full amount; the credit part is a liability
  // paid later in compute, the rest is cash now.
  const deal = decision.creditDeal;
  const granted = deal.amount * deal.creditFraction;
  const cashInvest = deal.amount - granted;
  // Newest first: this quarter's grant, then the older ones up to the expiry (no iterator).
  const credits = [granted];
  for (let age = 0; age < Math.min(prev.credits.length, market.creditExpiry); age++)
    credits.push(prev.credits[age]!);
  const outstanding = total(credits);
  let consume = Math.min(outstanding, market.creditBurn * input.creditBurn * input.startupRevenue);
  const creditRevenue = consume;
  for (let age = credits.length - 1; age >= 0 && consume > 0; age--) {
    const used = Math.min(credits[age]!, consume);
    credits[age] = credits[age]! - used;
    consume -= used;
  }
  // Credits older than the expiry lapse; the liability they leave behind is breakage income.
  const breakage = credits.length > market.creditExpiry ? credits.pop()! : 0;

  const impairment = prev.stake * input.impairmentFraction;
  const stake = prev.stake - impairment + deal.amount;
  const tax = market.taxRate * Math.max(0, ebita);
  const interest = quarterlyInterest(spec, prev.debt);
  const netIncome = ebita - interest - tax - impairment + breakage;

  const publicRevenue = revenue - projectRevenue - creditRevenue;
  const receivables =
    (projectRevenue * market.dsoProjects) / 90 +
    (Math.max(0, publicRevenue) * market.dsoPublic) / 90;
  const deltaReceivables = receivables - prev.receivables;
  const cfo = ebita + depreciation - tax - deltaReceivables - creditRevenue;
  const capex = decision.gpuCapex + decision.dcCapex;
  const fcf = cfo - capex - cashInvest;

  const history = trailingEbitda(prev.ebitdaHistory, ebita + depreciation);
  const cap = debtCap(market, spec, history);
  const { newDebt, repay, injection, cash } = settleFunding(
    market,
    prev.cash + fcf - interest,
    prev.debt,
    cap,
  );

  return {
    revenue,
    iaasRevenue: input.iaasRevenue,
    tokenRevenue: input.tokenRevenue,
    paasRevenue,
    projectRevenue,
    otherRevenue,
    creditRevenue,
    cogs,
    depreciation,
    opex,
    ebita,
    tax,
    interest,
    impairment,
    breakage,
    netIncome,
    receivables,
    deltaReceivables,
    cfo,
    capex,
    cashInvest,
    fcf,
    newDebt,
    repay,
    injection,
    cash,
    debt: prev.debt + newDebt - repay,
    credits,
    stake,
    gpuBook: prev.gpuBook - prev.gpuBook * market.gpuDecay + decision.gpuCapex,
    cpuBook: prev.cpuBook - prev.cpuBook * market.cpuDecay + decision.dcCapex,
    debtCap: cap,
    cashFloor: market.minCash,
    creditLimit: cap,
  };
}
