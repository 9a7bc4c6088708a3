// The save format: what makeSave writes, that readSave gives back exactly the log it holds, and
// that every kind of bad file gets its own clear error.

import { beforeAll, describe, expect, it } from 'vitest';
import { ENGINE_RULES, stateHash } from '../../game/engine/index.ts';
import {
  APP_VERSION,
  SAVE_FORMAT,
  SAVE_LIMITS,
  SAVE_VERSION,
  looksTruncated,
  makeSave,
  migrations,
  readSave,
  readSaveWith,
  saveFileName,
  scenarioDigest,
} from '../../game/save/save-file.ts';
import type { KnownScenario, Migration } from '../../game/save/save-file.ts';
import { sha256Fallback, sha256Hex } from '../../game/save/sha256.ts';
import { createSessionStore, savedLog } from '../../game/store/index.ts';
import packageJson from '../../package.json';
import { known, knownScenarios, playedSession } from './fixtures.ts';

let scenarios: KnownScenario[];
let classroom: KnownScenario;
let text: string;
let expectedHash: string;

beforeAll(async () => {
  scenarios = await knownScenarios();
  classroom = known(scenarios, 'classroom-duopoly');
  const game = playedSession(scenarios, 3).getState().game!.getState();
  expectedHash = stateHash(game.game);
  text = await makeSave({
    scenarioId: classroom.id,
    scenarioText: classroom.text,
    ...savedLog(game),
  });
});

/** The same game as builds before rules were recorded wrote it: version 1, no `rules`. */
const versionOne = (): string => {
  const doc = JSON.parse(text) as Record<string, unknown>;
  delete doc.rules;
  return JSON.stringify({ ...doc, version: 1 });
};

const edit = (change: (doc: Record<string, unknown>) => void): string => {
  const doc = JSON.parse(text) as Record<string, unknown>;
  change(doc);
  return JSON.stringify(doc);
};

describe('makeSave', () => {
  it('writes the documented envelope', async () => {
    const doc = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(doc)).toEqual([
      'format',
      'version',
      'appVersion',
      'scenario',
      'seed',
      'humans',
      'rules',
      'log',
    ]);
    expect(doc.rules).toBe(ENGINE_RULES);
    expect(doc.format).toBe(SAVE_FORMAT);
    expect(doc.version).toBe(SAVE_VERSION);
    expect(doc.appVersion).toBe(packageJson.version);
    expect(APP_VERSION).toBe(packageJson.version);
    expect(doc.scenario).toEqual({
      id: 'classroom-duopoly',
      sha256: await sha256Hex(classroom.text),
    });
    expect(doc.seed).toBe(11);
    expect(doc.humans).toEqual(['NCL']);
    expect(doc.log).toHaveLength(3);
  });

  it('also takes a running game and its scenario text', async () => {
    const game = playedSession(scenarios, 3).getState().game!.getState();
    expect(await makeSave(game, classroom.text)).toBe(text);
  });

  it('puts one log entry on a line', () => {
    expect(text.split('\n')).toHaveLength(1 + 3 + 2);
  });

  it('refuses to write a save it could not read back', async () => {
    const game = playedSession(scenarios, 1).getState().game!.getState();
    const log = structuredClone(game.log);
    log[0]!.decisions.NCL!.rnd = Number.NaN;
    await expect(
      makeSave({ scenarioId: classroom.id, scenarioText: classroom.text, ...game, log }),
    ).rejects.toThrow(/log\[0\]\.decisions\.NCL\.rnd/);
  });

  it('names files after scenario and quarter', () => {
    expect(saveFileName('classroom-duopoly', '2024Q3')).toBe(
      'cloudwar-classroom-duopoly-2024Q3.cloudwar.json',
    );
    expect(saveFileName('a/b:c', '../x')).toBe('cloudwar-a-b-c--x.cloudwar.json');
  });
});

