// The team the debrief speaks for: the session's active human (the switcher sets it in
// hot-seat play), else the game's first human; null when no game is running.

import type { UiContext } from '../context.ts';
import { useGame, useSession } from '../view/use-store.ts';

export function useTeam(ctx: UiContext): string | null {
  const active = useSession(ctx, (s) => s.activeHuman);
  const first = useGame(ctx, (g) => (g ? (g.humans[0] ?? g.scenario.defaultHuman) : null));
  return first === null ? null : (active ?? first);
}
