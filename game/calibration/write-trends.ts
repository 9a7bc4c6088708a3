// Writes fitted trend sizes back into a scenario file's text: the `perQuarter` of each
// single-provider trend effect line, leaving every other line (comments, layout, citations)
// untouched. Residuals go through write-residuals.ts.

import type { TrendParameter } from './fit-trends.ts';

export function writeTrendSizes(
  text: string,
  params: readonly TrendParameter[],
  values: readonly number[],
): string {
  let out = text;
  params.forEach((p, i) => {
    if (p.kind !== 'trend') return;
    const line = new RegExp(
      `(kind: trend, driver: ${p.driver}, providers: \\[${p.provider}\\],.*?perQuarter: \\{ value: )(-?[0-9.e+-]+)(, source: calibrated \\})`,
      'g',
    );
    const value = Number(values[i]!.toFixed(5));
    const next = out.replace(
      line,
      (_, head: string, _old: string, tail: string) => `${head}${value}${tail}`,
    );
    if (next === out && !line.test(out))
      throw new Error(`no trend line for ${p.driver} ${p.provider} to write`);
    out = next;
  });
  return out;
}
