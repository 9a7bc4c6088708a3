// One provider's quarter as `sim --format json` prints it. The field set is contract C5
// (briefs/contracts.md); fields that other parts of the engine add later (volumeShare,
// cashFloor, structured reasons, the volume attribution) are wired here and nowhere else.

import { DRIVERS, explain } from '../engine/index.ts';
import type { Decision, Driver, ProviderReport, QuarterReport, Text } from '../engine/index.ts';

/** A policy's stated reason; null for humans. */
export interface ReasonJson {
  en: string;
  zh: string;
}

/** Segment id -> driver -> change of the share (fraction; 0.01 = one percentage point). */
export type SegmentDrivers = Record<string, Record<string, number>>;

export interface ExplainJson {
  revenue: SegmentDrivers;
}

export interface ProviderRow {
  /** Fraction of the quarter's IaaS revenue. */
  revenueShare: number;
  /** The same as revenueShare: its name before volume shares existed, kept for old readers. */
  iaasShare: number;
  /** CNY B in the quarter. */
  revenue: number;
  ebita: number;
  /** CNY B at the end of the quarter. */
  cash: number;
  debt: number;
  /** The decision the engine resolved (a policy's after fitting it to the provider's means). */
  decision: Decision;
  reason: ReasonJson | null;
  explain?: ExplainJson;
}

/** Driver names as the JSON prints them: camelCase, the provider's own prices as `ownPrices`. */
export function driverKey(driver: Driver): string {
  return driver === 'price' ? 'ownPrices' : driver;
}

export function reasonJson(reason: Text | undefined): ReasonJson | null {
  return reason ? { en: reason.en, zh: reason.zh } : null;
}

/** Why the provider's IaaS revenue share of every segment moved this quarter. */
export function explainJson(report: QuarterReport, provider: string): ExplainJson {
  const revenue: SegmentDrivers = {};
  const segments = [...new Set(report.markets.map((m) => m.segment))];
  for (const segment of segments) {
    const { parts } = explain(report, provider, segment);
    const drivers: Record<string, number> = {};
    for (const d of DRIVERS) drivers[driverKey(d)] = parts[d];
    revenue[segment] = drivers;
  }
  return { revenue };
}

export function providerRow(
  report: QuarterReport,
  p: ProviderReport,
  withExplain: boolean,
): ProviderRow {
  return {
    revenueShare: p.iaasShare,
    iaasShare: p.iaasShare,
    revenue: p.finance.revenue,
    ebita: p.finance.ebita,
    cash: p.finance.cash,
    debt: p.finance.debt,
    decision: p.decision,
    reason: reasonJson(p.reason),
    ...(withExplain ? { explain: explainJson(report, p.id) } : {}),
  };
}
