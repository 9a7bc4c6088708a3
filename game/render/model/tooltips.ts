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

/** "Cash: CNY 5 B" / "现金：50 亿元": Chinese takes the full-width colon. */
function pair(label: string, value: string, locale: Locale): string {
  return locale === 'zh' ? `${label}：${value}` : `${label}: ${value}`;
}

/** "(80 % used)" / "（80 % 利用率）": Chinese takes full-width brackets. */
function aside(text: string, locale: Locale): string {
  return locale === 'zh' ? `（${text}）` : ` (${text})`;
}

/** Segment details: spend, then every provider with a visible share, largest first. */
export function segmentTooltip(model: MapModel, segment: number): string[] {
  const s = model.segments[segment];
  if (!s) return [];
  const l = model.locale;
  const lines = [s.name, pair(word('spend', l), formatSpend(s.spend, l), l)];
  lines.push(
    pair(word(model.measure === 'volume' ? 'sharesOfVolume' : 'sharesIn', l), '', l).trim(),
  );
  const ranked = s.shares
    .map((share, p) => ({ share, p }))
    .filter((x) => x.share >= 0.0005)
    .sort((a, b) => b.share - a.share);
  for (const { share, p } of ranked)
    lines.push(`  ${model.providers[p]?.name ?? '?'}  ${formatPercent(share, model.locale)}`);
  return lines;
}

/** "Debt: CNY 7.2 B of CNY 50.0 B credit limit" / "负债：72.2 亿元（信贷额度 500 亿元）". */
export function debtLine(debt: number, limit: number, locale: Locale): string {
  const head = pair(word('debt', locale), formatMoney(debt, locale), locale);
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
    pair(word('volumeShare', l), formatPercent(p.volumeShare, l), l),
    pair(word('revenueShare', l), formatPercent(p.iaasShare, l), l),
    pair(word('revenue', l), formatSpend(p.revenue, l), l),
    pair(word('ebita', l), formatSpend(p.ebita, l), l),
    pair(
      word('cash', l),
      formatMoney(p.cash, l) + aside(`${word('cashFloor', l)} ${formatMoney(p.cashFloor, l)}`, l),
      l,
    ),
    debtLine(p.debt, p.creditLimit, l),
    pair(word('interest', l), formatSpend(p.interestDue, l), l),
    ...(p.injected > 0 ? [`⚠ ${pair(word('injected', l), formatMoney(p.injected, l), l)}`] : []),
    pair(
      word('gpus', l),
      formatKgpu(p.gpu, l) +
        aside(`${formatPercent(p.gpuUtilisation, l, 0)} ${word('used', l)}`, l),
      l,
    ),
    pair('CPU', `${formatPercent(p.cpuUtilisation, l, 0)} ${word('used', l)}`, l),
  ];
}
