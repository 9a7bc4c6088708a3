// hash.ts: the state fingerprint ignores key order and the sign of zero, and any change of
// any number in a real game state changes it.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GameState } from '../../game/engine/index.ts';
import { canonicalJson, playQuarter, startGame, stateHash } from '../../game/engine/index.ts';
import { makeScenario } from '../helpers/make-scenario.ts';

/** The same value with every object's keys in a different (reversed or rotated) order. */
function reorder(value: unknown, rotate: number): unknown {
  if (Array.isArray(value)) return value.map((v) => reorder(v, rotate));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value);
  const r = entries.length > 0 ? rotate % entries.length : 0;
  const turned = [...entries.slice(r), ...entries.slice(0, r)].reverse();
  return Object.fromEntries(turned.map(([k, v]) => [k, reorder(v, rotate + 1)]));
}

/** Paths to every number inside a value. */
function numberPaths(
  value: unknown,
  path: (string | number)[] = [],
  out: (string | number)[][] = [],
) {
  if (typeof value === 'number') out.push(path);
  else if (Array.isArray(value)) value.forEach((v, i) => numberPaths(v, [...path, i], out));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) numberPaths(v, [...path, k], out);
  return out;
}

function setAt(root: unknown, path: readonly (string | number)[], next: number): void {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = next;
}

function getAt(root: unknown, path: readonly (string | number)[]): number {
  let node = root as Record<string | number, unknown>;
  for (const key of path) node = node[key] as Record<string | number, unknown>;
  return node as unknown as number;
}

/** The next double above x (one unit in the last place). */
function nextUp(x: number): number {
  if (x === 0) return Number.MIN_VALUE;
  const buffer = new DataView(new ArrayBuffer(8));
  buffer.setFloat64(0, x);
  const bits = buffer.getBigUint64(0);
  buffer.setBigUint64(0, x > 0 ? bits + 1n : bits - 1n);
  return buffer.getFloat64(0);
}

function tinyState(): GameState {
  const scenario = makeScenario({ providers: 3, segments: 2 });
  let state = startGame(scenario, { seed: 1, humans: [] }).state;
  for (let i = 0; i < 4; i++) state = playQuarter(scenario, state, {}).state;
  return state;
}

describe('stateHash', () => {
  it('does not depend on the order of object keys', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(7), (value, rotate) => {
        expect(stateHash(reorder(value, rotate))).toBe(stateHash(value));
      }),
      { seed: 42, numRuns: 300 },
    );
    const state = tinyState();
    expect(stateHash(reorder(state, 3))).toBe(stateHash(state));
  });

  it('treats -0 as 0, and drops keys whose value is undefined', () => {
    expect(stateHash({ a: -0, b: [-0, 1] })).toBe(stateHash({ a: 0, b: [0, 1] }));
    expect(canonicalJson(-0)).toBe('0');
    expect(stateHash({ a: 1, b: undefined })).toBe(stateHash({ a: 1 }));
  });

  it('writes canonical JSON with sorted keys and round-trip numbers', () => {
    expect(canonicalJson({ b: [1, 0.1], a: { d: 'x', c: null } })).toBe(
      '{"a":{"c":null,"d":"x"},"b":[1,0.1]}',
    );
    expect(canonicalJson(1 / 3)).toBe(String(1 / 3));
  });

  it('changes when any single number of a game state moves by one ulp', () => {
    const state = tinyState();
    const base = stateHash(state);
    const paths = numberPaths(state);
    expect(paths.length).toBeGreaterThan(200);
    const seen = new Set<string>([base]);
    for (const path of paths) {
      const copy = structuredClone(state);
      setAt(copy, path, nextUp(getAt(state, path)));
      const hash = stateHash(copy);
      expect(hash, `changing ${path.join('.')} left the hash unchanged`).not.toBe(base);
      seen.add(hash);
    }
    // No two single-number changes collide either.
    expect(seen.size).toBe(paths.length + 1);
  });

  it('changes when any number of an arbitrary JSON value changes', () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.nat(),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        (value, pick, replacement) => {
          const paths = numberPaths(value);
          fc.pre(paths.length > 0);
          const path = paths[pick % paths.length]!;
          const old = getAt(value, path);
          fc.pre(String(old) !== String(replacement) && !(old === 0 && replacement === 0));
          const copy = structuredClone(value);
          if (path.length === 0) expect(stateHash(replacement)).not.toBe(stateHash(value));
          else {
            setAt(copy, path, replacement);
            expect(stateHash(copy)).not.toBe(stateHash(value));
          }
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });

  it('is a 32-digit hex string', () => {
    expect(stateHash(tinyState())).toMatch(/^[0-9a-f]{32}$/);
  });
});
