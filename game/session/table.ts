// The table: seats, sealed drafts, commits and the quarter's resolution, as pure functions over
// SessionData. The zustand game store calls these for solo and hot-seat play; a server room can
// hold the same data and call the same functions for networked play. Each action returns new
// data (new records only for what it changed, the rest by reference) and an ActionResult whose
// errors carry typed codes; a refusal also records itself in `lastError`.

import {
  DEFAULT_HANDICAP,
  applyHandicap,
  isFinished,
  playQuarter,
  replay,
  startGame,
  suggestDecision,
  validateDecision,
} from '../engine/index.ts';
import type { Decision, DecisionError, InjectedEvent, Scenario } from '../engine/index.ts';
import { storeError, thrownError } from './errors.ts';
import { checkSavedLog } from './saved-log.ts';
import { freshDrafts, heldDraft } from './setup.ts';
import type { GameOptions, SavedLog, SessionData, Step } from './types.ts';

const OK = { ok: true } as const;

/**
 * A new session at the scenario's first playable quarter, played at `options.handicap` (a copy
 * of `base`; `base` itself at 'normal'). Throws EngineError for bad options.
 */
export function startSession(base: Scenario, options: GameOptions): SessionData {
  const humans = options.humans.slice();
  const handicap = options.handicap ?? DEFAULT_HANDICAP;
  const scenario = applyHandicap(base, humans, handicap);
  const { state, history } = startGame(scenario, { seed: options.seed, humans });
  return {
    scenario,
    baseScenario: base,
    handicap,
    game: state,
    history,
    reports: [],
    ...freshDrafts(scenario, state, humans, [], history),
    log: [],
    lastError: null,
    seed: options.seed,
    humans,
    player: options.player ?? '',
  };
}

function refuse(data: SessionData, errors: DecisionError[], seat?: string): Step {
  return {
    data: { ...data, lastError: seat === undefined ? { errors } : { provider: seat, errors } },
    result: { ok: false, errors },
  };
}

/** Why `seat`'s draft cannot be touched now, if it cannot. */
function draftBlock(data: SessionData, seat: string): DecisionError[] {
  if (!data.humans.includes(seat))
    return [
      storeError(
        'provider',
        'not_human',
        `${seat} is not played by a human here; humans: ${data.humans.join(', ') || 'none'}`,
      ),
    ];
  if (isFinished(data.scenario, data.game))
    return [storeError('game', 'game_over', 'the game is over')];
  if (data.committed[seat])
    return [
      storeError('provider', 'committed', `${seat} has already committed this quarter's decisions`),
    ];
  return [];
}

/** Replaces `seat`'s draft (and only that seat's), keeping the one it replaces for undo. */
function replaceDraft(
  data: SessionData,
  seat: string,
  next: Decision,
  errors: DecisionError[] | null,
): SessionData {
  const previous = data.drafts[seat];
  const stack = data.undo[seat] ?? [];
  return {
    ...data,
    drafts: { ...data.drafts, [seat]: next },
    undo: { ...data.undo, [seat]: previous ? [...stack, previous] : stack },
    lastError: errors ? { provider: seat, errors } : null,
  };
}

/**
 * `seat` replaces its own draft. An invalid draft is kept exactly as typed (a copy, so later
 * edits by the caller do not leak in), never clamped: the player sees their own numbers next to
 * the reasons, and the result says what is wrong.
 */
export function setDraft(data: SessionData, seat: string, draft: Decision): Step {
  const blocked = draftBlock(data, seat);
  if (blocked.length > 0) return refuse(data, blocked, seat);
  const checked = validateDecision(data.scenario, data.game, seat, draft);
  if (checked.ok) return { data: replaceDraft(data, seat, checked.decision, null), result: OK };
  return {
    data: replaceDraft(data, seat, structuredClone(draft), checked.errors),
    result: { ok: false, errors: checked.errors },
  };
}

