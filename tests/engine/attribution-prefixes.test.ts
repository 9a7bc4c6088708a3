// The lagged attribution is worked out in one forward pass (attributePrefixes): every prefix of
// the span must be explained exactly as a run over that prefix alone would explain it, so no
// quarter's attribution may depend on a later quarter (the segment weights, the recorded end).

import { describe, expect, it } from 'vitest';
import {
  attributeTrajectory,
  explainAll,
  explainQuarter,
  explainSpan,
  SHARE_MEASURES,
} from '../../game/engine/index.ts';
import { attributePrefixes } from '../../game/engine/trajectory.ts';
import { makeScenario } from '../helpers/make-scenario.ts';
import { play } from '../helpers/play.ts';

describe('attributePrefixes', () => {
  const scenario = makeScenario({ providers: 3, segments: 2, asymmetric: true, quarters: 7 });
  const { reports } = play(scenario, { seed: 5, humans: [] });
  const ids = reports[0]!.providers.map((p) => p.id);
  const options = SHARE_MEASURES.flatMap((measure) =>
    [undefined, scenario.segments[1]!.id].map((segment) => ({ measure, segment })),
  );

  it('explains each prefix of one pass exactly as a run over that prefix alone', () => {
    expect(reports.length).toBeGreaterThan(4);
    for (const id of ids)
      for (const o of options) {
        const all = attributePrefixes(reports, id, o);
        expect(all).toHaveLength(reports.length);
        for (let i = 0; i < reports.length; i++)
          expect(attributeTrajectory(reports.slice(0, i + 1), id, o), `${id} ${i}`).toEqual(all[i]);
      }
  });

  it('gives explainAll entry i the same parts as explainQuarter(i), and spans their sums', () => {
    for (const id of ids)
      for (const o of options) {
        const all = explainAll(reports, id, o);
        all.forEach((q, i) => {
          const one = explainQuarter(reports, i, id, o);
          expect(one.parts, `${id} ${i}`).toEqual(q.parts);
          expect([one.before, one.after]).toEqual([q.before, q.after]);
        });
        const span = explainSpan(reports, 1, reports.length - 1, id, o);
        expect(span.before).toBe(all[0]!.after);
        for (const [driver, value] of Object.entries(span.parts)) {
          const summed = all
            .slice(1)
            .reduce((s, q) => s + q.parts[driver as keyof typeof q.parts], 0);
          expect(Math.abs(value - summed), driver).toBeLessThan(1e-12);
        }
      }
  });
});
