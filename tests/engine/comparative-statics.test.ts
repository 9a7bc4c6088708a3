// MODEL.md §2.15.9: one quarter resolved twice from the same state, ceteris paribus, with one
// input changed. Each relation below follows from the §2.7-§2.9 equations whatever the
// calibration; where MODEL.md states a relation more broadly than the equations imply, the
// narrower, provable version is tested here and the engine's actual behaviour is pinned in
// model-relations.test.ts.

import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Decision, GameState, Scenario } from '../../game/engine/index.ts';
import { LINES, resolveQuarter, suggestDecision } from '../../game/engine/index.ts';
import { exitBounds, genesArb, priceBounds, validDraft } from '../helpers/drafts.ts';
import { makeScenario } from '../helpers/make-scenario.ts';
import { play } from '../helpers/play.ts';
import { editable, loadChina, loadScenario, SCENARIO_DIR } from '../helpers/scenarios.ts';

const TOL = 1e-12;

/** Every provider's own suggestion, submitted as if all of them were human. */
function allSuggested(scenario: Scenario, state: GameState): Record<string, Decision> {
  return Object.fromEntries(
    scenario.providers.map((p) => [p.id, suggestDecision(scenario, state, p.id).decision]),
  );
}

function withPrice(d: Decision, line: number, change: number): Decision {
  return { ...d, price: { ...d.price, [LINES[line]!]: change } };
}

let china: Scenario;
let chinaStates: GameState[];
beforeAll(async () => {
  china = await loadChina();
  chinaStates = play(china, { seed: 1, humans: [] }).states.slice(0, -1);
});

/** A few quarters spread over the China game (each comparison resolves several quarters). */
const sampled = () => chinaStates.filter((_, i) => i % 3 === 1 || i === chinaStates.length - 1);

