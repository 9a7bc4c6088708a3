// The lines of the hover details, in the player's language. Pure, so they are unit-tested.

import {
  formatKgpu,
  formatMoney,
  formatMoneyPerQuarter as formatSpend,
  formatPercent,
} from '../../i18n/index.ts';
import type { Locale } from '../../i18n/index.ts';
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
    lines.push(`  ${model.providers[p]?.name ?? '?'}  ${formatPercent(share, model.locale)}`);
  return lines;
}

/** "Debt: CNY 7.2 B of CNY 50.0 B credit limit" / "负债: 72.2 亿元（信贷额度 500 亿元）". */
export function debtLine(debt: number, limit: number, locale: Locale): string {
  const head = `${word('debt', locale)}: ${formatMoney(debt, locale)}`;
  const cap = formatMoney(limit, locale);
  return locale === 'zh'
    ? `${head}（${word('creditLimit', locale)} ${cap}）`
    : `${head} of ${cap} ${word('creditLimit', locale)}`;
}

/** Provider details: share, revenue, EBITA, cash and debt, GPUs and utilisation. */
export function providerTooltip(model: MapModel, provider: number): string[] {
  const p = model.providers[provider];
  if (!p) return [];
  const l = model.locale;
  return [
    p.name,
    `${word('volumeShare', l)}: ${formatPercent(p.volumeShare, l)}`,
    `${word('revenueShare', l)}: ${formatPercent(p.iaasShare, l)}`,
    `${word('revenue', l)}: ${formatSpend(p.revenue, l)}`,
    `${word('ebita', l)}: ${formatSpend(p.ebita, l)}`,
    `${word('cash', l)}: ${formatMoney(p.cash, l)} (${word('cashFloor', l)} ${formatMoney(p.cashFloor, l)})`,
    debtLine(p.debt, p.creditLimit, l),
    `${word('interest', l)}: ${formatSpend(p.interestDue, l)}`,
    ...(p.injected > 0 ? [`⚠ ${word('injected', l)}: ${formatMoney(p.injected, l)}`] : []),
    `${word('gpus', l)}: ${formatKgpu(p.gpu, l)} (${formatPercent(p.gpuUtilisation, l, 0)} ${word('used', l)})`,
    `CPU: ${formatPercent(p.cpuUtilisation, l, 0)} ${word('used', l)}`,
  ];
}
