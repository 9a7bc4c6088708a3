// The CLI in-process: every command-line mistake exits 2 with one line on stderr naming the bad
// value and the valid ones; the three output formats have the documented shape.

import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playQuarter, startGame, stateHash, suggestDecision } from '../../game/engine/index.ts';
import type { Scenario } from '../../game/engine/index.ts';
import { RUN_CSV_HEADER } from '../../game/cli/format-run.ts';
import { loadScenarioRef } from '../../game/cli/scenario-ref.ts';
import { ROOT, cliInProcess } from './run-cli.ts';

const S = ['--scenario', 'classroom-duopoly'];
let scenario: Scenario;
let dir: string;
beforeAll(async () => {
  scenario = (await loadScenarioRef('classroom-duopoly')).scenario;
  dir = await mkdtemp(join(tmpdir(), 'sim-test-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('exit code 2 with one line naming the bad value', () => {
  const cases: [string, string[], RegExp][] = [
    ['an unknown flag', [...S, '--colour', 'red'], /--colour.*valid options/],
    ['an unknown scenario', ['--scenario', 'moon-war'], /"moon-war".*classroom-duopoly/],
    ['an unknown human', [...S, '--human', 'ALI'], /"ALI".*NCL, SCL/],
    ['an unknown policy provider', [...S, '--policy', 'ALI=penetration'], /"ALI".*NCL, SCL/],
    ['an unknown policy', [...S, '--policy', 'NCL=lazy'], /"lazy".*price-follower/],
    ['a bad seed', [...S, '--seed', 'x'], /--seed.*"x"/],
    ['a bad seed range', ['batch', ...S, '--seeds', '9-2'], /--seeds.*"9-2"/],
    ['too many quarters', [...S, '--quarters', '99'], /--quarters.*1 to \d+/],
    ['a bad format', [...S, '--format', 'yaml'], /table, json, csv.*"yaml"/],
  ];
  for (const [what, argv, pattern] of cases)
    it(what, async () => {
      const result = await cliInProcess(argv);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(pattern);
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(result.stderr.startsWith('sim: ')).toBe(true);
    });
});

describe('single run output', () => {
  it('--format json is one object with every played quarter and the engine hashes', async () => {
    const result = await cliInProcess([
      ...S,
      '--seed',
      '4',
      '--quarters',
      '3',
      '--human',
      'NCL',
      '--format',
      'json',
    ]);
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout) as {
      scenario: string;
      seed: number;
      quarters: {
        quarter: string;
        providers: Record<string, Record<string, unknown>>;
        hash: string;
      }[];
      finalHash: string;
    };
    expect(Object.keys(out)).toEqual(['scenario', 'seed', 'quarters', 'finalHash', 'score']);
    expect(out.scenario).toBe(scenario.id);
    expect(out.seed).toBe(4);
    expect(out.quarters).toHaveLength(3);
    expect(out.quarters[0]!.quarter).toBe(scenario.start);
    for (const q of out.quarters) {
      expect(Object.keys(q.providers)).toEqual(scenario.providers.map((p) => p.id));
      for (const p of Object.values(q.providers)) {
        expect(Object.keys(p).sort()).toEqual([
          'cash',
          'cashFloor',
          'debt',
          'decision',
          'ebita',
          'iaasShare',
          'reason',
          'revenue',
          'revenueShare',
          'volumeShare',
        ]);
        expect(p.iaasShare).toBeGreaterThanOrEqual(0);
        expect(p.iaasShare).toBeLessThanOrEqual(1);
      }
      expect(q.hash).toMatch(/^[0-9a-f]{32}$/);
    }
    expect(out.finalHash).toBe(out.quarters[2]!.hash);
    // The same game played directly on the engine ends in the same state.
    let state = startGame(scenario, { seed: 4, humans: ['NCL'] }).state;
    for (let q = 0; q < 3; q++)
      state = playQuarter(scenario, state, {
        NCL: suggestDecision(scenario, state, 'NCL').decision,
      }).state;
    expect(out.finalHash).toBe(stateHash(state));
  });

  it('--format csv has the header and one row per quarter and provider', async () => {
    const result = await cliInProcess([...S, '--quarters', '2', '--format', 'csv']);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(RUN_CSV_HEADER.join(','));
    expect(lines).toHaveLength(1 + 2 * scenario.providers.length);
    expect(lines[1]!.split(',')).toHaveLength(RUN_CSV_HEADER.length);
  });

  it('the table names its units and aligns its columns', async () => {
    const result = await cliInProcess([...S, '--quarters', '2']);
    expect(result.stdout).toContain('IaaS share (%)');
    expect(result.stdout).toContain('CNY B/qtr');
    const rows = result.stdout
      .split('\n')
      .filter((l) => /^\s*\S+\s+\S+\s+-?\d+\.\d\d/.test(l) || /^\d{4}Q/.test(l));
    expect(new Set(rows.map((l) => l.length)).size).toBe(1);
  });

  it('--out writes the whole file and leaves no temporary file', async () => {
    const out = join(dir, 'run.json');
    const result = await cliInProcess([...S, '--quarters', '2', '--format', 'json', '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(JSON.parse(await readFile(out, 'utf8')).quarters).toHaveLength(2);
    expect(await readdir(dir)).toEqual(['run.json']);
  });

  it('--out into a missing folder is a usage error naming the folder, and leaves nothing behind', async () => {
    const before = await readdir(dir);
    const result = await cliInProcess([
      ...S,
      '--quarters',
      '1',
      '--out',
      join(dir, 'missing', 'x.txt'),
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`the folder ${join(dir, 'missing')} does not exist`);
    expect(result.stderr).not.toMatch(/\.tmp/);
    expect(await readdir(dir)).toEqual(before);
  });

  it('a bad scenario file gets every problem located, with the "did you mean" hints of validate', async () => {
    const text = (
      await readFile(join(ROOT, 'scenarios', 'classroom-duopoly.yaml'), 'utf8')
    ).replace(/^quarters: 8$/m, 'quartrs: 8');
    const file = join(dir, 'typo.yaml');
    await writeFile(file, text);
    const result = await cliInProcess(['--scenario', file]);
    await rm(file);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      new RegExp(
        `\\n  ${file}:\\d+:1: quartrs: unknown field \`quartrs\` \\(did you mean \`quarters\`\\?\\)\\n$`,
      ),
    );
  });

  it('--out naming a folder is a usage error', async () => {
    const result = await cliInProcess([...S, '--quarters', '1', '--out', dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is a folder');
  });
});
