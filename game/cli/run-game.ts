// One headless game: humans play their suggested decision every quarter, everyone else their
// scenario policy. Shared by the single run and by the batch workers, so both play the same way.

import {
  playQuarter,
  resolveQuarter,
  startGame,
  stateHash,
  suggestDecision,
} from '../engine/index.ts';
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

/** A game's final IaaS share (fraction) and cumulative EBITA (CNY B), in scenario provider order. */
export interface Outcome {
  iaasShare: number[];
  cumEbita: number[];
}

export interface GameRun {
  quarters: QuarterRow[];
  finalHash: string;
}

function rowOf(report: QuarterReport, hash: string): QuarterRow {
  const providers: Record<string, ProviderRow> = {};
  for (const p of report.providers)
    providers[p.id] = {
      iaasShare: p.iaasShare,
      revenue: p.finance.revenue,
      ebita: p.finance.ebita,
      cash: p.finance.cash,
    };
  return { quarter: report.quarter, providers, hash };
}

function humanDecisions(plan: GamePlan, state: GameState): Record<string, Decision> {
  const decisions: Record<string, Decision> = {};
  for (const id of plan.humans) decisions[id] = suggestDecision(plan.scenario, state, id).decision;
  return decisions;
}

/** Plays `plan.quarters` quarters from the scenario's start, hashing the state after each. */
export function runGame(plan: GamePlan, seed: number): GameRun {
  let state = startGame(plan.scenario, { seed, humans: plan.humans }).state;
  const quarters: QuarterRow[] = [];
  for (let q = 0; q < plan.quarters; q++) {
    const step = playQuarter(plan.scenario, state, humanDecisions(plan, state));
    state = step.state;
    quarters.push(rowOf(step.report, step.entry.hash));
  }
  return { quarters, finalHash: stateHash(state) };
}

/**
 * The same game for a batch, keeping only the final outcome. It resolves quarters without
 * hashing them: hashing the whole state every quarter costs more than playing it.
 */
export function playOutcome(plan: GamePlan, seed: number): Outcome {
  let state = startGame(plan.scenario, { seed, humans: plan.humans }).state;
  for (let q = 0; q < plan.quarters; q++)
    state = resolveQuarter(plan.scenario, state, humanDecisions(plan, state)).state;
  return {
    iaasShare: state.providers.map((p) => p.last.iaasShare),
    cumEbita: state.providers.map((p) => p.cumEbita),
  };
}
