// One headless game: humans play their suggested decision every quarter, everyone else their
// scenario policy. Shared by the single run and by the batch workers, so both play the same way.

import { playQuarter, startGame, stateHash, suggestDecision } from '../engine/index.ts';
import type { Decision, GameState, QuarterReport } from '../engine/index.ts';
import type { GamePlan } from './scenario-options.ts';

export interface ProviderRow {
  /** Fraction of the quarter's IaaS revenue. */
  iaasShare: number;
  /** CNY B in the quarter. */
  revenue: number;
  ebita: number;
  /** CNY B at the end of the quarter. */
  cash: number;
}

export interface QuarterRow {
  quarter: string;
  providers: Record<string, ProviderRow>;
  /** stateHash after the quarter. */
  hash: string;
}

export interface GameRun {
  quarters: QuarterRow[];
  finalHash: string;
  final: GameState;
}

function rowOf(report: QuarterReport, hash: string): QuarterRow {
  const providers: Record<string, ProviderRow> = {};
  for (const p of report.providers)
    providers[p.id] = { iaasShare: p.iaasShare, revenue: p.finance.revenue, ebita: p.finance.ebita, cash: p.finance.cash };
  return { quarter: report.quarter, providers, hash };
}

/** Plays `plan.quarters` quarters from the scenario's start; `rows: false` skips the per-quarter table. */
export function runGame(plan: GamePlan, seed: number, rows = true): GameRun {
  const { scenario, humans } = plan;
  let state = startGame(scenario, { seed, humans }).state;
  const quarters: QuarterRow[] = [];
  for (let q = 0; q < plan.quarters; q++) {
    const decisions: Record<string, Decision> = {};
    for (const id of humans) decisions[id] = suggestDecision(scenario, state, id).decision;
    const step = playQuarter(scenario, state, decisions);
    state = step.state;
    if (rows) quarters.push(rowOf(step.report, step.entry.hash));
  }
  return { quarters, finalHash: stateHash(state), final: state };
}

/** Final IaaS share (fraction) and cumulative EBITA (CNY B) of every provider, in scenario order. */
export function finalOutcome(state: GameState): { iaasShare: number[]; cumEbita: number[] } {
  return {
    iaasShare: state.providers.map((p) => p.last.iaasShare),
    cumEbita: state.providers.map((p) => p.cumEbita),
  };
}
