// Two shares (volume and revenue) and the distributed-lag attribution: comparative statics on
// tiny markets, the exact sum for both measures, and the reports' volume fields.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Decision, GameState, QuarterReport, Scenario } from '../../game/engine/index.ts';
import {
  DRIVERS,
  explain,
  explainQuarter,
  explainSpan,
  SHARE_MEASURES,
} from '../../game/engine/index.ts';
import { fixedGenes, genesArb, validDraft } from '../helpers/drafts.ts';
import { makeScenario } from '../helpers/make-scenario.ts';
import { play } from '../helpers/play.ts';

const TOL = 1e-12;

/** A quarter's move along the scenario's reference path (the "hold relative price" move). */
function referenceMove(scenario: Scenario, k: 0 | 1): number {
  const spec = scenario.lines[(['C', 'S'] as const)[k]];
  return Math.pow(1 - spec.refDeclinePerYear, 1 / 4) - 1;
}

/** A quiet decision: no spending, prices on the reference path times (1 + extra) in C and S. */
function quiet(scenario: Scenario, state: GameState, id: string, extra = 0): Decision {
  const d = validDraft(scenario, state, id, fixedGenes(scenario.segments.length, { budget: 0 }));
  const move = (k: 0 | 1) => (1 + referenceMove(scenario, k)) * (1 + extra) - 1;
  return { ...d, price: { C: move(0), S: move(1), T: 0 } };
}

const share = (r: QuarterReport, id: string) => r.providers.find((p) => p.id === id)!;

describe('volume share in the quarter report', () => {
  const scenario = makeScenario({ providers: 3, segments: 2, asymmetric: true, quarters: 6 });
  const game = play(scenario, { seed: 3, humans: [] });

  it('is each provider’s served RSU over everyone’s, in lines C and S of every segment', () => {
    for (const report of game.reports) {
      const iaas = report.markets.filter((m) => m.line < 2);
      const total = iaas.reduce((s, m) => s + m.served.reduce((a, b) => a + b, 0), 0);
      report.providers.forEach((p, i) => {
        const mine = iaas.reduce((s, m) => s + m.served[i]!, 0);
        expect(Math.abs(p.volumeShare - mine / total)).toBeLessThanOrEqual(TOL);
        scenario.segments.forEach((seg, s) => {
          const a = explain(report, p.id, seg.id, 'volume');
          expect(Math.abs(a.after - p.segmentVolumeShare[s]!)).toBeLessThanOrEqual(TOL);
          expect(Math.abs(a.before - p.previousSegmentVolumeShare[s]!)).toBeLessThanOrEqual(TOL);
        });
      });
    }
  });

  it('carries last quarter’s volume share as previousVolumeShare, and sums to 1', () => {
    for (let q = 1; q < game.reports.length; q++) {
      const now = game.reports[q]!;
      now.providers.forEach((p, i) =>
        expect(p.previousVolumeShare).toBe(game.reports[q - 1]!.providers[i]!.volumeShare),
      );
      const sum = now.providers.reduce((s, p) => s + p.volumeShare, 0);
      expect(Math.abs(sum - 1)).toBeLessThanOrEqual(1e-9);
    }
  });
});

