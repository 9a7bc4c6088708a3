// One market of a class as a Colyseus room. The room is the authority: it validates every
// message (zod for shape, the engine for values), writes it to the market's journal before
// acting on it, and resolves quarters with the engine through the session table, exactly as solo
// play does. A seat's draft is sent only to that seat's devices; what everyone sees is the
// status (who has sealed, the clock) and, once a quarter resolves, its log entry, which every
// client replays with its own engine and checks against the hash (desync detection).

import { Room } from '@colyseus/core';
import { refusal } from './refusal.ts';
import type { Client } from '@colyseus/core';
import type { ClassErrorCode, DecisionError } from '../../engine/index.ts';
import { startSession } from '../../session/index.ts';
import { readClassFolder, journalPath } from '../class-file.ts';
import type { ClassFile } from '../class-file.ts';
import { MarketHost } from '../market-host.ts';
import { dueToResolve } from '../market.ts';
import type { Applied, MarketEntry } from '../market.ts';
import {
  draftMessage,
  firstIssue,
  hashMessage,
  parseJoin,
  seatMessage,
  teacherMessage,
} from '../protocol.ts';
import type { TeacherMessage } from '../protocol.ts';
import { marketSave } from '../archive.ts';
import { marketEntries } from '../grades.ts';
import type { ExportMessage } from '../export-class.ts';
import { RateLimit } from '../rate-limit.ts';
import { hashToken, newCode, newToken, tokenMatches } from '../tokens.ts';
import { shockProblems } from '../shock-message.ts';
import { statusOf, welcomeOf } from './views.ts';

export interface MarketRoomOptions {
  classDir: string;
  market: number;
  /** SHA-256 of the teacher token of this run of the server (see RunningClass). */
  sessionTeacherHash?: string;
  /** How often the room looks at the clock (ms); tests shorten it. */
  tickMs?: number;
}

/** Who a connection is: a seat's device or the teacher. */
type Identity = { role: 'seat'; seat: string } | { role: 'teacher' };

interface Admission {
  identity: Identity;
  /** Given once, to the device that earned it: kept in the browser to come back. */
  token?: string;
  /** Given to the team that claimed the seat: teammates type it to join. */
  teamCode?: string;
}

/** Whether a connection comes from this computer (IPv4, IPv6 or IPv4-mapped loopback). */
export function isLoopback(ip: string | string[] | undefined): boolean {
  const address = Array.isArray(ip) ? ip[0] : ip;
  if (!address) return false;
  return address === '::1' || /^(::ffff:)?127\./.test(address);
}

/** Messages per second a device may send, and its burst. */
const RATE = { perSecond: 10, burst: 30 };

/** The journal's `member` field: absent when the student left the name blank. */
function memberOf(name: string | undefined): { member?: string } {
  return name ? { member: name } : {};
}

export class MarketRoom extends Room {
  private host!: MarketHost;
  private classFile!: ClassFile;
  private scenarioText = '';
  private teacherHashes: string[] = [];
  private market = 0;
  private readonly limits = new Map<string, RateLimit>();
  /** Desync reports: seat -> the quarter whose hash differed. */
  private readonly desyncs = new Map<string, number>();

  override async onCreate(options: MarketRoomOptions): Promise<void> {
    this.autoDispose = false;
    this.maxClients = 200;
    this.market = options.market;
    this.teacherHashes = [options.sessionTeacherHash].filter((h): h is string => !!h);
    this.roomId = `market-${options.market}`;
    const opened = await readClassFolder(options.classDir);
    this.classFile = opened.file;
    this.teacherHashes.push(opened.file.teacherTokenHash);
    this.scenarioText = opened.scenarioText;
    const session = startSession(opened.scenario, {
      seed: opened.file.seed,
      humans: opened.file.seats,
    });
    this.host = await MarketHost.open(
      journalPath(options.classDir, options.market),
      session,
      opened.file.quarterMinutes * 60_000,
      opened.file.advance,
      opened.file.practice ?? false,
    );
    this.onMessage('draft', (client, message) => this.onSeat(client, message, 'draft'));
    this.onMessage('seat', (client, message) => this.onSeat(client, message, 'seat'));
    this.onMessage('hash', (client, message) => this.onHash(client, message));
    this.onMessage('teacher', (client, message) => this.onTeacher(client, message));
    this.onMessage('*', (client, type) => this.refuse(client, `unknown message "${String(type)}"`));
    this.clock.setInterval(() => void this.tick(), options.tickMs ?? 1000);
  }

