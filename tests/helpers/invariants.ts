// The structural invariants of MODEL.md §2.15, checked on one resolved quarter. Each check
// returns human-readable problems instead of throwing, so a property test can show all of
// them for the failing case: `expect(quarterProblems(...)).toEqual([])`.

import type { GameState, QuarterReport, Scenario } from '../../game/engine/index.ts';
import { LINES } from '../../game/engine/index.ts';
import { worldAt } from '../../game/engine/world.ts';

export const SHARE_TOL = 1e-12;
export const REL_TOL = 1e-9;

function allFinite(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (value === null || typeof value !== 'object') return true;
  if (Array.isArray(value)) {
    for (const item of value) if (!allFinite(item)) return false;
    return true;
  }
  for (const key in value) if (!allFinite((value as Record<string, unknown>)[key])) return false;
  return true;
}

/** Paths of every number in `value` that is NaN or infinite ([] when all are finite). */
export function nonFinitePaths(value: unknown, path = '$', out: string[] = []): string[] {
  return allFinite(value) ? out : collectNonFinite(value, path, out);
}

function collectNonFinite(value: unknown, path: string, out: string[]): string[] {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) out.push(`${path} = ${value}`);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => collectNonFinite(item, `${path}[${i}]`, out));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) collectNonFinite(item, `${path}.${key}`, out);
  }
  return out;
}

export function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/** |a - b| within `tol` of the larger magnitude (at least 1). */
export function close(a: number, b: number, tol = REL_TOL, scale = 1): boolean {
  return Math.abs(a - b) <= tol * Math.max(scale, Math.abs(a), Math.abs(b));
}

/** Equity as the engine's balance sheet defines it (MODEL.md §2.15.5). */
export function equityOf(p: GameState['providers'][number]): number {
  return p.cash + p.receivables + p.gpuBook + p.cpuBook + p.stake - p.debt - sum(p.credits);
}

function shareProblems(
  scenario: Scenario,
  next: GameState,
  report: QuarterReport,
  out: string[],
): void {
  report.markets.forEach((m, i) => {
    const where = `${report.quarter} ${m.segment}/${LINES[m.line]}`;
    const state = next.markets[i]!;
    const anyActive = m.active.some(Boolean);
    for (const [name, shares] of [
      ['share', state.share],
      ['target', m.target],
      ['allocatedShare', m.allocatedShare],
    ] as const) {
      shares.forEach((s, p) => {
        if (!(s >= 0 && s <= 1)) out.push(`${where}: ${name}[${p}] = ${s} outside [0, 1]`);
        if (!m.active[p] && s !== 0) out.push(`${where}: inactive provider ${p} has ${name} ${s}`);
      });
      if (anyActive && m.demand > 0 && Math.abs(sum(shares) - 1) > SHARE_TOL)
        out.push(`${where}: ${name} sums to ${sum(shares)} (off by ${sum(shares) - 1})`);
    }
    if (m.line < 2)
      scenario.providers.forEach((spec, p) => {
        if (!spec.iaas && state.share[p] !== 0)
          out.push(`${where}: token-only ${spec.id} has IaaS share ${state.share[p]}`);
      });
  });
  const iaas = scenario.providers.map((spec, p) =>
    spec.iaas ? next.providers[p]!.last.iaasShare : 0,
  );
  if (report.iaasSpend > 0 && Math.abs(sum(iaas) - 1) > SHARE_TOL)
    out.push(`${report.quarter}: IaaS shares sum to ${sum(iaas)}`);
  scenario.providers.forEach((spec, p) => {
    const s = next.providers[p]!.last.iaasShare;
    if (!spec.iaas && s !== 0)
      out.push(`${report.quarter}: token-only ${spec.id} has IaaS share ${s}`);
    // The total is the sum of the providers' own revenues, so no share may round above 1.
    if (!(s >= 0 && s <= 1)) out.push(`${report.quarter}: ${spec.id} IaaS share ${s}`);
  });
  const tokens = next.providers.map((p) => p.last.tokenShare);
  if (report.tokenSpend > 0 && Math.abs(sum(tokens) - 1) > SHARE_TOL)
    out.push(`${report.quarter}: token shares sum to ${sum(tokens)}`);
}

