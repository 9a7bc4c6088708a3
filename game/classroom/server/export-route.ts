// POST /teacher/export: the teacher console (a browser page) asks the class server to write the
// grades CSV and the class archive into the class folder. The server gathers every market's part
// from its room (on this process or, with Redis, on another one), writes both files under new
// names and answers with where it wrote them. Only from this computer and with the teacher token,
// in a header a page on another origin cannot send without a preflight this server never grants.

import type { IncomingMessage, ServerResponse } from 'node:http';
import { matchMaker } from '@colyseus/core';
import type { Scenario } from '../../engine/index.ts';
import { writeClassExport } from '../export-class.ts';
import type { ExportMessage } from '../export-class.ts';
import type { GradesLanguage } from '../grades.ts';
import { tokenMatches } from '../tokens.ts';
import type { ExportAnswer } from '../../wire/messages.ts';
import { isLoopback } from './market-room.ts';

export const EXPORT_PATH = '/teacher/export';
export const TOKEN_HEADER = 'x-teacher-token';

export interface ExportRouteOptions {
  classDir: string;
  scenario: Scenario;
  lang: GradesLanguage;
  markets: number;
  /** SHA-256 of every teacher token this server accepts. */
  teacherHashes: readonly string[];
  /** One market's part; the class server asks the market's room. */
  partOf?: (market: number) => Promise<ExportMessage>;
}

function answer(res: ServerResponse, status: number, body: ExportAnswer): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  res.end(JSON.stringify(body));
}

/** The room's `exported()` (market-room.ts), wherever the room runs. */
const roomPart = (market: number): Promise<ExportMessage> =>
  matchMaker.remoteRoomCall<ExportMessage>(`market-${market}`, 'exported');

/** Handles the request when it is the export route and returns true; false for any other. */
export function exportRoute(options: ExportRouteOptions) {
  const partOf = options.partOf ?? roomPart;
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    if (new URL(req.url ?? '/', 'http://x').pathname !== EXPORT_PATH) return false;
    if (req.method !== 'POST') {
      answer(res, 405, { ok: false, error: 'export: use POST' });
      return true;
    }
    if (!isLoopback(req.socket.remoteAddress)) {
      answer(res, 403, { ok: false, error: 'the teacher console opens only on the host computer' });
      return true;
    }
    const token = req.headers[TOKEN_HEADER];
    if (typeof token !== 'string' || !tokenMatches(token, options.teacherHashes)) {
      answer(res, 403, { ok: false, error: 'wrong teacher token' });
      return true;
    }
    req.resume(); // the request has no body worth reading
    try {
      const parts: ExportMessage[] = [];
      for (let market = 1; market <= options.markets; market++) {
        const part = await partOf(market).catch((e: unknown) => {
          throw new Error(`market ${market}: ${e instanceof Error ? e.message : String(e)}`);
        });
        parts.push(part);
      }
      const paths = await writeClassExport(
        options.classDir,
        options.scenario,
        parts,
        options.lang,
        new Date(),
      );
      const teams = parts.reduce((n, p) => n + Object.keys(p.teams).length, 0);
      answer(res, 200, { ok: true, ...paths, markets: parts.length, teams });
    } catch (e) {
      answer(res, 500, {
        ok: false,
        error: `export failed: ${e instanceof Error ? e.message : String(e)}`,
      });
    }
    return true;
  };
}
