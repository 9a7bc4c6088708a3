// MODEL.md §2.15.10: events fire exactly once at their scheduled quarter (or last exactly
// their stated number of quarters), and an event that is removed or neutral leaves no trace.

import { beforeAll, describe, expect, it } from 'vitest';
import type { EffectSpec, EventSpec, GameState, Scenario } from '../../game/engine/index.ts';
import { labelAt, stateHash, tOf } from '../../game/engine/index.ts';
import { worldAt } from '../../game/engine/world.ts';
import { fixedGenes, validDraft } from '../helpers/drafts.ts';
import { makeScenario } from '../helpers/make-scenario.ts';
import { play } from '../helpers/play.ts';
import { editable, loadChina } from '../helpers/scenarios.ts';

const text = (en: string) => ({ en, zh: en });
const event = (id: string, quarter: string, effects: EffectSpec[]): EventSpec => ({
  id,
  quarter,
  title: text(id),
  body: text(id),
  effects,
});

const hashes = (states: readonly GameState[]) => states.map((s) => stateHash(s));

/** Every provider human, playing the same fixed, valid genes every quarter. */
function fixedPlay(scenario: Scenario) {
  const humans = scenario.providers.map((p) => p.id);
  const genes = fixedGenes(scenario.segments.length, {
    budget: 0.05,
    exit: 0.5,
    price: [0.7, 0.7, 0.7],
  });
  return play(scenario, {
    seed: 1,
    humans,
    decide: (state, h) => validDraft(scenario, state, h, genes),
  });
}

let china: Scenario;
beforeAll(async () => {
  china = await loadChina();
});

describe('scheduled events fire exactly once', () => {
  it('appear in the report of their own quarter only (China)', () => {
    const { reports } = play(china, { seed: 1, humans: [] });
    const last = reports.at(-1)!.t;
    for (const e of china.events) {
      const at = tOf(china.origin, e.quarter);
      const seen = reports.filter((r) => r.events.some((f) => f.id === e.id)).map((r) => r.quarter);
      expect(seen, e.id).toEqual(at >= 1 && at <= last ? [e.quarter] : []);
    }
  });

  it('apply one-off trust shocks in their quarter only, by exactly their size (China)', () => {
    const { reports } = play(china, { seed: 1, humans: [] });
    for (const p of china.providers) {
      const expected = reports.map((r) =>
        china.events
          .filter((e) => e.quarter === r.quarter)
          .flatMap((e) => e.effects)
          .reduce((sum, f) => sum + (f.kind === 'trust' && f.provider === p.id ? f.delta : 0), 0),
      );
      expect(
        reports.map((r) => r.providers.find((x) => x.id === p.id)!.trustShock),
        p.id,
      ).toEqual(expected);
    }
  });

  it('move anchor customers once: starting shares differ from last quarter’s only in the event quarter (China)', () => {
    const scenario = editable(china);
    const mine = labelAt(china.origin, 5);
    scenario.events.push(
      event('test-anchor', mine, [
        {
          kind: 'anchor-loss',
          provider: china.providers[0]!.id,
          segment: china.segments[0]!.id,
          fraction: 0.05,
        },
      ]),
    );
    const { reports } = play(scenario, { seed: 1, humans: [] });
    const anchorQuarters = new Set(
      scenario.events
        .filter((e) => e.effects.some((f) => f.kind === 'anchor-loss'))
        .map((e) => e.quarter),
    );
    const moved = new Set<string>();
    for (const r of reports)
      for (const m of r.markets)
        if (m.start.some((v, p) => v !== m.previous[p])) {
          expect(anchorQuarters.has(r.quarter), `${r.quarter} ${m.segment}`).toBe(true);
          moved.add(r.quarter);
        }
    expect(moved.has(mine)).toBe(true);
  });

  it('change trust only in their quarter when nothing else moves it (tiny, controlled)', () => {
    const scenario = makeScenario({ providers: 3, segments: 2 });
    scenario.market.stocks.trustGain = 0;
    scenario.market.stocks.trustDecay = 0;
    const quiet = fixedPlay(scenario);
    scenario.events = [event('outage', '2024Q3', [{ kind: 'trust', provider: 'SCL', delta: -6 }])];
    const shocked = fixedPlay(editable(scenario));
    const trust = (states: readonly GameState[]) => states.map((s) => s.providers[1]!.trust);
    const steps = trust(shocked.states)
      .slice(1)
      .map((v, i) => v - trust(shocked.states)[i]!);
    expect(steps).toEqual(shocked.reports.map((r) => (r.quarter === '2024Q3' ? -6 : 0)));
    expect(trust(quiet.states).every((v) => v === 70)).toBe(true);
    // Before the event the two games are the same state for state.
    const at = tOf(scenario.origin, '2024Q3');
    expect(hashes(shocked.states.slice(0, at))).toEqual(hashes(quiet.states.slice(0, at)));
    expect(stateHash(shocked.states[at]!)).not.toBe(stateHash(quiet.states[at]!));
  });

  it('last exactly their stated number of quarters (world conditions)', () => {
    const scenario = makeScenario({ segments: 2, quarters: 12 });
    scenario.events = [
      event('boom', '2024Q2', [
        { kind: 'growth', segments: ['STU'], multiplier: 0.5, quarters: 3 },
        {
          kind: 'utility',
          providers: ['NCL'],
          segments: ['ENT'],
          lines: ['C'],
          delta: 0.4,
          quarters: 2,
        },
        {
          kind: 'gpu-supply',
          supply: 'nvidia',
          capMultiplier: 0.5,
          costMultiplier: 1.3,
          lead: 2,
          quarters: 4,
        },
        { kind: 'credit-burn', multiplier: 1.5, quarters: 1 },
        { kind: 'demand', segments: ['ENT'], lines: ['T'], factor: 3, rampQuarters: 4 },
      ]),
    ];
    const at = tOf(scenario.origin, '2024Q2');
    const during = (t: number, n: number) => t >= at && t < at + n;
    for (let t = 0; t <= 14; t++) {
      const w = worldAt(scenario, [], t);
      expect(w.growthMultiplier[1]).toBe(during(t, 3) ? 0.5 : 1);
      expect(w.eventUtility[0]![0]![0]).toBe(during(t, 2) ? 0.4 : 0);
      expect(w.gpuCapMultiplier.nvidia).toBe(during(t, 4) ? 0.5 : 1);
      expect(w.gpuLead).toBe(during(t, 4) ? 2 : 1);
      expect(w.creditBurnMultiplier).toBe(during(t, 1) ? 1.5 : 1);
      const ramp = t < at ? 1 : 1 + 2 * Math.min(1, (t - at + 1) / 4);
      expect(w.demandMultiplier[0]![2]).toBeCloseTo(ramp, 14);
      expect(w.fired.map((f) => f.id)).toEqual(t === at ? ['boom'] : []);
    }
  });
});

