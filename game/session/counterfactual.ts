// The debrief's counterfactual branch: "hold prices from quarter X". The log is replayed with
// the same seed up to X; from X on, the chosen human's later decisions are kept except that its
// price changes equal the market's reference drift (the path everybody's prices follow when
// nobody starts a war). Where the branch's different cash makes a logged decision unaffordable,
// the spending is scaled down to fit and the quarter is counted as adjusted.

import {
  LINES,
  fitToMeans,
  playQuarter,
  startGame,
  suggestDecision,
  validateDecision,
} from '../engine/index.ts';
import type {
  Decision,
  DecisionError,
  GameState,
  LogEntry,
  QuarterReport,
  Scenario,
} from '../engine/index.ts';

export interface PathPoint {
  quarter: string;
  iaasShare: number; // IaaS revenue share
  volumeShare: number; // IaaS volume share (RSU)
  cumEbita: number;
}

export interface Counterfactual {
  actual: PathPoint[];
  branch: PathPoint[];
  adjusted: number;
}

/** Reference price change per line in each played quarter, from the actual run's reports. */
export function referenceDrifts(
  history: readonly QuarterReport[],
  reports: readonly QuarterReport[],
): number[][] {
  const all = [...history, ...reports];
  const offset = history.length;
  return reports.map((r, i) => {
    const prev = all[offset + i - 1];
    return LINES.map((_, k) => {
      const before = prev?.referencePrice[k];
      const now = r.referencePrice[k];
      if (before === undefined || now === undefined || !(before > 0)) return 0;
      return now / before - 1;
    });
  });
}

function errorOf(errors: DecisionError[], field: string): DecisionError | undefined {
  return errors.find((e) => e.field === field);
}

/**
 * Makes `decision` valid in `state` with the least change; says whether it had to. Spending,
 * capex and deals go through the engine's own fit (the one computer-run providers get); only
 * price bounds, which that fit leaves to the policies, are mended here.
 */
export function fitDecision(
  scenario: Scenario,
  state: GameState,
  provider: string,
  decision: Decision,
): { decision: Decision; adjusted: boolean } {
  const checked = validateDecision(scenario, state, provider, decision);
  if (checked.ok) return { decision: checked.decision, adjusted: false };
  const p = scenario.providers.findIndex((s) => s.id === provider);
  const d = fitToMeans(scenario, state, p, structuredClone(decision));
  LINES.forEach((line, k) => {
    const e = errorOf(checked.errors, `price.${line}`);
    if (!e) return;
    const spec = scenario.lines[line];
    if (e.code === 'decision/line_not_sold') d.price[line] = 0;
    else if (e.code === 'decision/below_floor' && e.limit !== undefined) {
      const current = state.providers[p]!.price[k]!;
      d.price[line] = Math.min(spec.maxRise, e.limit / current - 1 + 1e-9);
    } else d.price[line] = Math.min(spec.maxRise, Math.max(spec.maxCut, d.price[line]));
  });
  if (errorOf(checked.errors, 'openSource')) d.openSource = false;
  const fitted = validateDecision(scenario, state, provider, d);
  if (fitted.ok) return { decision: fitted.decision, adjusted: true };
  return { decision: suggestDecision(scenario, state, provider).decision, adjusted: true };
}

function point(report: QuarterReport, provider: string, cum: number): PathPoint {
  const r = report.providers.find((p) => p.id === provider)!;
  return {
    quarter: report.quarter,
    iaasShare: r.iaasShare,
    volumeShare: r.volumeShare,
    cumEbita: cum + r.finance.ebita,
  };
}

/** The actual path of `provider` over the played quarters. */
export function actualPath(reports: readonly QuarterReport[], provider: string): PathPoint[] {
  const path: PathPoint[] = [];
  let cum = 0;
  for (const r of reports) {
    const pt = point(r, provider, cum);
    cum = pt.cumEbita;
    path.push(pt);
  }
  return path;
}

export interface CounterfactualInput {
  scenario: Scenario;
  seed: number;
  humans: readonly string[];
  log: readonly LogEntry[];
  history: readonly QuarterReport[];
  reports: readonly QuarterReport[];
  provider: string;
  /** Index in the log of the first quarter whose prices are held. */
  from: number;
}

export function runCounterfactual(input: CounterfactualInput): Counterfactual {
  const { scenario, provider, from } = input;
  const drifts = referenceDrifts(input.history, input.reports);
  let state = startGame(scenario, { seed: input.seed, humans: input.humans.slice() }).state;
  const branch: PathPoint[] = [];
  let cum = 0;
  let adjusted = 0;
  input.log.forEach((entry, i) => {
    const decisions: Record<string, Decision> = {};
    for (const id of input.humans) {
      const logged = entry.decisions[id];
      if (!logged) continue;
      if (i < from) {
        decisions[id] = logged;
        continue;
      }
      const wanted = structuredClone(logged);
      if (id === provider) LINES.forEach((line, k) => (wanted.price[line] = drifts[i]?.[k] ?? 0));
      const fit = fitDecision(scenario, state, id, wanted);
      if (fit.adjusted && id === provider) adjusted += 1;
      decisions[id] = fit.decision;
    }
    // The teacher's shocks are part of the world the branch is played in, as in the real run.
    const step = playQuarter(scenario, state, decisions, entry.injected ?? []);
    const pt = point(step.report, provider, cum);
    cum = pt.cumEbita;
    branch.push(pt);
    state = step.state;
  });
  return { actual: actualPath(input.reports, provider), branch, adjusted };
}