describe('lowering own price', () => {
  it('weakly raises own logit target in every market (China, every provider and line)', () => {
    let checked = 0;
    for (const state of sampled())
      china.providers.forEach((spec, p) => {
        const base = suggestDecision(china, state, spec.id).decision;
        for (let k = 0; k < 3; k++) {
          const bounds = priceBounds(china, state, p, k);
          const now = base.price[LINES[k]!];
          if (!bounds || now - 0.1 < bounds[0]) continue;
          const a = resolveQuarter(china, state, { [spec.id]: base }).report;
          const b = resolveQuarter(china, state, {
            [spec.id]: withPrice(base, k, now - 0.1),
          }).report;
          a.markets.forEach((m, i) => {
            if (m.line !== k || !m.active[p]) return;
            checked++;
            expect(b.markets[i]!.target[p]).toBeGreaterThanOrEqual(m.target[p]! - TOL);
            // A catching-up seller (target ≥ share) gains allocated share for sure: the
            // extra contestable volume a cut creates is won at the (higher) target.
            if (m.target[p]! >= m.allocatedShare[p]!)
              expect(b.markets[i]!.allocatedShare[p]).toBeGreaterThanOrEqual(
                m.allocatedShare[p]! - TOL,
              );
          });
        }
      });
    expect(checked).toBeGreaterThan(100);
  });

  it('weakly raises own allocated volume share when demand does not react to price (tiny, property)', () => {
    const scenario = makeScenario({ providers: 3, segments: 2, asymmetric: true });
    for (const seg of scenario.segments) seg.elasticity = { C: 0, S: 0, T: 0 };
    fc.assert(
      fc.property(
        fc.array(fc.array(genesArb(2), { minLength: 1, maxLength: 1 }), {
          minLength: 0,
          maxLength: 7,
        }),
        genesArb(2),
        fc.constantFrom('NCL', 'SCL', 'LAB'),
        fc.integer({ min: 0, max: 2 }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        (history, genes, who, k, depth) => {
          const state = play(scenario, { seed: 1, humans: ['SCL'], plan: history }).states.at(-1)!;
          const p = scenario.providers.findIndex((s) => s.id === who);
          const bounds = priceBounds(scenario, state, p, k);
          fc.pre(bounds !== undefined);
          const base = validDraft(scenario, state, who, genes);
          const now = base.price[LINES[k]!];
          const lower = now - depth * (now - bounds![0]);
          fc.pre(lower < now);
          const a = resolveQuarter(scenario, state, { [who]: base }).report;
          const b = resolveQuarter(scenario, state, { [who]: withPrice(base, k, lower) }).report;
          a.markets.forEach((m, i) => {
            if (m.line !== k || !m.active[p]) return;
            expect(b.markets[i]!.contestable).toBe(m.contestable);
            expect(b.markets[i]!.allocatedShare[p]).toBeGreaterThanOrEqual(
              m.allocatedShare[p]! - TOL,
            );
          });
        },
      ),
      { seed: 42, numRuns: 60 },
    );
  });
});

describe('switching costs', () => {
  it('a higher switching cost weakly reduces |Δs| after one provider moves (two equal incumbents)', () => {
    // From equal shares the share rule's response to a utility gap shrinks monotonically
    // with the switching cost; the contestable part does not depend on it.
    const base = makeScenario({ segments: 2 });
    const costs = [0, 0.5, 1, 2, 4];
    const variants = costs.map((factor) => {
      const s = editable(base);
      for (const seg of s.segments) seg.switchingCost *= factor;
      return s;
    });
    fc.assert(
      fc.property(
        fc.array(genesArb(2), { minLength: 0, maxLength: 7 }),
        genesArb(2),
        genesArb(2),
        (history, mine, theirs) => {
          // Both clouds play the same genes up to now, so shares are equal.
          const state = play(base, {
            seed: 1,
            humans: ['NCL', 'SCL'],
            plan: history.map((g) => [g, g]),
          }).states.at(-1)!;
          const decisions = {
            NCL: validDraft(base, state, 'NCL', mine),
            SCL: validDraft(base, state, 'SCL', theirs),
          };
          const moves = variants.map((s) => resolveQuarter(s, state, decisions).report.markets);
          moves[0]!.forEach((m, i) => {
            // A market opening this quarter starts at the target whatever the switching cost.
            if (!m.active[0] || m.start[0] === 0) return;
            expect(Math.abs(m.start[0]! - 0.5)).toBeLessThanOrEqual(1e-12);
            const sizes = moves.map((ms) => Math.abs(ms[i]!.allocatedShare[0]! - ms[i]!.start[0]!));
            for (let v = 1; v < sizes.length; v++)
              expect(sizes[v]).toBeLessThanOrEqual(sizes[v - 1]! + TOL);
          });
        },
      ),
      { seed: 42, numRuns: 40 },
    );
  });
});

describe('a uniform percentage price change by everyone', () => {
  function uniformCheck(scenario: Scenario, state: GameState, g: readonly number[]) {
    const base = allSuggested(scenario, state);
    const changes = LINES.map((_, k) => {
      let low = -Infinity;
      let high = Infinity;
      scenario.providers.forEach((_, p) => {
        const b = priceBounds(scenario, state, p, k);
        if (b) {
          low = Math.max(low, b[0]);
          high = Math.min(high, b[1]);
        }
      });
      return Number.isFinite(low) && low <= high ? low + g[k]! * (high - low) : 0;
    });
    const uniform = (c: readonly number[]) =>
      Object.fromEntries(
        scenario.providers.map((spec, p) => {
          const d = base[spec.id]!;
          const price = Object.fromEntries(
            LINES.map((line, k) => [line, priceBounds(scenario, state, p, k) ? c[k]! : 0]),
          ) as Decision['price'];
          return [spec.id, { ...d, price }];
        }),
      );
    const a = resolveQuarter(scenario, state, uniform(LINES.map(() => 0))).report;
    const b = resolveQuarter(scenario, state, uniform(changes)).report;
    a.markets.forEach((m, i) =>
      m.target.forEach((s, p) =>
        expect(Math.abs(b.markets[i]!.target[p]! - s)).toBeLessThanOrEqual(1e-12),
      ),
    );
  }

  it('leaves every logit target unchanged to 1e-12 (China, all ten providers move)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 17 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }),
        (q, g) => uniformCheck(china, chinaStates[q]!, g),
      ),
      { seed: 42, numRuns: 8 },
    );
  });

  it('leaves every logit target unchanged to 1e-12 (tiny, with a token lab)', () => {
    const tiny = makeScenario({ providers: 3, segments: 2, asymmetric: true });
    const states = play(tiny, { seed: 1, humans: [] }).states.slice(0, -1);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: states.length - 1 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }),
        (q, g) => uniformCheck(tiny, states[q]!, g),
      ),
      { seed: 42, numRuns: 40 },
    );
  });
});

describe('symmetric providers with symmetric actions', () => {
  const expectTwins = (states: readonly GameState[]) => {
    for (const state of states) {
      for (const m of state.markets)
        expect(Math.abs(m.share[0]! - m.share[1]!)).toBeLessThanOrEqual(1e-12);
      const [a, b] = state.providers as [
        GameState['providers'][number],
        GameState['providers'][number],
      ];
      expect(Math.abs(a.last.iaasShare - b.last.iaasShare)).toBeLessThanOrEqual(1e-12);
      for (const key of [
        'cash',
        'debt',
        'gpu',
        'cpu',
        'trust',
        'ecosystem',
        'quality',
        'integration',
      ] as const)
        expect(Math.abs(a[key] - b[key])).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(a[key])));
    }
  };

  it('keep equal shares and books when both are played by the same random plan', () => {
    for (const scenario of [
      makeScenario({ segments: 2 }),
      makeScenario({ providers: 3, segments: 2 }),
    ])
      fc.assert(
        fc.property(fc.array(genesArb(2), { minLength: 8, maxLength: 8 }), (plan) => {
          expectTwins(
            play(scenario, { seed: 1, humans: ['NCL', 'SCL'], plan: plan.map((g) => [g, g]) })
              .states,
          );
        }),
        { seed: 42, numRuns: 20 },
      );
  });

  it('keep equal shares when both play the same policy, and in the shipped classroom duopoly', async () => {
    const tiny = makeScenario({ providers: 3, segments: 2, quarters: 12 });
    expectTwins(play(tiny, { seed: 1, humans: [] }).states);
    const duopoly = await loadScenario(`${SCENARIO_DIR}classroom-duopoly.yaml`);
    expectTwins(play(duopoly, { seed: 1, humans: [] }).states);
  });
});

