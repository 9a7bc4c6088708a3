// A teacher's `shock` command is checked by the scenario file's rules before its shape is checked
// by the protocol's zod schema, so a bad parameter is refused with every located problem
// ("shock.effects[0].provider: effect names provider ALI, which is not in providers") rather than
// zod's first issue.

import type { DecisionError } from '../engine/index.ts';
import { checkInjected } from '../scenario/injected-event.ts';
import type { MarketState } from './market.ts';

/** The problems of a `shock` command's event, or null for any other message or a good event. */
export function shockProblems(state: MarketState, message: unknown): DecisionError[] | null {
  if (typeof message !== 'object' || message === null) return null;
  if ((message as { command?: unknown }).command !== 'shock') return null;
  const event = (message as { event?: unknown }).event;
  const checked = checkInjected(state.session.scenario, event, usedShockIds(state));
  return checked.ok ? null : shockErrors(checked.problems);
}

/** Ids of the events already injected into this game, and of those waiting for this quarter. */
export function usedShockIds(state: MarketState): Set<string> {
  return new Set([
    ...(state.session.game.injected ?? []).map((e) => e.id),
    ...state.shocks.map((e) => e.id),
  ]);
}

/** Located problems of a shock as refusals: the field is `shock.<path>`, named in the text too. */
export function shockErrors(
  problems: readonly { path: string; message: string; hint?: string }[],
): DecisionError[] {
  return problems.map((p) => {
    const field = p.path === '' ? 'shock' : `shock.${p.path}`;
    const hint = p.hint ? ` (${p.hint})` : '';
    return { field, code: 'class/bad_shock', message: `${field}: ${p.message}${hint}` };
  });
}
