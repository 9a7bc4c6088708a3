// Numbers with units, in the player's language. Money is CNY billions in the engine; Chinese
// readers count it in 亿元 (1 B = 10 亿).

import type { Locale } from '../store/index.ts';

function fixed(value: number): string {
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
  return (Object.is(value, -0) ? 0 : value).toFixed(digits);
}

/** A stock of money: "CNY 12.3 B" / "123 亿元". */
export function formatMoney(cnyB: number, locale: Locale): string {
  return locale === 'zh' ? `${fixed(cnyB * 10)} 亿元` : `CNY ${fixed(cnyB)} B`;
}

/** A quarterly flow of money: "CNY 12.3 B/qtr" / "123 亿元/季". */
export function formatSpend(cnyB: number, locale: Locale): string {
  return locale === 'zh' ? `${fixed(cnyB * 10)} 亿元/季` : `CNY ${fixed(cnyB)} B/qtr`;
}

/** A fraction as a percentage: 0.299 → "29.9 %". */
export function formatPercent(fraction: number, digits = 1): string {
  return `${(fraction * 100).toFixed(digits)} %`;
}

/** A price change as a whole percentage with its sign: -0.15 → "-15 %". */
export function formatChange(fraction: number): string {
  const pct = Math.round(fraction * 100);
  return `${pct > 0 ? '+' : ''}${pct} %`;
}

/** Installed GPUs, kept in thousands: "12.3 kGPU". */
export function formatKGpu(kGpu: number): string {
  return `${fixed(kGpu)} kGPU`;
}

/** CPU/storage capacity in resource units per quarter: "120 RSU". */
export function formatRsu(rsu: number): string {
  return `${fixed(rsu)} RSU`;
}
