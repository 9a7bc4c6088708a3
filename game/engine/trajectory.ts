// attributeTrajectory: why a provider's aggregate IaaS share moved over several quarters. The
// per-quarter `explain` books the lingering effect of earlier changes under switching inertia;
// over a span that hides the causes. Here the share rule is re-run over the whole span with
// each named group of inputs either as recorded or frozen at the span's start, and the groups
// are switched on one at a time (in order and in reverse, averaged). Both walks telescope, so
// the parts sum to the recorded change.

import { allSwitches, GROUPS, pricesUnder, utilityUnder } from './attribution.ts';
import type { Driver, Group, Switches } from './attribution.ts';
import { updateShares } from './choice.ts';
import type { QuarterReport } from './report.ts';
import { revenueShares } from './segment-share.ts';

export interface TrajectoryAttribution {
  provider: string;
  from: string; // last quarter before the span
  to: string;
  before: number;
  after: number;
  parts: Record<Driver, number>;
}

/** Trust utility caused by event shocks from the span's start up to `upTo`, in one segment. */
function eventTrust(
  reports: readonly QuarterReport[],
  upTo: QuarterReport,
  segment: string,
  p: number,
): number {
  let total = 0;
  for (const r of reports) {
    const m = r.markets.find((x) => x.segment === segment && x.line === 0);
    total += m?.trustShockUtility[p] ?? 0;
    if (r === upTo) break;
  }
  return total;
}

function simulate(reports: readonly QuarterReport[], provider: number, on: Switches): number {
  const first = reports[0]!;
  const last = reports[reports.length - 1]!;
  const segments = [...new Set(first.markets.filter((m) => m.line < 2).map((m) => m.segment))];
  const weightsOf = (spend: readonly number[]): number[] => {
    const total = spend.reduce((a, b) => a + b, 0);
    return spend.map((v) => (total > 0 ? v / total : 0));
  };
  const weights = weightsOf(on.demandMix ? last.segmentSpend : first.previousSegmentSpend);
  let aggregate = 0;
  segments.forEach((segment, s) => {
    const lines = first.markets.filter((m) => m.segment === segment && m.line < 2);
    const shares = lines.map((m) => m.previous.slice());
    const drift = lines.map(() => 1);
    let prices: number[][] = lines.map((m) => m.previousPrices.slice());
    let volumes = lines.map((m) => m.previousServedTotal);
    for (const report of reports) {
      const markets = report.markets.filter((m) => m.segment === segment && m.line < 2);
      markets.forEach((m, k) => {
        const start0 = lines[k]!;
        drift[k] = drift[k]! * m.referenceChange;
        const price = pricesUnder(m, provider, on, start0.previousPrices, drift[k]!);
        // Outages hit trust through events: their utility so far belongs to events.
        const shocks = m.active.map((_, p) => eventTrust(reports, report, segment, p));
        const utility = utilityUnder(m, on, price, start0.previousUtility, shocks);
        let start = shares[k]!;
        if (on.events) {
          // One-off events (a big customer leaving) shift starting shares by what they moved.
          start = start.map((v, p) => Math.max(0, v + m.start[p]! - m.previous[p]!));
          const total = start.reduce((a, b) => a + b, 0);
          start = start.map((v) => (total > 0 ? v / total : 0));
        }
        let next = updateShares(
          utility,
          m.active,
          start,
          m.churn,
          m.switchingCost,
          m.contestable,
        ).share;
        if (on.capacity) {
          next = next.map((v, p) =>
            m.allocatedShare[p]! > 0 ? (v * m.share[p]!) / m.allocatedShare[p]! : 0,
          );
          const total = next.reduce((a, b) => a + b, 0);
          next = next.map((v) => (total > 0 ? v / total : 0));
        }
        shares[k] = next;
        prices[k] = price;
      });
      volumes = markets.map((m, k) =>
        on.demandMix ? m.served.reduce((a, b) => a + b, 0) : lines[k]!.previousServedTotal,
      );
      prices = prices.slice();
    }
    aggregate += weights[s]! * revenueShares(shares, volumes, prices)[provider]!;
  });
  return aggregate;
}

export function attributeTrajectory(
  reports: readonly QuarterReport[],
  providerId: string,
): TrajectoryAttribution {
  if (reports.length === 0) throw new Error('attributeTrajectory: no quarters given');
  const provider = reports[0]!.providers.findIndex((p) => p.id === providerId);
  if (provider < 0) throw new Error(`attributeTrajectory: no provider ${providerId}`);
  const before = reports[0]!.providers[provider]!.previousIaasShare;
  const after = reports[reports.length - 1]!.providers[provider]!.iaasShare;
  const off = allSwitches(false);
  const forward = { ...off };
  const backward = { ...off };
  const parts = Object.fromEntries(GROUPS.map((g) => [g, 0])) as Record<Group, number>;
  const baseline = simulate(reports, provider, off);
  let current = baseline;
  for (const g of GROUPS) {
    forward[g] = true;
    const next = simulate(reports, provider, forward);
    parts[g] += (next - current) / 2;
    current = next;
  }
  const end = current;
  current = baseline;
  for (const g of [...GROUPS].reverse()) {
    backward[g] = true;
    const next = simulate(reports, provider, backward);
    parts[g] += (next - current) / 2;
    current = next;
  }
  const result = { inertia: baseline - before, ...parts } as Record<Driver, number>;
  // Whatever the re-run does not reproduce of the recorded path (rounding, spill detail).
  result.capacity += after - end;
  return {
    provider: providerId,
    from: reports[0]!.quarter,
    to: reports[reports.length - 1]!.quarter,
    before,
    after,
    parts: result,
  };
}
