// finance.ts settleFinance: over random books and flows, the cash identity, the balance
// sheet identity, the credit ledger and the borrowing cap of MODEL.md §2.10/§2.15.5 hold.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FinanceInput } from '../../game/engine/finance.ts';
import { debtCap, settleFinance } from '../../game/engine/finance.ts';
import type { ProviderState } from '../../game/engine/index.ts';
import { newGame } from '../../game/engine/index.ts';
import { close, equityOf, sum } from '../helpers/invariants.ts';
import { makeScenario } from '../helpers/make-scenario.ts';

const scenario = makeScenario();
const origin = newGame(scenario, { seed: 1, humans: [] }).providers[1]!;
const expiry = scenario.market.creditExpiry;

const money = (max: number) => fc.oneof(fc.constant(0), fc.double({ min: 0, max, noNaN: true }));

const inputArb: fc.Arbitrary<FinanceInput> = fc
  .record({
    cash: fc.double({ min: 0, max: 60, noNaN: true }),
    debt: money(40),
    receivables: money(10),
    credits: fc.array(money(3), { minLength: expiry, maxLength: expiry }),
    stake: money(10),
    gpuBook: money(60),
    cpuBook: money(60),
    ebitda: fc.array(fc.double({ min: -5, max: 10, noNaN: true }), { minLength: 4, maxLength: 4 }),
    t: fc.integer({ min: 1, max: 40 }),
    iaasRevenue: money(20),
    tokenRevenue: money(5),
    variableCost: money(15),
    startupRevenue: money(5),
    creditBurn: fc.double({ min: 0.5, max: 2, noNaN: true }),
    complianceCost: money(0.1),
    impairmentFraction: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1, noNaN: true })),
    integration: fc.double({ min: 0.01, max: 2, noNaN: true }),
    gpu: money(300),
    cpu: money(30),
    cpuCostIndex: fc.double({ min: 0.3, max: 1, noNaN: true }),
    gpuCapex: money(20),
    dcCapex: money(20),
    rnd: money(10),
    ecosystem: money(5),
    security: money(5),
    amount: money(3),
    creditFraction: fc.double({ min: 0, max: 0.8, noNaN: true }),
  })
  .map((r) => {
    const prev: ProviderState = {
      ...origin,
      cash: r.cash,
      debt: r.debt,
      receivables: r.receivables,
      credits: r.credits,
      stake: r.stake,
      gpuBook: r.gpuBook,
      cpuBook: r.cpuBook,
      ebitdaHistory: r.ebitda,
    };
    return {
      market: scenario.market,
      spec: scenario.providers[1]!,
      prev,
      t: r.t,
      paasQuarters: Math.max(0, r.t - 1),
      iaasRevenue: r.iaasRevenue,
      tokenRevenue: r.tokenRevenue,
      variableCost: r.variableCost,
      startupRevenue: r.startupRevenue,
      creditBurn: r.creditBurn,
      complianceCost: r.complianceCost,
      impairmentFraction: r.impairmentFraction,
      integration: r.integration,
      gpu: r.gpu,
      cpu: r.cpu,
      cpuCostIndex: r.cpuCostIndex,
      decision: {
        gpuCapex: r.gpuCapex,
        dcCapex: r.dcCapex,
        rnd: r.rnd,
        ecosystem: r.ecosystem,
        security: r.security,
        creditDeal: { amount: r.amount, creditFraction: r.creditFraction },
      },
    };
  });

function after(prev: ProviderState, f: ReturnType<typeof settleFinance>): ProviderState {
  return {
    ...prev,
    cash: f.cash,
    debt: f.debt,
    receivables: f.receivables,
    credits: f.credits,
    stake: f.stake,
    gpuBook: f.gpuBook,
    cpuBook: f.cpuBook,
  };
}

const RUNS = { seed: 42, numRuns: 1000 };

