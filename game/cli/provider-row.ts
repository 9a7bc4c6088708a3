// One provider's quarter as `sim --format json` prints it: both shares, the books, the
// decision, the stated reason and, on request, the lagged attribution of both shares.

import { DRIVERS, explainSpan, reasonText } from '../engine/index.ts';
import type {
  Decision,
  ProviderReport,
  QuarterReport,
  ShareMeasure,
  PolicyReason,
} from '../engine/index.ts';

/** A policy's stated reason: its code, the numbers it used, and the sentence in both languages; null for humans. */
export interface ReasonJson {
  code: string;
  params: Record<string, number | string>;
  en: string;
  zh: string;
}

/** Segment id -> driver -> change of the share (fraction; 0.01 = one percentage point). */
export type SegmentDrivers = Record<string, Record<string, number>>;

export interface ExplainJson {
  volume: SegmentDrivers;
  revenue: SegmentDrivers;
}

export interface ProviderRow {
  /** Fraction of the IaaS volume served in the quarter, at constant (2021Q2 reference) prices. */
  volumeShare: number;
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
  /** CNY B: the least cash the provider keeps; below it the credit line is drawn. */
  cashFloor: number;
  /** The decision the engine resolved (a policy's after fitting it to the provider's means). */
  decision: Decision;
  reason: ReasonJson | null;
  explain?: ExplainJson;
}

export function reasonJson(reason: PolicyReason | undefined): ReasonJson | null {
  if (!reason) return null;
  const text = reasonText(reason);
  return { code: reason.code, params: reason.params, en: text.en, zh: text.zh };
}

type Cumulative = Record<string, number>;

/**
 * Cumulative attributions from the origin, per provider, measure and segment, kept from one
 * quarter to the next: a quarter's lagged attribution is the growth of the cumulative one, so
 * each quarter costs one trajectory per key instead of two (the CLI explains every quarter).
 */
export class ExplainCache {
  private readonly last = new Map<string, { index: number; parts: Cumulative }>();

  cumulative(
    reports: readonly QuarterReport[],
    index: number,
    provider: string,
    measure: ShareMeasure,
    segment: string,
  ): Cumulative {
    const key = `${provider}|${measure}|${segment}`;
    const hit = this.last.get(key);
    if (hit?.index === index) return hit.parts;
    const parts = explainSpan(reports, 0, index, provider, { measure, segment }).parts;
    this.last.set(key, { index, parts });
    return parts;
  }
}

/**
 * Why the provider's volume and revenue shares of every segment moved in quarter `index` of
 * `reports` (which run from the game's origin), driver by driver, switching catch-up credited
 * to its causes (the lagged attribution of explainQuarter). Driver names are camelCase, the
 * provider's own prices `ownPrices`.
 */
export function explainJson(
  reports: readonly QuarterReport[],
  index: number,
  provider: string,
  cache: ExplainCache = new ExplainCache(),
): ExplainJson {
  const report = reports[index]!;
  const segments = [...new Set(report.markets.map((m) => m.segment))];
  const byMeasure = (measure: ShareMeasure): SegmentDrivers => {
    const out: SegmentDrivers = {};
    for (const segment of segments) {
      const now = cache.cumulative(reports, index, provider, measure, segment);
      const then =
        index > 0 ? cache.cumulative(reports, index - 1, provider, measure, segment) : undefined;
      const drivers: Record<string, number> = {};
      for (const d of DRIVERS) drivers[d] = now[d]! - (then?.[d] ?? 0);
      out[segment] = drivers;
    }
    return out;
  };
  // Earlier quarter first, so the cache then holds this quarter for the next call.
  return { volume: byMeasure('volume'), revenue: byMeasure('revenue') };
}

/** Provider `p` of the last of `reports`; the attribution only when `withExplain`. */
export function providerRow(
  reports: readonly QuarterReport[],
  p: ProviderReport,
  explainCache: ExplainCache | undefined,
): ProviderRow {
  return {
    volumeShare: p.volumeShare,
    revenueShare: p.iaasShare,
    iaasShare: p.iaasShare,
    revenue: p.finance.revenue,
    ebita: p.finance.ebita,
    cash: p.finance.cash,
    debt: p.finance.debt,
    cashFloor: p.finance.cashFloor,
    decision: p.decision,
    reason: reasonJson(p.reason),
    ...(explainCache
      ? { explain: explainJson(reports, reports.length - 1, p.id, explainCache) }
      : {}),
  };
}
