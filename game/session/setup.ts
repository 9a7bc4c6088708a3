// Building the per-quarter part of the session: fresh drafts (each human holds last quarter's
// course; the advisor's suggestion is a separate action), nothing committed and empty undo
// stacks. Used at start, after each quarter and after a load.

import { holdDecision, isFinished } from '../engine/index.ts';
import type { Decision, GameState, LogEntry, QuarterReport, Scenario } from '../engine/index.ts';
import type { SessionData } from './types.ts';

type QuarterDrafts = Pick<SessionData, 'drafts' | 'committed' | 'undo'>;

/**
 * What `provider` decided in the quarter just resolved: their logged decision when a human
 * played it, else the report's (the history before the first played quarter).
 */
export function previousDecision(
  provider: string,
  log: readonly LogEntry[],
  reports: readonly QuarterReport[],
): Decision | undefined {
  const logged = log[log.length - 1]?.decisions[provider];
  if (logged) return logged;
  return reports[reports.length - 1]?.providers.find((r) => r.id === provider)?.decision;
}

/** The starting draft of a quarter: last quarter's course held. */
export function heldDraft(
  scenario: Scenario,
  game: GameState,
  provider: string,
  log: readonly LogEntry[],
  reports: readonly QuarterReport[],
): Decision {
  return holdDecision(scenario, game, provider, previousDecision(provider, log, reports));
}

export function freshDrafts(
  scenario: Scenario,
  game: GameState,
  humans: readonly string[],
  log: readonly LogEntry[],
  reports: readonly QuarterReport[],
): QuarterDrafts {
  const drafts: Record<string, Decision> = {};
  const committed: Record<string, boolean> = {};
  const undo: Record<string, Decision[]> = {};
  // A finished game has no next quarter to suggest for.
  if (isFinished(scenario, game)) return { drafts, committed, undo };
  for (const id of humans) {
    drafts[id] = heldDraft(scenario, game, id, log, reports);
    committed[id] = false;
    undo[id] = [];
  }
  return { drafts, committed, undo };
}
