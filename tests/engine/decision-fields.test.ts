// DECISION_FIELDS: one entry for every field of a Decision, and validateDecision's ranges come
// from it (a bound changed in the table is the bound the engine enforces).

import { describe, expect, it } from 'vitest';
import type { Decision, DecisionField } from '../../game/engine/index.ts';
import {
  DECISION_FIELDS,
  decisionField,
  fieldBounds,
  newGame,
  readPath,
  unitOfPath,
  validateDecision,
} from '../../game/engine/index.ts';
import { sampleDraft } from '../helpers/drafts.ts';
import { makeScenario } from '../helpers/make-scenario.ts';

const tiny = makeScenario({ providers: 3, segments: 2 });
const start = newGame(tiny, { seed: 1, humans: ['NCL'] });
const p = tiny.providers.findIndex((s) => s.id === 'NCL');

const draft = (): Decision => sampleDraft({ dilemma: {} });

/** Every leaf path of a decision: 'price.C', 'creditDeal.amount', 'gpuCapex' ... */
function leafPaths(d: Decision): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(d)) {
    if (v && typeof v === 'object' && !Array.isArray(v) && k !== 'dilemma')
      for (const inner of Object.keys(v)) out.push(`${k}.${inner}`);
    else out.push(k);
  }
  return out;
}

function writePath(d: Decision, path: string, value: unknown): Decision {
  const next = structuredClone(d) as unknown as Record<string, Record<string, unknown>>;
  const [head, tail] = path.split('.') as [string, string | undefined];
  if (tail === undefined) (next as unknown as Record<string, unknown>)[head] = value;
  else next[head]![tail] = value;
  return next as unknown as Decision;
}

describe('DECISION_FIELDS', () => {
  it('lists every field of a Decision once, in the order a decision is written', () => {
    const paths = DECISION_FIELDS.map((f) => f.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toEqual(leafPaths(draft()));
    // validateDecision writes a decision in the same order.
    const checked = validateDecision(tiny, start, 'NCL', draft());
    expect(checked.ok).toBe(true);
    if (checked.ok) expect(leafPaths({ ...checked.decision, dilemma: {} })).toEqual(paths);
  });

  it('gives every number a step and a bound, and no bound to the rest', () => {
    for (const f of DECISION_FIELDS) {
      const numeric = f.unit === 'cnyB' || f.unit === 'fraction' || f.unit === 'change';
      expect(f.step !== null, f.path).toBe(numeric);
      expect(fieldBounds(f, tiny, start, p) !== null, f.path).toBe(numeric);
    }
  });

  it('finds a field by its error path, and tells the budget in money', () => {
    expect(decisionField('priority[2]')?.path).toBe('priority');
    expect(decisionField('dilemma.cut-or-hold')?.path).toBe('dilemma');
    expect(decisionField('price.T')?.unit).toBe('change');
    expect(unitOfPath('creditDeal.amount')).toBe('cnyB');
    expect(unitOfPath('budget')).toBe('cnyB');
    expect(unitOfPath('provider')).toBeUndefined();
    expect(readPath(draft(), 'creditDeal.creditFraction')).toBe(0.5);
    expect(readPath({ creditDeal: 3 }, 'creditDeal.amount')).toBeUndefined();
  });

  const numeric = DECISION_FIELDS.filter(
    (f): f is DecisionField => fieldBounds(f, tiny, start, p) !== null && f.path !== 'price.T',
  );
  it.each(numeric.map((f) => [f.path, f] as const))(
    '%s: validateDecision refuses just past the table’s bounds, naming them',
    (_path, f) => {
      const bounds = fieldBounds(f, tiny, start, p)!;
      const over = validateDecision(
        tiny,
        start,
        'NCL',
        writePath(draft(), f.path, bounds.max + 1e-6),
      );
      expect(over.ok).toBe(false);
      if (!over.ok) {
        const e = over.errors.find((x) => x.code === 'decision/above_maximum');
        expect(e?.field).toBe(f.path);
        expect(e?.limit).toBe(bounds.max);
      }
      const under = validateDecision(
        tiny,
        start,
        'NCL',
        writePath(draft(), f.path, bounds.min - 1e-6),
      );
      expect(under.ok).toBe(false);
      if (!under.ok) {
        const e = under.errors.find((x) => x.field === f.path);
        expect(e?.code).toBe('decision/below_minimum');
        expect(e?.limit).toBe(bounds.min);
      }
    },
  );
});
