// Small read helpers over the session and game stores that several panels share.

import { nextQuarter } from '../engine/index.ts';
import type { QuarterReport, Scenario } from '../engine/index.ts';
import { tx } from '../i18n/index.ts';
import type { Locale } from '../i18n/index.ts';
import type { GameStoreState } from '../store/index.ts';
import type { UiContext } from './context.ts';

export function gameState(ctx: UiContext): GameStoreState | null {
  return ctx.session.getState().game?.getState() ?? null;
}

export function locale(ctx: UiContext): Locale {
  return ctx.session.getState().locale;
}

export function providerName(scenario: Scenario, id: string, loc: Locale): string {
  const spec = scenario.providers.find((p) => p.id === id);
  return spec ? tx(spec.name, loc) : id;
}

export function segmentName(scenario: Scenario, id: string, loc: Locale): string {
  const spec = scenario.segments.find((s) => s.id === id);
  return spec ? tx(spec.name, loc) : id;
}

/** The human whose view is on screen (hot-seat aware). */
export function activeHuman(ctx: UiContext, g: GameStoreState): string {
  return viewedHuman(ctx.session.getState().activeHuman, g);
}

/** The human whose view is on screen, from the session's active human (null outside hot-seat). */
export function viewedHuman(
  active: string | null,
  g: { humans: readonly string[]; scenario: Scenario },
): string {
  return active ?? g.humans[0] ?? g.scenario.defaultHuman;
}

/** The latest report: the last played quarter, or the last history quarter before play. */
export function latestReport(g: GameStoreState): QuarterReport | undefined {
  return g.reports.at(-1) ?? g.history.at(-1);
}

export function allReports(g: GameStoreState): QuarterReport[] {
  return [...g.history, ...g.reports];
}

export function upcomingQuarter(g: Pick<GameStoreState, 'scenario' | 'game'>): string {
  return nextQuarter(g.scenario, g.game);
}

/** The chosen segment if the scenario has it, else its first. */
export function segmentOrFirst(chosen: string | null, scenario: Scenario): string {
  return chosen && scenario.segments.some((s) => s.id === chosen)
    ? chosen
    : scenario.segments[0]!.id;
}
