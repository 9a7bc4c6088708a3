// One headless game: humans play their suggested decision every quarter (or, with a decisions
// file, the file's decisions held from quarter to quarter), everyone else their scenario policy.
// Shared by the single run and by the batch workers, so both play the same way.

import {
  nextQuarter,
  playQuarter,
  resolveQuarter,
  score,
  startGame,
  stateHash,
  suggestDecision,
} from '../engine/index.ts';
import type { Decision, GameState, QuarterReport, ScoreResult } from '../engine/index.ts';
import { decisionsBeforeStart, scriptedDecisions } from './decision-script.ts';
import type { DecisionScript } from './decisions-file.ts';
import { ExplainCache, providerRow } from './provider-row.ts';
import type { ProviderRow } from './provider-row.ts';
import type { GamePlan } from './scenario-options.ts';

export type { ProviderRow };

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

export interface HumanScore {
  /** 0..100 */
  total: number;
  objectives: ScoreResult['objectives'];
}

export interface GameRun {
  quarters: QuarterRow[];
  finalHash: string;
  /** Each human's score against the scenario's objectives at the end. */
  score: Record<string, HumanScore>;
}

export interface RunOptions {
  script?: DecisionScript | undefined;
  /** Attribute every provider's segment share changes (slower: for one game, not batches). */
  explain?: boolean | undefined;
}

/** The row of the last of `reports` (which run from the origin, for the lagged attribution). */
function rowOf(
  reports: readonly QuarterReport[],
  hash: string,
  explainCache: ExplainCache | undefined,
): QuarterRow {
  const report = reports[reports.length - 1]!;
  const providers: Record<string, ProviderRow> = {};
  for (const p of report.providers) providers[p.id] = providerRow(reports, p, explainCache);
  return { quarter: report.quarter, providers, hash };
}

function humanDecisions(plan: GamePlan, state: GameState): Record<string, Decision> {
  const decisions: Record<string, Decision> = {};
  for (const id of plan.humans) decisions[id] = suggestDecision(plan.scenario, state, id).decision;
  return decisions;
}

/** Plays `plan.quarters` quarters from the scenario's start, hashing the state after each. */
export function runGame(plan: GamePlan, seed: number, options: RunOptions = {}): GameRun {
  const { scenario } = plan;
  const started = startGame(scenario, { seed, humans: plan.humans });
  let state = started.state;
  let previous: Record<string, Decision | undefined> = options.script
    ? decisionsBeforeStart(plan.humans, started.history)
    : {};
  const quarters: QuarterRow[] = [];
  // Kept only for the attribution, which needs every quarter from the origin.
  const reports: QuarterReport[] = options.explain === true ? [...started.history] : [];
  const explainCache = options.explain === true ? new ExplainCache() : undefined;
  for (let q = 0; q < plan.quarters; q++) {
    const decisions = options.script
      ? scriptedDecisions(options.script, scenario, state, nextQuarter(scenario, state), previous)
      : humanDecisions(plan, state);
    const step = playQuarter(scenario, state, decisions);
    state = step.state;
    previous = decisions;
    if (options.explain === true) reports.push(step.report);
    else reports[0] = step.report;
    quarters.push(rowOf(reports, step.entry.hash, explainCache));
  }
  const scores: Record<string, HumanScore> = {};
  for (const id of plan.humans) {
    const result = score(scenario, state, id);
    scores[id] = { total: result.score, objectives: result.objectives };
  }
  return { quarters, finalHash: stateHash(state), score: scores };
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
