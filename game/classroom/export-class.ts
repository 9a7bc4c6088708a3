// The end of a class on disk: the grades CSV (every team of every market, ranked) and the class
// archive (every market's replay), written into the class folder under new names, never over an
// earlier export. The markets send their part to the teacher (message `export`).

import { join } from 'node:path';
import type { Scenario } from '../engine/index.ts';
import { archiveFileName, makeArchive } from './archive.ts';
import type { ArchivedMarket } from './archive.ts';
import { writeNewFile } from './class-file.ts';
import { gradesCsv } from './grades.ts';
import type { GradeEntry, GradesLanguage } from './grades.ts';

/** Exports of one class on one day before the folder needs tidying. */
const MAX_EXPORTS_A_DAY = 99;

/** One market's part, as its room sends it to the teacher. */
export interface ExportMessage {
  market: number;
  teams: Record<string, { team: string; members: string[] }>;
  /** The market's replay: the same save text the game writes. */
  save: string;
  entries: GradeEntry[];
}

/** Writes the grades CSV and the class archive; returns their paths. */
export async function writeClassExport(
  dir: string,
  scenario: Scenario,
  parts: readonly ExportMessage[],
  lang: GradesLanguage,
  playedAt: Date,
): Promise<{ grades: string; archive: string }> {
  const sorted = [...parts].sort((a, b) => a.market - b.market);
  const meta = {
    title: scenario.title[lang],
    scenario: scenario.id,
    playedAt: playedAt.toISOString(),
  };
  const markets: ArchivedMarket[] = sorted.map((p) => ({
    market: p.market,
    teams: p.teams,
    save: p.save,
  }));
  const csv = gradesCsv(
    scenario,
    sorted.flatMap((p) => p.entries),
    lang,
  );
  const archived = makeArchive(meta, markets);
  // The file name holds the day only: a second export that day gets "-2", "-3"… so an earlier
  // export (maybe already handed in) is never overwritten and the new one still lands.
  const base = join(dir, archiveFileName(meta)).replace(/\.cloudwar-class\.json$/, '');
  for (let n = 1; n <= MAX_EXPORTS_A_DAY; n++) {
    const stem = n === 1 ? base : `${base}-${n}`;
    const paths = { grades: `${stem}-grades.csv`, archive: `${stem}.cloudwar-class.json` };
    try {
      await writeNewFile(paths.grades, csv);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw e;
    }
    await writeNewFile(paths.archive, archived);
    return paths;
  }
  throw new Error(`${base}: ${MAX_EXPORTS_A_DAY} exports today already; move some away first`);
}
