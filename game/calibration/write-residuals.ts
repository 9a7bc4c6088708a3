// Writes fitted residuals back into a scenario file's text, one `residual:` line per provider
// block, leaving every other line (comments, layout, citations) untouched.

import type { Residuals } from './fit.ts';

function round(value: number, digits: number): number {
  return Number(value.toFixed(digits));
}

export function residualLine(r: { offset: number; drift: number }): string {
  return `    residual: { offset: { value: ${round(r.offset, 4)}, source: calibrated }, drift: { value: ${round(r.drift, 5)}, source: calibrated } }`;
}

export function writeResiduals(text: string, residuals: Residuals): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let current: string | undefined;
  let written = false;
  const flush = (): void => {
    current = undefined;
    written = false;
  };
  for (const line of lines) {
    const block = /^ {2}- id: ([A-Z][A-Z0-9]*)\s*$/.exec(line);
    if (block) {
      flush();
      current = residuals[block[1]!] ? block[1] : undefined;
    } else if (/^\S/.test(line)) flush();
    if (current && /^ {4}residual:/.test(line)) {
      out.push(residualLine(residuals[current]!));
      written = true;
      continue;
    }
    if (current && !written && /^ {4}policy:/.test(line)) {
      out.push(residualLine(residuals[current]!));
      written = true;
    }
    out.push(line);
  }
  return out.join('\n');
}
