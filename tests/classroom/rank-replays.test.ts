// Importing an offline class's replay files: each verified by replay and scored by the engine,
// players ranked within their scenario (ties share a rank), copies of one game marked, and a bad
// file reported by name and reason without stopping the others.

import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_REPLAY_FILES, rankReplays } from '../../game/classroom/rank-replays.ts';
import { score } from '../../game/engine/index.ts';
import type { KnownScenario } from '../../game/save/save-file.ts';
import { knownScenarios } from '../save/fixtures.ts';
import { playedMarket, tampered } from './class-saves.ts';
import type { PlayedMarket } from './class-saves.ts';

let scenarios: KnownScenario[];
let holder: PlayedMarket;
let cutter: PlayedMarket;
let hotSeat: PlayedMarket;

beforeAll(async () => {
  scenarios = await knownScenarios();
  holder = await playedMarket(scenarios, {
    seed: 21,
    humans: ['NCL'],
    quarters: 3,
    player: 'Holders',
  });
  cutter = await playedMarket(scenarios, {
    seed: 21,
    humans: ['NCL'],
    quarters: 3,
    priceC: -0.2,
    player: 'Cutters',
  });
  hotSeat = await playedMarket(scenarios, { seed: 22, humans: ['NCL', 'SCL'], quarters: 2 });
});

const engineScore = (m: PlayedMarket, provider: string): number =>
  score(m.data.scenario, m.data.game, provider).score;

describe('rankReplays', () => {
  it('ranks every player of every good file by the engine score, and reports each bad file by name', async () => {
    const result = await rankReplays(
      [
        { name: 'holders.cloudwar.json', text: holder.save },
        { name: 'broken.cloudwar.json', text: '{"format":"cloudwar-save",' },
        { name: 'cutters.cloudwar.json', text: cutter.save },
        { name: 'edited.cloudwar.json', text: tampered(cutter.save) },
        { name: 'pair.cloudwar.json', text: hotSeat.save },
        { name: 'copy-of-holders.cloudwar.json', text: holder.save },
      ],
      scenarios,
    );
    expect(result.rejected.map((r) => [r.file, r.code])).toEqual([
      ['broken.cloudwar.json', 'truncated'],
      ['edited.cloudwar.json', 'replay_failed'],
    ]);
    expect(result.rejected[1]!.message).toMatch(
      /^edited\.cloudwar\.json: The save does not replay .*replay diverged at 2024Q1 \(log entry 1\)/,
    );

    const rows = result.ranked;
    expect(rows).toHaveLength(5);
    const expected = [
      ['holders.cloudwar.json', 'NCL', engineScore(holder, 'NCL')],
      ['copy-of-holders.cloudwar.json', 'NCL', engineScore(holder, 'NCL')],
      ['cutters.cloudwar.json', 'NCL', engineScore(cutter, 'NCL')],
      ['pair.cloudwar.json', 'NCL', engineScore(hotSeat, 'NCL')],
      ['pair.cloudwar.json', 'SCL', engineScore(hotSeat, 'SCL')],
    ] as const;
    for (const [file, provider, value] of expected) {
      const row = rows.find((r) => r.file === file && r.provider === provider)!;
      expect(row.score).toBe(value);
      expect(row.scenario).toBe('classroom-duopoly');
    }
    // Best first; a copy ties with its original and shares its rank; ranks count the rows above.
    const scores = rows.map((r) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    rows.forEach((row, i) => {
      const above = rows.filter((r) => Number(r.score.toFixed(2)) > Number(row.score.toFixed(2)));
      expect(row.rank).toBe(above.length + 1);
      if (i > 0) expect(row.rank).toBeGreaterThanOrEqual(rows[i - 1]!.rank);
    });
    const original = rows.find((r) => r.file === 'holders.cloudwar.json')!;
    const copy = rows.find((r) => r.file === 'copy-of-holders.cloudwar.json')!;
    expect(copy.rank).toBe(original.rank);
    expect(copy.duplicateOf).toBe('holders.cloudwar.json');
    expect(original.duplicateOf).toBeNull();
    expect(rows.find((r) => r.file === 'cutters.cloudwar.json')).toMatchObject({
      player: 'Cutters',
      quarters: 3,
      finished: false,
      handicap: 'normal',
      duplicateOf: null,
    });
    // Same seed, different play: different scores, so the ranking is not a tie of everything.
    expect(engineScore(holder, 'NCL')).not.toBe(engineScore(cutter, 'NCL'));
  });

  it('ranks separately per scenario: each has its own first place', async () => {
    const tokenWar = scenarios.find((k) => k.id === 'token-war-2024')!.scenario;
    const other = await playedMarket(scenarios, {
      scenario: tokenWar.id,
      seed: 3,
      humans: [tokenWar.providers[0]!.id],
      quarters: 1,
    });
    const result = await rankReplays(
      [
        { name: 'holders', text: holder.save },
        { name: 'token-war', text: other.save },
        { name: 'cutters', text: cutter.save },
      ],
      scenarios,
    );
    expect(result.rejected).toEqual([]);
    expect(result.ranked.map((r) => [r.scenario, r.rank])).toEqual([
      ['classroom-duopoly', 1],
      ['classroom-duopoly', 2],
      ['token-war-2024', 1],
    ]);
  });

  it('reads at most MAX_REPLAY_FILES files and says so for the rest', async () => {
    const files = Array.from({ length: MAX_REPLAY_FILES + 2 }, (_, i) => ({
      name: `f${i}`,
      text: '',
    }));
    const result = await rankReplays(files, scenarios);
    expect(result.ranked).toEqual([]);
    expect(result.rejected).toHaveLength(MAX_REPLAY_FILES + 2);
    expect(result.rejected[0]).toMatchObject({ file: 'f0', code: 'empty' });
    expect(result.rejected[MAX_REPLAY_FILES]).toMatchObject({
      file: `f${MAX_REPLAY_FILES}`,
      code: 'too_many_files',
    });
  });
});