  override async onAuth(
    _client: Client,
    options: unknown,
    context: { ip?: string | string[] },
  ): Promise<Admission> {
    const parsed = parseJoin(options);
    if (!parsed.ok) throw refusal(400, 'class/bad_join', parsed.why);
    const join = parsed.join;
    if ('teacherToken' in join) {
      // The console is the host's own window: a teacher token typed on a student's laptop (or
      // read off the projector) is refused before it is even checked.
      if (!isLoopback(context.ip))
        throw refusal(
          403,
          'class/console_remote',
          'the teacher console opens only on the host computer',
        );
      if (!tokenMatches(join.teacherToken, this.teacherHashes))
        throw refusal(403, 'class/wrong_teacher_token', 'wrong teacher token');
      return { identity: { role: 'teacher' } };
    }
    if (join.classCode !== this.classFile.code)
      throw refusal(403, 'class/wrong_class_code', 'wrong class code');
    if ('token' in join) {
      for (const [seat, held] of Object.entries(this.host.state.seats))
        if (tokenMatches(join.token, held.tokenHashes)) return { identity: { role: 'seat', seat } };
      throw refusal(
        403,
        'class/not_seated',
        'this device is not seated in this market; join with a seat',
      );
    }
    const token = newToken();
    if ('team' in join) {
      const teamCode = newCode();
      await this.mustApply({
        kind: 'claim',
        seat: join.seat,
        team: join.team,
        tokenHash: hashToken(token),
        teamCodeHash: hashToken(teamCode),
        ...memberOf(join.member),
      });
      return { identity: { role: 'seat', seat: join.seat }, token, teamCode };
    }
    const held = this.host.state.seats[join.seat];
    if (!held || !tokenMatches(join.teamCode, [held.teamCodeHash]))
      throw refusal(403, 'class/wrong_team_code', `wrong team code for ${join.seat}`);
    await this.mustApply({
      kind: 'device',
      seat: join.seat,
      tokenHash: hashToken(token),
      ...memberOf(join.member),
    });
    return { identity: { role: 'seat', seat: join.seat }, token };
  }

  override onJoin(client: Client, _options: unknown, admission: Admission): void {
    client.userData = admission.identity;
    this.limits.set(client.sessionId, new RateLimit(RATE.perSecond, RATE.burst));
    const identity = admission.identity;
    client.send(
      'welcome',
      welcomeOf(this.host.state, this.classFile, this.market, identity, admission),
    );
    // A console that opens mid-quarter learns which shocks already wait for it.
    if (identity.role === 'teacher') client.send('shocks', { pending: this.host.state.shocks });
    this.broadcastStatus();
  }

  override async onLeave(client: Client, consented: boolean): Promise<void> {
    this.broadcastStatus();
    if (consented) return this.forget(client);
    try {
      await this.allowReconnection(client, 120);
      this.broadcastStatus();
    } catch {
      this.forget(client);
    }
  }

  override onDispose(): Promise<void> {
    return this.host.close();
  }

  private forget(client: Client): void {
    this.limits.delete(client.sessionId);
  }

  private identity(client: Client): Identity | undefined {
    return client.userData as Identity | undefined;
  }

  private allowed(client: Client): boolean {
    if (this.limits.get(client.sessionId)?.take() ?? false) return true;
    this.refuse(client, 'too many messages; wait a moment', 'class/rate_limited');
    return false;
  }

  private refuse(
    client: Client,
    message: string,
    code: ClassErrorCode = 'class/bad_message',
  ): void {
    this.refuseWith(client, [{ field: 'message', code, message }]);
  }

  private refuseWith(client: Client, errors: DecisionError[]): void {
    client.send('refused', { errors });
  }

  private async mustApply(entry: MarketEntry): Promise<Applied> {
    const applied = await this.host.apply(entry);
    if (!applied.result.ok) {
      const first = applied.result.errors[0]!;
      throw refusal(409, first.code, first.message);
    }
    return applied;
  }

  private async onSeat(client: Client, message: unknown, kind: 'draft' | 'seat'): Promise<void> {
    if (!this.allowed(client)) return;
    const who = this.identity(client);
    if (who?.role !== 'seat')
      return this.refuse(client, 'only a seat may draft', 'class/not_allowed');
    let entry: MarketEntry;
    if (kind === 'draft') {
      const parsed = draftMessage.safeParse(message);
      if (!parsed.success) return this.refuse(client, firstIssue(parsed.error));
      entry = { kind: 'draft', seat: who.seat, draft: parsed.data.draft };
    } else {
      const parsed = seatMessage.safeParse(message);
      if (!parsed.success) return this.refuse(client, firstIssue(parsed.error));
      entry = { kind: 'seat', seat: who.seat, action: parsed.data.action };
    }
    const applied = await this.host.apply(entry);
    // A draft the engine refuses is kept as typed, with its reasons (sent with the draft); a
    // refused action (a commit of an invalid draft, an undo with nothing to undo) is answered.
    if (!applied.result.ok && kind === 'seat') this.refuseWith(client, applied.result.errors);
    this.sendDraft(who.seat);
    this.broadcastStatus();
    await this.tick();
  }

  private onHash(client: Client, message: unknown): void {
    if (!this.allowed(client)) return;
    const who = this.identity(client);
    const parsed = hashMessage.safeParse(message);
    if (!parsed.success || who?.role !== 'seat') return;
    const entry = this.host.state.session.log[parsed.data.quarter];
    if (entry && entry.hash !== parsed.data.hash) {
      this.desyncs.set(who.seat, parsed.data.quarter);
      this.broadcastStatus();
    }
  }

