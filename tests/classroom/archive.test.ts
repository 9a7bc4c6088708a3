// The class archive: written from real class markets, verified by replaying every market with
// the engine; a tampered market fails alone, naming where its replay diverged; a damaged
// archive is refused with a message that says what and where.

import { beforeAll, describe, expect, it } from 'vitest';
import {
  ARCHIVE_LIMITS,
  archiveFileName,
  makeArchive,
  marketSaveText,
  verifyArchive,
} from '../../game/classroom/archive.ts';
import type { ArchivedMarket, ClassMeta } from '../../game/classroom/archive.ts';
import { stateHash } from '../../game/engine/index.ts';
import { readSave } from '../../game/save/save-file.ts';
import type { KnownScenario } from '../../game/save/save-file.ts';
import { knownScenarios } from '../save/fixtures.ts';
import { playedMarket, tampered } from './class-saves.ts';
import type { PlayedMarket } from './class-saves.ts';

let scenarios: KnownScenario[];
let one: PlayedMarket;
let two: PlayedMarket;
let markets: ArchivedMarket[];
const meta: ClassMeta = {
  title: 'Economics 2B, Tuesday',
  scenario: 'classroom-duopoly',
  playedAt: '2026-12-01T09:00:00+08:00',
};

beforeAll(async () => {
  scenarios = await knownScenarios();
  one = await playedMarket(scenarios, { seed: 11, humans: ['NCL', 'SCL'], quarters: 3 });
  two = await playedMarket(scenarios, { seed: 12, humans: ['NCL'], quarters: 2, priceC: -0.1 });
  markets = [
    {
      market: 1,
      teams: {
        NCL: { team: 'Red, "the fast"', members: ['王小明', 'Ann'] },
        SCL: { team: '蓝队', members: ['李华'] },
      },
      save: one.save,
    },
    { market: 2, teams: { NCL: { team: '=Green', members: [] } }, save: two.save },
  ];
});

describe('a class archive', () => {
  it("replays every market to its game's state", async () => {
    const text = makeArchive(meta, markets);
    const check = await verifyArchive(text, scenarios);
    expect(check).toEqual({
      ok: true,
      class: meta,
      allOk: true,
      markets: [
        { market: 1, ok: true, quarters: 3, finished: false, finalHash: stateHash(one.data.game) },
        { market: 2, ok: true, quarters: 2, finished: false, finalHash: stateHash(two.data.game) },
      ],
    });
  });

  it('holds each market as the save text the game writes, which the game reads', async () => {
    const text = makeArchive(meta, markets);
    expect(marketSaveText(text, 2)).toBe(two.save);
    expect(marketSaveText(text, 3)).toBeNull();
    const read = await readSave(marketSaveText(text, 1)!, scenarios);
    expect(read.ok && read.saved.humans).toEqual(['NCL', 'SCL']);
  });

  it('reports a tampered market with the quarter where its replay diverged, and the others as good', async () => {
    const text = makeArchive(meta, [markets[0]!, { ...markets[1]!, save: tampered(two.save) }]);
    const check = await verifyArchive(text, scenarios);
    if (!check.ok) throw new Error(check.message);
    expect(check.allOk).toBe(false);
    expect(check.markets[0]).toMatchObject({ market: 1, ok: true });
    expect(check.markets[1]).toMatchObject({ market: 2, ok: false, code: 'replay_failed' });
    const failed = check.markets[1]!;
    expect(!failed.ok && failed.message).toMatch(
      /^Market 2: The save does not replay to the game it records: replay diverged at 2024Q1 \(log entry 1\)/,
    );
  });

  it('reports a market whose replay is of another scenario, or whose team seat nobody played', async () => {
    const otherClass = await verifyArchive(
      makeArchive({ ...meta, scenario: 'china-2023-price-war' }, [markets[1]!]),
      scenarios,
    );
    expect(otherClass.ok && otherClass.markets[0]).toMatchObject({
      ok: false,
      code: 'wrong_scenario',
      message:
        'Market 2: its replay is of the scenario classroom-duopoly, but the class played china-2023-price-war.',
    });
    const ghost = await verifyArchive(
      makeArchive(meta, [{ ...markets[1]!, teams: { SCL: { team: 'Ghosts', members: [] } } }]),
      scenarios,
    );
    expect(ghost.ok && ghost.markets[0]).toMatchObject({
      ok: false,
      code: 'unknown_seat',
      message: "Market 2: the team seat SCL is not one of the replay's players (NCL).",
    });
  });

  it('is offered under a file name from its scenario and date', () => {
    expect(archiveFileName(meta)).toBe(
      'cloudwar-class-classroom-duopoly-2026-12-01.cloudwar-class.json',
    );
    expect(archiveFileName({ scenario: '../../etc/passwd', playedAt: meta.playedAt })).toBe(
      'cloudwar-class--etc-passwd-2026-12-01.cloudwar-class.json',
    );
  });

  it('is not written with a market twice or a field out of bounds', () => {
    expect(() => makeArchive(meta, [markets[0]!, { ...markets[1]!, market: 1 }])).toThrow(
      'cannot write this archive: market 1 appears twice',
    );
    expect(() =>
      makeArchive(meta, [
        { ...markets[1]!, teams: { NCL: { team: 'x'.repeat(81), members: [] } } },
      ]),
    ).toThrow(/market entry 1 \(markets\[0\]\.teams\.NCL\.team\)/);
  });
});

