// The team's score against the scenario's objectives, computed once per final state and team
// (the identity header and the score section both show it).

import { useMemo } from 'preact/hooks';
import { score } from '../../engine/index.ts';
import type { Scenario, ScoreResult } from '../../engine/index.ts';
import type { UiContext } from '../context.ts';
import { useGame } from '../view/use-store.ts';

export function useScore(
  ctx: UiContext,
  team: string,
): { scenario: Scenario; result: ScoreResult } | null {
  const played = useGame(ctx, (g) => g && { scenario: g.scenario, game: g.game });
  const scenario = played?.scenario;
  const game = played?.game;
  return useMemo(
    () => (scenario && game ? { scenario, result: score(scenario, game, team) } : null),
    [scenario, game, team],
  );
}