describe('random cards fire once, in the quarter they are dealt', () => {
  it('apply each dealt outage to the drawn provider in that quarter only', () => {
    const scenario = makeScenario({ providers: 3, segments: 2, randomDeck: true, quarters: 12 });
    let dealt = 0;
    for (const seed of [1, 2, 3, 4]) {
      const { states, reports } = play(scenario, { seed, humans: [] });
      const draws = states.at(-1)!.draws;
      expect(new Set(draws.map((d) => d.t)).size).toBe(draws.length);
      for (const d of draws)
        expect(d.t).toBeGreaterThanOrEqual(tOf(scenario.origin, scenario.start));
      for (const r of reports) {
        const here = draws.filter((d) => d.t === r.t);
        expect(r.events.map((e) => e.id)).toEqual(here.map((d) => d.card));
        for (const p of r.providers) {
          const shock =
            -5 * here.filter((d) => d.card === 'outage' && d.provider === p.id).length || 0;
          expect(p.trustShock).toBe(shock);
        }
      }
      dealt += draws.length;
    }
    expect(dealt).toBeGreaterThan(5);
  });
});

describe('a removed or neutral event leaves no trace', () => {
  it('adding or removing events without effects leaves every state hash unchanged (China)', () => {
    const original = hashes(play(china, { seed: 1, humans: [] }).states);
    const added = editable(china);
    added.events.push(event('quiet-news', labelAt(china.origin, 4), []));
    expect(hashes(play(added, { seed: 1, humans: [] }).states)).toEqual(original);
    const removed = editable(china);
    removed.events = removed.events.filter((e) => e.effects.length > 0);
    expect(hashes(play(removed, { seed: 1, humans: [] }).states)).toEqual(original);
  });

  it('an event changes nothing before its quarter and something from it on (China)', () => {
    const at = 6;
    const shocked = editable(china);
    shocked.events.push(
      event('test-outage', labelAt(china.origin, at), [
        { kind: 'trust', provider: china.providers[0]!.id, delta: -5 },
      ]),
    );
    const a = hashes(play(china, { seed: 1, humans: [] }).states);
    const b = hashes(play(shocked, { seed: 1, humans: [] }).states);
    expect(b.slice(0, at)).toEqual(a.slice(0, at));
    expect(b[at]).not.toBe(a[at]);
  });

  it('neutral effects of every kind, or events after the game ends, give the same states as no event', () => {
    const base = makeScenario({ providers: 3, segments: 2, quarters: 10 });
    const neutral: EffectSpec[] = [
      { kind: 'trust', provider: 'NCL', delta: 0 },
      { kind: 'growth', segments: ['ENT', 'STU'], multiplier: 1, quarters: 4 },
      { kind: 'demand', segments: ['ENT'], lines: ['C', 'S', 'T'], factor: 1, rampQuarters: 2 },
      {
        kind: 'gpu-supply',
        supply: 'all',
        capMultiplier: 1,
        costMultiplier: 1,
        lead: 1,
        quarters: 3,
      },
      { kind: 'frontier', delta: 0 },
      { kind: 'throughput', multiplier: 1 },
      { kind: 'impairment', fraction: 0 },
      { kind: 'credit-burn', multiplier: 1, quarters: 2 },
      {
        kind: 'utility',
        providers: ['SCL', 'LAB'],
        segments: ['STU'],
        lines: ['T'],
        delta: 0,
        quarters: 2,
      },
      { kind: 'compliance', cost: 0 },
      { kind: 'reference-price', line: 'C', multiplier: 1 },
      { kind: 'anchor-loss', provider: 'NCL', segment: 'ENT', fraction: 0 },
      { kind: 'anchor-loss', provider: 'SCL', segment: 'STU', fraction: 0, to: 'NCL' },
    ];
    const withNeutral = editable(base);
    withNeutral.events = [
      event('nothing', '2024Q2', neutral),
      event('later', '2031Q1', [{ kind: 'trust', provider: 'NCL', delta: -20 }]),
    ];
    for (const humans of [[], ['NCL']]) {
      const genes = fixedGenes(2, { budget: 0.1, price: [0.2, 0.6, 0.4] });
      const run = (s: Scenario) =>
        play(s, { seed: 1, humans, decide: (state, h) => validDraft(s, state, h, genes) }).states;
      expect(hashes(run(withNeutral))).toEqual(hashes(run(base)));
    }
    expect(labelAt(base.origin, base.quarters + 1) < '2031Q1').toBe(true);
  });
});
