// A hosted class: the web build and the Colyseus game server on one port of the LAN, one room per
// market, each market's journal in the class folder. With a Redis URL, Colyseus keeps its
// presence and room list in Redis, so a big class can spread its markets over several processes:
// each process hosts the markets it is given and announces its own public address, and a browser
// that asks any process for a market is sent to the process that holds it.

import { createServer } from 'node:http';
import type { Server as HttpServer } from 'node:http';
import { Server, matchMaker } from '@colyseus/core';
import { RedisDriver } from '@colyseus/redis-driver';
import { RedisPresence } from '@colyseus/redis-presence';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { readClassFolder } from '../class-file.ts';
import type { ClassFile } from '../class-file.ts';
import type { ClassInfo } from '../../wire/messages.ts';
import { hashToken, newToken } from '../tokens.ts';
import { MarketRoom } from './market-room.ts';
import { staticHandler } from './static-files.ts';
import { exportRoute } from './export-route.ts';

export interface ClassServerOptions {
  classDir: string;
  /** The built web game (vite build output) served to students. */
  webRoot: string;
  port: number;
  host: string;
  tickMs?: number;
  /** Redis for presence and the room list, shared by every process of the class. */
  redisUrl?: string;
  /** The markets this process hosts (1-based); all of them when not given. */
  hostMarkets?: number[];
  /** host:port browsers reach this process at (needed when several processes share Redis). */
  publicAddress?: string;
}

export interface RunningClass {
  port: number;
  /**
   * A teacher token for this run of the server only (never written anywhere): the hosting
   * terminal's console uses it, and a resumed class, whose first token is known only by its
   * hash, gets a console address again.
   */
  sessionTeacherToken: string;
  http: HttpServer;
  stop(): Promise<void>;
}

/** What any browser on the network may know of the class: no code, no token, no hash. */
export function publicInfo(file: ClassFile): ClassInfo {
  return {
    scenarioId: file.scenarioId,
    markets: file.markets,
    seats: file.seats,
    quarterMinutes: file.quarterMinutes,
    advance: file.advance,
    practice: file.practice ?? false,
    lang: file.lang,
  };
}

/** Largest message a client may send (bytes): a decision is well under 4 KB. */
const MAX_PAYLOAD = 64 * 1024;

export async function startClassServer(options: ClassServerOptions): Promise<RunningClass> {
  const { file, scenario } = await readClassFolder(options.classDir); // refuses a damaged class early
  const sessionTeacherToken = newToken();
  const serveFile = staticHandler(options.webRoot);
  const serveExport = exportRoute({
    classDir: options.classDir,
    scenario,
    lang: file.lang,
    markets: file.markets,
    teacherHashes: [hashToken(sessionTeacherToken), file.teacherTokenHash],
  });
  const info = JSON.stringify(publicInfo(file));
  const http = createServer((req, res) => {
    // The page asks whether it was served by a class (and which) before it shows a start screen.
    if (req.method === 'GET' && req.url === '/class-info') {
      res.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'cache-control': 'no-cache',
      });
      res.end(info);
      return;
    }
    void serveExport(req, res).then((handled) => (handled ? undefined : serveFile(req, res)));
  });
  const shared = options.redisUrl
    ? {
        presence: new RedisPresence(options.redisUrl),
        driver: new RedisDriver(options.redisUrl),
        // Each process creates the markets it was given, never another process's.
        selectProcessIdToCreateRoom: () => Promise.resolve(matchMaker.processId),
      }
    : {};
  const game = new Server({
    transport: new WebSocketTransport({ server: http, maxPayload: MAX_PAYLOAD }),
    greet: false,
    gracefullyShutdown: false,
    ...shared,
    ...(options.publicAddress ? { publicAddress: options.publicAddress } : {}),
  });
  game.define('market', MarketRoom);
  await game.listen(options.port, options.host);
  const hosted = options.hostMarkets ?? Array.from({ length: file.markets }, (_, i) => i + 1);
  for (const market of hosted) {
    if (!Number.isInteger(market) || market < 1 || market > file.markets)
      throw new Error(`market ${market} is not one of this class's markets (1-${file.markets})`);
    await matchMaker.createRoom('market', {
      classDir: options.classDir,
      market,
      sessionTeacherHash: hashToken(sessionTeacherToken),
      ...(options.tickMs === undefined ? {} : { tickMs: options.tickMs }),
    });
  }
  const address = http.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    port,
    sessionTeacherToken,
    http,
    stop: async () => {
      await game.gracefullyShutdown(false);
    },
  };
}
