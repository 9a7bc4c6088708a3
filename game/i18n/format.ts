// Locale-aware numbers with units: money in CNY B ("CNY 12.3 B" / "123 亿元"), percentages,
// percentage points and GPUs. Pure functions, tested in tests/ui/format.test.ts.
//
// The one rule for signs: every number these functions return is read by a person (the game's
// panels, charts and map, the teacher's console), so a negative one carries the real minus sign
// U+2212, which is as wide as "+" and is not mistaken for a hyphen or a dash ("−15%", not
// "-15%"). Files meant for machines (CSV, JSON, saves, replays, the CLI's --format json) never
// come through here: they write numbers with String() or toFixed() and keep the ASCII '-' that
// spreadsheets and parsers read. Inputs a player edits keep ASCII too (game/ui/view/money-input.ts).

import type { Locale } from './locale.ts';
import { t } from './translate.ts';

const tags: Record<Locale, string> = { en: 'en-US', zh: 'zh-CN' };
const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(tags[locale], options);
    cache.set(key, f);
  }
  return f;
}

/** The minus sign of every number shown on screen (see the rule above). */
export const MINUS = '\u2212';

/** Intl's text with its sign written as U+2212; Intl itself writes a hyphen-minus in en and zh. */
function shown(format: Intl.NumberFormat, value: number): string {
  let text = '';
  for (const part of format.formatToParts(value))
    text += part.type === 'minusSign' ? MINUS : part.value;
  return text;
}

/** Digits for a magnitude: 2 below 10, 1 below 100, none above. */
function digitsFor(value: number): number {
  const a = Math.abs(value);
  if (a < 10) return a < 1 ? 2 : 1;
  return a < 100 ? 1 : 0;
}

/**
 * Intl options for `digits` decimals with the sign shown as `sign` ('negative': a loss that
 * rounds to zero reads "0.0", never "−0.0"; 'exceptZero': "+3", "−10", "0"), as a percentage
 * when `percent`.
 */
function fixed(
  digits: number,
  sign: 'negative' | 'exceptZero',
  percent = false,
): Intl.NumberFormatOptions {
  return {
    ...(percent ? { style: 'percent' as const } : {}),
    signDisplay: sign,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  };
}

export function formatNumber(value: number, locale: Locale, digits?: number): string {
  if (!Number.isFinite(value)) return '—';
  return shown(numberFormat(locale, fixed(digits ?? digitsFor(value), 'negative')), value);
}

/** A signed count or level change: −10 → "−10", 3 → "+3", 0 → "0". */
export function formatSigned(value: number, locale: Locale, digits = 0): string {
  if (!Number.isFinite(value)) return '—';
  return shown(numberFormat(locale, fixed(digits, 'exceptZero')), value);
}

/** Money given in CNY billions: "CNY 12.3 B" in English, "123 亿元" in Chinese (1 B = 10 亿). */
export function formatMoney(billions: number, locale: Locale): string {
  if (!Number.isFinite(billions)) return '—';
  const value = locale === 'zh' ? billions * 10 : billions;
  // A small amount that is not zero keeps two decimals: interest of 0.03 B must not read "0.0".
  const size = Math.abs(value);
  const d = size >= 100 ? 0 : size > 0 && size < 0.095 ? 2 : 1;
  return t('unit.money', locale, { value: formatNumber(value, locale, d) });
}

/** A fraction as a percentage: 0.317 → "31.7%". */
export function formatPercent(fraction: number, locale: Locale, digits = 1): string {
  if (!Number.isFinite(fraction)) return '—';
  return shown(numberFormat(locale, fixed(digits, 'negative', true)), fraction);
}

/** A signed change as a percentage: -0.15 → "−15%", 0.1 → "+10%". */
export function formatChange(fraction: number, locale: Locale, digits = 0): string {
  if (!Number.isFinite(fraction)) return '—';
  return shown(numberFormat(locale, fixed(digits, 'exceptZero', true)), fraction);
}

/** A share change in percentage points: 0.005 → "+0.5 pp" / "+0.5 个百分点". */
export function formatPoints(fraction: number, locale: Locale, digits = 1): string {
  if (!Number.isFinite(fraction)) return '—';
  const points = shown(numberFormat(locale, fixed(digits, 'exceptZero')), fraction * 100);
  return t('unit.pp', locale, { value: points });
}

/** Thousands of GPUs: "12.3 kGPU" / "12.3 千卡". */
export function formatKgpu(kgpu: number, locale: Locale): string {
  return t('unit.kgpu', locale, { value: formatNumber(kgpu, locale, 1) });
}

/** A quarterly flow of money in CNY billions, small amounts kept readable: "CNY 0.23 B/qtr". */
export function formatMoneyPerQuarter(billions: number, locale: Locale): string {
  if (!Number.isFinite(billions)) return '—';
  const value = locale === 'zh' ? billions * 10 : billions;
  return t('unit.moneyPerQuarter', locale, { value: formatNumber(value, locale) });
}

/** A yearly rate: 0.05 → "5%", 0.035 → "3.5%". */
export function formatRate(fraction: number, locale: Locale): string {
  const tenths = Math.round(fraction * 1000);
  return formatPercent(fraction, locale, tenths % 10 === 0 ? 0 : 1);
}
