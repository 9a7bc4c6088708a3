// Every DecisionError code (engine and session) has a text in both languages, and a limit is
// told in its field's unit from DECISION_FIELDS.

import { describe, expect, it } from 'vitest';
import { DECISION_ERROR_CODES, codeName } from '../../game/engine/index.ts';
import { hasKey } from '../../game/i18n/index.ts';
import { errorText, formatLimit } from '../../game/ui/error-text.ts';

describe('error codes', () => {
  it.each(DECISION_ERROR_CODES.map((c) => [c]))('%s has an en and a zh text', (code) => {
    expect(hasKey(`err.${codeName(code)}`, 'en')).toBe(true);
    expect(hasKey(`err.${codeName(code)}`, 'zh')).toBe(true);
  });

  it('translates a listed code and passes an unlisted one through', () => {
    const listed = errorText(
      { field: 'gpuCapex', code: 'decision/above_maximum', message: 'x', limit: 12 },
      'zh',
    );
    expect(listed).toContain('120 亿元');
    const other = { field: 'x', code: 'server/slow', message: 'the server is slow' };
    expect(errorText(other as never, 'en')).toBe('the server is slow');
  });

  it('tells money in CNY, price changes signed and fractions in percent', () => {
    expect(formatLimit('creditDeal.amount', 2, 'en')).toBe(formatLimit('budget', 2, 'en'));
    expect(formatLimit('creditDeal.amount', 2, 'en')).toMatch(/CNY/);
    expect(formatLimit('price.C', -0.1, 'en')).toMatch(/^[−-]10/);
    expect(formatLimit('trainShare', 0.6, 'en')).toMatch(/60/);
  });
});
