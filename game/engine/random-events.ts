// Random event cards: at most one per played quarter, drawn from the seeded generator in a
// fixed order (is a card dealt, which card, which IaaS provider it hits).

import { tOf } from './calendar.ts';
import { nextRandom } from './rng.ts';
import type { GameState, RandomDraw, Scenario } from './types.ts';

export function drawRandomEvents(
  scenario: Scenario,
  state: GameState,
  t: number,
): { draws: RandomDraw[]; rng: number[] } {
  const deck = scenario.randomEvents;
  let rng = state.rng;
  const draws = state.draws.slice();
  // Random cards are dealt only in quarters the players decide, never in the history before.
  if (!deck.enabled || deck.cards.length === 0 || t < tOf(scenario.origin, scenario.start))
    return { draws, rng };
  const roll = nextRandom(rng);
  rng = roll.state;
  if (roll.value >= deck.perQuarter) return { draws, rng };
  const pick = nextRandom(rng);
  rng = pick.state;
  let totalWeight = 0;
  for (const card of deck.cards) totalWeight += card.weight;
  let at = pick.value * totalWeight;
  let chosen = deck.cards[deck.cards.length - 1]!;
  for (const card of deck.cards) {
    if (at < card.weight) {
      chosen = card;
      break;
    }
    at -= card.weight;
  }
  const candidates = scenario.providers.filter((p) => p.iaas);
  const who = nextRandom(rng);
  rng = who.state;
  const provider =
    candidates[Math.min(candidates.length - 1, Math.floor(who.value * candidates.length))]!;
  draws.push({ t, card: chosen.id, provider: provider.id });
  return { draws, rng };
}
