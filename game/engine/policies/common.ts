// Building blocks shared by the rival policies: tracking the reference price path, spending
// rules of thumb, capacity planning and the scripted moves of a scenario's history.

import { pow } from '../portable-math.ts';
import { tOf } from '../calendar.ts';
import { clamp } from '../numeric.ts';
import { cpuUnitPrice, gpuUnitPrice } from '../unit-prices.ts';
import type { Decision, LineId } from '../types.ts';
import { LINES } from '../types.ts';
import type { PolicyReason } from './reasons.ts';
import type { PolicyView, RivalPublic } from './view.ts';

/** The price change that keeps a line on the reference path this quarter. */
export function referenceChange(view: PolicyView, line: number): number {
  const w = view.world;
  return w.referencePrice[line]! / w.previousReferencePrice[line]! - 1;
}

/** Clamp a wished-for price change to the scenario's bounds and floor for that line. */
export function boundedChange(view: PolicyView, line: number, change: number): number {
  const spec = view.scenario.lines[LINES[line]!];
  const current = view.self.price[line]!;
  const floorChange = (spec.floor * view.world.referencePrice[line]!) / current - 1;
  const low = Math.max(spec.maxCut, Math.min(floorChange, spec.maxRise));
  return clamp(change, low, spec.maxRise);
}

/** Change needed to move from the current price to `target`, within bounds. */
export function changeTo(view: PolicyView, line: number, target: number): number {
  return boundedChange(view, line, target / view.self.price[line]! - 1);
}

export function sellsLine(view: PolicyView, line: LineId): boolean {
  return view.spec.lines.includes(line) && (line === 'T' || view.spec.iaas);
}

/** Order of two ids by UTF-16 code units: unlike localeCompare, the same in every runtime and locale. */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The rival with the lowest price on the line among the `top` largest sellers (ties: order). */
export function cheapestRival(
  view: PolicyView,
  line: number,
  top = Infinity,
): RivalPublic | undefined {
  const sellers = view.rivals
    .filter((r) => r.sells[line])
    .sort((a, b) =>
      line === 2
        ? b.tokenShare - a.tokenShare
        : b.iaasShare - a.iaasShare || byCodeUnits(a.id, b.id),
    )
    .slice(0, top);
  let best: RivalPublic | undefined;
  for (const r of sellers) if (best === undefined || r.price[line]! < best.price[line]!) best = r;
  return best;
}

/** The parameters that name a rival in a reason. */
export function rivalParams(rival: RivalPublic | undefined): PolicyReason['params'] {
  if (!rival) return { rival: '', rivalEn: 'no rival', rivalZh: '无对手' };
  return { rival: rival.id, rivalEn: rival.name.en, rivalZh: rival.name.zh };
}

/** GPU and data-centre orders that keep forecast utilisation near the policy's target. */
export function capacityOrders(view: PolicyView): { gpuCapex: number; dcCapex: number } {
  const { scenario, self, spec, world } = view;
  const market = scenario.market;
  const lead = world.gpuLead;
  const supply = spec.gpuSupply;
  const gpuPrice = gpuUnitPrice(view.scenario, world, supply);
  const usable = market.maxUtilisation * (1 - spec.policy.trainShare);
  // Plan on what demand asked for last quarter, not on what rationing let through.
  const gpuUsed = Math.max(self.last.gpuNeed, self.last.gpuUtilisation * self.gpu * usable);
  const cpuUsed = Math.max(
    self.last.cpuNeed,
    self.last.cpuUtilisation * self.cpu * market.maxUtilisation,
  );
  const cpuPrice = cpuUnitPrice(view.scenario, world);
  const target = spec.policy.utilisationTarget;
  // Naive forecast: last quarter's growth of demand for capacity continues, within bounds.
  const gpuGrowth = clamp(self.last.gpuNeedGrowth, 0.02, 0.4);
  const cpuGrowth = clamp(self.last.cpuNeedGrowth, 0.01, 0.25);
  const gpuWanted = (gpuUsed * pow(1 + gpuGrowth, lead + 1)) / (usable * target);
  const gpuComing = self.gpu * pow(1 - market.gpuDecay, lead) + sumOf(self.gpuPipeline);
  const push = self.gpu * (pow(1 + spec.policy.gpuPushPerYear, 0.25) - 1 + market.gpuDecay);
  const gpuCap = spec.gpuOrderCap * world.gpuCapMultiplier[supply];
  const gpuOrder = clamp(
    Math.max(gpuWanted - gpuComing, spec.policy.gpuPushPerYear > 0 ? push : 0),
    0,
    gpuCap,
  );
  const cpuWanted =
    (cpuUsed * pow(1 + cpuGrowth, market.cpuLead + 1)) / (market.maxUtilisation * target);
  const cpuComing = self.cpu * pow(1 - market.cpuDecay, market.cpuLead) + sumOf(self.cpuPipeline);
  const cpuOrder = Math.max(0, cpuWanted - cpuComing);
  return { gpuCapex: gpuOrder * gpuPrice, dcCapex: cpuOrder * cpuPrice };
}

function sumOf(values: readonly number[]): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i]!;
  return total;
}

/** A decision that tracks the reference path and spends by the policy's rules of thumb. */
export function baseDecision(view: PolicyView): Decision {
  const { spec, self } = view;
  const revenue = Math.max(0, self.last.revenue);
  const policy = spec.policy;
  const orders = capacityOrders(view);
  return {
    price: {
      C: sellsLine(view, 'C') ? boundedChange(view, 0, referenceChange(view, 0)) : 0,
      S: sellsLine(view, 'S') ? boundedChange(view, 1, referenceChange(view, 1)) : 0,
      T:
        sellsLine(view, 'T') && view.world.tokenOpen
          ? boundedChange(view, 2, referenceChange(view, 2))
          : 0,
    },
    gpuCapex: orders.gpuCapex,
    dcCapex: orders.dcCapex,
    rnd: policy.rndShare * revenue,
    trainShare: policy.trainShare,
    ecosystem: policy.ecosystemShare * revenue,
    creditDeal: { amount: 0, creditFraction: 0 },
    security: policy.securityShare * revenue,
    projectExit: policy.projectExit,
    openSource: false,
    priority: [],
  };
}

/** Applies this quarter's scripted move, if any; returns its reason (code `script`). */
export function applyScript(view: PolicyView, decision: Decision): PolicyReason | undefined {
  const move = view.spec.policy.script.find(
    (m) => tOf(view.scenario.origin, m.quarter) === view.world.t,
  );
  if (!move) return undefined;
  for (const line of LINES) {
    const change = move.price?.[line];
    if (change !== undefined)
      decision.price[line] = boundedChange(view, LINES.indexOf(line), change);
  }
  if (move.tokenPrice !== undefined) decision.price.T = changeTo(view, 2, move.tokenPrice);
  if (move.gpuCapex !== undefined) decision.gpuCapex = move.gpuCapex;
  if (move.dcCapex !== undefined) decision.dcCapex = move.dcCapex;
  if (move.rnd !== undefined) decision.rnd = move.rnd;
  if (move.ecosystem !== undefined) decision.ecosystem = move.ecosystem;
  if (move.creditDeal !== undefined) decision.creditDeal = { ...move.creditDeal };
  if (move.projectExit !== undefined) decision.projectExit = move.projectExit;
  if (move.security !== undefined) decision.security = move.security;
  return { code: 'script', params: { en: move.reason.en, zh: move.reason.zh } };
}
