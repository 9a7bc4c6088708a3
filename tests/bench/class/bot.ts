// One student's device for the class benchmark: a colyseus.js client that joins a seat, edits
// its draft a few times per quarter, seals (the seat's first device only), answers each resolved
// quarter with its hash as a browser does, and logs what it sent and got for the reconciliation.
// Unlike a browser it does not replay the quarter itself: the bots share the host's machine, and
// the benchmark replays every market once in-process instead.

import { Client } from 'colyseus.js';
import type { Room } from 'colyseus.js';
import { canonicalJson } from '../../../game/engine/index.ts';
import type { Decision } from '../../../game/engine/index.ts';
import type { DraftMessage, QuarterMessage, Status, Welcome } from '../../../game/wire/messages.ts';
import type { BotPlace } from './options.ts';
import type { BotLog } from './reconcile.ts';

/** How long a bot waits for any one expected message before the run fails (ms). */
const PATIENCE_MS = 60_000;

export class Bot {
  readonly log: BotLog;
  sentCount = 0;
  receivedCount = 0;
  welcome: Welcome | null = null;
  /** When each quarter message arrived (performance.now()), by quarter index. */
  readonly quarterAt = new Map<number, number>();
  /** The first draft after k quarters had resolved: the fresh draft the bot edits in quarter k. */
  private readonly freshDrafts = new Map<number, Decision>();
  private readonly draftsSeen: Decision[] = [];
  private phase: Status['phase'] = 'waiting';
  private room: Room | null = null;
  private waiters: (() => void)[] = [];

  constructor(
    readonly place: BotPlace,
    readonly name: string,
  ) {
    this.log = { name, market: place.market, seat: place.seat, sent: [], quarters: [] };
  }

  async join(port: number, options: object): Promise<void> {
    const client = new Client(`ws://127.0.0.1:${port}`);
    const room = await client.joinById(`market-${this.place.market}`, options);
    this.room = room;
    room.onMessage('*', (type, message) => this.onMessage(String(type), message));
    await this.until(() => this.welcome !== null, 'its welcome');
  }

  private onMessage(type: string, message: unknown): void {
    this.receivedCount++;
    if (type === 'welcome') this.welcome = message as Welcome;
    else if (type === 'status') this.phase = (message as Status).phase;
    else if (type === 'draft') {
      const draft = (message as DraftMessage).draft;
      if (draft) {
        this.draftsSeen.push(draft);
        const played = this.log.quarters.length;
        if (!this.freshDrafts.has(played)) this.freshDrafts.set(played, draft);
      }
    } else if (type === 'quarter') {
      const quarter = message as QuarterMessage;
      this.quarterAt.set(quarter.index, performance.now());
      this.log.quarters.push({ index: quarter.index, entry: quarter.entry });
      this.send('hash', { quarter: quarter.index, hash: quarter.entry.hash });
    }
    for (const wake of this.waiters.splice(0)) wake();
  }

  send(type: string, message: unknown): void {
    this.sentCount++;
    this.room!.send(type, message);
  }

  /** Resolves when `test` holds after some message; fails naming what never came. */
  until(test: () => boolean, what: string, ms = PATIENCE_MS): Promise<void> {
    const deadline = Date.now() + ms;
    return new Promise((resolve, reject) => {
      const check = (): void => {
        if (test()) return resolve();
        if (Date.now() > deadline)
          return reject(new Error(`${this.name} waited ${ms} ms for ${what}`));
        this.waiters.push(check);
        setTimeout(check, 250);
      };
      check();
    });
  }

  drafting(): Promise<void> {
    return this.until(() => this.phase === 'drafting', 'the class to start');
  }

  /**
   * Quarter `q`'s edits: `count` drafts, each a distinct small cut of line C (so the journal
   * tells every draft apart), `gapMs` apart; resolves once the server echoed the last one.
   */
  async editDrafts(q: number, count: number, gapMs: () => number): Promise<void> {
    if (count === 0) return;
    await this.until(() => this.freshDrafts.has(q), `its draft for quarter ${q}`);
    const base = this.freshDrafts.get(q)!;
    let last: Decision = base;
    for (let d = 0; d < count; d++) {
      await new Promise((resolve) => setTimeout(resolve, gapMs()));
      last = structuredClone(base);
      last.price.C = -0.001 * (this.place.device * count + d + 1);
      this.log.sent.push({ quarter: q, kind: 'draft', draft: last });
      this.send('draft', { draft: last });
    }
    const from = this.draftsSeen.length;
    // Compared canonically: the server's schema may give the keys another order.
    const mine = canonicalJson(last);
    await this.until(
      () => this.draftsSeen.slice(from).some((d) => canonicalJson(d) === mine),
      `the echo of its last draft in quarter ${q}`,
    );
  }

  /** Seals the seat; returns when it was sent (performance.now()). */
  seal(q: number): number {
    this.log.sent.push({ quarter: q, kind: 'commit' });
    const at = performance.now();
    this.send('seat', { action: 'commit' });
    return at;
  }

  holds(q: number): Promise<void> {
    return this.until(() => this.quarterAt.has(q), `quarter ${q}`);
  }

  /** Leaves the room once (a second leave of a closed room would never settle). */
  async leave(): Promise<void> {
    const room = this.room;
    this.room = null;
    await room?.leave().catch(() => undefined);
  }
}
