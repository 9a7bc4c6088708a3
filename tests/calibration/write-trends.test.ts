// `npm run calibrate -- --fit` writes fitted trend rates into the scenario text: only the
// `perQuarter` value of the named trend line changes, and a trend the file lacks is an error
// (nothing is written then).
import { describe, expect, it } from 'vitest';
import type { TrendParameter } from '../../game/calibration/fit-trends.ts';
import { writeTrendSizes } from '../../game/calibration/write-trends.ts';

const TEXT = [
  'events:',
  '  - id: state-buyers-trend',
  '    # a comment stays',
  '    effects:',
  '      - { kind: trend, driver: stateBuyers, providers: [HUA], segments: [GOV], lines: [C, S], perQuarter: { value: 0, source: calibrated }, quarters: { value: 11, source: derived } }',
  '      - { kind: trend, driver: stateBuyers, providers: [CTC], segments: [GOV], lines: [C, S], perQuarter: { value: 0.3, source: calibrated }, quarters: 11 }',
  '      - { kind: trend, driver: inSourcing, providers: [HUA], segments: [INT], lines: [C, S], perQuarter: { value: 0.1, source: calibrated }, quarters: 11 }',
].join('\n');

describe('writeTrendSizes', () => {
  it('rewrites only the perQuarter value of each fitted trend line', () => {
    const params: TrendParameter[] = [
      { kind: 'trend', driver: 'stateBuyers', provider: 'HUA' },
      { kind: 'trend', driver: 'stateBuyers', provider: 'CTC' },
    ];
    const out = writeTrendSizes(TEXT, params, [0.123456789, -0.05]).split('\n');
    const lines = TEXT.split('\n');
    expect(out[4]).toBe(
      lines[4]!.replace('value: 0, source: calibrated', 'value: 0.12346, source: calibrated'),
    );
    expect(out[5]).toBe(lines[5]!.replace('value: 0.3,', 'value: -0.05,'));
    // Same provider, other driver: untouched; so are the comment and the rest.
    expect(out.filter((l, i) => i !== 4 && i !== 5)).toEqual(
      lines.filter((l, i) => i !== 4 && i !== 5),
    );
  });

  it('refuses a trend the file does not have', () => {
    const params: TrendParameter[] = [{ kind: 'trend', driver: 'inSourcing', provider: 'CTC' }];
    expect(() => writeTrendSizes(TEXT, params, [0.1])).toThrow(/inSourcing CTC/);
  });
});
