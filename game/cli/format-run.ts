// Output of a single run in the three formats. JSON keeps full precision (it is for programs);
// the table rounds for people; CSV has one row per quarter and provider.

import type { GameRun } from './run-game.ts';
import { alignTable, csvLines } from './table.ts';

export interface RunHeader {
  scenario: string;
  seed: number;
}

export function runJson(head: RunHeader, run: GameRun): string {
  return (
    JSON.stringify({
      scenario: head.scenario,
      seed: head.seed,
      quarters: run.quarters,
      finalHash: run.finalHash,
      score: run.score,
    }) + '\n'
  );
}

export const RUN_CSV_HEADER = [
  'quarter',
  'provider',
  'iaas_share',
  'revenue_cny_b',
  'ebita_cny_b',
  'cash_cny_b',
  'hash',
];

export function runCsv(run: GameRun): string {
  const rows = run.quarters.flatMap((q) =>
    Object.entries(q.providers).map(([id, p]) => [
      q.quarter,
      id,
      p.iaasShare,
      p.revenue,
      p.ebita,
      p.cash,
      q.hash,
    ]),
  );
  return csvLines(RUN_CSV_HEADER, rows);
}

export function runTable(head: RunHeader, run: GameRun): string {
  const rows = run.quarters.flatMap((q) =>
    Object.entries(q.providers).map(([id, p], i) => [
      i === 0 ? q.quarter : '',
      id,
      (100 * p.iaasShare).toFixed(2),
      p.revenue.toFixed(2),
      p.ebita.toFixed(2),
      p.cash.toFixed(2),
    ]),
  );
  const table = alignTable(
    [
      'quarter',
      'provider',
      'IaaS share (%)',
      'revenue (CNY B/qtr)',
      'EBITA (CNY B/qtr)',
      'cash (CNY B)',
    ],
    rows,
    ['left', 'left', 'right', 'right', 'right', 'right'],
  );
  return `${head.scenario}, seed ${head.seed}, ${run.quarters.length} quarter(s)\n\n${table}\nfinal state hash ${run.finalHash}\n`;
}
