// reasonText (contract C2) renders a reason from its parameters only, in both languages.

import { describe, expect, it } from 'vitest';
import { REASON_CODES, reasonText } from '../../game/engine/index.ts';

const SAMPLE = {
  rival: 'ALI',
  rivalEn: 'Alibaba Cloud',
  rivalZh: '阿里云',
  rivalChange: -0.4,
  rivalCut: 0.38,
  rivalPrice: 0.6,
  gap: 0.38,
  gapAfter: -0.031,
  gapSign: 1,
  threshold: 0.15,
  markup: 0.05,
  fraction: 0.5,
  trigger: 'price',
  shareLoss: 0.011,
  utilisation: 0.55,
  unitCost: 0.64,
  price: 0.82,
  lerner: 0.35,
  margin: 0.22,
  losses: 2.5,
  budget: 15,
  computePrice: 0.54,
  costKnown: 'yes',
  openSource: 'no',
  quarter: '2023Q2',
  quartersLeft: 1,
  candidates: 16,
  forecast: 0.52,
  baseline: 0.41,
  bestC: -0.05,
  bestS: -0.04,
  ownC: -0.031,
  ownS: -0.04,
  step: 0.25,
  cash: 1.5,
  floor: 1,
  scale: 0.4,
  en: 'April 2023: cut core products 15-50%.',
  zh: '2023 年 4 月：核心产品降价 15%-50%。',
  C: -0.08,
  S: -0.09,
  T: -0.5,
  tokenPrice: 0.8,
};

describe('reasonText', () => {
  it.each(REASON_CODES)('renders %s in both languages, zh with full-width punctuation', (code) => {
    const text = reasonText({ code, params: SAMPLE });
    expect(text.en.length).toBeGreaterThan(20);
    expect(text.zh.length).toBeGreaterThan(8);
    expect(text.zh).not.toMatch(/[,;:]/);
    expect(text.en).not.toMatch(/NaN|undefined/);
    expect(text.zh).not.toMatch(/NaN|undefined/);
  });

  it('states the price changes the parameters carry, and only those', () => {
    const text = reasonText({ code: 'script', params: { en: 'Cut.', zh: '降价。', C: -0.08 } });
    expect(text.en).toBe('Cut. Prices: compute −8.0%.');
    expect(text.zh).toBe('降价。调价：算力 −8.0%。');
  });

  // The game's typography (game/i18n/format.ts) holds in the engine's texts too: a negative
  // number carries U+2212, and no space stands between a number and "%".
  it.each(REASON_CODES)('%s signs negatives with U+2212 and writes 8.0%, not 8.0 %', (code) => {
    const losing = { ...SAMPLE, forecast: -0.35, baseline: -1.2, cash: -0.5 };
    const text = reasonText({ code, params: losing });
    for (const words of [text.en, text.zh]) {
      expect(words).not.toMatch(/\d\s%/);
      expect(words).not.toMatch(/(^|[\s(（：:，,])-\d/);
    }
  });

  it('writes a forecast loss with the minus sign in both languages', () => {
    const text = reasonText({
      code: 'best-response',
      params: { ...SAMPLE, forecast: -0.35, baseline: -1.2 },
    });
    expect(text.en).toContain('EBITA of CNY \u22120.35 B next quarter');
    expect(text.en).toContain('against CNY \u22121.2 B');
    expect(text.zh).toContain('EBITA \u22123.50 亿元');
    expect(text.zh).toContain('则为 \u221212.0 亿元');
  });

  it.each(['margin-trim', 'penetration-compute', 'best-response'])(
    '%s prints compute prices as indexes and says so in both languages',
    (code) => {
      const text = reasonText({ code, params: SAMPLE });
      expect(text.en).toMatch(/\d\.\d\d, (both )?indexed to a start price of 1/);
      expect(text.zh).toMatch(/\d\.\d\d，(均)?以期初价格为 1/);
    },
  );

  it('names the rival from the parameters, in each language', () => {
    const text = reasonText({ code: 'punish', params: SAMPLE });
    expect(text.en).toContain('Alibaba Cloud cut 38.0%');
    expect(text.en).toContain('3.1% under theirs');
    expect(text.zh).toContain('阿里云于 2023Q2');
  });

  it('appends the cash-buffer clause when asked', () => {
    const text = reasonText({
      code: 'track-path',
      params: { then: 'cash-buffer', cash: 1.5, floor: 1, scale: 0.4 },
    });
    expect(text.en).toContain('Cash CNY 1.5 B against a floor of CNY 1.0 B');
    expect(text.zh).toContain('现金 15.0 亿元');
  });

  it('falls back to the code for an unknown reason rather than inventing text', () => {
    expect(reasonText({ code: 'mystery', params: {} })).toEqual({ en: 'mystery', zh: 'mystery' });
  });
});
