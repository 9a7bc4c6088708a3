// A hosted class: the web build and the Colyseus game server on one port of the LAN, one room per
// market, each market's journal in the class folder. With a Redis URL, Colyseus keeps its
// presence and room list in Redis, so rooms may live in several processes.

import { createServer } from 'node:http';
import type { Server as HttpServer } from 'node:http';
import { Server, matchMaker } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { readClassFolder } from '../class-file.ts';
import { MarketRoom } from './market-room.ts';
import { staticHandler } from './static-files.ts';

export interface ClassServerOptions {
  classDir: string;
  /** The built web game (vite build output) served to students. */
  webRoot: string;
  port: number;
  host: string;
  tickMs?: number;
}

export interface RunningClass {
  port: number;
  http: HttpServer;
  stop(): Promise<void>;
}

/** Largest message a client may send (bytes): a decision is well under 4 KB. */
const MAX_PAYLOAD = 64 * 1024;

export async function startClassServer(options: ClassServerOptions): Promise<RunningClass> {
  const { file } = await readClassFolder(options.classDir); // refuses a damaged class early
  const http = createServer(staticHandler(options.webRoot));
  const game = new Server({
    transport: new WebSocketTransport({ server: http, maxPayload: MAX_PAYLOAD }),
    greet: false,
    gracefullyShutdown: false,
  });
  game.define('market', MarketRoom);
  await game.listen(options.port, options.host);
  for (let market = 1; market <= file.markets; market++)
    await matchMaker.createRoom('market', {
      classDir: options.classDir,
      market,
      ...(options.tickMs === undefined ? {} : { tickMs: options.tickMs }),
    });
  const address = http.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    port,
    http,
    stop: async () => {
      await game.gracefullyShutdown(false);
    },
  };
}