function volumeProblems(report: QuarterReport, out: string[]): void {
  for (const m of report.markets) {
    const where = `${report.quarter} ${m.segment}/${LINES[m.line]}`;
    const served = sum(m.served);
    if (!close(served + m.lost, m.demand, REL_TOL))
      out.push(`${where}: served ${served} + lost ${m.lost} != demand ${m.demand}`);
    if (m.lost < -REL_TOL * Math.max(1, m.demand))
      out.push(`${where}: negative lost volume ${m.lost}`);
    m.served.forEach((q, p) => {
      const allocated = m.allocatedShare[p]! * m.demand;
      if (q < 0) out.push(`${where}: provider ${p} serves ${q} < 0`);
      if (q > allocated + m.spilledIn[p]! + REL_TOL * Math.max(1, m.demand))
        out.push(
          `${where}: provider ${p} serves ${q} > allocated ${allocated} + spill ${m.spilledIn[p]}`,
        );
    });
  }
  for (const p of report.providers) {
    if (p.gpuUtilisation > 1 + REL_TOL)
      out.push(`${report.quarter} ${p.id}: GPU utilisation ${p.gpuUtilisation}`);
    if (p.cpuUtilisation > 1 + REL_TOL)
      out.push(`${report.quarter} ${p.id}: CPU utilisation ${p.cpuUtilisation}`);
  }
}

function capacityProblems(
  scenario: Scenario,
  prev: GameState,
  next: GameState,
  report: QuarterReport,
  out: string[],
): void {
  const world = worldAt(scenario, next.draws, next.t);
  const market = scenario.market;
  scenario.providers.forEach((spec, p) => {
    const a = prev.providers[p]!;
    const b = next.providers[p]!;
    const d = report.providers[p]!.decision;
    const where = `${report.quarter} ${spec.id}`;
    const gpu = a.gpu * (1 - market.gpuDecay) + a.gpuPipeline[0]!;
    const cpu = a.cpu * (1 - market.cpuDecay) + a.cpuPipeline[0]!;
    if (!close(b.gpu, gpu, 1e-12))
      out.push(`${where}: GPU stock ${b.gpu}, expected (1-δ)K + arrivals = ${gpu}`);
    if (!close(b.cpu, cpu, 1e-12))
      out.push(`${where}: CPU stock ${b.cpu}, expected (1-δ)K + arrivals = ${cpu}`);
    const gpuPrice =
      market.gpuUnitCost *
      Math.pow(1 + market.gpuCostTrendPerYear, world.t / 4) *
      world.gpuCostMultiplier[spec.gpuSupply];
    const ordered = d.gpuCapex / gpuPrice;
    const inTransit = sum(b.gpuPipeline);
    const expected = sum(a.gpuPipeline) - a.gpuPipeline[0]! + ordered;
    if (!close(inTransit, expected, 1e-12))
      out.push(`${where}: GPUs in transit ${inTransit}, expected ${expected} (orders ${ordered})`);
    const supplyCap = spec.gpuOrderCap * world.gpuCapMultiplier[spec.gpuSupply];
    if (ordered > supplyCap * (1 + 1e-9))
      out.push(`${where}: ordered ${ordered} kGPU above the supply cap ${supplyCap}`);
    b.gpuPipeline.forEach((v, i) => {
      const lead = Math.min(b.gpuPipeline.length, world.gpuLead) - 1;
      const carried = a.gpuPipeline[i + 1] ?? 0;
      if (i !== lead && v !== carried)
        out.push(`${where}: GPU pipeline slot ${i} is ${v}, carried ${carried}`);
      if (v < 0) out.push(`${where}: GPU pipeline slot ${i} negative`);
    });
  });
}

