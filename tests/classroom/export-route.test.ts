// The teacher console's export over HTTP: the class server writes the grades CSV and the class
// archive into the class folder when the teacher token comes with the request, refuses without
// it, and never writes over an earlier export.

import { readFile, readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  EXPORT_PATH,
  TOKEN_HEADER,
  exportRoute,
} from '../../game/classroom/server/export-route.ts';
import { hashToken } from '../../game/classroom/tokens.ts';
import type { ExportAnswer } from '../../game/wire/messages.ts';
import { hostClassForSuite, join } from './class-client.ts';

const live = hostClassForSuite();
const TOKEN = 'AbCdEfGhIjKlMnOpQrStUv';

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
      member: '王小明',
    });
    live.rooms.push(red);
    const welcome = await red.next<{ teamCode: string }>('welcome');
    // A teammate's device adds its student's name; the same name typed again is listed once.
    for (const member of ['Ann Lee', '王小明']) {
      const mate = await join(live.server.port, {
        classCode: live.fixture.code,
        seat: 'NCL',
        teamCode: welcome.teamCode,
        member,
      });
      live.rooms.push(mate);
      await mate.next('welcome');
    }
    const first = await post({ [TOKEN_HEADER]: live.fixture.teacherToken });
    expect(first.status).toBe(200);
    if (!first.body.ok) throw new Error(first.body.error);
    expect(first.body).toMatchObject({ markets: 1, teams: 1 });
    expect(first.body.grades.startsWith(live.fixture.classDir)).toBe(true);
    const csv = await readFile(first.body.grades, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    // The class language is English here: names are joined with "; ".
    expect(csv.split('\n')[1]).toMatch(/^Red,王小明; Ann Lee,1,NCL,/);
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

describe('exportRoute on its own', () => {
  function call(
    route: ReturnType<typeof exportRoute>,
    request: { url?: string; method?: string; ip?: string; token?: string },
  ) {
    const answer = { status: 0, body: '' };
    const req = {
      url: request.url ?? EXPORT_PATH,
      method: request.method ?? 'POST',
      headers: request.token ? { [TOKEN_HEADER]: request.token } : {},
      socket: { remoteAddress: request.ip ?? '127.0.0.1' },
      resume: () => undefined,
    };
    const res = {
      writeHead: (status: number) => void (answer.status = status),
      end: (body: string) => void (answer.body = body),
    };
    return route(req as never, res as never).then((handled) => ({ handled, ...answer }));
  }

  it('leaves other paths alone, refuses other computers, and names the market that failed', async () => {
    const written: string[] = [];
    const route = exportRoute({
      classDir: '/nonexistent',
      scenario: {} as never,
      lang: 'en',
      markets: 2,
      teacherHashes: [hashToken(TOKEN)],
      partOf: (market) => {
        written.push(`asked ${market}`);
        return market === 2 ? Promise.reject(new Error('room gone')) : Promise.resolve({} as never);
      },
    });
    expect((await call(route, { url: '/index.html', method: 'GET' })).handled).toBe(false);
    const lan = await call(route, { ip: '192.168.1.20', token: TOKEN });
    expect([lan.status, JSON.parse(lan.body)]).toEqual([
      403,
      { ok: false, error: 'the teacher console opens only on the host computer' },
    ]);
    expect(written).toEqual([]);
    const failed = await call(route, { token: TOKEN });
    expect(failed.status).toBe(500);
    expect(JSON.parse(failed.body)).toEqual({
      ok: false,
      error: 'export failed: market 2: room gone',
    });
    expect(written).toEqual(['asked 1', 'asked 2']);
  });
});
