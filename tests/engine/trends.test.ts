// Trend effects (named gradual causes, issue 7): the utility they add grows by `perQuarter` for
// `quarters` quarters from the event's quarter and then holds, and the attribution books the
// share it moves under the trend's own driver, not under events or unexplained drift.

import { describe, expect, it } from 'vitest';
import type { EffectSpec, Scenario } from '../../game/engine/index.ts';
import { explainSpan, TREND_DRIVERS, tOf } from '../../game/engine/index.ts';
import { worldAt } from '../../game/engine/world.ts';
import { makeScenario } from '../helpers/make-scenario.ts';
import { play } from '../helpers/play.ts';

const text = (en: string) => ({ en, zh: en });

function withTrend(scenario: Scenario, effect: EffectSpec): Scenario {
  return {
    ...scenario,
    events: [
      { id: 'trend', quarter: '2024Q2', title: text('t'), body: text('t'), effects: [effect] },
    ],
  };
}

const inSourcing = (perQuarter: number): EffectSpec => ({
  kind: 'trend',
  driver: 'inSourcing',
  providers: ['NCL'],
  segments: ['ENT'],
  lines: ['C', 'S'],
  perQuarter,
  quarters: 3,
});

describe('a trend effect', () => {
  it('grows for its quarters from its own quarter, then holds, in its driver’s row only', () => {
    const scenario = withTrend(makeScenario({ segments: 2, quarters: 10 }), inSourcing(-0.1));
    const at = tOf(scenario.origin, '2024Q2');
    const row = TREND_DRIVERS.indexOf('inSourcing');
    for (let t = 0; t <= 10; t++) {
      const w = worldAt(scenario, [], t);
      const expected = t < at ? 0 : -0.1 * Math.min(t - at + 1, 3);
      expect(w.trendUtility[row]![0]![0]![0]).toBeCloseTo(expected, 14); // ENT, C, NCL
      expect(w.trendUtility[row]![0]![1]![0]).toBeCloseTo(expected, 14); // ENT, S, NCL
      expect(w.trendUtility[row]![0]![2]![0]).toBe(0); // line T not named
      expect(w.trendUtility[row]![1]![0]![0]).toBe(0); // segment STU not named
      expect(w.trendUtility[row]![0]![0]![1]).toBe(0); // SCL not named
      // Never booked as an event.
      expect(w.eventUtility[0]![0]![0]).toBe(0);
      for (let k = 0; k < TREND_DRIVERS.length; k++)
        if (k !== row) expect(w.trendUtility[k]![0]![0]![0]).toBe(0);
    }
  });

  it('moves shares, and the lagged attribution books the move to its own driver', () => {
    const base = makeScenario({ segments: 1, quarters: 8, capacity: 5 });
    const quiet = play(base, { seed: 1, humans: [] }).reports;
    const reports = play(withTrend(base, inSourcing(-0.15)), { seed: 1, humans: [] }).reports;
    const last = reports.length - 1;
    const lost = reports[last]!.providers[0]!.volumeShare - quiet[last]!.providers[0]!.volumeShare;
    expect(lost).toBeLessThan(-0.01);
    const span = explainSpan(reports, 0, last, 'NCL', { measure: 'volume' });
    const change = span.after - span.before;
    const sum = Object.values(span.parts).reduce((s, v) => s + v, 0);
    expect(Math.abs(sum - change)).toBeLessThan(1e-9);
    expect(span.parts.inSourcing).toBeLessThan(0.9 * lost);
    expect(span.parts.events).toBe(0);
    expect(span.parts.drift).toBe(0);
    expect(span.parts.stateBuyers).toBe(0);
  });
});
