// The grades CSV: BOM and headers in both languages, team names that would break a naive CSV or
// run as a spreadsheet formula come back as the text typed, ranks shared by ties, and points
// that add up to the engine's score.

import { beforeAll, describe, expect, it } from 'vitest';
import { gradesCsv, marketEntries, rankGrades } from '../../game/classroom/grades.ts';
import type { GradeEntry } from '../../game/classroom/grades.ts';
import { textCell } from '../../game/classroom/safe-csv.ts';
import type { Scenario, ScoreResult } from '../../game/engine/index.ts';
import { score } from '../../game/engine/index.ts';
import { fixedGenes } from '../helpers/drafts.ts';
import { play } from '../helpers/play.ts';
import { loadScenario, SCENARIO_DIR } from '../helpers/scenarios.ts';

/** RFC 4180 reader, enough for these files: quoted fields may hold commas, quotes and breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

let duopoly: Scenario;
let ids: [string, string];
const flat = (value: number): ScoreResult => ({ score: value, objectives: [] });
const entry = (team: string, market: number, provider: string, total: number): GradeEntry => ({
  team,
  members: [],
  market,
  provider,
  score: flat(total),
});

beforeAll(async () => {
  duopoly = await loadScenario(`${SCENARIO_DIR}classroom-duopoly.yaml`);
  ids = duopoly.providers.map((p) => p.id) as [string, string];
});

describe('textCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1', "'+1"],
    ['-1+2', "'-1+2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['  =1+1', "'  =1+1"],
    ['\tTab', "'\tTab"],
    ['a=b', 'a=b'],
    ['云计算一队', '云计算一队'],
  ])('%j is written as %j', (typed, written) => {
    expect(textCell(typed)).toBe(written);
  });
});

describe('rankGrades', () => {
  it('ranks by total, best first, and ties share the better rank (1, 2, 2, 4)', () => {
    const rows = rankGrades(
      [],
      [
        entry('c', 1, ids[0], 61),
        entry('a', 1, ids[1], 80),
        entry('d', 2, ids[0], 40.5),
        entry('b', 2, ids[1], 61),
      ],
    );
    expect(rows.map((r) => [r.team, r.total, r.rank])).toEqual([
      ['a', 80, 1],
      ['c', 61, 2],
      ['b', 61, 2],
      ['d', 40.5, 4],
    ]);
  });

  it('judges ties on the totals as printed (two decimals)', () => {
    const rows = rankGrades(
      [],
      [entry('x', 1, ids[0], 70.001), entry('y', 2, ids[0], 69.999), entry('z', 3, ids[0], 69.98)],
    );
    expect(rows.map((r) => r.rank)).toEqual([1, 1, 3]);
  });
});

describe('gradesCsv', () => {
  it("starts with a BOM, has the header in the class's language and the students' text intact", () => {
    const nasty = ['Smith, Lee & "Co"', '=cmd|" /C calc"!A0', 'line\nbreak', '-10', '@team'];
    const entries = nasty.map((team, i) => entry(team, i + 1, ids[i % 2]!, 50 - i));
    entries[0] = { ...entries[0]!, members: ['王小明', 'Ann, B.'] };
    for (const lang of ['en', 'zh'] as const) {
      const text = gradesCsv(duopoly, entries, lang);
      expect(text.startsWith('\uFEFF')).toBe(true);
      const rows = parseCsv(text.slice(1));
      expect(rows).toHaveLength(1 + nasty.length);
      const header = rows[0]!;
      const width = 5 + duopoly.objectives.length + 2;
      for (const row of rows) expect(row).toHaveLength(width);
      if (lang === 'en') {
        expect(header.slice(0, 5)).toEqual([
          'Team',
          'Members',
          'Market',
          'Provider',
          'Provider name',
        ]);
        expect(header.slice(-2)).toEqual(['Total (out of 100)', 'Rank in class']);
        expect(header[5]).toBe(`${duopoly.objectives[0]!.title.en} (points)`);
        expect(rows[1]![1]).toBe('王小明; Ann, B.');
      } else {
        expect(header.slice(0, 5)).toEqual(['队伍', '成员', '市场', '云厂商', '云厂商名称']);
        expect(header.slice(-2)).toEqual(['总分（满分 100）', '全班排名']);
        expect(header[5]).toBe(`${duopoly.objectives[0]!.title.zh}（分）`);
        expect(rows[1]![1]).toBe('王小明、Ann, B.');
        expect(rows[1]![4]).toBe(duopoly.providers.find((p) => p.id === ids[0])!.name.zh);
      }
      // Best first; every formula-looking name comes back behind an apostrophe, as text.
      expect(rows.slice(1).map((r) => r[0])).toEqual([
        'Smith, Lee & "Co"',
        `'=cmd|" /C calc"!A0`,
        'line\nbreak',
        "'-10",
        "'@team",
      ]);
      expect(rows.slice(1).map((r) => [r[2], r[3], r.at(-2), r.at(-1)])).toEqual(
        entries.map((e, i) => [String(e.market), e.provider, (50 - i).toFixed(2), String(i + 1)]),
      );
    }
  });

  it("gives each objective's points, adding up to the engine's score for real games", () => {
    const humans = [...ids];
    const cheap = fixedGenes(duopoly.segments.length, { price: [0.2, 0.2, 0.5], budget: 0.3 });
    const dear = fixedGenes(duopoly.segments.length, { price: [0.8, 0.8, 0.5] });
    const run = play(duopoly, {
      seed: 5,
      humans,
      plan: [
        [cheap, dear],
        [cheap, dear],
        [cheap, dear],
      ],
    });
    const game = run.states[run.states.length - 1]!;
    const entries = marketEntries(
      2,
      { scenario: duopoly, game },
      { [ids[0]]: { team: 'North', members: ['A'] }, [ids[1]]: { team: 'South', members: ['B'] } },
    );
    expect(entries.map((e) => [e.team, e.market, e.provider])).toEqual([
      ['North', 2, ids[0]],
      ['South', 2, ids[1]],
    ]);
    const rows = rankGrades(duopoly.objectives, entries);
    for (const row of rows) {
      const engine = score(duopoly, game, row.provider).score;
      expect(row.total).toBe(Number(engine.toFixed(2)));
      const sum = row.points.reduce((a, b) => a + b, 0);
      // The score is floored at 0: then the points add up to 0 or less.
      if (engine > 0) expect(sum).toBeCloseTo(engine, 9);
      else expect(sum).toBeLessThanOrEqual(0);
    }
    // This plan gives one team a positive score and drives the other below the floor.
    expect(rows.map((r) => r.total > 0)).toEqual([true, false]);
    const csv = parseCsv(gradesCsv(duopoly, entries, 'en').slice(1));
    const first = csv.find((r) => r[0] === rows[0]!.team)!;
    expect(first.slice(5, -2)).toEqual(rows[0]!.points.map((p) => p.toFixed(2)));
  });
});