describe('comparative statics of the two shares', () => {
  it('keeps equal shares when two identical clouds make equal decisions', () => {
    const scenario = makeScenario({ quarters: 6 });
    const game = play(scenario, {
      seed: 1,
      humans: ['NCL', 'SCL'],
      decide: (state, id, q) => quiet(scenario, state, id, q === 1 ? -0.15 : 0),
    });
    for (const r of game.reports) {
      expect(Math.abs(share(r, 'NCL').volumeShare - share(r, 'SCL').volumeShare)).toBeLessThan(TOL);
      expect(Math.abs(share(r, 'NCL').iaasShare - share(r, 'SCL').iaasShare)).toBeLessThan(TOL);
    }
  });

  it('leaves both shares unchanged when every cloud cuts by the same fraction', () => {
    const scenario = makeScenario({ quarters: 2, asymmetric: true, capacity: 5 });
    const run = (extra: number) =>
      play(scenario, {
        seed: 1,
        humans: ['NCL', 'SCL'],
        decide: (state, id, q) => quiet(scenario, state, id, q === 1 ? extra : 0),
      }).reports[1]!;
    // Only the quarter of the cut: later, the extra volume grows both ecosystems (the
    // complementor base is volume), which is a different comparison.
    const hold = run(0);
    const cut = run(-0.2);
    // The cut really happened (prices differ) ...
    expect(cut.markets[0]!.prices[0]).toBeLessThan(hold.markets[0]!.prices[0]! * 0.81);
    // ... and no market's share moved: a change every seller shares cannot move logit shares.
    hold.markets.forEach((m, i) =>
      m.share.forEach((v, p) =>
        expect(Math.abs(cut.markets[i]!.share[p]! - v), `${i} ${p}`).toBeLessThan(1e-12),
      ),
    );
    // Across lines only the mix can shift the aggregate: C and S demand respond to the common
    // cut with different elasticities (measured: about 0.01 pp here).
    hold.providers.forEach((p, i) => {
      const c = cut.providers[i]!;
      expect(Math.abs(c.volumeShare - p.volumeShare), p.id).toBeLessThan(1e-3);
      expect(Math.abs(c.iaasShare - p.iaasShare), p.id).toBeLessThan(1e-3);
    });
  });

  describe('a 20 % own cut in one quarter, the rival holding its path', () => {
    // Ample capacity: a cut's volume must not be rationed away (capacity is a driver too). The
    // market is price-elastic (|β|(1 - s) > 1 at s = 1/2), so the volume won outgrows the
    // price given up and the revenue share rises too once customers have switched.
    const tiny = makeScenario({ quarters: 6, capacity: 5 });
    const elastic = (k: 'C' | 'S') => ({ ...tiny.lines[k], betaMult: 2 });
    const scenario: Scenario = {
      ...tiny,
      lines: { ...tiny.lines, C: elastic('C'), S: elastic('S') },
    };
    const cutAt = 1;
    const reports = play(scenario, {
      seed: 1,
      humans: ['NCL', 'SCL'],
      decide: (state, id, q) => quiet(scenario, state, id, id === 'NCL' && q === cutAt ? -0.2 : 0),
    }).reports;
    const me = (q: number) => share(reports[q]!, 'NCL');

    it('raises volume share at once and revenue share within 3 quarters', () => {
      expect(me(cutAt).volumeShare).toBeGreaterThan(me(cutAt).previousVolumeShare + 0.005);
      const later = [1, 2, 3].map((d) => me(cutAt + d).iaasShare);
      expect(Math.max(...later)).toBeGreaterThan(me(cutAt).previousIaasShare);
    });

    it('keeps gaining volume after the cut, and credits ownPrices with at least 80 % of the 4-quarter gain', () => {
      expect(me(cutAt + 1).volumeShare).toBeGreaterThan(me(cutAt).volumeShare);
      const span = explainSpan(reports, cutAt, cutAt + 3, 'NCL', { measure: 'volume' });
      const gain = span.after - span.before;
      expect(gain).toBeGreaterThan(0.01);
      expect(span.parts.ownPrices).toBeGreaterThanOrEqual(0.8 * gain);
      // The one-quarter walk books the later gains to switching inertia instead.
      const later = [1, 2, 3].reduce(
        (s, d) =>
          s + explain(reports[cutAt + d]!, 'NCL', scenario.segments[0]!.id, 'volume').carried,
        0,
      );
      expect(later).toBeGreaterThan(0.2 * gain);
    });

    it('splits the cut’s revenue effect: volume won, each unit earning less', () => {
      const rev = explainQuarter(reports, cutAt, 'NCL', { measure: 'revenue' });
      const vol = explainQuarter(reports, cutAt, 'NCL', { measure: 'volume' });
      expect(vol.parts.ownPrices).toBeGreaterThan(0);
      expect(rev.parts.ownPrices).toBeLessThan(vol.parts.ownPrices);
    });
  });
});

describe('distributed-lag attribution: exact sum for both measures', () => {
  const scenario = makeScenario({ providers: 3, segments: 2, asymmetric: true, quarters: 5 });
  it('parts sum to after - before (1e-9) and end at the published shares, for random play', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(genesArb(2), genesArb(2)), { minLength: 5, maxLength: 5 }),
        fc.integer({ min: 0, max: 1000 }),
        (plan, seed) => {
          const { reports } = play(scenario, { seed, humans: ['NCL', 'SCL'], plan });
          reports.forEach((r, q) =>
            r.providers.forEach((p, pi) => {
              for (const measure of SHARE_MEASURES)
                for (const segment of [undefined, ...scenario.segments.map((s) => s.id)]) {
                  const a = explainQuarter(reports, q, p.id, { measure, segment });
                  const total = DRIVERS.reduce((s, d) => s + a.parts[d], 0);
                  expect(Math.abs(total - (a.after - a.before))).toBeLessThanOrEqual(1e-9);
                  const s =
                    segment === undefined
                      ? undefined
                      : scenario.segments.findIndex((x) => x.id === segment);
                  const published =
                    s === undefined
                      ? measure === 'volume'
                        ? p.volumeShare
                        : p.iaasShare
                      : measure === 'volume'
                        ? p.segmentVolumeShare[s]!
                        : p.segmentShare[s]!;
                  expect(a.after).toBe(published);
                  if (q > 0)
                    expect(
                      Math.abs(
                        a.before -
                          (measure === 'volume'
                            ? reports[q - 1]!.providers[pi]!.volumeShare
                            : reports[q - 1]!.providers[pi]!.iaasShare),
                      ),
                    ).toBeLessThanOrEqual(s === undefined ? TOL : 1);
                }
            }),
          );
        },
      ),
      { numRuns: 8, seed: 7 },
    );
  });

  it('refuses a quarter outside the reports', () => {
    const { reports } = play(scenario, { seed: 1, humans: [] });
    expect(() => explainQuarter(reports, reports.length, 'NCL')).toThrow(/no quarter/);
  });
});
