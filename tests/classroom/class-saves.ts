// Real saves for the classroom tests: sessions of the classroom duopoly played through the
// session layer (as a class server plays them), written with the game's own save format.

import { commit, endQuarter, setDraft, startSession } from '../../game/session/index.ts';
import type { SessionData } from '../../game/session/index.ts';
import type { KnownScenario } from '../../game/save/save-file.ts';
import { marketSave } from '../../game/classroom/archive.ts';
import { known } from '../save/fixtures.ts';

export interface PlayedMarket {
  data: SessionData;
  save: string;
}

/**
 * `quarters` quarters of the duopoly (or `scenario`) with `humans` seated; each human moves its compute price by
 * `priceC` every quarter (0 holds) and otherwise holds its course.
 */
export async function playedMarket(
  scenarios: readonly KnownScenario[],
  options: {
    seed: number;
    humans: string[];
    quarters: number;
    priceC?: number;
    player?: string;
    /** Default classroom-duopoly. */
    scenario?: string;
  },
): Promise<PlayedMarket> {
  const duopoly = known(scenarios, options.scenario ?? 'classroom-duopoly');
  let data = startSession(duopoly.scenario, {
    seed: options.seed,
    humans: options.humans,
    player: options.player,
  });
  for (let q = 0; q < options.quarters; q++) {
    for (const seat of options.humans) {
      const draft = data.drafts[seat]!;
      data = setDraft(data, seat, {
        ...draft,
        price: { ...draft.price, C: options.priceC ?? 0 },
      }).data;
      const sealed = commit(data, seat);
      if (!sealed.result.ok) throw new Error(JSON.stringify(sealed.result.errors));
      data = sealed.data;
    }
    const ended = endQuarter(data);
    if (!ended.result.ok) throw new Error(JSON.stringify(ended.result.errors));
    data = ended.data;
  }
  return { data, save: await marketSave(data, duopoly) };
}

/** A save whose first logged compute price was changed after the game: it must not replay. */
export function tampered(save: string): string {
  const doc = JSON.parse(save) as {
    log: { decisions: Record<string, { price: { C: number } }> }[];
  };
  const first = Object.values(doc.log[0]!.decisions)[0]!;
  first.price.C = first.price.C - 0.05;
  return JSON.stringify(doc);
}
