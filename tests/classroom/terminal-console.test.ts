// The terminal console's status line: what a teacher reads at a glance must be right about the
// clock (corrected for the server's clock), who has sealed, who is away, and the practice quarter.

import { expect, it } from 'vitest';
import { CONSOLE_HELP, statusLine } from '../../game/classroom/server/terminal-console.ts';
import type { Status } from '../../game/wire/messages.ts';

const status: Status = {
  phase: 'drafting',
  played: 2,
  deadlineAt: 1_000_000 + 252_000,
  pausedLeftMs: null,
  serverNow: 1_000_000,
  seats: {
    NCL: { team: 'Red', connected: true, committed: true, desyncAt: null },
    SCL: { team: null, connected: false, committed: false, desyncAt: null },
  },
  committedCount: 1,
  notice: '',
  practice: 'none',
};

it('reads the market at a glance', () => {
  expect(statusLine(2, status, 1_000_000)).toBe(
    'market 2 · drafting · quarter 3 · 1 of 1 teams sealed · 04:12 left · NCL=Red✓, SCL (away)',
  );
  expect(statusLine(1, status, 1_012_000)).toContain('04:00 left');
  expect(
    statusLine(1, { ...status, deadlineAt: null, pausedLeftMs: 61_000, phase: 'paused' }, 0),
  ).toContain('paused · quarter 3 · 1 of 1 teams sealed · 01:01 left');
  // Seats no team took do not count, as on the students' strip; a team that has not sealed does.
  const twoTeams: Status = {
    ...status,
    seats: { ...status.seats, SCL: { ...status.seats.SCL!, team: 'Blue', connected: true } },
  };
  expect(statusLine(1, twoTeams, 1_000_000)).toContain('1 of 2 teams sealed');
  expect(statusLine(1, { ...status, practice: 'playing' }, 1_000_000)).toContain(
    'drafting (practice)',
  );
  expect(CONSOLE_HELP).toMatch(
    /^Keys: s start · p pause .* w withdraw the newest waiting shock · q stop the class$/,
  );
});

/** A two-market class served for real, with the terminal console joined to it as the teacher. */
async function withTerminalConsole(
  run: (
    press: (key: string) => void,
    lines: string[],
    until: (seen: () => boolean) => Promise<void>,
  ) => Promise<void>,
): Promise<void> {
  const { rm } = await import('node:fs/promises');
  const { makeClass } = await import('./class-fixture.ts');
  const { serveClass } = await import('./class-client.ts');
  const { runTerminalConsole } = await import('../../game/classroom/server/terminal-console.ts');
  const fixture = await makeClass({ markets: 2 });
  const server = await serveClass(fixture.classDir, fixture.webRoot);
  try {
    const lines: string[] = [];
    const press = await runTerminalConsole(server.port, 2, fixture.teacherToken, (l) =>
      lines.push(l),
    );
    await run(press, lines, async (seen) => {
      const end = Date.now() + 8000;
      while (!seen() && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
      expect(seen()).toBe(true);
    });
  } finally {
    await server.kill();
    await rm(fixture.root, { recursive: true, force: true });
  }
}

it('a key sends its command to every market as the teacher', async () => {
  await withTerminalConsole(async (press, lines, until) => {
    press('s');
    const started = (m: number) => lines.some((l) => l.startsWith(`market ${m} · drafting`));
    await until(() => started(1) && started(2));
    press('s'); // a second start is refused, and the refusal is printed
    await until(() => lines.some((l) => l.includes('already started')));
    expect(lines.some((l) => l === 'market 1: the class has already started')).toBe(true);
  });
}, 30_000);

it('g sends a GPU shortage to every market and w withdraws it', async () => {
  await withTerminalConsole(async (press, lines, until) => {
    const inBoth = (text: string) => () =>
      [1, 2].every((m) => lines.some((l) => l.startsWith(`market ${m}: `) && l.includes(text)));
    press('s');
    await until(() => lines.some((l) => l.startsWith('market 2 · drafting')));
    press('w'); // nothing waits yet: nothing is sent, nothing refused
    press('g');
    await until(inBoth('shocks for this quarter: GPU shortage'));
    press('w');
    await until(inBoth('no shocks waiting'));
    expect(lines.filter((l) => /refused|unknown|stale/i.test(l))).toEqual([]);
  });
}, 30_000);

it('x exports every market: a grades CSV and an archive that verifies by replay', async () => {
  const { readFile, rm } = await import('node:fs/promises');
  const { makeClass } = await import('./class-fixture.ts');
  const { serveClass, join } = await import('./class-client.ts');
  const { runTerminalConsole } = await import('../../game/classroom/server/terminal-console.ts');
  const { writeClassExport } = await import('../../game/classroom/export-class.ts');
  const { verifyArchive } = await import('../../game/classroom/archive.ts');
  const { readClassFolder } = await import('../../game/classroom/class-file.ts');
  type Parts = Parameters<typeof writeClassExport>[2];
  const fixture = await makeClass({ markets: 2 });
  const server = await serveClass(fixture.classDir, fixture.webRoot);
  try {
    const team = await join(
      server.port,
      { classCode: fixture.code, seat: 'NCL', team: '=Red, "A"' },
      2,
    );
    let exported: Parts | null = null;
    const press = await runTerminalConsole(
      server.port,
      2,
      fixture.teacherToken,
      () => undefined,
      (parts) => (exported = parts),
    );
    press('s');
    await team.next('status', (s: { phase: string }) => s.phase === 'drafting');
    press('n'); // resolve the first quarter now: every seat holds its course
    await team.next('quarter');
    press('x');
    const end = Date.now() + 8000;
    while (!exported && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
    expect(exported).not.toBeNull();
    const parts = exported as unknown as Parts;
    const { scenario, scenarioText } = await readClassFolder(fixture.classDir);
    const paths = await writeClassExport(fixture.classDir, scenario, parts, 'en', new Date(0));
    const csv = await readFile(paths.grades, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain(`"'=Red, ""A"""`);
    const check = await verifyArchive(await readFile(paths.archive, 'utf8'), [
      { id: scenario.id, text: scenarioText, scenario },
    ]);
    expect(check.ok && check.allOk).toBe(true);
    if (check.ok) expect(check.markets.map((m) => m.ok && m.quarters)).toEqual([1, 1]);
    // A second export the same day never overwrites the first: it lands beside it as "-2".
    const again = await writeClassExport(fixture.classDir, scenario, parts, 'en', new Date(0));
    expect(again.grades).toBe(paths.grades.replace(/-grades\.csv$/, '-2-grades.csv'));
    expect(again.archive).toBe(
      paths.archive.replace(/\.cloudwar-class\.json$/, '-2.cloudwar-class.json'),
    );
    expect(await readFile(paths.grades, 'utf8')).toBe(csv);
    await team.room.leave();
  } finally {
    await server.kill();
    await rm(fixture.root, { recursive: true, force: true });
  }
}, 40_000);