describe('settleFinance', () => {
  it('ΔCash = CFO − capex − cash invested − interest + new debt − repayment + injection (1e-9 relative)', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const f = settleFinance(input);
        const flows =
          f.cfo - f.capex - f.cashInvest - f.interest + f.newDebt - f.repay + f.injection;
        const scale = Math.max(1, input.prev.cash, Math.abs(f.cfo), f.capex, f.revenue);
        expect(close(f.cash - input.prev.cash, flows, 1e-9, scale)).toBe(true);
        expect(close(f.fcf, f.cfo - f.capex - f.cashInvest, 1e-12, scale)).toBe(true);
        expect(f.capex).toBe(input.decision.gpuCapex + input.decision.dcCapex);
        expect(close(f.ebita, f.revenue - f.cogs - f.opex, 1e-12, scale)).toBe(true);
      }),
      RUNS,
    );
  });

  it('changes equity (cash + AR + PP&E + stake − debt − credits) by net income + injection', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const f = settleFinance(input);
        const change = equityOf(after(input.prev, f)) - equityOf(input.prev);
        const scale = Math.max(1, Math.abs(equityOf(input.prev)), f.revenue, f.capex);
        expect(close(change, f.netIncome + f.injection, 1e-9, scale)).toBe(true);
      }),
      RUNS,
    );
  });

  it('keeps the credit ledger non-negative: Cred(t) = Cred(t−1) + granted − consumed − expired', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const f = settleFinance(input);
        const granted = input.decision.creditDeal.amount * input.decision.creditDeal.creditFraction;
        for (const c of f.credits) expect(c).toBeGreaterThanOrEqual(0);
        expect(f.credits).toHaveLength(expiry);
        expect(f.creditRevenue).toBeGreaterThanOrEqual(0);
        expect(f.creditRevenue).toBeLessThanOrEqual(sum(input.prev.credits) + granted + 1e-12);
        expect(f.breakage).toBeGreaterThanOrEqual(0);
        const expected = sum(input.prev.credits) + granted - f.creditRevenue - f.breakage;
        expect(close(sum(f.credits), expected, 1e-12, 1)).toBe(true);
      }),
      RUNS,
    );
  });

  it('never borrows above the cap, borrows only below minimum cash, and never leaves cash negative', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const f = settleFinance(input);
        const prev = input.prev;
        expect(f.newDebt).toBeGreaterThanOrEqual(0);
        expect(f.repay).toBeGreaterThanOrEqual(0);
        expect(f.repay).toBeLessThanOrEqual(prev.debt);
        expect(f.newDebt > 0 && f.repay > 0).toBe(false);
        if (f.newDebt > 0) expect(f.debt).toBeLessThanOrEqual(f.debtCap * (1 + 1e-12));
        expect(f.debt).toBeLessThanOrEqual(Math.max(prev.debt, f.debtCap) * (1 + 1e-12));
        const cap = debtCap(input.market, input.spec, [
          ...prev.ebitdaHistory.slice(-3),
          f.ebita + f.depreciation,
        ]);
        expect(f.debtCap).toBe(cap);
        expect(f.cash).toBeGreaterThanOrEqual(0);
        if (f.injection > 0) {
          // The parent pays only after the credit line is exhausted.
          expect(f.cash).toBe(0);
          expect(f.debt).toBeGreaterThanOrEqual(Math.min(prev.debt, f.debtCap) - 1e-12);
        }
        expect(f.tax).toBeGreaterThanOrEqual(0);
        expect(f.tax).toBeCloseTo(input.market.taxRate * Math.max(0, f.ebita), 12);
      }),
      RUNS,
    );
  });

  it('lets unused credits lapse exactly after the expiry, as breakage income', () => {
    let prev: ProviderState = { ...origin, credits: new Array<number>(expiry).fill(0), cash: 20 };
    const base: FinanceInput = {
      market: scenario.market,
      spec: scenario.providers[1]!,
      prev,
      t: 1,
      paasQuarters: 0,
      iaasRevenue: 3,
      tokenRevenue: 0,
      variableCost: 1,
      startupRevenue: 0,
      creditBurn: 1,
      complianceCost: 0,
      impairmentFraction: 0,
      integration: 1,
      gpu: 80,
      cpu: 7,
      cpuCostIndex: 1,
      decision: {
        gpuCapex: 0,
        dcCapex: 0,
        rnd: 0,
        ecosystem: 0,
        security: 0,
        creditDeal: { amount: 2, creditFraction: 0.5 },
      },
    };
    const breakage: number[] = [];
    for (let q = 0; q <= expiry + 1; q++) {
      const input: FinanceInput =
        q === 0
          ? base
          : {
              ...base,
              prev,
              decision: { ...base.decision, creditDeal: { amount: 0, creditFraction: 0 } },
            };
      const f = settleFinance(input);
      breakage.push(f.breakage);
      prev = after(prev, f);
      prev.ebitdaHistory = [...prev.ebitdaHistory.slice(-3), f.ebita + f.depreciation];
    }
    // Granted in quarter 0, lapses at the end of quarter `expiry`: never before, never twice.
    expect(breakage.map((b, q) => (q === expiry ? b === 1 : b === 0))).toEqual(
      breakage.map(() => true),
    );
  });

  it('burns credits oldest first and books what is burned as (non-cash) revenue', () => {
    const prev: ProviderState = { ...origin, credits: [0, 0, 1, 0, 0, 0, 0, 2].slice(0, expiry) };
    const f = settleFinance({
      market: scenario.market,
      spec: scenario.providers[1]!,
      prev,
      t: 3,
      paasQuarters: 0,
      iaasRevenue: 4,
      tokenRevenue: 0,
      variableCost: 1,
      startupRevenue: 10 / scenario.market.creditBurn,
      creditBurn: 0.25,
      complianceCost: 0,
      impairmentFraction: 0,
      integration: 1,
      gpu: 80,
      cpu: 7,
      cpuCostIndex: 1,
      decision: {
        gpuCapex: 0,
        dcCapex: 0,
        rnd: 0,
        ecosystem: 0,
        security: 0,
        creditDeal: { amount: 0, creditFraction: 0 },
      },
    });
    expect(f.creditRevenue).toBeCloseTo(2.5, 12);
    // The oldest (age 7) block of 2 is burned first, then 0.5 of the age-2 block; the
    // remaining 0.5 moves to age 3.
    expect(sum(f.credits)).toBeCloseTo(0.5, 12);
    expect(f.breakage).toBe(0);
  });
});