describe('a damaged archive is refused, saying what and where', () => {
  const refusal = async (text: string) => {
    const check = await verifyArchive(text, scenarios);
    if (check.ok) throw new Error('accepted');
    return check;
  };
  const doc = () => JSON.parse(makeArchive(meta, markets)) as Record<string, unknown>;

  it('too large', async () => {
    expect(await refusal(' '.repeat(ARCHIVE_LIMITS.chars + 1))).toMatchObject({
      code: 'too_large',
    });
  });

  it('empty, cut off or not JSON', async () => {
    expect(await refusal('  \n')).toMatchObject({ code: 'empty' });
    const text = makeArchive(meta, markets);
    expect(await refusal(text.slice(0, text.length / 2))).toMatchObject({ code: 'truncated' });
    expect(await refusal('class: 2B')).toMatchObject({
      code: 'corrupt',
      message: expect.stringMatching(/^The archive is damaged: it is not valid JSON/),
    });
  });

  it('a single save or another file', async () => {
    expect(await refusal(one.save)).toMatchObject({
      code: 'foreign',
      message: expect.stringContaining('single game save, not a class archive'),
    });
    expect(await refusal('[1, 2]')).toMatchObject({ code: 'foreign' });
    expect(await refusal('null')).toMatchObject({ code: 'foreign' });
  });

  it('from a newer version', async () => {
    expect(await refusal(JSON.stringify({ ...doc(), version: 2 }))).toMatchObject({
      code: 'newer_version',
    });
  });

  it('a bad field, located by market', async () => {
    const bad = doc();
    (bad.markets as { save: unknown }[])[1]!.save = 42;
    expect(await refusal(JSON.stringify(bad))).toMatchObject({
      code: 'invalid',
      message: expect.stringContaining('market entry 2 (markets[1].save)'),
    });
    const stray = { ...doc(), extra: true };
    expect(await refusal(JSON.stringify(stray))).toMatchObject({ code: 'invalid' });
    const none = { ...doc(), markets: [] };
    expect(await refusal(JSON.stringify(none))).toMatchObject({
      code: 'invalid',
      message: expect.stringContaining('markets:'),
    });
  });

  it('a market twice', async () => {
    const twice = doc();
    (twice.markets as { market: number }[])[1]!.market = 1;
    expect(await refusal(JSON.stringify(twice))).toMatchObject({
      code: 'invalid',
      message: 'The archive is damaged: market 1 appears twice.',
    });
  });
});
