// Damage for the fuzz tests of the scenario loader, on two levels: on the text (truncation,
// byte flips, duplicated or deleted lines, odd numbers, stray near-miss keys) and on the data
// (deleted keys, swapped types, unknown keys, extreme numbers; written back as JSON, which
// is YAML too). And the check every damaged file must pass: the loader does not throw and
// returns either a sane frozen scenario or problems that each point at a real place.
import fc from 'fast-check';
import { expect } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  type LoadResult,
  type ScenarioProblem,
  loadScenarioText,
} from '../../game/scenario/load.ts';
import { readScenario, shippedFiles } from './helpers.ts';

const NUMBERS = [
  '-1',
  '0',
  '-0',
  '1e308',
  '-1e308',
  '1e999',
  '.nan',
  '.inf',
  '-.inf',
  '0x10',
  '"12"',
  '1.5',
  '99999999999999999999',
  '1_000',
  '~',
];
const CHARS = [
  ':',
  '-',
  '[',
  ']',
  '{',
  '}',
  '&',
  '*',
  '!',
  '#',
  '|',
  '>',
  '"',
  "'",
  ',',
  '?',
  '%',
  '@',
  '\t',
  '\n',
  ' ',
  'x',
  '0',
  '\u0000',
  '\uFFFF',
  '云',
  '\u{1F600}',
];
const ODD_VALUES: unknown[] = [
  'text',
  '',
  true,
  false,
  null,
  [],
  {},
  [1, 2],
  { value: 1 },
  { value: 1, source: 'F1' },
  -1,
  0,
  1e308,
  -1e308,
  0.5,
  2024,
  '2024Q5',
  'random',
];
const KEY_LINE = /^(\s*)([A-Za-z0-9_]+):(.*)$/;

