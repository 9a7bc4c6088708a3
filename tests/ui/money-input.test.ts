// Money inputs speak the player's unit: 亿元 in Chinese (so 19.5 typed is 19.5 亿, i.e.
// CNY 1.95 B in the draft), CNY B in English.

import { describe, expect, it } from 'vitest';
import { fromInputValue, toInputValue } from '../../game/ui/view/money-input.ts';

describe('money inputs', () => {
  it('shows and reads 亿元 in Chinese', () => {
    expect(toInputValue(1.95, 'zh')).toBe('19.5');
    expect(fromInputValue('19.5', 'zh')).toBeCloseTo(1.95, 12);
  });
  it('shows and reads CNY B in English', () => {
    expect(toInputValue(1.95, 'en')).toBe('1.95');
    expect(fromInputValue('19.5', 'en')).toBe(19.5);
  });
  it('keeps an empty or unreadable entry as not-a-number, never as zero', () => {
    expect(fromInputValue(' ', 'zh')).toBeNaN();
    expect(fromInputValue('abc', 'en')).toBeNaN();
    expect(toInputValue(Number.NaN, 'zh')).toBe('');
  });
});