describe('readSave', () => {
  it('gives back the scenario and exactly the saved log, which replays to the same state', async () => {
    const read = await readSave(text, scenarios);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.scenario).toBe(classroom.scenario);
    expect(read.saved.seed).toBe(11);
    expect(read.saved.humans).toEqual(['NCL']);
    // The second quarter's dilemma answer is part of the saved decision.
    expect(read.saved.log[1]!.decisions.NCL!.dilemma).toEqual({ 'startup-equity': 'invest' });
    const session = createSessionStore('en');
    expect(session.getState().restoreGame(read.scenario, read.saved)).toEqual({ ok: true });
    expect(stateHash(session.getState().game!.getState().game)).toBe(expectedHash);
  });

  it('reads a save of a game not yet started, and one with a BOM and CRLF endings', async () => {
    const fresh = await makeSave({
      scenarioId: classroom.id,
      scenarioText: classroom.text,
      seed: 0,
      humans: ['NCL', 'SCL'],
      log: [],
    });
    expect((await readSave(fresh, scenarios)).ok).toBe(true);
    expect((await readSave(`\uFEFF${text.replace(/\n/g, '\r\n')}`, scenarios)).ok).toBe(true);
  });

  it('accepts a scenario file checked out with CRLF endings', async () => {
    const crlf = scenarios.map((s) => ({ ...s, text: s.text.replace(/\n/g, '\r\n') }));
    expect((await readSave(text, crlf)).ok).toBe(true);
    expect(await scenarioDigest(classroom.text.replace(/\n/g, '\r\n'))).toBe(
      await scenarioDigest(classroom.text),
    );
  });

  const cases: [string, () => string, string, RegExp][] = [
    ['an empty file', () => '  \n', 'empty', /empty/],
    ['plain text', () => 'hello, teacher', 'corrupt', /not valid JSON/],
    ['garbled bytes', () => text.replace(/"log"/, '"log"::'), 'corrupt', /damaged/],
    ['a cut-off file', () => text.slice(0, Math.floor(text.length * 0.6)), 'truncated', /cut off/],
    [
      'a file cut inside a string',
      () => text.slice(0, text.indexOf('"hash":"') + 12),
      'truncated',
      /cut off/,
    ],
    [
      'another program’s JSON',
      () => '{"name":"cloud-price-war","version":"0.1.0"}',
      'foreign',
      /not a Cloud Price War save/,
    ],
    ['a JSON array', () => '[1,2,3]', 'foreign', /not a Cloud Price War save/],
    ['a scenario file', () => classroom.text, 'corrupt', /not valid JSON/],
    [
      'a save from a newer version',
      () => edit((d) => ((d.version = SAVE_VERSION + 1), (d.appVersion = '9.0.0'))),
      'newer_version',
      /made by a newer version of the game.*9\.0\.0/,
    ],
    ['a save with no version', () => edit((d) => delete d.version), 'invalid', /version/],
    ['a save with version 0', () => edit((d) => (d.version = 0)), 'invalid', /version/],
    ['an unknown field', () => edit((d) => (d.cheat = true)), 'invalid', /cheat/],
    [
      'a decision with a string for a number',
      () =>
        edit(
          (d) =>
            ((d.log as { decisions: { NCL: { rnd: unknown } } }[])[1]!.decisions.NCL.rnd = '5'),
        ),
      'invalid',
      /log\[1\]\.decisions\.NCL\.rnd/,
    ],
    [
      'a bad quarter label',
      () => edit((d) => ((d.log as { quarter: string }[])[0]!.quarter = 'soon')),
      'invalid',
      /log\[0\]\.quarter/,
    ],
    ['a negative seed', () => edit((d) => (d.seed = -1)), 'invalid', /seed/],
    ['a fractional seed', () => edit((d) => (d.seed = 1.5)), 'invalid', /seed/],
    [
      'too long a log',
      () =>
        edit(
          (d) =>
            (d.log = Array.from(
              { length: SAVE_LIMITS.quarters + 1 },
              () => (d.log as unknown[])[0],
            )),
        ),
      'invalid',
      /log/,
    ],
    [
      'an unknown scenario',
      () => edit((d) => ((d.scenario as { id: string }).id = 'mars-2030')),
      'unknown_scenario',
      /mars-2030/,
    ],
    ['an unknown provider', () => edit((d) => (d.humans = ['XYZ'])), 'unknown_provider', /XYZ/],
    ['a human listed twice', () => edit((d) => (d.humans = ['NCL', 'NCL'])), 'invalid', /twice/],
    [
      'a file over the size limit',
      () => ' '.repeat(SAVE_LIMITS.bytes + 1),
      'too_large',
      /larger than 5 MB/,
    ],
    [
      'multi-byte text over the size limit',
      () => '云'.repeat(Math.ceil(SAVE_LIMITS.bytes / 3) + 1),
      'too_large',
      /larger/,
    ],
  ];
  it.each(cases)('refuses %s with a clear error', async (_name, make, code, message) => {
    const read = await readSave(make(), scenarios);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.code).toBe(code);
    expect(read.message).toMatch(message);
  });

  it('never throws, even for values that are not text', async () => {
    for (const value of [undefined, null, 42, {}, [], Symbol('x')])
      expect((await readSave(value as unknown as string, scenarios)).ok).toBe(false);
  });

  it('lets the store report a tampered hash as a replay mismatch', async () => {
    const tampered = edit(
      (d) => ((d.log as { hash: string }[])[2]!.hash = 'abcdef0123456789abcdef0123456789'),
    );
    const read = await readSave(tampered, scenarios);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const restored = createSessionStore('en').getState().restoreGame(read.scenario, read.saved);
    expect(restored.ok).toBe(false);
    if (!restored.ok) expect(restored.message).toMatch(/replay diverged at .*log entry 3/);
  });
});

