// The save file's decision schema is built from the engine's DECISION_FIELDS: it takes every
// field a decision has, refuses one missing or unknown, and checks each by its unit.

import { describe, expect, it } from 'vitest';
import type { Decision } from '../../game/engine/index.ts';
import { DECISION_FIELDS } from '../../game/engine/index.ts';
import { decisionSchema } from '../../game/save/save-file.ts';
import { sampleDraft } from '../helpers/drafts.ts';

const decision: Decision = sampleDraft();

function without(path: string): unknown {
  const copy = structuredClone(decision) as unknown as Record<string, Record<string, unknown>>;
  const [head, tail] = path.split('.') as [string, string | undefined];
  if (tail === undefined) delete (copy as Record<string, unknown>)[head];
  else delete copy[head]![tail];
  return copy;
}

describe('decisionSchema (from DECISION_FIELDS)', () => {
  it('reads a decision back with its keys in the written order', () => {
    const parsed = decisionSchema.parse(decision);
    expect(parsed).toEqual(decision);
    expect(JSON.stringify(parsed)).toBe(JSON.stringify(decision));
    expect(decisionSchema.parse({ ...decision, dilemma: { q1: 'cut' } }).dilemma).toEqual({
      q1: 'cut',
    });
  });

  it.each(DECISION_FIELDS.filter((f) => !f.optional).map((f) => f.path))(
    'refuses a decision without %s',
    (path) => {
      expect(decisionSchema.safeParse(without(path)).success).toBe(false);
    },
  );

  it('refuses unknown fields at each level and values of the wrong kind', () => {
    expect(decisionSchema.safeParse({ ...decision, bribe: 1 }).success).toBe(false);
    expect(
      decisionSchema.safeParse({ ...decision, price: { ...decision.price, X: 0 } }).success,
    ).toBe(false);
    expect(decisionSchema.safeParse({ ...decision, gpuCapex: 'many' }).success).toBe(false);
    expect(decisionSchema.safeParse({ ...decision, openSource: 1 }).success).toBe(false);
    expect(decisionSchema.safeParse({ ...decision, priority: 'STU' }).success).toBe(false);
    expect(decisionSchema.safeParse({ ...decision, rnd: Number.NaN }).success).toBe(false);
  });
});
