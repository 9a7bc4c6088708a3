// The best-responder's forecast works a plan out once and clears only the markets a candidate's
// price moves: it must still book, to the last bit, the EBITA that the engine's whole quarter
// (settleQuarter) books for the same decisions, whatever the quarter, provider or plan.

import { describe, expect, it } from 'vitest';
import type { Decision, GameState, Scenario } from '../../game/engine/index.ts';
import { isFinished, resolveQuarter, startGame, suggestDecision } from '../../game/engine/index.ts';
import { settleQuarter } from '../../game/engine/outcome.ts';
import { forecaster, samePlan, standStill } from '../../game/engine/policies/forecast.ts';
import { drawRandomEvents } from '../../game/engine/random-events.ts';
import { worldAt } from '../../game/engine/world.ts';
import { loadScenario, SCENARIO_DIR } from '../helpers/scenarios.ts';

/** The forecast the slow way: the engine's whole quarter with every rival holding. */
function wholeQuarterEbita(
  scenario: Scenario,
  state: GameState,
  p: number,
  decision: Decision,
): number {
  const random = drawRandomEvents(scenario, state, state.t + 1);
  const world = worldAt(scenario, random.draws, state.t + 1, state.choices);
  const decisions = state.providers.map((ps) => standStill(ps.trainShare));
  decisions[p] = decision;
  const outcome = settleQuarter(scenario, state, world, decisions, {
    draws: state.draws,
    rng: state.rng,
  });
  return outcome.books.finances[p]!.ebita;
}

function statesOf(scenario: Scenario): GameState[] {
  let state = startGame(scenario, { seed: 3, humans: [] }).state;
  const states: GameState[] = [];
  while (!isFinished(scenario, state)) {
    states.push(state);
    state = resolveQuarter(scenario, state).state;
  }
  return states;
}

const PRICE_STEPS = [
  [-0.3, 0],
  [-0.1, -0.2],
  [0, 0],
  [0.05, 0.05],
  [-0.45, 0.05],
] as const;

describe('the best-responder forecast', () => {
  it('reuses a worked-out plan only for a decision that differs in C and S prices alone', () => {
    const plan = standStill(0.2);
    const priced = (C: number, S: number, T = 0): Decision => ({
      ...plan,
      price: { C, S, T },
    });
    expect(samePlan(plan, priced(-0.3, 0.05))).toBe(true);
    expect(samePlan(plan, structuredClone(plan))).toBe(true);
    expect(samePlan(plan, priced(0, 0, -0.1))).toBe(false);
    expect(samePlan(plan, { ...plan, gpuCapex: 1 })).toBe(false);
    expect(samePlan(plan, { ...plan, creditDeal: { amount: 0, creditFraction: 0.5 } })).toBe(false);
    expect(samePlan(plan, { ...plan, priority: ['AIS'] })).toBe(false);
    expect(samePlan(plan, { ...plan, dilemma: { d: 'a' } })).toBe(false);
    expect(samePlan({ ...plan, dilemma: { d: 'a' } }, { ...plan, dilemma: { d: 'b' } })).toBe(
      false,
    );
  });

  for (const file of ['china-2023-price-war.yaml', 'china-2021-long-slide.yaml']) {
    it(`books exactly settleQuarter's EBITA for every candidate (${file})`, async () => {
      const scenario = await loadScenario(`${SCENARIO_DIR}${file}`);
      const states = statesOf(scenario).filter((_, i) => i % 4 === 1);
      let compared = 0;
      const distinct = new Set<number>();
      for (const state of states) {
        const random = drawRandomEvents(scenario, state, state.t + 1);
        const world = worldAt(scenario, random.draws, state.t + 1, state.choices);
        scenario.providers.forEach((spec, p) => {
          if (!spec.iaas) return;
          const forecast = forecaster(scenario, state, world, p);
          const plan = structuredClone(suggestDecision(scenario, state, spec.id).decision);
          // A second plan that spends differently, asked in between: the forecast must not
          // reuse the first plan's capacity, books or token market for it.
          const other: Decision = { ...plan, gpuCapex: plan.gpuCapex + 2, rnd: plan.rnd + 0.5 };
          // One that differs only deeper down (a credits-for-equity deal).
          const deal: Decision = { ...plan, creditDeal: { amount: 1, creditFraction: 0.5 } };
          for (const [dc, ds] of PRICE_STEPS)
            for (const base of [plan, other, deal]) {
              const decision = { ...base, price: { ...base.price, C: dc, S: ds } };
              const fast = forecast(decision);
              expect(fast).toBe(wholeQuarterEbita(scenario, state, p, decision));
              distinct.add(fast);
              compared++;
            }
        });
      }
      expect(compared).toBeGreaterThan(100);
      // The candidates' prices do move the forecast (the comparison is not of constants).
      expect(distinct.size).toBeGreaterThan(compared / 2);
    });
  }
});
