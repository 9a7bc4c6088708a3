import { describe, expect, it } from 'vitest';
import {
  en,
  formatChange,
  formatKgpu,
  formatMoney,
  formatMoneyPerQuarter,
  formatNumber,
  formatPercent,
  formatRate,
  formatPoints,
  formatSigned,
  MINUS,
  t,
  tx,
  zh,
} from '../../game/i18n/index.ts';

function leaves(obj: object, prefix = ''): [string, string][] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'string'
      ? [[prefix + k, v] as [string, string]]
      : leaves(v as object, `${prefix}${k}.`),
  );
}

describe('i18n resources', () => {
  it('has every English key in Chinese, non-empty, with the same placeholders', () => {
    const zhMap = new Map(leaves(zh));
    for (const [key, value] of leaves(en)) {
      const other = zhMap.get(key);
      expect(other, key).toBeTruthy();
      const names = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      expect(names(other!), key).toEqual(names(value));
    }
    expect(zhMap.size).toBe(leaves(en).length);
  });

  it('translates with values, per locale', () => {
    expect(t('decision.endQuarter', 'en')).toBe('End quarter');
    expect(t('decision.endQuarter', 'zh')).toBe('结束本季度');
    expect(t('start.start', 'zh')).toBe('开始游戏');
    expect(t('cover.heading', 'en', { name: 'NCL' })).toBe('Pass to NCL');
    expect(tx({ en: 'a', zh: '甲' }, 'zh')).toBe('甲');
  });
});

describe('number formatting', () => {
  it('writes money with units in both languages', () => {
    expect(formatMoney(12.345, 'en')).toBe('CNY 12.3 B');
    expect(formatMoney(12.345, 'zh')).toBe('123 亿元');
    expect(formatMoney(1234.5, 'en')).toBe('CNY 1,235 B');
    expect(formatMoney(Number.NaN, 'en')).toBe('—');
    // A small amount that is not zero never reads as zero (interest paid over a game).
    expect(formatMoney(0.03, 'en')).toBe('CNY 0.03 B');
    expect(formatMoney(-0.004, 'zh')).toBe('\u22120.04 亿元');
    expect(formatMoney(0, 'en')).toBe('CNY 0.0 B');
    expect(formatMoney(0.096, 'en')).toBe('CNY 0.1 B');
  });

  it('writes percentages, changes and points', () => {
    expect(formatPercent(0.317, 'en')).toBe('31.7%');
    expect(formatChange(-0.15, 'en')).toBe('\u221215%');
    expect(formatChange(0.1, 'zh')).toBe('+10%');
    expect(formatChange(0, 'en')).toBe('0%');
    expect(formatPoints(0.005, 'en')).toBe('+0.5 pp');
    expect(formatPoints(-0.012, 'zh')).toBe('\u22121.2 个百分点');
    expect(formatKgpu(12.34, 'en')).toBe('12.3 kGPU');
  });

  // The sign rule (game/i18n/format.ts): a negative number on screen carries U+2212, never the
  // hyphen-minus Intl writes, in both languages and through every formatter.
  it('writes every negative number with the minus sign U+2212, never a hyphen', () => {
    expect(MINUS).toBe('\u2212');
    const negatives = (['en', 'zh'] as const).flatMap((loc) => [
      formatNumber(-1234.5, loc, 1),
      formatSigned(-10, loc),
      formatMoney(-12.3, loc),
      formatMoneyPerQuarter(-0.5, loc),
      formatPercent(-0.125, loc),
      formatChange(-0.2, loc),
      formatPoints(-0.004, loc),
      formatKgpu(-3, loc),
      formatRate(-0.05, loc),
    ]);
    for (const text of negatives) {
      expect(text, text).toContain(MINUS);
      expect(text, text).not.toContain('-');
    }
    expect(formatNumber(-1234.5, 'en', 1)).toBe('\u22121,234.5');
    expect(formatMoney(-12.3, 'en')).toBe('CNY \u221212.3 B');
    expect(formatPercent(-0.125, 'zh')).toBe('\u221212.5%');
  });

  it('signs counts and changes, and never writes a minus on a number shown as zero', () => {
    expect(formatSigned(-10, 'en')).toBe('\u221210');
    expect(formatSigned(3, 'zh')).toBe('+3');
    expect(formatSigned(0.2, 'en', 1)).toBe('+0.2');
    expect(formatSigned(-0.2, 'en')).toBe('0');
    expect(formatNumber(-0.001, 'en', 1)).toBe('0.0');
    expect(formatPercent(-0.0001, 'en')).toBe('0.0%');
    expect(formatChange(-0.001, 'zh')).toBe('0%');
    expect(formatSigned(Number.NaN, 'en')).toBe('—');
  });
});

describe('finance formatting', () => {
  it('keeps small quarterly interest readable, in CNY B or 亿元 per quarter', () => {
    expect(formatMoneyPerQuarter(0.0903, 'en')).toBe('CNY 0.09 B/qtr');
    expect(formatMoneyPerQuarter(0.0903, 'zh')).toBe('0.90 亿元/季');
    expect(formatMoneyPerQuarter(2.345, 'en')).toBe('CNY 2.3 B/qtr');
    expect(formatMoneyPerQuarter(Number.NaN, 'zh')).toBe('—');
  });

  it('writes yearly rates with a decimal only when they have one', () => {
    expect(formatRate(0.05, 'en')).toBe('5%');
    expect(formatRate(0.035, 'zh')).toBe('3.5%');
  });
});
