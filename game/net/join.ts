// Joining a class from the page the class server served: connect to the market's room (the
// Colyseus client is loaded only here, so solo players never download it), wait for the welcome,
// and build the class game on this device's engine. A device keeps its seat token in the
// browser, so a closed tab or a server restart brings it back to the same seat.

import type { Scenario } from '../engine/index.ts';
import type { ClassInfo, Welcome } from '../wire/messages.ts';
import { reconnectingLink } from './reconnecting-link.ts';
import { bindSeat } from './seat-binding.ts';
import type { ClassGame } from './class-store.ts';

export interface JoinForm {
  classCode: string;
  market: number;
  seat: string;
  /** A new team's name, or empty when joining a teammate with `teamCode`. */
  team: string;
  teamCode: string;
  /** The student's own name for the teacher's grades list; may be empty. */
  member: string;
}

export interface Joined {
  game: ClassGame;
  welcome: Welcome;
}

const tokenKey = (code: string, market: number): string => `cloudwar.class.${code}.${market}`;

/** The class this page was served by, or null for a plain game page. */
export async function classInfoOfPage(): Promise<ClassInfo | null> {
  try {
    const response = await fetch('/class-info', { cache: 'no-store' });
    if (!response.ok) return null;
    const info = (await response.json()) as ClassInfo;
    return typeof info.scenarioId === 'string' && Array.isArray(info.seats) ? info : null;
  } catch {
    return null;
  }
}

/**
 * What the room is sent: the seat token when this browser has one for the market (it comes back
 * to its seat), else a new team's name or a teammate's team code, with the student's name if given.
 */
export function joinOptionsOf(form: JoinForm, savedToken: string | null): Record<string, string> {
  const classCode = form.classCode.trim().toUpperCase();
  if (savedToken) return { classCode, token: savedToken };
  const member = form.member.trim() ? { member: form.member.trim() } : {};
  return form.team.trim()
    ? { classCode, seat: form.seat, team: form.team.trim(), ...member }
    : { classCode, seat: form.seat, teamCode: form.teamCode.trim().toUpperCase(), ...member };
}

/**
 * Joins the class; `onMoved` gets the new game when the teacher moves the team to another seat
 * (the connection indicator follows whichever game is current).
 */
export async function joinClass(
  form: JoinForm,
  scenario: Scenario,
  onMoved: (joined: Joined) => void = () => undefined,
): Promise<Joined> {
  const { Client } = await import('colyseus.js');
  const protocol = window.location.protocol === 'https:' ? 'wss' : 'ws';
  const client = new Client(`${protocol}://${window.location.host}`);
  const code = form.classCode.trim().toUpperCase();
  const saved = window.localStorage.getItem(tokenKey(code, form.market));
  const options = joinOptionsOf(form, saved);
  const roomId = `market-${form.market}`;
  const room = await client.joinById(roomId, options);
  const welcome = await new Promise<Welcome>((resolve) => room.onMessage('welcome', resolve));
  const token = welcome.token ?? saved;
  if (welcome.token) window.localStorage.setItem(tokenKey(code, form.market), welcome.token);
  // Coming back uses the seat token, so a restarted host (which forgot every session) takes
  // the device back to its seat.
  const rejoin = () => client.joinById(roomId, { classCode: code, token: token ?? '' });
  let game: ClassGame | null = null;
  const link = reconnectingLink(room, rejoin, (connected) => game?.view.setState({ connected }));
  game = bindSeat(link, scenario, welcome, (moved, movedWelcome) => {
    game = moved;
    onMoved({ game: moved, welcome: movedWelcome });
  });
  return { game, welcome };
}