describe('exiting projects', () => {
  it('weakly lowers the GOV share (China, every IaaS provider and quarter)', () => {
    const gov = china.segments.findIndex((s) => s.id === 'GOV');
    for (const state of sampled())
      china.providers.forEach((spec, p) => {
        if (!spec.iaas) return;
        const base = suggestDecision(china, state, spec.id).decision;
        const [low, high] = exitBounds(china, state, p);
        const small = Math.max(low, Math.min(high, base.projectExit));
        const large = Math.min(high, small + 0.25);
        const a = resolveQuarter(china, state, {
          [spec.id]: { ...base, projectExit: small },
        }).report;
        const b = resolveQuarter(china, state, {
          [spec.id]: { ...base, projectExit: large },
        }).report;
        for (const k of [0, 1]) {
          const i = gov * 3 + k;
          expect(b.markets[i]!.allocatedShare[p]).toBeLessThanOrEqual(
            a.markets[i]!.allocatedShare[p]! + TOL,
          );
          expect(b.markets[i]!.target[p]).toBeLessThanOrEqual(a.markets[i]!.target[p]! + TOL);
        }
        expect(b.providers[p]!.integration).toBeLessThan(a.providers[p]!.integration);
        expect(b.providers[p]!.finance.projectRevenue).toBeLessThanOrEqual(
          a.providers[p]!.finance.projectRevenue,
        );
      });
  });

  it('weakly raises the EBITA margin and releases receivables when the rest of the business earns more than projects', () => {
    // With the integration term out of utility, only the project P&L moves: the margin
    // rises exactly when the rest of the business out-earns the project margin.
    const flat = editable(china);
    for (const seg of flat.segments) seg.theta.integration = 0;
    const mJ = flat.market.projectMargin;
    let checked = 0;
    for (const state of sampled())
      flat.providers.forEach((spec, p) => {
        if (spec.projectRevenue0 <= 0) return;
        const base = suggestDecision(flat, state, spec.id).decision;
        const [low, high] = exitBounds(flat, state, p);
        const small = Math.max(low, Math.min(high, base.projectExit));
        const large = Math.min(high, small + 0.25);
        const a = resolveQuarter(flat, state, { [spec.id]: { ...base, projectExit: small } }).report
          .providers[p]!.finance;
        const b = resolveQuarter(flat, state, { [spec.id]: { ...base, projectExit: large } }).report
          .providers[p]!.finance;
        expect(b.iaasRevenue).toBe(a.iaasRevenue);
        expect(b.receivables).toBeLessThan(a.receivables);
        const restMargin = (a.ebita - mJ * a.projectRevenue) / (a.revenue - a.projectRevenue);
        if (restMargin >= mJ) {
          checked++;
          expect(b.ebita / b.revenue).toBeGreaterThanOrEqual(a.ebita / a.revenue - TOL);
        }
      });
    expect(checked).toBeGreaterThan(0);
  });
});

describe('removing capacity', () => {
  function lessCapacity(scenario: Scenario, states: readonly GameState[]) {
    let checked = 0;
    for (const state of states)
      scenario.providers.forEach((spec, p) => {
        const decision = suggestDecision(scenario, state, spec.id).decision;
        const a = resolveQuarter(scenario, state, { [spec.id]: decision }).report;
        for (const keep of [0.7, 0.3, 0]) {
          const poorer = structuredClone(state);
          poorer.providers[p]!.gpu *= keep;
          poorer.providers[p]!.cpu *= keep;
          const b = resolveQuarter(scenario, poorer, { [spec.id]: decision }).report;
          a.markets.forEach((m, i) => {
            checked++;
            expect(b.markets[i]!.served[p]).toBeLessThanOrEqual(m.served[p]! * (1 + TOL) + TOL);
          });
        }
      });
    return checked;
  }

  it('never increases own served volume (China)', () => {
    expect(lessCapacity(china, sampled())).toBeGreaterThan(1000);
  });

  it('never increases own served volume (tiny, scarce capacity with spill)', () => {
    const tiny = makeScenario({ providers: 3, segments: 2, capacity: 0.4, asymmetric: true });
    expect(
      lessCapacity(tiny, play(tiny, { seed: 1, humans: [] }).states.slice(0, -1)),
    ).toBeGreaterThan(100);
  });
});
