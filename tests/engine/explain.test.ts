// explain.ts and trajectory.ts: the named parts of a share change add up to the change, and
// the shares they start and end from are the ones the reports publish.

import { beforeAll, describe, expect, it } from 'vitest';
import type { QuarterReport, Scenario } from '../../game/engine/index.ts';
import { attributionTotal, DRIVERS, explain } from '../../game/engine/index.ts';
import { attributeTrajectory } from '../../game/engine/trajectory.ts';
import { fixedGenes, validDraft } from '../helpers/drafts.ts';
import { makeScenario } from '../helpers/make-scenario.ts';
import { play } from '../helpers/play.ts';
import { loadChina } from '../helpers/scenarios.ts';

let china: Scenario;
let reports: QuarterReport[];
beforeAll(async () => {
  china = await loadChina();
  reports = play(china, { seed: 1, humans: [] }).reports;
});

describe('explain (one quarter, one provider, one segment)', () => {
  it('has parts that sum to after − before within 1e-9, for every provider, segment and quarter of the China run', () => {
    expect(reports).toHaveLength(china.quarters);
    let count = 0;
    for (const report of reports)
      for (const p of china.providers)
        for (const s of china.segments) {
          const a = explain(report, p.id, s.id);
          expect(Object.keys(a.parts).sort()).toEqual([...DRIVERS].sort());
          for (const d of DRIVERS)
            expect(Number.isFinite(a.parts[d]), `${report.quarter} ${p.id} ${s.id} ${d}`).toBe(
              true,
            );
          expect(Math.abs(attributionTotal(a) - (a.after - a.before))).toBeLessThanOrEqual(1e-9);
          count++;
        }
    expect(count).toBe(china.quarters * china.providers.length * china.segments.length);
  });

  it('starts from last quarter’s published segment share and ends at this quarter’s', () => {
    reports.forEach((report, q) =>
      report.providers.forEach((p) =>
        china.segments.forEach((s, si) => {
          const a = explain(report, p.id, s.id);
          expect(Math.abs(a.after - p.segmentShare[si]!)).toBeLessThanOrEqual(1e-12);
          expect(Math.abs(a.before - p.previousSegmentShare[si]!)).toBeLessThanOrEqual(1e-12);
          if (q > 0)
            expect(
              Math.abs(
                a.before - reports[q - 1]!.providers.find((x) => x.id === p.id)!.segmentShare[si]!,
              ),
            ).toBeLessThanOrEqual(1e-12);
        }),
      ),
    );
  });

  it('books nothing to own price for a provider that moves exactly with the reference path', () => {
    const tiny = makeScenario({ providers: 3, segments: 2, asymmetric: true });
    const game = play(tiny, {
      seed: 1,
      humans: ['NCL'],
      decide: (state, human) => {
        const d = validDraft(tiny, state, human, fixedGenes(2, { budget: 0.05 }));
        const ref = (k: number) => {
          const spec = tiny.lines[(['C', 'S'] as const)[k]!];
          return Math.pow(1 - spec.refDeclinePerYear, 1 / 4) - 1;
        };
        return { ...d, price: { C: ref(0), S: ref(1), T: 0 } };
      },
    });
    for (const report of game.reports)
      for (const s of tiny.segments) {
        const a = explain(report, 'NCL', s.id);
        expect(Math.abs(a.parts.ownPrices)).toBeLessThanOrEqual(1e-12);
        expect(Math.abs(attributionTotal(a) - (a.after - a.before))).toBeLessThanOrEqual(1e-12);
      }
  });

  it('refuses an unknown provider or segment', () => {
    expect(() => explain(reports[0]!, 'NOPE', 'GOV')).toThrow(/no provider NOPE/);
    expect(() => explain(reports[0]!, china.providers[0]!.id, 'NOPE')).toThrow(/no segment NOPE/);
  });
});

describe('attributeTrajectory (several quarters, aggregate IaaS share)', () => {
  it('has parts that sum to the recorded change within 1e-9, over the whole game and every 4-quarter window', () => {
    const spans: QuarterReport[][] = [reports];
    for (let q = 0; q + 4 <= reports.length; q += 5) spans.push(reports.slice(q, q + 4));
    for (const span of spans)
      for (const p of china.providers) {
        const a = attributeTrajectory(span, p.id);
        expect(a.before).toBe(span[0]!.providers.find((x) => x.id === p.id)!.previousIaasShare);
        expect(a.after).toBe(span.at(-1)!.providers.find((x) => x.id === p.id)!.iaasShare);
        expect(a.from).toBe(span[0]!.quarter);
        expect(a.to).toBe(span.at(-1)!.quarter);
        let total = a.carried;
        for (const d of DRIVERS) {
          expect(Number.isFinite(a.parts[d])).toBe(true);
          total += a.parts[d];
        }
        expect(Math.abs(total - (a.after - a.before))).toBeLessThanOrEqual(1e-9);
      }
  });

  it('gives a token-only lab no IaaS share to explain', () => {
    const a = attributeTrajectory(reports, china.providers.find((p) => !p.iaas)!.id);
    expect(a.before).toBe(0);
    expect(a.after).toBe(0);
  });

  it('refuses an empty span or an unknown provider', () => {
    expect(() => attributeTrajectory([], china.providers[0]!.id)).toThrow(/no quarters/);
    expect(() => attributeTrajectory(reports, 'NOPE')).toThrow(/no provider NOPE/);
  });
});
