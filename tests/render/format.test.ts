import { describe, expect, it } from 'vitest';
import {
  formatChange,
  formatKGpu,
  formatMoney,
  formatPercent,
  formatSpend,
} from '../../game/render/format.ts';

describe('number formats with units', () => {
  it('writes spend per quarter in CNY billions or 亿元', () => {
    expect(formatSpend(12.34, 'en')).toBe('CNY 12.3 B/qtr');
    expect(formatSpend(12.34, 'zh')).toBe('123 亿元/季');
    expect(formatSpend(0.253, 'zh')).toBe('2.53 亿元/季');
  });
  it('writes money stocks, percentages, price changes and GPUs', () => {
    expect(formatMoney(-1.5, 'en')).toBe('CNY -1.50 B');
    expect(formatMoney(150, 'zh')).toBe('1500 亿元');
    expect(formatPercent(0.299)).toBe('29.9 %');
    expect(formatChange(-0.15)).toBe('-15 %');
    expect(formatChange(0.05)).toBe('+5 %');
    expect(formatKGpu(12.34)).toBe('12.3 kGPU');
  });
});
