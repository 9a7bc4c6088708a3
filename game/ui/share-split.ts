// The two shares in words: how this quarter's own price move split into the volume it won or
// lost and what each unit now earns, from the distributed-lag attribution of both shares.

import { attributeTrajectory, explainQuarter } from '../engine/index.ts';
import type { Attribution, QuarterReport, ShareMeasure } from '../engine/index.ts';
import { formatPercent, formatPoints, t } from '../i18n/index.ts';
import { ownPriceMove } from '../session/price-move.ts';
import type { PriceMove } from '../session/price-move.ts';
import type { Locale } from '../i18n/index.ts';

/** The attribution of the last report's share change (explainQuarter of the last index).
 * Not cached here: the component that draws it memoises it for as long as it is on screen. */
export function lastQuarterAttribution(
  reports: readonly QuarterReport[],
  provider: string,
  measure: ShareMeasure,
  segment?: string,
): Attribution {
  return explainQuarter(reports, reports.length - 1, provider, { measure, segment });
}

/** Smallest own price move (against the market path) worth a sentence: half a percent. */
const MIN_MOVE = 0.005;

/** What own prices did to one share: this quarter's move at once, earlier moves since. */
export interface OwnPriceEffect {
  now: number; // immediate effect of this quarter's move (one-quarter walk), fraction
  later: number; // catch-up still arriving from earlier moves, fraction
}

/**
 * Splits the lagged own-price part of the last report into this quarter's immediate effect
 * (the one-quarter walk, which credits nothing carried over) and what earlier moves still
 * brought as customers kept switching (0 when there was no earlier move to catch up on).
 */
export function ownPriceEffects(
  reports: readonly QuarterReport[],
  provider: string,
): { volume: OwnPriceEffect; revenue: OwnPriceEffect } {
  const report = reports[reports.length - 1]!;
  // Catch-up needs an earlier move: without one in the last four quarters, the small gap
  // between the two attributions is interaction with other drivers, not customers switching.
  const moved = reports
    .slice(-5, -1)
    .some((r) => Math.abs(ownPriceMove(r, provider).path) >= MIN_MOVE);
  const of = (measure: ShareMeasure): OwnPriceEffect => {
    const now = attributeTrajectory([report], provider, { measure }).parts.ownPrices;
    const lagged = lastQuarterAttribution(reports, provider, measure).parts.ownPrices;
    return { now, later: moved ? lagged - now : 0 };
  };
  return { volume: of('volume'), revenue: of('revenue') };
}

/**
 * Sentences a student can read: the volume effect and the price-per-unit effect of this
 * quarter's own price move, then what earlier moves still brought (each only if visible).
 */
export function priceSplitText(
  move: PriceMove,
  volume: OwnPriceEffect,
  revenue: OwnPriceEffect,
  loc: Locale,
): string[] {
  const out: string[] = [];
  const points = (v: number) => formatPoints(Math.abs(v), loc, 2).replace(/^\+/, '');
  const pct = (v: number) => formatPercent(Math.abs(v), loc, 0);
  const effects = {
    volume: points(volume.now),
    moved: t(revenue.now >= 0 ? 'report.rose' : 'report.fell', loc),
    revenue: points(revenue.now),
  };
  if (Math.abs(move.path) >= MIN_MOVE) {
    // Held list prices while the market moved: the player did not "raise" anything, the
    // market left them behind; each unit earns what it did.
    if (Math.abs(move.list) < MIN_MOVE)
      out.push(
        t(move.path > 0 ? 'report.priceHeldDearer' : 'report.priceHeldCheaper', loc, {
          pct: pct(move.path),
          ...effects,
        }),
      );
    else
      out.push(
        t(move.path < 0 ? 'report.priceCut' : 'report.priceRise', loc, {
          pct: pct(move.path),
          unit: pct(move.list),
          earns: t(move.list < 0 ? 'report.earnsLess' : 'report.earnsMore', loc),
          ...effects,
        }),
      );
  }
  if (Math.abs(volume.later) >= 0.0005)
    out.push(
      t('report.priceLater', loc, {
        volume: formatPoints(volume.later, loc, 2),
        revenue: formatPoints(revenue.later, loc, 2),
      }),
    );
  return out;
}
