// validate.ts: a draft is taken exactly as given or rejected with every problem named by its
// field; nothing is ever clamped (MODEL.md §2.4).

import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GameState, Scenario } from '../../game/engine/index.ts';
import {
  EngineError,
  gpuCapexLimit,
  isFinished,
  newGame,
  playQuarter,
  spendingRoom,
  suggestDecision,
  tOf,
  validateDecision,
} from '../../game/engine/index.ts';
import { genesArb, draftFromGenes } from '../helpers/drafts.ts';
import { makeScenario } from '../helpers/make-scenario.ts';
import { sampleDraft } from '../helpers/drafts.ts';
import { loadChina } from '../helpers/scenarios.ts';

const tiny = makeScenario({ providers: 3, segments: 2 });
const start = newGame(tiny, { seed: 1, humans: ['NCL'] });

const draft = sampleDraft;

function fieldsOf(result: ReturnType<typeof validateDecision>): string[] {
  return result.ok ? [] : result.errors.map((e) => e.field).sort();
}

function errorsOf(result: ReturnType<typeof validateDecision>) {
  if (result.ok) throw new Error('expected a rejection');
  return result.errors;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

describe('validateDecision accepts a valid draft unchanged', () => {
  it('returns a decision equal to the input, as a copy, without touching the input', () => {
    const input = deepFreeze(draft());
    const result = validateDecision(tiny, start, 'NCL', input);
    expect(result).toEqual({ ok: true, decision: input });
    if (result.ok) {
      expect(result.decision).not.toBe(input);
      expect(result.decision.priority).not.toBe(input.priority);
    }
  });

  it('accepts drafts exactly on every bound, unchanged', () => {
    const room = spendingRoom(tiny, start, 0);
    const gpuLimit = gpuCapexLimit(tiny, start, 0);
    const edge = draft({
      price: { C: tiny.lines.C.maxCut, S: tiny.lines.S.maxRise, T: 0 },
      gpuCapex: gpuLimit,
      dcCapex: 0,
      rnd: 0,
      ecosystem: 0,
      security: 0,
      trainShare: 0.6,
      creditDeal: { amount: 0.1 * start.providers[0]!.cash, creditFraction: 0.8 },
      projectExit: 0.5,
    });
    expect(validateDecision(tiny, start, 'NCL', edge)).toEqual({ ok: true, decision: edge });
    const low = draft({
      price: { C: tiny.lines.C.maxRise, S: tiny.lines.S.maxCut, T: 0 },
      trainShare: 0,
      projectExit: -0.05,
    });
    expect(validateDecision(tiny, start, 'NCL', low)).toEqual({ ok: true, decision: low });
    // Committing exactly the whole room is allowed.
    const all = draft({
      gpuCapex: 0,
      dcCapex: room,
      rnd: 0,
      ecosystem: 0,
      security: 0,
      creditDeal: { amount: 0, creditFraction: 0 },
    });
    expect(validateDecision(tiny, start, 'NCL', all).ok).toBe(true);
  });

  it('accepts every draft built inside the reported bounds, unchanged (property)', () => {
    fc.assert(
      fc.property(genesArb(2), fc.constantFrom('NCL', 'SCL', 'LAB'), (genes, id) => {
        const d = draftFromGenes(tiny, start, id, genes);
        expect(validateDecision(tiny, start, id, d)).toEqual({ ok: true, decision: d });
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});

describe('validateDecision rejects, naming every field at once', () => {
  it('reports every out-of-bound field in one answer, and clamps nothing', () => {
    const bad = {
      price: { C: -0.5, S: 0.2, T: 0 },
      gpuCapex: -1,
      dcCapex: -0.1,
      rnd: Number.NaN,
      trainShare: 0.7,
      ecosystem: Number.POSITIVE_INFINITY,
      creditDeal: { amount: 0.1 * start.providers[0]!.cash + 1, creditFraction: 0.9 },
      security: -2,
      projectExit: 0.6,
      openSource: 'yes',
      priority: ['NOPE', 'ENT', 'ENT'],
    };
    const before = structuredClone(bad);
    const result = validateDecision(tiny, start, 'NCL', bad);
    expect(fieldsOf(result)).toEqual(
      [
        'price.C',
        'price.S',
        'gpuCapex',
        'dcCapex',
        'rnd',
        'trainShare',
        'ecosystem',
        'creditDeal.amount',
        'creditDeal.creditFraction',
        'security',
        'projectExit',
        'openSource',
        'priority[0]',
        'priority[2]',
      ].sort(),
    );
    expect(bad).toEqual(before);
    for (const e of errorsOf(result)) {
      expect(e.message).toContain(e.field.replace(/\[\d+\]$/, ''));
      expect(e.code).toMatch(/^decision\//);
    }
    const byField = Object.fromEntries(errorsOf(result).map((e) => [e.field, e]));
    expect(byField['price.C']).toMatchObject({
      code: 'decision/below_minimum',
      limit: -0.4,
      value: -0.5,
    });
    expect(byField['price.S']).toMatchObject({
      code: 'decision/above_maximum',
      limit: 0.1,
      value: 0.2,
    });
    expect(byField['trainShare']).toMatchObject({ code: 'decision/above_maximum', limit: 0.6 });
    expect(byField['rnd']!.code).toBe('decision/not_a_number');
    expect(byField['ecosystem']!.code).toBe('decision/not_a_number');
    expect(byField['priority[2]']!.code).toBe('decision/duplicate_segment');
  });

  it('names every missing field of an empty object', () => {
    expect(fieldsOf(validateDecision(tiny, start, 'NCL', {}))).toEqual(
      [
        'price.C',
        'price.S',
        'price.T',
        'gpuCapex',
        'dcCapex',
        'rnd',
        'ecosystem',
        'security',
        'trainShare',
        'projectExit',
        'creditDeal.amount',
        'creditDeal.creditFraction',
        'openSource',
        'priority',
      ].sort(),
    );
  });

  it('rejects a draft it cannot afford (cash plus unused credit line)', () => {
    const room = spendingRoom(tiny, start, 0);
    const result = validateDecision(
      tiny,
      start,
      'NCL',
      draft({
        gpuCapex: 0,
        dcCapex: room / 2,
        rnd: room / 2 + 0.01,
        ecosystem: 0,
        security: 0,
        creditDeal: { amount: 0, creditFraction: 0 },
      }),
    );
    expect(errorsOf(result)).toEqual([
      expect.objectContaining({ field: 'budget', code: 'decision/unaffordable', limit: room }),
    ]);
    // The credit part of a deal is not cash: only (1 − φ)·I counts against the room.
    const deal = draft({
      gpuCapex: 0,
      dcCapex: room - 0.05,
      rnd: 0,
      ecosystem: 0,
      security: 0,
      creditDeal: { amount: 0.2, creditFraction: 0.75 },
    });
    expect(validateDecision(tiny, start, 'NCL', deal).ok).toBe(true);
  });

  it('rejects GPU orders above what suppliers deliver', () => {
    const limit = gpuCapexLimit(tiny, start, 0);
    const result = validateDecision(tiny, start, 'NCL', draft({ gpuCapex: limit * 1.01 }));
    expect(errorsOf(result)).toEqual([
      expect.objectContaining({ field: 'gpuCapex', code: 'decision/above_maximum', limit }),
    ]);
  });

  it('rejects a price that would fall below the floor', () => {
    const cheap: GameState = structuredClone(start);
    cheap.providers[0]!.price[0] = 0.07; // floor is 0.05 × reference
    const result = validateDecision(tiny, cheap, 'NCL', draft({ price: { C: -0.4, S: 0, T: 0 } }));
    expect(errorsOf(result)).toEqual([
      expect.objectContaining({ field: 'price.C', code: 'decision/below_floor' }),
    ]);
  });

  it('rejects project exits that would push integration outside its bounds', () => {
    const thin: GameState = structuredClone(start);
    thin.providers[0]!.integration = 0.015;
    expect(errorsOf(validateDecision(tiny, thin, 'NCL', draft({ projectExit: 0.5 })))).toEqual([
      expect.objectContaining({ field: 'projectExit', code: 'decision/integration_floor' }),
    ]);
    expect(validateDecision(tiny, thin, 'NCL', draft({ projectExit: 0.3 })).ok).toBe(true);
    const thick: GameState = structuredClone(start);
    thick.providers[0]!.integration = 1.99;
    expect(errorsOf(validateDecision(tiny, thick, 'NCL', draft({ projectExit: -0.05 })))).toEqual([
      expect.objectContaining({ field: 'projectExit', code: 'decision/integration_ceiling' }),
    ]);
  });

  it('refuses a second open-weights release during the cooldown', () => {
    const step = playQuarter(tiny, start, { NCL: draft({ openSource: true }) });
    expect(step.state.providers[0]!.openSourceCooldown).toBeGreaterThan(0);
    expect(
      errorsOf(validateDecision(tiny, step.state, 'NCL', draft({ openSource: true }))),
    ).toEqual([
      expect.objectContaining({ field: 'openSource', code: 'decision/open_source_cooldown' }),
    ]);
  });

  it('rejects an unknown provider and anything that is not an object', () => {
    expect(errorsOf(validateDecision(tiny, start, 'XYZ', draft()))).toEqual([
      expect.objectContaining({ field: 'provider', code: 'decision/unknown_provider' }),
    ]);
    for (const junk of [null, undefined, 3, 'draft', true])
      expect(errorsOf(validateDecision(tiny, start, 'NCL', junk))).toEqual([
        expect.objectContaining({ field: 'decision', code: 'decision/not_an_object' }),
      ]);
  });
});

describe('lines a provider does not sell', () => {
  let china: Scenario;
  let first: GameState;
  beforeAll(async () => {
    china = await loadChina();
    first = newGame(china, { seed: 1, humans: [] });
  });

  it('must have a price change of exactly 0 (China: a cloud without tokens, a token-only lab)', () => {
    const cloud = china.providers.find((p) => p.iaas && !p.lines.includes('T'))!.id;
    const base = suggestDecision(china, first, cloud).decision;
    expect(validateDecision(china, first, cloud, base).ok).toBe(true);
    expect(
      errorsOf(
        validateDecision(china, first, cloud, { ...base, price: { ...base.price, T: -0.1 } }),
      ),
    ).toEqual([expect.objectContaining({ field: 'price.T', code: 'decision/line_not_sold' })]);
    const lab = china.providers.find((p) => !p.iaas)!.id;
    const labDraft = suggestDecision(china, first, lab).decision;
    expect(
      fieldsOf(
        validateDecision(china, first, lab, { ...labDraft, price: { C: 0.05, S: -0.05, T: 0 } }),
      ),
    ).toEqual(['price.C', 'price.S']);
  });

  it('includes tokens before the token market opens', () => {
    expect(tOf(tiny.origin, tiny.market.tokenOpen)).toBeGreaterThan(start.t + 1);
    const early = suggestDecision(tiny, start, 'NCL').decision;
    expect(early.price.T).toBe(0);
    expect(
      errorsOf(
        validateDecision(tiny, start, 'NCL', { ...early, price: { ...early.price, T: -0.2 } }),
      ),
    ).toEqual([expect.objectContaining({ field: 'price.T', code: 'decision/line_not_sold' })]);
    // Once the market is open the same change is a price like any other.
    let open = start;
    while (open.t + 1 < tOf(tiny.origin, tiny.market.tokenOpen))
      open = playQuarter(tiny, open, {}).state;
    const later = suggestDecision(tiny, open, 'NCL').decision;
    expect(
      validateDecision(tiny, open, 'NCL', { ...later, price: { ...later.price, T: -0.2 } }).ok,
    ).toBe(true);
  });
});

describe('the engine takes human decisions as they are', () => {
  it('resolves a valid draft exactly as submitted, and refuses an invalid one with every reason', () => {
    const d = draft({ price: { C: -0.123, S: 0.05, T: 0 }, rnd: 0.777 });
    const step = playQuarter(tiny, start, { NCL: d });
    expect(step.report.providers[0]!.decision).toEqual(d);
    expect(step.report.providers[0]!.controller).toBe('human');
    expect(step.entry.decisions.NCL).toEqual(d);
    const bad = draft({ price: { C: -0.9, S: 0, T: 0 }, trainShare: 0.9 });
    expect(() => playQuarter(tiny, start, { NCL: bad })).toThrow(EngineError);
    expect(() => playQuarter(tiny, start, { NCL: bad })).toThrow(
      /price\.C.*trainShare|trainShare.*price\.C/,
    );
  });

  it('suggests drafts that validateDecision accepts, for every provider in every quarter (China)', async () => {
    const china = await loadChina();
    let state = newGame(china, { seed: 1, humans: [] });
    let checked = 0;
    while (!isFinished(china, state)) {
      for (const p of china.providers) {
        const suggestion = suggestDecision(china, state, p.id).decision;
        const result = validateDecision(china, state, p.id, suggestion);
        expect(result.ok ? [] : result.errors, `${p.id} at t=${state.t + 1}`).toEqual([]);
        checked++;
      }
      state = playQuarter(china, state, {}).state;
    }
    expect(checked).toBe(china.providers.length * china.quarters);
  });

  it('suggests drafts that validateDecision accepts after random play (tiny, property)', () => {
    fc.assert(
      fc.property(fc.array(genesArb(2), { minLength: 0, maxLength: 8 }), (plan) => {
        let state = start;
        for (const genes of plan) {
          for (const id of ['NCL', 'SCL', 'LAB']) {
            const result = validateDecision(
              tiny,
              state,
              id,
              suggestDecision(tiny, state, id).decision,
            );
            expect(result.ok ? [] : result.errors).toEqual([]);
          }
          state = playQuarter(tiny, state, {
            NCL: draftFromGenes(tiny, state, 'NCL', genes),
          }).state;
        }
      }),
      { seed: 42, numRuns: 40 },
    );
  });
});
