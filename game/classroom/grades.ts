// The grades export: one row per team with its members, market, provider, the points each of the
// scenario's objectives earned, the total score (out of 100) and the team's rank in the whole
// class. Ties share a rank (1, 2, 2, 4), judged on the totals as printed, so two rows showing
// the same total never rank apart. Headers in English or Chinese.

import { score } from '../engine/index.ts';
import type { ObjectiveSpec, Scenario, ScoreResult } from '../engine/index.ts';
import type { SessionData } from '../session/index.ts';
import { csvText, numberCell, textCell } from './safe-csv.ts';

export type GradesLanguage = 'en' | 'zh';

export interface GradeEntry {
  /** As the students typed it: anything, including commas, quotes and formulas. */
  team: string;
  members: readonly string[];
  /** The market's number in the class, from 1. */
  market: number;
  provider: string;
  score: ScoreResult;
}

export interface GradeRow extends GradeEntry {
  /** Points each objective earned, in the scenario's order; they add up to the total unless it is floored at 0. */
  points: number[];
  /** The score out of 100, rounded as printed. */
  total: number;
  rank: number;
}

/** Decimals of points and totals in the file. */
const DIGITS = 2;
const round = (x: number): number => Number(x.toFixed(DIGITS));

/** Each objective's share of the score out of 100: weight × progress over all weights. */
function pointsOf(objectives: readonly ObjectiveSpec[], result: ScoreResult): number[] {
  const possible = objectives.reduce((sum, o) => sum + o.weight, 0);
  return objectives.map((o) => {
    const progress = result.objectives.find((r) => r.id === o.id)?.progress ?? 0;
    return possible > 0 ? (100 * o.weight * progress) / possible : 0;
  });
}

/** Rows ranked by total (best first); ties share the better rank and keep market then provider order. */
export function rankGrades(
  objectives: readonly ObjectiveSpec[],
  entries: readonly GradeEntry[],
): GradeRow[] {
  const rows = entries.map((e) => ({
    ...e,
    points: pointsOf(objectives, e.score),
    total: round(e.score.score),
    rank: 0,
  }));
  rows.sort(
    (a, b) => b.total - a.total || a.market - b.market || a.provider.localeCompare(b.provider),
  );
  rows.forEach((row, i) => {
    const previous = rows[i - 1];
    row.rank = previous && previous.total === row.total ? previous.rank : i + 1;
  });
  return rows;
}

/** The grade entries of one market: one per team seat, scored on the game as it stands. */
export function marketEntries(
  market: number,
  data: Pick<SessionData, 'scenario' | 'game'>,
  teams: Readonly<Record<string, { team: string; members: readonly string[] }>>,
): GradeEntry[] {
  return Object.entries(teams).map(([provider, { team, members }]) => ({
    team,
    members,
    market,
    provider,
    score: score(data.scenario, data.game, provider),
  }));
}

const HEADERS: Record<
  GradesLanguage,
  {
    fixed: string[];
    points: (title: string) => string;
    total: string;
    rank: string;
    separator: string;
  }
> = {
  en: {
    fixed: ['Team', 'Members', 'Market', 'Provider', 'Provider name'],
    points: (title) => `${title} (points)`,
    total: 'Total (out of 100)',
    rank: 'Rank in class',
    separator: '; ',
  },
  zh: {
    fixed: ['队伍', '成员', '市场', '云厂商', '云厂商名称'],
    points: (title) => `${title}（分）`,
    total: '总分（满分 100）',
    rank: '全班排名',
    separator: '、',
  },
};

/** The grades CSV (UTF-8 text starting with a BOM) of a class on `scenario`. */
export function gradesCsv(
  scenario: Pick<Scenario, 'objectives' | 'providers'>,
  entries: readonly GradeEntry[],
  lang: GradesLanguage,
): string {
  const words = HEADERS[lang];
  const header = [
    ...words.fixed,
    ...scenario.objectives.map((o) => words.points(o.title[lang])),
    words.total,
    words.rank,
  ].map(textCell);
  const body = rankGrades(scenario.objectives, entries).map((row) => [
    textCell(row.team),
    textCell(row.members.join(words.separator)),
    String(row.market),
    textCell(row.provider),
    textCell(scenario.providers.find((p) => p.id === row.provider)?.name[lang] ?? ''),
    ...row.points.map((p) => numberCell(p, DIGITS)),
    numberCell(row.total, DIGITS),
    String(row.rank),
  ]);
  return csvText([header, ...body]);
}
