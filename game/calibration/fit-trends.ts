// Fits the sizes of the named trends (trend effects of events: one rate per provider, e.g.
// Huawei's pull on government buyers, F9) and of the small residual left for what no fact
// explains, so the history run hits the half-year IDC share targets (F8, MODEL.md §1.2).
// The providers, segments and signs of a trend come from the fact it cites; only its size is
// fitted. Gauss-Newton with a finite-difference Jacobian and Levenberg damping, on the log share
// errors; deterministic (fixed order, fixed iteration count or tolerance).

import { tOf } from '../engine/index.ts';
import type { EffectSpec, Scenario, TrendDriver } from '../engine/index.ts';
import type { HalfYearTarget } from './fit.ts';
import { halfYearShare, historyReports } from './history-run.ts';

/** One fitted size: a trend's rate for one provider, or a provider's residual drift. */
export type TrendParameter =
  { kind: 'trend'; driver: TrendDriver; provider: string } | { kind: 'residual'; provider: string };

export const parameterName = (p: TrendParameter): string =>
  p.kind === 'trend' ? `${p.driver}:${p.provider}` : `residual:${p.provider}`;

type TrendEffect = Extract<EffectSpec, { kind: 'trend' }>;

const isTrendOf = (e: EffectSpec, driver: TrendDriver, provider: string): e is TrendEffect =>
  e.kind === 'trend' &&
  e.driver === driver &&
  e.providers.length === 1 &&
  e.providers[0] === provider;

/** The parameters a scenario declares: every single-provider trend effect, in file order. */
export function trendParameters(scenario: Scenario, residualProviders: readonly string[]) {
  const out: TrendParameter[] = [];
  for (const event of scenario.events)
    for (const e of event.effects)
      if (e.kind === 'trend' && e.providers.length === 1)
        out.push({ kind: 'trend', driver: e.driver, provider: e.providers[0]! });
  for (const provider of residualProviders) out.push({ kind: 'residual', provider });
  return out;
}

export function valueOf(scenario: Scenario, p: TrendParameter): number {
  if (p.kind === 'residual')
    return scenario.providers.find((x) => x.id === p.provider)!.residual.drift;
  for (const event of scenario.events)
    for (const e of event.effects) if (isTrendOf(e, p.driver, p.provider)) return e.perQuarter;
  throw new Error(`no trend effect ${parameterName(p)}`);
}

/**
 * A copy of `scenario` with these sizes. Residuals of providers without a residual parameter
 * are set to zero: what the facts explain is carried by the trends, not by the residual.
 */
export function withSizes(
  scenario: Scenario,
  params: readonly TrendParameter[],
  values: readonly number[],
): Scenario {
  const residual = new Map<string, number>();
  params.forEach((p, i) => p.kind === 'residual' && residual.set(p.provider, values[i]!));
  const trend = (e: EffectSpec): EffectSpec => {
    if (e.kind !== 'trend') return e;
    const i = params.findIndex((p) => p.kind === 'trend' && isTrendOf(e, p.driver, p.provider));
    return i < 0 ? e : { ...e, perQuarter: values[i]! };
  };
  return {
    ...scenario,
    providers: scenario.providers.map((p) => ({
      ...p,
      residual: { offset: 0, drift: residual.get(p.id) ?? 0 },
    })),
    events: scenario.events.map((ev) => ({ ...ev, effects: ev.effects.map(trend) })),
  };
}

export interface TrendFitProgress {
  iteration: number;
  /** Root mean square of the log share errors over every target. */
  rms: number;
}

/**
 * Weight of a target's error: Alibaba's H1 2023 share is the sourced figure (F8) the calibration
 * must meet, 6; its other half years are derived from IDC changes, 3; the other providers'
 * vectors are a reconstruction (MODEL.md §1.2), 1.
 */
const weightOf = (id: string, t: HalfYearTarget): number =>
  id !== 'ALI' ? 1 : t.year === 2023 && t.half === 1 ? 6 : 3;

/** IDC's top five of H1 2023 (MODEL.md §1.2, ailab.cn): their summed share is sourced. */
const TOP5 = ['ALI', 'HUA', 'CTC', 'TEN', 'AWS'];
const TOP5_WEIGHT = 3;

/**
 * Weighted log share errors (target over simulated) at every target, OTH (the normalisation)
 * left out.
 */
export function shareErrors(scenario: Scenario, targets: readonly HalfYearTarget[]): number[] {
  const horizon = Math.max(...targets.map((t) => tOf(scenario.origin, `${t.year}Q${t.half * 2}`)));
  const reports = historyReports(scenario, horizon);
  const out: number[] = [];
  for (const t of targets) {
    if (t.top5 !== undefined) {
      const top5 = TOP5.reduce((sum, id) => sum + halfYearShare(reports, id, t.year, t.half), 0);
      out.push(TOP5_WEIGHT * (Math.log(t.top5) - Math.log(top5)));
    }
    for (const [id, share] of Object.entries(t.shares))
      if (id !== 'OTH')
        out.push(
          weightOf(id, t) *
            (Math.log(share) - Math.log(halfYearShare(reports, id, t.year, t.half))),
        );
  }
  return out;
}

/** Solves (A + λ diag A) x = b for a small dense symmetric A (Gaussian elimination). */
function solve(a: number[][], b: number[], lambda: number): number[] {
  const n = b.length;
  const m = a.map((row, i) => [
    ...row.map((v, j) => (i === j ? v * (1 + lambda) + 1e-12 : v)),
    b[i]!,
  ]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[pivot]![c]!)) pivot = r;
    [m[c], m[pivot]] = [m[pivot]!, m[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}

const rmsOf = (e: readonly number[]): number =>
  Math.sqrt(e.reduce((s, v) => s + v * v, 0) / Math.max(1, e.length));

export function fitTrends(
  scenario: Scenario,
  targets: readonly HalfYearTarget[],
  params: readonly TrendParameter[],
  iterations = 8,
  onProgress?: (p: TrendFitProgress) => void,
): number[] {
  let values = params.map((p) => valueOf(scenario, p));
  let errors = shareErrors(withSizes(scenario, params, values), targets);
  let lambda = 0.1;
  const H = 0.01; // utils per quarter: finite-difference step
  for (let it = 0; it < iterations; it++) {
    // Jacobian of the errors: d error / d size, column by column.
    const columns = params.map((_, j) => {
      const moved = values.map((v, k) => (k === j ? v + H : v));
      const e = shareErrors(withSizes(scenario, params, moved), targets);
      return e.map((v, i) => (v - errors[i]!) / H);
    });
    const n = params.length;
    const jtj = Array.from({ length: n }, (_, a) =>
      Array.from({ length: n }, (_, b) =>
        columns[a]!.reduce((s, v, i) => s + v * columns[b]![i]!, 0),
      ),
    );
    // Errors are target minus simulated, so the step that removes them is -(JᵀJ)⁻¹Jᵀe.
    const jte = columns.map((col) => -col.reduce((s, v, i) => s + v * errors[i]!, 0));
    for (;;) {
      const step = solve(jtj, jte, lambda);
      const trial = values.map((v, k) => v + step[k]!);
      const e = shareErrors(withSizes(scenario, params, trial), targets);
      if (rmsOf(e) < rmsOf(errors) || lambda > 1e3) {
        values = trial;
        errors = e;
        lambda = Math.max(1e-3, lambda / 3);
        break;
      }
      lambda *= 4;
    }
    onProgress?.({ iteration: it + 1, rms: rmsOf(errors) });
  }
  return values;
}
