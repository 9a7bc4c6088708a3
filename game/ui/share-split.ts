// The two shares in words: how this quarter's own price move split into the volume it won or
// lost and what each unit now earns, from the distributed-lag attribution of both shares.
// Attributions are cached per report list, because the side panel and the report both ask.

import { explainQuarter } from '../engine/index.ts';
import type { Attribution, QuarterReport, ShareMeasure } from '../engine/index.ts';
import { formatPercent, formatPoints, t } from '../i18n/index.ts';
import type { Locale } from '../i18n/index.ts';

const cache = new WeakMap<readonly QuarterReport[], Map<string, Attribution>>();

/** explainQuarter of the last report, memoised on the (immutable) report list. */
export function lastQuarterAttribution(
  reports: readonly QuarterReport[],
  provider: string,
  measure: ShareMeasure,
  segment?: string,
): Attribution {
  let byKey = cache.get(reports);
  if (!byKey) cache.set(reports, (byKey = new Map()));
  const key = `${provider}|${measure}|${segment ?? '*'}`;
  let a = byKey.get(key);
  if (!a) {
    a = explainQuarter(reports, reports.length - 1, provider, { measure, segment });
    byKey.set(key, a);
  }
  return a;
}

/**
 * The provider's own C and S price move this quarter against the market's reference path,
 * weighted by its revenue in each line (fraction: -0.4 = 40 % below the path it was on).
 */
export function ownPriceMove(report: QuarterReport, provider: string): number {
  const p = report.providers.findIndex((x) => x.id === provider);
  let weighted = 0;
  let weight = 0;
  for (const m of report.markets) {
    if (m.line >= 2 || !m.active[p]) continue;
    const before = m.previousPrices[p]!;
    if (!(before > 0)) continue;
    const move = m.prices[p]! / (before * m.referenceChange) - 1;
    const revenue = m.prices[p]! * m.served[p]!;
    weighted += move * revenue;
    weight += revenue;
  }
  return weight > 0 ? weighted / weight : 0;
}

/** One sentence a student can read: the volume effect and the price-per-unit effect. */
export function priceSplitText(
  move: number,
  volume: number,
  revenue: number,
  loc: Locale,
): string | null {
  const moved = t(revenue >= 0 ? 'report.rose' : 'report.fell', loc);
  const points = (v: number) => formatPoints(Math.abs(v), loc, 2).replace(/^\+/, '');
  if (Math.abs(move) >= 0.005)
    return t(move < 0 ? 'report.priceCut' : 'report.priceRise', loc, {
      pct: formatPercent(Math.abs(move), loc, 0),
      volume: points(volume),
      moved,
      revenue: points(revenue),
    });
  if (Math.abs(volume) >= 0.0005)
    return t('report.priceLater', loc, {
      volume: formatPoints(volume, loc, 2),
      revenue: formatPoints(revenue, loc, 2),
    });
  return null;
}
