// The funding rule of finance.ts and the two read-outs built on it: financeStatus (where a
// provider stands now) and fundingOutlook (what a plan does to cash floor and credit line),
// checked against the quarters the engine then actually plays.

import { beforeAll, describe, expect, it } from 'vitest';
import { settleFunding } from '../../game/engine/finance.ts';
import type { GameState, Scenario } from '../../game/engine/index.ts';
import {
  financeStatus,
  fundingOutlook,
  isFinished,
  playQuarter,
  resolveQuarter,
  spendingRoom,
  startGame,
} from '../../game/engine/index.ts';
import type { Genes } from '../helpers/drafts.ts';
import { SPENDTHRIFT, draftFromGenes } from '../helpers/drafts.ts';
import { close } from '../helpers/invariants.ts';
import { SCENARIO_DIR, loadScenario } from '../helpers/scenarios.ts';

let scenario: Scenario;
beforeAll(async () => {
  scenario = await loadScenario(`${SCENARIO_DIR}china-2023-price-war.yaml`);
});

describe('settleFunding', () => {
  const market = { minCash: 1 } as Scenario['market'];

  it('draws up to the floor while the credit line has room', () => {
    expect(settleFunding(market, -3, 10, 50)).toEqual({
      newDebt: 4,
      repay: 0,
      injection: 0,
      cash: 1,
    });
  });

  it('draws what is left of the line, then the parent covers the hole below zero', () => {
    expect(settleFunding(market, -3, 48, 50)).toEqual({
      newDebt: 2,
      repay: 0,
      injection: 1,
      cash: 0,
    });
    // A line already over its cap (the cap fell with EBITDA) lends nothing.
    expect(settleFunding(market, 0.5, 60, 50)).toEqual({
      newDebt: 0,
      repay: 0,
      injection: 0,
      cash: 0.5,
    });
  });

  it('repays from cash above twice the floor, never more than the debt', () => {
    expect(settleFunding(market, 5, 10, 50)).toEqual({
      newDebt: 0,
      repay: 3,
      injection: 0,
      cash: 2,
    });
    expect(settleFunding(market, 5, 1, 50)).toEqual({
      newDebt: 0,
      repay: 1,
      injection: 0,
      cash: 4,
    });
    expect(settleFunding(market, 1.5, 10, 50)).toEqual({
      newDebt: 0,
      repay: 0,
      injection: 0,
      cash: 1.5,
    });
  });
});

/** Prices on the market path, no capex, no spending: cash stays clear of the floor. */
const FRUGAL: Genes = { ...SPENDTHRIFT, price: [0.8, 0.8, 0.8], gpu: 0, budget: 0, exit: 0.2 };

/** Alibaba spending everything it has, quarter after quarter, until the game ends. */
function spendthriftStates(): GameState[] {
  let state = startGame(scenario, { seed: 3, humans: ['ALI'] }).state;
  const states = [state];
  while (!isFinished(scenario, state)) {
    const decision = draftFromGenes(scenario, state, 'ALI', SPENDTHRIFT);
    state = playQuarter(scenario, state, { ALI: decision }).state;
    states.push(state);
  }
  return states;
}

describe('financeStatus', () => {
  it('shows the floor, the limit the draft validation lends against, and next quarter’s interest', () => {
    const states = spendthriftStates();
    const p = scenario.providers.findIndex((s) => s.id === 'ALI');
    let withDebt = 0;
    for (let q = 0; q + 1 < states.length; q++) {
      const state = states[q]!;
      const status = financeStatus(scenario, state, p);
      const ps = state.providers[p]!;
      expect(status.cash).toBe(ps.cash);
      expect(status.debt).toBe(ps.debt);
      expect(status.cashFloor).toBe(scenario.market.minCash);
      expect(status.creditLeft).toBe(Math.max(0, status.creditLimit - ps.debt));
      expect(status.cash + status.creditLeft).toBe(spendingRoom(scenario, state, p));
      expect(status.injected).toBe(ps.cumInjection);
      // The interest the next quarter actually charges.
      const next = playQuarter(scenario, state, {
        ALI: draftFromGenes(scenario, state, 'ALI', SPENDTHRIFT),
      }).report.providers[p]!.finance;
      expect(status.interestDue).toBe(next.interest);
      if (ps.debt > 0) {
        withDebt += 1;
        expect(status.interestDue).toBeGreaterThan(0);
      }
    }
    expect(withDebt, 'the spendthrift carries debt in several quarters').toBeGreaterThan(2);
  });
});

describe('fundingOutlook', () => {
  it('foretells the draw, injection and interest of the quarter as it is then played', () => {
    const states = spendthriftStates();
    const p = scenario.providers.findIndex((s) => s.id === 'ALI');
    const seen = { draw: 0, injection: 0, clear: 0 };
    for (let q = 0; q + 1 < states.length; q++) {
      const state = states[q]!;
      // The first quarter is played frugally, so a plan that keeps cash clear is checked too.
      const genes = q === 0 ? FRUGAL : SPENDTHRIFT;
      const decision = draftFromGenes(scenario, state, 'ALI', genes);
      const projected = resolveQuarter(scenario, state, { ALI: decision }).report;
      const outlook = fundingOutlook(scenario, state, p, projected.providers[p]!.finance);
      const played = playQuarter(scenario, state, { ALI: decision });
      const f = played.report.providers[p]!.finance;
      expect(outlook.draw).toBe(f.newDebt);
      expect(outlook.injection).toBe(f.injection);
      expect(outlook.debt).toBe(played.state.providers[p]!.debt);
      expect(outlook.cash).toBe(played.state.providers[p]!.cash);
      expect(outlook.cashFloor).toBe(scenario.market.minCash);
      expect(outlook.creditLimit).toBe(f.creditLimit);
      const after = financeStatus(scenario, played.state, p);
      expect(outlook.interestDue).toBe(after.interestDue);
      const settled = outlook.cashBeforeFunding + outlook.draw - outlook.repay + outlook.injection;
      expect(close(settled, f.cash, 1e-12, Math.abs(outlook.cashBeforeFunding) + 1)).toBe(true);
      expect(outlook.belowFloor).toBe(outlook.cashBeforeFunding < outlook.cashFloor);
      if (outlook.draw > 0 || outlook.injection > 0) expect(outlook.belowFloor).toBe(true);
      if (outlook.draw > 0) seen.draw += 1;
      if (outlook.injection > 0) seen.injection += 1;
      if (!outlook.belowFloor) seen.clear += 1;
    }
    expect(seen.draw).toBeGreaterThan(0);
    expect(seen.injection).toBeGreaterThan(0);
    expect(seen.clear).toBeGreaterThan(0);
  });
});