function accountingProblems(
  scenario: Scenario,
  prev: GameState,
  next: GameState,
  report: QuarterReport,
  out: string[],
): void {
  const k = scenario.market.stocks;
  scenario.providers.forEach((spec, p) => {
    const a = prev.providers[p]!;
    const b = next.providers[p]!;
    const f = report.providers[p]!.finance;
    const d = report.providers[p]!.decision;
    const where = `${report.quarter} ${spec.id}`;
    const scale = Math.max(
      1,
      Math.abs(a.cash),
      Math.abs(f.cfo),
      f.capex,
      Math.abs(f.revenue),
      a.debt,
    );
    if (!close(f.ebita, f.revenue - f.cogs - f.opex, REL_TOL, scale))
      out.push(
        `${where}: EBITA ${f.ebita} != revenue - COGS - opex ${f.revenue - f.cogs - f.opex}`,
      );
    const flows = f.cfo - f.capex - f.cashInvest - f.interest + f.newDebt - f.repay + f.injection;
    if (!close(b.cash - a.cash, flows, REL_TOL, scale))
      out.push(
        `${where}: ΔCash ${b.cash - a.cash} != CFO - capex - invest - interest + borrowing + injection ${flows}`,
      );
    if (b.cash !== f.cash || b.debt !== f.debt)
      out.push(`${where}: state cash/debt differ from the finance report`);
    if (b.cash < 0) out.push(`${where}: cash ${b.cash} < 0 after the parent's injection`);
    if (!close(f.capex, d.gpuCapex + d.dcCapex, 1e-12))
      out.push(`${where}: capex ${f.capex} != decided ${d.gpuCapex + d.dcCapex}`);
    const equityChange = equityOf(b) - equityOf(a);
    const bsScale = Math.max(scale, Math.abs(equityOf(a)));
    if (!close(equityChange, f.netIncome + f.injection, REL_TOL, bsScale))
      out.push(
        `${where}: Δequity ${equityChange} != net income + injection ${f.netIncome + f.injection}`,
      );
    b.credits.forEach((c, i) => {
      if (c < 0) out.push(`${where}: credit ledger slot ${i} is ${c}`);
    });
    const granted = d.creditDeal.amount * d.creditDeal.creditFraction;
    if (f.creditRevenue > sum(a.credits) + granted + 1e-12)
      out.push(
        `${where}: credit revenue ${f.creditRevenue} above credits available ${sum(a.credits) + granted}`,
      );
    if (f.newDebt > 0 && b.debt > Math.max(a.debt, f.debtCap) * (1 + 1e-12) + 1e-12)
      out.push(`${where}: borrowed to ${b.debt}, above the cap ${f.debtCap}`);
    if (f.newDebt < 0 || f.repay < 0 || f.injection < 0)
      out.push(`${where}: negative financing flow`);
    for (const [name, v] of [
      ['quality', b.quality],
      ['ecosystem', b.ecosystem],
      ['trust', b.trust],
    ] as const)
      if (!(v >= 0 && v <= 100)) out.push(`${where}: ${name} ${v} outside [0, 100]`);
    if (!(b.integration >= k.integrationMin && b.integration <= k.integrationMax))
      out.push(
        `${where}: integration ${b.integration} outside [${k.integrationMin}, ${k.integrationMax}]`,
      );
    if (!(b.trainShare >= 0 && b.trainShare <= 0.6))
      out.push(`${where}: trainShare ${b.trainShare}`);
    b.price.forEach((price, line) => {
      if (!(price > 0)) out.push(`${where}: price of line ${LINES[line]} is ${price}`);
    });
  });
}

/** Every §2.15 invariant of one quarter: shares, finiteness, volumes, capacity, books, bounds. */
export function quarterProblems(
  scenario: Scenario,
  prev: GameState,
  next: GameState,
  report: QuarterReport,
): string[] {
  const out: string[] = [];
  for (const path of nonFinitePaths(next, 'state')) out.push(`${report.quarter}: ${path}`);
  for (const path of nonFinitePaths(report, 'report')) out.push(`${report.quarter}: ${path}`);
  shareProblems(scenario, next, report, out);
  volumeProblems(report, out);
  capacityProblems(scenario, prev, next, report, out);
  accountingProblems(scenario, prev, next, report, out);
  return out;
}