describe('truncation detection', () => {
  it('tells a cut-off file from a damaged one', () => {
    expect(looksTruncated('{"a":[1,2')).toBe(true);
    expect(looksTruncated('{"a":"x\\"')).toBe(true);
    expect(looksTruncated('{"a":1]')).toBe(false);
    expect(looksTruncated('{"a":1}}')).toBe(false);
    expect(looksTruncated('{"a":1} trailing')).toBe(false);
  });
});

describe('migrations', () => {
  it('reads a version-1 save as recorded under engine rules 1, the rest unchanged', async () => {
    expect(SAVE_VERSION).toBe(2);
    expect(Object.keys(migrations)).toEqual(['1']);
    const old = await readSave(versionOne(), scenarios);
    const now = await readSave(text, scenarios);
    if (!old.ok || !now.ok) throw new Error('both read');
    expect(old.saved.rules).toBe(1);
    expect(now.saved.rules).toBe(ENGINE_RULES);
    expect({ ...old.saved, rules: 0 }).toEqual({ ...now.saved, rules: 0 });
  });

  // Pretend this build writes version 3, with migrations 1 -> 2 -> 3; a version-1 save must
  // come through both steps, in order.
  const steps: string[] = [];
  const table: Record<number, Migration> = {
    1: (save) => (steps.push('1->2'), { ...save, renamed: save.humans, humans: undefined }),
    2: (save) => {
      steps.push('2->3');
      const { renamed, ...rest } = save;
      return { ...rest, humans: renamed };
    },
  };

  it('runs every step from the save’s version to the current one', async () => {
    steps.length = 0;
    const read = await readSaveWith(versionOne(), scenarios, { version: 3, migrations: table });
    expect(steps).toEqual(['1->2', '2->3']);
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.saved.humans).toEqual(['NCL']);
  });

  it('refuses a version it has no migration from', async () => {
    const read = await readSaveWith(versionOne(), scenarios, {
      version: 3,
      migrations: { 2: table[2]! },
    });
    expect(read).toMatchObject({ ok: false, code: 'unsupported_version' });
    if (!read.ok) expect(read.message).toMatch(/version 1/);
  });

  it('reports a migration that fails, and one that leaves the save invalid', async () => {
    const broken = await readSaveWith(versionOne(), scenarios, {
      version: 2,
      migrations: {
        1: () => {
          throw new Error('boom');
        },
      },
    });
    expect(broken).toMatchObject({ ok: false, code: 'migration_failed' });
    if (!broken.ok) expect(broken.message).toMatch(/boom/);
    const sloppy = await readSaveWith(versionOne(), scenarios, {
      version: 2,
      migrations: { 1: (save) => ({ ...save, extra: 1 }) },
    });
    expect(sloppy).toMatchObject({ ok: false, code: 'invalid' });
  });
});

describe('sha256', () => {
  it('matches Web Crypto and the FIPS test vectors', async () => {
    const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(hex(sha256Fallback(enc('abc')))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(hex(sha256Fallback(enc('')))).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    for (const length of [55, 56, 63, 64, 65, 1000]) {
      const s = '云a'.repeat(length);
      expect(hex(sha256Fallback(enc(s)))).toBe(await sha256Hex(s));
    }
    expect(hex(sha256Fallback(enc(classroom.text)))).toBe(await sha256Hex(classroom.text));
  });
});
