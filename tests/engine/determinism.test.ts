// MODEL.md §2.15.7: the same scenario, seed and decisions give the same state hash after every
// quarter; a saved log replays to the same hashes, and a tampered log is refused with the
// quarter where it diverged.

import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GameState, LogEntry, Scenario } from '../../game/engine/index.ts';
import {
  EngineError,
  isFinished,
  playQuarter,
  replay,
  startGame,
  stateHash,
} from '../../game/engine/index.ts';
import { genesArb, validDraft } from '../helpers/drafts.ts';
import { makeScenario } from '../helpers/make-scenario.ts';
import { play } from '../helpers/play.ts';
import { loadChina } from '../helpers/scenarios.ts';

function planArb(scenario: Scenario, humans: number) {
  return fc.array(
    fc.array(genesArb(scenario.segments.length), { minLength: humans, maxLength: humans }),
    {
      minLength: scenario.quarters,
      maxLength: scenario.quarters,
    },
  );
}

const hashes = (states: readonly GameState[]) => states.map((s) => stateHash(s));

describe('determinism', () => {
  const tiny = makeScenario({ providers: 3, segments: 2, randomDeck: true, quarters: 8 });
  let china: Scenario;
  beforeAll(async () => {
    china = await loadChina();
  });

  it('gives identical hashes after every quarter for the same seed and decisions (tiny, random deck)', () => {
    fc.assert(
      fc.property(planArb(tiny, 2), fc.integer({ min: 0, max: 2 ** 31 - 1 }), (plan, seed) => {
        const a = play(tiny, { seed, humans: ['NCL', 'LAB'], plan });
        const b = play(tiny, { seed, humans: ['NCL', 'LAB'], plan });
        expect(hashes(b.states)).toEqual(hashes(a.states));
        expect(b.log.map((e) => e.hash)).toEqual(hashes(a.states.slice(1)));
      }),
      { seed: 42, numRuns: 25 },
    );
  });

  it('gives identical hashes after every quarter of the China scenario', () => {
    fc.assert(
      fc.property(planArb(china, 1), (plan) => {
        const a = play(china, { seed: 1, humans: [china.defaultHuman], plan });
        const b = play(china, { seed: 1, humans: [china.defaultHuman], plan });
        expect(hashes(b.states)).toEqual(hashes(a.states));
      }),
      { seed: 42, numRuns: 3 },
    );
  });

  it('does not depend on the seed when no random deck is dealt, and does when one is', () => {
    // Without a deck the generator is never drawn: apart from its stored words, seeds agree.
    const quiet = makeScenario({ providers: 3, segments: 2 });
    const withoutRng = (seed: number) =>
      play(quiet, { seed, humans: [] }).states.map((s) => stateHash({ ...s, rng: [] }));
    expect(withoutRng(2)).toEqual(withoutRng(1));
    const draws = new Set<string>();
    for (let seed = 1; seed <= 8; seed++)
      draws.add(JSON.stringify(play(tiny, { seed, humans: [] }).states.at(-1)!.draws));
    expect(draws.size).toBeGreaterThan(1);
  });

  it('continues to the same hashes after a save (JSON round trip) in the middle of a game', () => {
    fc.assert(
      fc.property(planArb(tiny, 1), fc.integer({ min: 1, max: 7 }), (plan, cut) => {
        const full = play(tiny, { seed: 3, humans: ['SCL'], plan });
        let state: GameState = JSON.parse(JSON.stringify(full.states[cut]!)) as GameState;
        expect(stateHash(state)).toBe(stateHash(full.states[cut]!));
        for (let q = cut; !isFinished(tiny, state); q++) {
          state = playQuarter(tiny, state, {
            SCL: validDraft(tiny, state, 'SCL', plan[q]![0]!),
          }).state;
          expect(stateHash(state)).toBe(stateHash(full.states[q + 1]!));
        }
      }),
      { seed: 42, numRuns: 15 },
    );
  });

  it('never changes the state it resolves from', () => {
    const start = startGame(tiny, { seed: 9, humans: [] }).state;
    const before = stateHash(start);
    const copy = structuredClone(start);
    playQuarter(tiny, start, {});
    expect(stateHash(start)).toBe(before);
    expect(start).toEqual(copy);
  });
});