/** Back to the quarter's starting draft: last quarter's course held. */
export function resetDraft(data: SessionData, seat: string): Step {
  const blocked = draftBlock(data, seat);
  if (blocked.length > 0) return refuse(data, blocked, seat);
  const reports = data.reports.length > 0 ? data.reports : data.history;
  const held = heldDraft(data.scenario, data.game, seat, data.log, reports);
  return { data: replaceDraft(data, seat, held, null), result: OK };
}

/** The advisor's suggestion (the provider's scenario policy) as the draft. */
export function applySuggestion(data: SessionData, seat: string): Step {
  const blocked = draftBlock(data, seat);
  if (blocked.length > 0) return refuse(data, blocked, seat);
  const suggested = suggestDecision(data.scenario, data.game, seat).decision;
  return { data: replaceDraft(data, seat, suggested, null), result: OK };
}

/** Back to `seat`'s previous draft this quarter. */
export function undoDraft(data: SessionData, seat: string): Step {
  const blocked = draftBlock(data, seat);
  if (blocked.length > 0) return refuse(data, blocked, seat);
  const stack = data.undo[seat] ?? [];
  const previous = stack[stack.length - 1];
  if (!previous)
    return refuse(
      data,
      [storeError('undo', 'nothing_to_undo', `${seat} has no earlier draft this quarter`)],
      seat,
    );
  const checked = validateDecision(data.scenario, data.game, seat, previous);
  return {
    data: {
      ...data,
      drafts: { ...data.drafts, [seat]: previous },
      undo: { ...data.undo, [seat]: stack.slice(0, -1) },
      lastError: checked.ok ? null : { provider: seat, errors: checked.errors },
    },
    result: OK,
  };
}

/** Seals `seat`'s draft for the quarter if the engine accepts it; a sealed draft is final. */
export function commit(data: SessionData, seat: string): Step {
  const blocked = draftBlock(data, seat);
  if (blocked.length > 0) return refuse(data, blocked, seat);
  const checked = validateDecision(data.scenario, data.game, seat, data.drafts[seat]);
  if (!checked.ok) return refuse(data, checked.errors, seat);
  return {
    data: {
      ...data,
      drafts: { ...data.drafts, [seat]: checked.decision },
      committed: { ...data.committed, [seat]: true },
      undo: { ...data.undo, [seat]: [] },
      lastError: null,
    },
    result: OK,
  };
}

/** Seats that have not sealed this quarter's decisions yet, in seat order. */
export function waitingFor(data: Pick<SessionData, 'humans' | 'committed'>): string[] {
  return data.humans.filter((id) => !data.committed[id]);
}

/**
 * Whose turn it is at the shared screen in hot-seat play after `current` has sealed: the next
 * seat in seat order that has not sealed, wrapping round; null when every seat has sealed.
 */
export function nextHotSeat(
  data: Pick<SessionData, 'humans' | 'committed'>,
  current: string | null,
): string | null {
  const n = data.humans.length;
  const from = current === null ? -1 : data.humans.indexOf(current);
  for (let i = 1; i <= n; i++) {
    const seat = data.humans[(from + i + n) % n]!;
    if (!data.committed[seat]) return seat;
  }
  return null;
}

/**
 * Resolves the quarter with every seat's sealed decision and the events a teacher injected into
 * it (a class game's shocks, already checked); refused while any seat is drafting.
 */
export function endQuarter(data: SessionData, injected: readonly InjectedEvent[] = []): Step {
  if (isFinished(data.scenario, data.game))
    return refuse(data, [storeError('game', 'game_over', 'the game is over')]);
  const waiting = waitingFor(data);
  if (waiting.length > 0)
    return refuse(data, [
      storeError('committed', 'not_committed', `waiting for ${waiting.join(', ')} to commit`),
    ]);
  const decisions: Record<string, Decision> = {};
  for (const id of data.humans) decisions[id] = data.drafts[id]!;
  try {
    const step = playQuarter(data.scenario, data.game, decisions, injected);
    const reports = [...data.reports, step.report];
    const log = [...data.log, step.entry];
    return {
      data: {
        ...data,
        game: step.state,
        reports,
        log,
        ...freshDrafts(data.scenario, step.state, data.humans, log, reports),
        lastError: null,
      },
      result: OK,
    };
  } catch (e) {
    return refuse(data, [thrownError('quarter', 'engine', e)]);
  }
}

