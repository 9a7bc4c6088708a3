// attributeTrajectory: why a provider's IaaS share moved over several quarters. The share rule
// is re-run over the whole span with each named group of inputs either as recorded or frozen at
// the span's start, and the groups are switched on one at a time (in order and in reverse,
// averaged). A cut's later gains (customers switching over the next quarters) are missing from
// the run in which prices stay frozen, so they are credited to prices, not to inertia. Both
// walks telescope, so the parts plus `carried` sum to the recorded change.

import { allSwitches, GROUPS, pricesUnder, utilityUnder } from './attribution.ts';
import type { Driver, Group, ShareMeasure, Switches } from './attribution.ts';
import { updateShares } from './choice.ts';
import { shareBy } from './explain.ts';
import type { ProviderReport, QuarterReport } from './report.ts';

export interface TrajectoryAttribution {
  provider: string;
  segment: string | undefined;
  measure: ShareMeasure;
  from: string; // first quarter of the span
  to: string;
  before: number;
  after: number;
  parts: Record<Driver, number>;
  /**
   * What the share would have done with every input frozen at the span's start: the catch-up
   * of gaps opened before the span, plus the drift of the resting point as new demand arrives.
   */
  carried: number;
}

const fractions = (values: readonly number[]): number[] => {
  const total = values.reduce((a, b) => a + b, 0);
  return values.map((v) => (total > 0 ? v / total : 0));
};

/**
 * Each segment's weight in the aggregate share of a span from `first` to `last`: its spend
 * (revenue) or its served RSU (volume), at the span's end (demand mix on) or start (off).
 */
function segmentWeights(
  first: QuarterReport,
  last: QuarterReport,
  segments: readonly string[],
  measure: ShareMeasure,
  demandMix: boolean,
): number[] {
  if (measure === 'revenue')
    return fractions(demandMix ? last.segmentSpend : first.previousSegmentSpend);
  const served = (r: QuarterReport, recorded: boolean) =>
    segments.map((segment) =>
      r.markets
        .filter((m) => m.segment === segment && m.line < 2)
        .reduce(
          (sum, m) =>
            sum + (recorded ? m.served.reduce((a, b) => a + b, 0) : m.previousServedTotal),
          0,
        ),
    );
  return fractions(demandMix ? served(last, true) : served(first, false));
}

interface Span {
  reports: readonly QuarterReport[];
  provider: number;
  measure: ShareMeasure;
  segments: readonly string[];
}

/**
 * The provider's aggregate share re-run with switches `on` over every prefix of the span at
 * once: entry i is the share at the end of the span's first i + 1 quarters. The re-run walks
 * forward and no quarter depends on a later one, so a prefix's run is the start of the whole
 * run; only the segments' weights depend on where a prefix ends. Entry i is bit-identical to
 * a run over the prefix alone (the same operations in the same order).
 */
function simulatePrefixes(span: Span, on: Switches): number[] {
  const { reports, provider, measure, segments } = span;
  const first = reports[0]!;
  const T = reports.length;
  // byPrefix[s][i]: segment s's share at the end of prefix i.
  const byPrefix = segments.map((segment) => {
    const values = new Array<number>(T);
    const lines = first.markets.filter((m) => m.segment === segment && m.line < 2);
    const shares = lines.map((m) => m.previous.slice());
    const drift = lines.map(() => 1);
    const prices: number[][] = lines.map((m) => m.previousPrices.slice());
    // Trust utility that event shocks (outages) caused since the span's start, per provider:
    // it belongs to events, the rest of trust to trust. Read from the segment's line C.
    const shocks = first.providers.map(() => 0);
    for (let i = 0; i < T; i++) {
      const report = reports[i]!;
      const markets = report.markets.filter((m) => m.segment === segment && m.line < 2);
      const lineC = report.markets.find((m) => m.segment === segment && m.line === 0);
      shocks.forEach((v, p) => (shocks[p] = v + (lineC?.trustShockUtility[p] ?? 0)));
      markets.forEach((m, k) => {
        const start0 = lines[k]!;
        drift[k] = drift[k]! * m.referenceChange;
        const price = pricesUnder(m, provider, on, start0.previousPrices, drift[k]!);
        const utility = utilityUnder(m, on, price, start0.previousUtility, shocks);
        let start = shares[k]!;
        if (on.events) {
          // One-off events (a big customer leaving) shift starting shares by what they moved.
          start = fractions(start.map((v, p) => Math.max(0, v + m.start[p]! - m.previous[p]!)));
        }
        let next = updateShares(
          utility,
          m.active,
          start,
          m.churn,
          m.switchingCost,
          m.contestable,
        ).share;
        if (on.capacity)
          next = fractions(
            next.map((v, p) =>
              m.allocatedShare[p]! > 0 ? (v * m.share[p]!) / m.allocatedShare[p]! : 0,
            ),
          );
        shares[k] = next;
        prices[k] = price;
      });
      const volumes = markets.map((m, k) =>
        on.demandMix ? m.served.reduce((a, b) => a + b, 0) : lines[k]!.previousServedTotal,
      );
      values[i] = shareBy(measure, shares, volumes, prices)[provider]!;
    }
    return values;
  });
  const out = new Array<number>(T);
  for (let i = 0; i < T; i++) {
    const weights =
      segments.length === 1
        ? [1]
        : segmentWeights(first, reports[i]!, segments, measure, on.demandMix);
    let aggregate = 0;
    for (let s = 0; s < segments.length; s++) aggregate += weights[s]! * byPrefix[s]![i]!;
    out[i] = aggregate;
  }
  return out;
}

