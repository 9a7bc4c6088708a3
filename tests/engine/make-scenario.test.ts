// The tiny scenario builder must give scenarios the loader would accept (the cross-field
// rules of game/scenario/check-*.ts) and an origin that reproduces its written shares.

import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../game/engine/index.ts';
import { LINES, newGame, quarterIndex, resolveQuarter, tOf } from '../../game/engine/index.ts';
import { makeScenario } from '../helpers/make-scenario.ts';

const variants: Scenario[] = [];
for (const providers of [2, 3] as const)
  for (const segments of [1, 2] as const)
    for (const asymmetric of [false, true])
      variants.push(makeScenario({ providers, segments, asymmetric, randomDeck: asymmetric }));

const near = (a: number, b: number, tol: number) => Math.abs(a - b) <= tol;

describe('makeScenario', () => {
  it('keeps the loader’s cross-field rules', () => {
    for (const s of variants) {
      expect(quarterIndex(s.start)).toBeGreaterThan(quarterIndex(s.origin));
      expect(s.lines.C.spendSplit + s.lines.S.spendSplit).toBe(1);
      expect(s.lines.T.spendSplit).toBe(0);
      for (const line of LINES) {
        const points = s.lines[line].refPoints.map((p) => quarterIndex(p.quarter));
        expect(points).toEqual([...points].sort((a, b) => a - b));
      }
      expect(
        near(
          s.segments.reduce((a, g) => a + g.weight0, 0),
          1,
          1e-12,
        ),
      ).toBe(true);
      expect(
        near(
          s.segments.reduce((a, g) => a + g.tokenWeight, 0),
          1,
          1e-12,
        ),
      ).toBe(true);
      const ids = s.providers.map((p) => p.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toContain(s.defaultHuman);
      for (const g of s.segments) {
        expect(Object.values(g.shares0).reduce((a, b) => a + b, 0)).toBe(100);
        for (const id of Object.keys(g.shares0))
          expect(s.providers.find((p) => p.id === id)?.iaas).toBe(true);
      }
      for (const p of s.providers) {
        if (p.iaas) expect(p.lines).toEqual(expect.arrayContaining(['C', 'S']));
        else expect(p.lines).toEqual(['T']);
        if (p.policy.kind === 'open-weights') expect(p.policy.tokenPath.length).toBeGreaterThan(0);
        for (const line of p.lines) expect(p.price0[line]).toBeGreaterThan(0);
      }
      expect(tOf(s.origin, s.market.tokenOpen)).toBeGreaterThan(0);
    }
  });

  it('starts from its written shares, and an idle first quarter barely moves them', () => {
    for (const s of variants) {
      const start = newGame(s, { seed: 1, humans: [] });
      s.segments.forEach((g, si) =>
        s.providers.forEach((p, pi) => {
          for (const k of [0, 1])
            expect(start.markets[si * 3 + k]!.share[pi]).toBeCloseTo(
              (g.shares0[p.id] ?? 0) / 100,
              14,
            );
        }),
      );
      const { report } = resolveQuarter(s, start);
      for (const m of report.markets)
        if (m.line < 2)
          m.allocatedShare.forEach((v, p) => expect(Math.abs(v - m.start[p]!)).toBeLessThan(0.02));
    }
  });

  it('returns a fresh object on every call', () => {
    const a = makeScenario({ randomDeck: true });
    const b = makeScenario({ randomDeck: true });
    expect(a).toEqual(b);
    a.providers[0]!.cash0 = 99;
    a.randomEvents.cards[0]!.weight = 9;
    expect(b.providers[0]!.cash0).toBe(10);
    expect(b.randomEvents.cards[0]!.weight).toBe(2);
  });
});
