// A bridge for the screens still drawn by hand-written DOM functions (the hot-seat cover and
// the debrief, `draw(root, ctx, redraw)`): the function redraws this component's element after
// every render, and the component renders again whenever what those screens read from the
// stores changes, or when the screen asks (`redraw`, for its own choices such as the
// counterfactual's quarter). To be replaced by their Preact components.

import { useLayoutEffect, useReducer, useRef } from 'preact/hooks';
import type { UiContext } from '../context.ts';
import { useGame, useSession } from '../view/use-store.ts';

export type LegacyDraw = (root: HTMLElement, ctx: UiContext, redraw: () => void) => void;

export function LegacyScreen(props: { ctx: UiContext; draw: LegacyDraw }) {
  const { ctx } = props;
  // What the cover and the debrief read: subscribing is enough to re-render on a change.
  useSession(ctx, (s) => ({ loc: s.locale, active: s.activeHuman, generation: s.generation }));
  useGame(ctx, (g) => g && { scenario: g.scenario, game: g.game, reports: g.reports, log: g.log });
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const host = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => props.draw(host.current!, ctx, () => redraw(undefined)));
  return <div class="legacy-screen" ref={host} />;
}
