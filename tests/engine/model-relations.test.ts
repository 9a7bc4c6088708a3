// Relations around MODEL.md §2.15.9 that needed a decision. Part A: two bugs the test sweep
// found, now fixed. Part B: what the engine does where the model text and its equations part
// ways (see game/engine/README.md): own price cuts now always help (contestable demand grows
// with the market's underlying volume, not with price-induced volume); a different switching
// cost moves shares away from an origin made stationary at the scenario's cost; exiting
// projects can cost margin where integration carries share. Narrower relations that always
// hold are in comparative-statics.test.ts.

import { describe, expect, it } from 'vitest';
import type { Decision } from '../../game/engine/index.ts';
import { newGame, resolveQuarter } from '../../game/engine/index.ts';
import { makeScenario } from '../helpers/make-scenario.ts';
import { editable } from '../helpers/scenarios.ts';

/** A do-little decision: no price change, no spending. */
function idle(overrides: Partial<Decision> = {}): Decision {
  return {
    price: { C: 0, S: 0, T: 0 },
    gpuCapex: 0,
    dcCapex: 0,
    rnd: 0,
    trainShare: 0.2,
    ecosystem: 0,
    creditDeal: { amount: 0, creditFraction: 0 },
    security: 0,
    projectExit: 0,
    openSource: false,
    priority: [],
    ...overrides,
  };
}

describe('A. bugs found by the sweep, fixed', () => {
  it('refuses seeds outside the 32-bit range, which would collide', () => {
    const scenario = makeScenario({ providers: 3, segments: 2, randomDeck: true });
    expect(() => newGame(scenario, { seed: 2 ** 32 + 1, humans: [] })).toThrow(/seed must be/);
    expect(() => newGame(scenario, { seed: -1, humans: [] })).toThrow(/seed must be/);
    expect(newGame(scenario, { seed: 2, humans: [] }).rng).not.toEqual(
      newGame(scenario, { seed: 1, humans: [] }).rng,
    );
  });

  it('an IaaS revenue share never exceeds 1', () => {
    // The total was once summed per market and the share per provider: a provider serving the
    // whole market came out at 1.0000000000000002.
    const scenario = makeScenario({ segments: 2 });
    scenario.providers[1]!.gpu0 = 0;
    scenario.providers[1]!.cpu0 = 0;
    const start = newGame(scenario, { seed: 1, humans: [] });
    const { state } = resolveQuarter(scenario, start, {
      NCL: idle({ price: { C: -0.39, S: -0.22, T: 0 }, trainShare: 0 }),
    });
    expect(state.providers[0]!.last.iaasShare).toBeLessThanOrEqual(1);
  });
});

describe('B. MODEL.md §2.15.9 relations, as the engine resolves them', () => {
  it('lowering own price weakly raises own next-quarter volume share', () => {
    // When the contestable share followed price-induced demand, a leader above its logit
    // target lost share by cutting (0.901 -> 0.894 here). It now follows underlying growth.
    const scenario = makeScenario({ asymmetric: true });
    const seg = scenario.segments[0]!;
    seg.beta = -0.3;
    seg.elasticity.C = -1;
    seg.contestable = 1;
    seg.shares0 = { NCL: 90, SCL: 10 };
    const start = newGame(scenario, { seed: 1, humans: [] });
    const hold = resolveQuarter(scenario, start, { NCL: idle(), SCL: idle() }).report.markets[0]!;
    const cut = resolveQuarter(scenario, start, {
      NCL: idle({ price: { C: -0.4, S: 0, T: 0 } }),
      SCL: idle(),
    }).report.markets[0]!;
    expect(cut.allocatedShare[0]).toBeGreaterThanOrEqual(hold.allocatedShare[0]!);
  });

  it('moves shares when the switching cost differs from the one the origin was solved at', () => {
    // The origin is made a fixed point of the share rule at the scenario's switching cost
    // (setup.ts makeStationary), so |Δs| ≈ 0 there; any other switching cost, higher or
    // lower, moves shares away from it. From the tiny asymmetric origin with nobody acting,
    // doubling ENT's switching cost triples NCL's compute move (9.5e-5 → 2.9e-4). The
    // response to a move from equal shares does shrink (comparative-statics.test.ts).
    const scenario = makeScenario({ asymmetric: true });
    const sticky = editable(scenario);
    sticky.segments[0]!.switchingCost *= 2;
    const start = newGame(scenario, { seed: 1, humans: [] });
    const move = (s: typeof scenario) => {
      const m = resolveQuarter(s, start, { NCL: idle(), SCL: idle() }).report.markets[0]!;
      return Math.abs(m.allocatedShare[0]! - m.start[0]!);
    };
    expect(move(sticky)).toBeGreaterThan(move(scenario));
  });

  it('lets a project exit cost margin where integration carries share', () => {
    // Exiting cuts integration J, which lowers utility wherever θJ > 0, so the provider loses
    // share of high-contribution IaaS revenue in the same quarter. With few projects
    // (projectRevenue0 = 0.02) and θJ = 1 in ENT, exiting half of them lowers NCL's margin
    // from 27.94 % to 27.90 %. Holds when the share channel is off and the rest of the
    // business out-earns projects (comparative-statics.test.ts).
    const scenario = makeScenario({ asymmetric: true });
    scenario.segments[0]!.theta.integration = 1;
    scenario.providers[0]!.projectRevenue0 = 0.02;
    const start = newGame(scenario, { seed: 1, humans: [] });
    const margin = (exit: number) => {
      const f = resolveQuarter(scenario, start, { NCL: idle({ projectExit: exit }), SCL: idle() })
        .report.providers[0]!.finance;
      return f.ebita / f.revenue;
    };
    expect(margin(0.5)).toBeLessThan(margin(0));
  });
});
