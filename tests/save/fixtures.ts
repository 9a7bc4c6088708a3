// Shared set-up for the save tests: the shipped scenarios with their file text (as the game
// bundles them), and a session with a few quarters of the classroom duopoly played.

import { readFileSync } from 'node:fs';
import { openDilemmas } from '../../game/engine/index.ts';
import type { KnownScenario } from '../../game/save/save-file.ts';
import { createSessionStore } from '../../game/store/index.ts';
import type { SessionStore } from '../../game/store/index.ts';
import { loadScenario, shippedScenarioFiles } from '../helpers/scenarios.ts';

export async function knownScenarios(): Promise<KnownScenario[]> {
  const list: KnownScenario[] = [];
  for (const file of shippedScenarioFiles()) {
    const scenario = await loadScenario(file);
    list.push({ id: scenario.id, text: readFileSync(file, 'utf8'), scenario });
  }
  return list;
}

export function known(list: readonly KnownScenario[], id: string): KnownScenario {
  const found = list.find((s) => s.id === id);
  if (!found) throw new Error(`no shipped scenario ${id}`);
  return found;
}

/** A session whose game (classroom duopoly, NCL human, seed 11) has `quarters` quarters played. */
export function playedSession(
  scenarios: readonly KnownScenario[],
  quarters: number,
  seed = 11,
): SessionStore {
  const session = createSessionStore('en');
  const game = session
    .getState()
    .startGame(known(scenarios, 'classroom-duopoly').scenario, { seed, humans: ['NCL'] });
  for (let q = 0; q < quarters; q++) playQuarter(game);
  return session;
}

/**
 * Commits a slightly changed draft for NCL, answering any open dilemma with its first option
 * (so that saves carry answers), and ends the quarter.
 */
export function playQuarter(game: NonNullable<ReturnType<SessionStore['getState']>['game']>): void {
  const state = game.getState();
  const draft = state.drafts.NCL!;
  const open = openDilemmas(state.scenario, state.game, 'NCL');
  state.setDraft('NCL', {
    ...draft,
    price: { ...draft.price, C: -0.03 },
    ...(open.length > 0
      ? { dilemma: Object.fromEntries(open.map((d) => [d.id, d.options[0]!.id])) }
      : {}),
  });
  game.getState().commit('NCL');
  const ended = game.getState().endQuarter();
  if (!ended.ok) throw new Error(JSON.stringify(ended.errors));
}