describe('replay of a saved log', () => {
  const tiny = makeScenario({ providers: 3, segments: 2, randomDeck: true, quarters: 8 });

  it('reproduces every quarter and the final hash', () => {
    fc.assert(
      fc.property(planArb(tiny, 2), fc.integer({ min: 0, max: 1000 }), (plan, seed) => {
        const humans = ['NCL', 'SCL'];
        const game = play(tiny, { seed, humans, plan });
        const saved = JSON.parse(JSON.stringify({ seed, humans, log: game.log })) as {
          seed: number;
          humans: string[];
          log: LogEntry[];
        };
        const again = replay(tiny, saved);
        expect(stateHash(again.state)).toBe(stateHash(game.states.at(-1)!));
        expect(again.reports.map((r) => r.quarter)).toEqual(game.reports.map((r) => r.quarter));
      }),
      { seed: 42, numRuns: 15 },
    );
  });

  it('refuses a log whose recorded hash was tampered with, naming the quarter', () => {
    fc.assert(
      fc.property(planArb(tiny, 1), fc.integer({ min: 0, max: 7 }), (plan, at) => {
        const game = play(tiny, { seed: 5, humans: ['NCL'], plan });
        const log = game.log.map((e, i) =>
          i === at ? { ...e, hash: e.hash.replace(/^./, (c) => (c === '0' ? '1' : '0')) } : e,
        );
        expect(() => replay(tiny, { seed: 5, humans: ['NCL'], log })).toThrow(EngineError);
        expect(() => replay(tiny, { seed: 5, humans: ['NCL'], log })).toThrow(
          new RegExp(`diverged at ${game.log[at]!.quarter}`),
        );
      }),
      { seed: 42, numRuns: 10 },
    );
  });

  it('refuses a log whose decisions were changed, at the first quarter that differs', () => {
    const game = play(tiny, {
      seed: 5,
      humans: ['NCL'],
      plan: fc.sample(planArb(tiny, 1), { seed: 7, numRuns: 1 })[0]!,
    });
    const changed = structuredClone(game.log);
    const entry = changed[3]!;
    entry.decisions.NCL = { ...entry.decisions.NCL!, rnd: entry.decisions.NCL!.rnd / 2 + 0.001 };
    expect(() => replay(tiny, { seed: 5, humans: ['NCL'], log: changed })).toThrow(
      /diverged at 2024Q4/,
    );
    // A different seed diverges at the first quarter a random card is dealt differently.
    expect(() => replay(tiny, { seed: 6, humans: ['NCL'], log: game.log })).toThrow(EngineError);
  });

  it('refuses a log entry without a hash, naming its quarter', () => {
    const game = play(tiny, { seed: 5, humans: [] });
    const blank = game.log.map((e, i) => (i === 2 ? { ...e, hash: '' } : e));
    expect(() => replay(tiny, { seed: 5, humans: [], log: blank })).toThrow(EngineError);
    expect(() => replay(tiny, { seed: 5, humans: [], log: blank })).toThrow(
      new RegExp(game.log[2]!.quarter),
    );
  });

  it('refuses a decision for a provider no human plays, so it cannot be dropped silently', () => {
    const start = startGame(tiny, { seed: 5, humans: ['NCL'] }).state;
    const genes = fc.sample(planArb(tiny, 1), { seed: 3, numRuns: 1 })[0]![0]![0]!;
    const draft = validDraft(tiny, start, 'SCL', genes);
    expect(() => playQuarter(tiny, start, { SCL: draft })).toThrow(EngineError);
    expect(() => playQuarter(tiny, start, { SCL: draft })).toThrow(/SCL/);
  });

  it('refuses a log that skips or repeats a quarter', () => {
    const game = play(tiny, { seed: 5, humans: [] });
    const skipped = [game.log[0]!, game.log[2]!];
    expect(() => replay(tiny, { seed: 5, humans: [], log: skipped })).toThrow(
      /entry 2 is for 2024Q3 but the game is at 2024Q2/,
    );
  });
});