/**
 * Resolves the quarter when every seat has sealed, else leaves the session as it is (no
 * refusal: waiting is normal). What a server calls after each commit.
 */
export function resolveIfAllCommitted(data: SessionData): Step & { resolved: boolean } {
  if (waitingFor(data).length > 0 || isFinished(data.scenario, data.game))
    return { data, result: OK, resolved: false };
  const step = endQuarter(data);
  return { ...step, resolved: step.result.ok };
}

/** A new game in place of this one; on bad options the session stays as it was. */
export function newGame(data: SessionData, scenario: Scenario, options: GameOptions): Step {
  try {
    return { data: startSession(scenario, options), result: OK };
  } catch (e) {
    return refuse(data, [thrownError('options', 'new_game', e)]);
  }
}

/**
 * Rebuilds the game from a saved log, on the session's scenario as given, at the save's
 * handicap for the save's humans; on any problem the game in play stays.
 */
export function loadLog(data: SessionData, save: SavedLog): Step {
  const problems = checkSavedLog(save);
  if (problems.length > 0) return refuse(data, problems);
  try {
    const humans = save.humans.slice();
    const handicap = save.handicap ?? DEFAULT_HANDICAP;
    const scenario = applyHandicap(data.baseScenario, humans, handicap);
    const result = replay(scenario, { seed: save.seed, humans, log: save.log });
    return {
      data: {
        ...data,
        scenario,
        handicap,
        game: result.state,
        history: result.history,
        reports: result.reports,
        log: structuredClone(save.log.slice()),
        ...freshDrafts(
          scenario,
          result.state,
          humans,
          save.log,
          result.reports.length > 0 ? result.reports : result.history,
        ),
        lastError: null,
        seed: save.seed,
        humans,
        player: save.player ?? '',
      },
      result: OK,
    };
  } catch (e) {
    // The engine names the quarter where the replay diverged.
    return refuse(data, [thrownError('log', 'replay_failed', e)]);
  }
}

/**
 * What `seat` may see before the quarter resolves: its own draft and undo stack, every seat's
 * sealed flag and the refusals that concern it or no seat, and no other seat's draft (a server sends this, never the whole data).
 */
export function sealedView(data: SessionData, seat: string): SessionData {
  const own = <T>(record: Record<string, T>): Record<string, T> =>
    seat in record ? { [seat]: record[seat]! } : {};
  const about = data.lastError?.provider;
  const lastError = about === undefined || about === seat ? data.lastError : null;
  return { ...data, drafts: own(data.drafts), undo: own(data.undo), lastError };
}

/**
 * What a server does when a quarter's deadline passes: every seat still drafting holds last
 * quarter's course (the draft it started the quarter with, as announced to the players), sealed.
 * Seats that sealed keep their decision. Refused only if a held course is itself refused.
 */
export function holdUncommitted(data: SessionData): Step {
  let next = data;
  for (const seat of waitingFor(data)) {
    const reset = resetDraft(next, seat);
    if (!reset.result.ok) return reset;
    const sealed = commit(reset.data, seat);
    if (!sealed.result.ok) return sealed;
    next = sealed.data;
  }
  return { data: next, result: OK };
}

/** The game as it was before its last quarter (a teacher's undo); refused before any quarter. */
export function undoQuarter(data: SessionData): Step {
  if (data.log.length === 0)
    return refuse(data, [storeError('log', 'nothing_to_undo', 'no quarter has been played yet')]);
  return loadLog(data, {
    seed: data.seed,
    humans: data.humans,
    handicap: data.handicap,
    player: data.player,
    log: data.log.slice(0, -1),
  });
}