/** The recorded share of a provider report by measure, whole market or one segment. */
export function recordedShare(
  p: ProviderReport,
  measure: ShareMeasure,
  segment: number | undefined,
  when: 'before' | 'after',
): number {
  const now = when === 'after';
  if (segment === undefined) {
    if (measure === 'revenue') return now ? p.iaasShare : p.previousIaasShare;
    return now ? p.volumeShare : p.previousVolumeShare;
  }
  const row =
    measure === 'revenue'
      ? now
        ? p.segmentShare
        : p.previousSegmentShare
      : now
        ? p.segmentVolumeShare
        : p.previousSegmentVolumeShare;
  return row[segment]!;
}

export interface TrajectoryOptions {
  measure?: ShareMeasure;
  /** One segment's share; the whole IaaS market when left out. */
  segment?: string | undefined;
}

export function attributeTrajectory(
  reports: readonly QuarterReport[],
  providerId: string,
  options: TrajectoryOptions = {},
): TrajectoryAttribution {
  if (reports.length === 0) throw new Error('attributeTrajectory: no quarters given');
  return attributePrefixes(reports, providerId, options)[reports.length - 1]!;
}

/**
 * attributeTrajectory of every prefix of `reports` in one pass: entry i explains the span from
 * the first quarter to quarter i, exactly as attributeTrajectory(reports.slice(0, i + 1)) does.
 * Each switched re-run is walked once over the whole span, so the cost is linear in its length.
 */
export function attributePrefixes(
  reports: readonly QuarterReport[],
  providerId: string,
  options: TrajectoryOptions = {},
): TrajectoryAttribution[] {
  if (reports.length === 0) return [];
  const measure = options.measure ?? 'revenue';
  const first = reports[0]!;
  const provider = first.providers.findIndex((p) => p.id === providerId);
  if (provider < 0) throw new Error(`attributeTrajectory: no provider ${providerId}`);
  const allSegments = [...new Set(first.markets.filter((m) => m.line < 2).map((m) => m.segment))];
  const segmentIndex =
    options.segment === undefined ? undefined : allSegments.indexOf(options.segment);
  if (segmentIndex !== undefined && segmentIndex < 0)
    throw new Error(`attributeTrajectory: no segment ${options.segment}`);
  const segments = options.segment === undefined ? allSegments : [options.segment];
  const span: Span = { reports, provider, measure, segments };
  const T = reports.length;
  const before = recordedShare(first.providers[provider]!, measure, segmentIndex, 'before');
  const parts = Array.from(
    { length: T },
    () => Object.fromEntries(GROUPS.map((g) => [g, 0])) as Record<Group, number>,
  );
  const baseline = simulatePrefixes(span, allSwitches(false));
  let end = baseline;
  for (const order of [GROUPS, [...GROUPS].reverse()]) {
    const on = allSwitches(false);
    let current = baseline;
    for (const g of order) {
      on[g] = true;
      const next = simulatePrefixes(span, on);
      for (let i = 0; i < T; i++) parts[i]![g] += (next[i]! - current[i]!) / 2;
      current = next;
    }
    end = current;
  }
  return reports.map((last, i) => {
    const after = recordedShare(last.providers[provider]!, measure, segmentIndex, 'after');
    // Whatever the re-run does not reproduce of the recorded path (rounding, spill detail).
    parts[i]!.capacity += after - end[i]!;
    return {
      provider: providerId,
      segment: options.segment,
      measure,
      from: first.quarter,
      to: last.quarter,
      before,
      after,
      parts: parts[i]!,
      carried: baseline[i]! - before,
    };
  });
}