export const textOp = fc.oneof(
  fc.record({
    op: fc.constant('truncate' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
  fc.record({ op: fc.constant('flip' as const), at: fc.nat(), ch: fc.constantFrom(...CHARS) }),
  fc.record({ op: fc.constant('duplicateLine' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('deleteLine' as const), pick: fc.nat() }),
  fc.record({
    op: fc.constant('oddNumber' as const),
    pick: fc.nat(),
    value: fc.constantFrom(...NUMBERS),
  }),
  fc.record({ op: fc.constant('strayKey' as const), pick: fc.nat(), typo: fc.nat() }),
);

export const dataOp = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({
    op: fc.constant('swap' as const),
    pick: fc.nat(),
    value: fc.constantFrom(...ODD_VALUES),
  }),
  fc.record({
    op: fc.constant('unknownKey' as const),
    pick: fc.nat(),
    name: fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('growht', 'sourse', 'trust', 'kind', '__proto__', 'constructor'),
    ),
  }),
  fc.record({
    op: fc.constant('number' as const),
    pick: fc.nat(),
    value: fc.oneof(fc.double(), fc.integer(), fc.constantFrom(-1e6, 1e6, -0.5, 400, 401)),
  }),
);

type TextOp = typeof textOp extends fc.Arbitrary<infer T> ? T : never;
type DataOp = typeof dataOp extends fc.Arbitrary<infer T> ? T : never;

export function applyText(text: string, op: TextOp): string {
  const lines = text.split('\n');
  const keyLines = lines.flatMap((l, i) => (KEY_LINE.test(l) ? [i] : []));
  switch (op.op) {
    case 'truncate':
      return text.slice(0, Math.floor(op.at * text.length));
    case 'flip': {
      const at = op.at % Math.max(1, text.length);
      return text.slice(0, at) + op.ch + text.slice(at + 1);
    }
    case 'duplicateLine': {
      const i = keyLines[op.pick % keyLines.length] ?? 0;
      lines.splice(i, 0, lines[i] ?? '');
      return lines.join('\n');
    }
    case 'deleteLine':
      lines.splice(op.pick % lines.length, 1);
      return lines.join('\n');
    case 'oddNumber': {
      const spots = [...text.matchAll(/(?<=[:\s[,{-])-?\d+(\.\d+)?(?=[\s,}\]]|$)/g)];
      const spot = spots[op.pick % Math.max(1, spots.length)];
      if (!spot || spot.index === undefined) return text;
      return text.slice(0, spot.index) + op.value + text.slice(spot.index + spot[0].length);
    }
    case 'strayKey': {
      // A near-miss of a real key, inserted before a key line at the same indentation.
      const i = keyLines[op.pick % keyLines.length] ?? 0;
      const [, indent = '', key = 'x'] = KEY_LINE.exec(lines[i] ?? '') ?? [];
      const cut = op.typo % Math.max(1, key.length);
      lines.splice(i, 0, `${indent}${key.slice(0, cut)}${key.slice(cut + 1)}x: 1`);
      return lines.join('\n');
    }
  }
}

/** Every (container, key) slot of the data, in a fixed order. */
function slots(data: unknown): [Record<string | number, unknown>, string | number][] {
  const out: [Record<string | number, unknown>, string | number][] = [];
  const visit = (node: unknown) => {
    if (typeof node !== 'object' || node === null) return;
    const container = node as Record<string | number, unknown>;
    const keys = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    for (const key of keys) {
      out.push([container, key]);
      visit(container[key]);
    }
  };
  visit(data);
  return out;
}

export function applyData(data: unknown, op: DataOp): void {
  const all = slots(data);
  if (op.op === 'number') {
    const numeric = all.filter(([c, k]) => typeof c[k] === 'number');
    const slot = numeric[op.pick % Math.max(1, numeric.length)];
    if (slot) slot[0][slot[1]] = op.value;
    return;
  }
  if (op.op === 'unknownKey') {
    const maps = [data, ...all.map(([c, k]) => c[k])].filter(
      (v): v is object => typeof v === 'object' && v !== null && !Array.isArray(v),
    );
    const target = maps[op.pick % maps.length];
    if (target)
      Object.defineProperty(target, op.name, {
        value: 1,
        enumerable: true,
        configurable: true,
        writable: true,
      });
    return;
  }
  const slot = all[op.pick % Math.max(1, all.length)];
  if (!slot) return;
  const [container, key] = slot;
  if (op.op === 'swap') container[key] = structuredClone(op.value);
  else if (Array.isArray(container)) container.splice(Number(key), 1);
  else delete container[key];
}

function finiteNumbers(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'object' || value === null) return true;
  return Object.values(value).every(finiteNumbers);
}

/** Why a reported problem is unusable, or undefined if it is fine. */
function flaw(p: ScenarioProblem, lineCount: number, file: string): string | undefined {
  if (p.file !== file) return 'wrong file';
  if (!Number.isInteger(p.line) || p.line < 1 || p.line > lineCount + 1) return 'bad line';
  if (!Number.isInteger(p.column) || p.column < 1) return 'bad column';
  if (typeof p.path !== 'string') return 'path is not a string';
  if (p.message.trim() === '') return 'empty message';
  if (/internal error/.test(p.message)) return 'internal error';
  if (p.hint !== undefined && p.hint.trim() === '') return 'empty hint';
  return undefined;
}

export function checkResult(result: LoadResult, text: string, file: string): void {
  if (result.ok) {
    expect(Object.isFrozen(result.scenario)).toBe(true);
    expect(result.scenario.providers.length).toBeGreaterThan(0);
    expect(finiteNumbers(result.scenario)).toBe(true);
    return;
  }
  expect(result.errors.length).toBeGreaterThan(0);
  // One plain loop and one assertion: files cut short can have hundreds of problems.
  const lineCount = text.split('\n').length;
  const bad = result.errors
    .map((p) => ({ problem: p, flaw: flaw(p, lineCount, file) }))
    .find((x) => x.flaw !== undefined);
  expect(bad).toBeUndefined();
}

/** At least this many damaged files in all (half text damage, half data damage). */
export const TOTAL_RUNS = 2000;

/**
 * Shares `runs` among the shipped files. A run costs time in proportion to the file's size
 * (YAML parsing dominates), so runs go in proportion to 1/size²: most go to the small files,
 * where damage reaches every rule quickly, and the large ones still get tens each. Rounding
 * up keeps the total at or above `runs`; the time stays within budget as files are added.
 */
export function fuzzTargets(runs: number) {
  const files = shippedFiles().map((name) => ({ name, text: readScenario(name) }));
  const weights = files.map((f) => 1 / f.text.length ** 2);
  const total = weights.reduce((a, b) => a + b, 0);
  return files.map((f, i) => ({
    ...f,
    // The data the file holds, for data-level damage (not the normalised Scenario).
    data: parseYaml(f.text) as unknown,
    runs: Math.max(25, Math.ceil((runs * weights[i]!) / total)),
  }));
}

/** Loads `text` and checks the result; true if it loaded. */
export function loadsSanely(text: string, name: string): boolean {
  const result = loadScenarioText(text, name);
  checkResult(result, text, name);
  return result.ok;
}
