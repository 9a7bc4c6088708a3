// The lines of the hover details, in the player's language. Pure, so they are unit-tested.

import { formatKGpu, formatMoney, formatPercent, formatSpend } from '../format.ts';
import { word } from '../words.ts';
import type { MapModel } from './map-model.ts';

/** Segment details: spend, then every provider with a visible share, largest first. */
export function segmentTooltip(model: MapModel, segment: number): string[] {
  const s = model.segments[segment];
  if (!s) return [];
  const lines = [s.name, `${word('spend', model.locale)}: ${formatSpend(s.spend, model.locale)}`];
  lines.push(`${word(model.measure === 'volume' ? 'sharesOfVolume' : 'sharesIn', model.locale)}:`);
  const ranked = s.shares
    .map((share, p) => ({ share, p }))
    .filter((x) => x.share >= 0.0005)
    .sort((a, b) => b.share - a.share);
  for (const { share, p } of ranked)
    lines.push(`  ${model.providers[p]?.name ?? '?'}  ${formatPercent(share)}`);
  return lines;
}

/** Provider details: share, revenue, EBITA, cash, GPUs and utilisation. */
export function providerTooltip(model: MapModel, provider: number): string[] {
  const p = model.providers[provider];
  if (!p) return [];
  const l = model.locale;
  return [
    p.name,
    `${word('volumeShare', l)}: ${formatPercent(p.volumeShare)}`,
    `${word('revenueShare', l)}: ${formatPercent(p.iaasShare)}`,
    `${word('revenue', l)}: ${formatSpend(p.revenue, l)}`,
    `${word('ebita', l)}: ${formatSpend(p.ebita, l)}`,
    `${word('cash', l)}: ${formatMoney(p.cash, l)}`,
    `${word('gpus', l)}: ${formatKGpu(p.gpu)} (${formatPercent(p.gpuUtilisation, 0)} ${word('used', l)})`,
    `CPU: ${formatPercent(p.cpuUtilisation, 0)} ${word('used', l)}`,
  ];
}