  private async onTeacher(client: Client, message: unknown): Promise<void> {
    if (!this.allowed(client)) return;
    if (this.identity(client)?.role !== 'teacher')
      return this.refuse(client, 'only the teacher may do this', 'class/not_allowed');
    const problems = shockProblems(this.host.state, message);
    if (problems) return this.refuseWith(client, problems);
    const parsed = teacherMessage.safeParse(message);
    if (!parsed.success) return this.refuse(client, firstIssue(parsed.error));
    if (parsed.data.command === 'export') return client.send('export', await this.exported());
    const before = this.host.state.session.log.length;
    const applied = await this.host.apply(this.teacherEntry(parsed.data));
    if (!applied.result.ok) return this.refuseWith(client, applied.result.errors);
    if (parsed.data.command === 'move') this.moveDevices(parsed.data.from, parsed.data.to);
    this.afterChange(applied, before);
  }

  /**
   * After a team moved seats, its devices are still bound to the old seat: each is told where
   * its team went and closed (code 4002); its token now opens the new seat, so it joins again.
   */
  private moveDevices(from: string, to: string): void {
    for (const client of this.clients) {
      const who = this.identity(client);
      if (who?.role !== 'seat' || who.seat !== from) continue;
      client.send('moved', { from, to });
      client.leave(4002);
    }
  }

  /**
   * This market for the grades CSV and the class archive: teams, scores and the replay. Public:
   * the class server's export route (export-route.ts) calls it through the match-maker.
   */
  async exported(): Promise<ExportMessage> {
    const state = this.host.state;
    const teams: Record<string, { team: string; members: string[] }> = {};
    for (const [seat, held] of Object.entries(state.seats))
      teams[seat] = { team: held.team, members: [...held.members] };
    const known = {
      id: this.classFile.scenarioId,
      text: this.scenarioText,
      scenario: state.session.baseScenario,
    };
    return {
      market: this.market,
      teams,
      save: await marketSave(state.session, known),
      entries: marketEntries(this.market, state.session, teams),
    };
  }

  private teacherEntry(message: Exclude<TeacherMessage, { command: 'export' }>): MarketEntry {
    const at = Date.now();
    switch (message.command) {
      case 'start':
      case 'pause':
      case 'resume':
      case 'undo-quarter':
        return { kind: message.command, at };
      case 'extend':
        return { kind: 'extend', ms: message.minutes * 60_000 };
      case 'resolve':
        return { kind: 'resolve', at, why: 'teacher', played: this.host.state.session.log.length };
      case 'free':
        return { kind: 'free', seat: message.seat };
      case 'move':
        return { kind: 'move', from: message.from, to: message.to };
      case 'shock':
        return { kind: 'shock', event: message.event };
      case 'withdraw-shock':
        return { kind: 'withdraw-shock', id: message.id };
      case 'notice':
        return { kind: 'notice', text: message.text };
    }
  }

  /** Resolves the quarter when every seat has sealed or the clock has run out. */
  private async tick(): Promise<void> {
    const why = dueToResolve(this.host.state, Date.now());
    if (!why) return;
    const played = this.host.state.session.log.length;
    const applied = await this.host.apply({ kind: 'resolve', at: Date.now(), why, played });
    if (applied.result.ok) this.afterChange(applied, played);
  }

  /** Tells every device what changed; `before`: quarters played before the change. */
  private afterChange(applied: Applied, before: number): void {
    const session = applied.state.session;
    if (applied.resolved) {
      const entry = session.log[session.log.length - 1]!;
      this.broadcast('quarter', { index: session.log.length - 1, entry });
    }
    // The teacher's undo, or the practice quarter rewound: every device rebuilds from the log.
    if (session.log.length < before) this.broadcast('rewind', { log: session.log });
    // The shocks waiting for the quarter being drafted: the teacher's consoles only, so the
    // teams meet them in the news when the quarter resolves.
    for (const client of this.clients)
      if (this.identity(client)?.role === 'teacher')
        client.send('shocks', { pending: applied.state.shocks });
    // A resolution or an undo gives every seat a fresh draft; a freed seat loses its devices.
    for (const seat of session.humans) this.sendDraft(seat);
    for (const client of this.clients) {
      const who = this.identity(client);
      if (who?.role === 'seat' && !applied.state.seats[who.seat]) client.leave(4001);
    }
    this.broadcastStatus();
  }

  private sendDraft(seat: string): void {
    const data = this.host.state.session;
    const message = {
      seat,
      draft: data.drafts[seat] ?? null,
      committed: data.committed[seat] ?? false,
      undoDepth: data.undo[seat]?.length ?? 0,
      errors: data.lastError?.provider === seat ? data.lastError.errors : [],
    };
    for (const client of this.clients) {
      const who = this.identity(client);
      if (who?.role === 'seat' && who.seat === seat) client.send('draft', message);
    }
  }

  private broadcastStatus(): void {
    const connected = new Set<string>();
    for (const client of this.clients) {
      const who = this.identity(client);
      if (who?.role === 'seat') connected.add(who.seat);
    }
    this.broadcast(
      'status',
      statusOf(this.host.state, connected, Object.fromEntries(this.desyncs), Date.now()),
    );
  }
}
