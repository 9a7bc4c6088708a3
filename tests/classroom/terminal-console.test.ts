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
    'market 2 · drafting · quarter 3 · 1 of 2 sealed · 04:12 left · NCL=Red✓, SCL (away)',
  );
  expect(statusLine(1, status, 1_012_000)).toContain('04:00 left');
  expect(
    statusLine(1, { ...status, deadlineAt: null, pausedLeftMs: 61_000, phase: 'paused' }, 0),
  ).toContain('paused · quarter 3 · 1 of 2 sealed · 01:01 left');
  expect(statusLine(1, { ...status, practice: 'playing' }, 1_000_000)).toContain(
    'drafting (practice)',
  );
  expect(CONSOLE_HELP).toMatch(/^Keys: s start · p pause .* q stop the class$/);
});

it('a key sends its command to every market as the teacher', async () => {
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
    press('s');
    const end = Date.now() + 8000;
    const started = (m: number) => lines.some((l) => l.startsWith(`market ${m} · drafting`));
    while (!(started(1) && started(2)) && Date.now() < end)
      await new Promise((r) => setTimeout(r, 50));
    expect(started(1) && started(2)).toBe(true);
    press('s'); // a second start is refused, and the refusal is printed
    while (!lines.some((l) => l.includes('already started')) && Date.now() < end)
      await new Promise((r) => setTimeout(r, 50));
    expect(lines.some((l) => l === 'market 1: the class has already started')).toBe(true);
  } finally {
    await server.kill();
    await rm(fixture.root, { recursive: true, force: true });
  }
}, 30_000);
