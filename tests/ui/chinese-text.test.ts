// Chinese as a Chinese teacher would write it: full-width punctuation next to Chinese text,
// money in 亿元 (never 十亿元), no word-for-word translations, and the notes a table of
// benchmarks needs (units, what the Lerner index is) in both languages.

import { describe, expect, it } from 'vitest';
import { en, t, zh } from '../../game/i18n/index.ts';
import { halfWidthNextToCjk, stringLeaves } from '../helpers/cjk-punctuation.ts';

const zhTexts = stringLeaves(zh);

describe('Chinese interface text', () => {
  it('the scan finds half-width punctuation against Chinese', () => {
    expect(halfWidthNextToCjk('阿里云 (你)')).not.toEqual([]);
    expect(halfWidthNextToCjk('北方云: 降价')).not.toEqual([]);
    expect(halfWidthNextToCjk('好,的')).not.toEqual([]);
    expect(halfWidthNextToCjk('EBITA (CNY B) · 1:2 · {{value}} / 100 · 阿里云（你）')).toEqual([]);
  });

  it('uses full-width punctuation next to Chinese characters', () => {
    const bad = zhTexts
      .map(([key, text]) => [key, halfWidthNextToCjk(text)] as const)
      .filter(([, hits]) => hits.length > 0);
    expect(bad).toEqual([]);
  });

  it('joins texts with full-width marks in Chinese and half-width ones in English', () => {
    expect(t('punct.pair', 'zh', { label: '北方云', value: '降价' })).toBe('北方云：降价');
    expect(t('punct.pair', 'en', { label: 'North Cloud', value: 'cut' })).toBe('North Cloud: cut');
    expect(t('punct.aside', 'zh', { text: '阿里云', note: '2024Q1' })).toBe('阿里云（2024Q1）');
    expect(t('punct.aside', 'en', { text: 'Hold', note: '2024Q1' })).toBe('Hold (2024Q1)');
    expect(`阿里云${t('report.youTag', 'zh')}`).toBe('阿里云（你）');
  });

  it('states money in 亿元, never 十亿元', () => {
    expect(zhTexts.filter(([, text]) => text.includes('十亿'))).toEqual([]);
    expect(zh.unit.moneyInput).toBe('亿元');
    expect(zh.report.chartRevenue).toContain('亿元');
    expect(zh.finance.chartDebt).toContain('亿元');
  });

  it('calls model-API tokens "token" as the source article does (百万tokens), never 词元', () => {
    expect(zhTexts.filter(([, text]) => text.includes('词元')).map(([k]) => k)).toEqual([]);
    expect(t('line.T', 'zh')).toBe('模型 API token');
    expect(t('debrief.priceToken', 'zh', { value: '0.30' })).toBe('0.30 元/百万 token');
  });

  it('avoids word-for-word translations', () => {
    const translationese = ['未解释的漂移', '漂移'];
    for (const phrase of translationese)
      expect(zhTexts.filter(([, text]) => text.includes(phrase)).map(([k]) => k)).toEqual([]);
  });

  it('explains the Lerner index and the benchmark price units in both languages', () => {
    expect(en.debrief.lernerNote).toMatch(/marginal cost/);
    expect(zh.debrief.lernerNote).toMatch(/边际成本/);
    for (const loc of ['en', 'zh'] as const) {
      expect(t('debrief.benchNote', loc, { origin: '2021Q2' })).toContain('2021Q2');
      expect(t('debrief.priceToken', loc, { value: '1.50' })).toMatch(/1\.50.*tokens?/);
      expect(t('debrief.priceIndex', loc, { value: '0.80' })).toMatch(/0\.80.*(index|指数)/);
    }
  });
});
