// The map and the panels share one set of formatters (game/i18n/format.ts) and one vocabulary
// (i18n resources): a share reads "29.9%" on both, GPUs "千卡" in Chinese, money "亿元".

import { describe, expect, it } from 'vitest';
import { formatPercent, t } from '../../game/i18n/index.ts';
import { debtLine } from '../../game/render/model/tooltips.ts';
import { word } from '../../game/render/words.ts';

describe('the map speaks the panels’ formats', () => {
  it('prints percentages, money and words as the panels do, in both languages', () => {
    expect(formatPercent(0.299, 'en')).toBe('29.9%');
    expect(formatPercent(0.299, 'zh')).toBe('29.9%');
    expect(debtLine(7.2, 50, 'zh')).toBe('负债：72.0 亿元（信贷额度 500 亿元）');
    expect(debtLine(7.2, 50, 'en')).toBe('Debt: CNY 7.2 B of CNY 50.0 B credit limit');
    expect(word('cash', 'zh')).toBe(t('mapWords.cash', 'zh'));
    expect(word('cash', 'zh')).toBe('现金');
  });
});
