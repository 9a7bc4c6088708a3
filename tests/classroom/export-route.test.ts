// The teacher console's export over HTTP: the class server writes the grades CSV and the class
// archive into the class folder when the teacher token comes with the request, refuses without
// it, and never writes over an earlier export.

import { readFile, readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { EXPORT_PATH, TOKEN_HEADER } from '../../game/classroom/server/export-route.ts';
import type { ExportAnswer } from '../../game/wire/messages.ts';
import { hostClassForSuite, join } from './class-client.ts';

const live = hostClassForSuite();

async function post(
  headers: Record<string, string>,
  method = 'POST',
): Promise<{
  status: number;
  body: ExportAnswer;
}> {
  const response = await fetch(`http://127.0.0.1:${live.server.port}${EXPORT_PATH}`, {
    method,
    headers,
  });
  return { status: response.status, body: (await response.json()) as ExportAnswer };
}

describe('POST /teacher/export', () => {
  it('refuses a request without the teacher token, or with a wrong one, or by GET', async () => {
    expect(await post({})).toEqual({
      status: 403,
      body: { ok: false, error: 'wrong teacher token' },
    });
    const wrong = await post({ [TOKEN_HEADER]: 'AAAAAAAAAAAAAAAAAAAAAA' });
    expect(wrong.status).toBe(403);
    const get = await post({ [TOKEN_HEADER]: live.fixture.teacherToken }, 'GET');
    expect(get).toEqual({ status: 405, body: { ok: false, error: 'export: use POST' } });
    expect((await readdir(live.fixture.classDir)).filter((f) => f.endsWith('.csv'))).toEqual([]);
  });

  it('writes the grades and the archive with the class token or this run’s token', async () => {
    const red = await join(live.server.port, {
      classCode: live.fixture.code,
      seat: 'NCL',
      team: 'Red',
    });
    live.rooms.push(red);
    await red.next('welcome');
    const first = await post({ [TOKEN_HEADER]: live.fixture.teacherToken });
    expect(first.status).toBe(200);
    if (!first.body.ok) throw new Error(first.body.error);
    expect(first.body).toMatchObject({ markets: 1, teams: 1 });
    expect(first.body.grades.startsWith(live.fixture.classDir)).toBe(true);
    const csv = await readFile(first.body.grades, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('Red');
    const archive = JSON.parse(await readFile(first.body.archive, 'utf8')) as {
      markets: unknown[];
    };
    expect(archive.markets).toHaveLength(1);

    // A second export (this run's token) gets new names: the first files stay as they were.
    const second = await post({ [TOKEN_HEADER]: live.server.sessionTeacherToken });
    if (!second.body.ok) throw new Error(second.body.error);
    expect(second.body.grades).not.toBe(first.body.grades);
    expect(await readFile(first.body.grades, 'utf8')).toBe(csv);
  });
});
