// The run as tidy CSV: one row per quarter × provider, with moves, shares and books, then one
// column per segment share (revenue, then volume). Reasons are given in both languages.
// Shares are fractions: iaas_share is the IaaS revenue share, volume_share the IaaS volume
// share (served RSU at constant 2021Q2 prices). The text starts with a UTF-8 byte order mark:
// without it Excel reads the file as the system's legacy code page and garbles the Chinese.

/** U+FEFF, written as EF BB BF in UTF-8. */
const BOM = '\uFEFF';

import { reasonText } from '../engine/index.ts';
import type { QuarterReport, Scenario } from '../engine/index.ts';

function cell(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(+value.toFixed(6)) : '';
  const text = value === undefined || value === null ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function runCsv(scenario: Scenario, reports: readonly QuarterReport[]): string {
  const segs = scenario.segments.map((s) => `share_${s.id}`);
  const volumeSegs = scenario.segments.map((s) => `volume_share_${s.id}`);
  const header = [
    'quarter',
    'provider',
    'controller',
    'policy',
    'price_change_C',
    'price_change_S',
    'price_change_T',
    'gpu_capex',
    'dc_capex',
    'rnd',
    'ecosystem',
    'security',
    'credit_deal',
    'project_exit',
    'iaas_share',
    'volume_share',
    'token_share',
    'revenue',
    'ebita',
    'cash',
    'debt',
    ...segs,
    ...volumeSegs,
    'reason_en',
    'reason_zh',
  ];
  const rows = [header.join(',')];
  for (const r of reports) {
    for (const p of r.providers) {
      const d = p.decision;
      rows.push(
        [
          r.quarter,
          p.id,
          p.controller,
          p.policy,
          d.price.C,
          d.price.S,
          d.price.T,
          d.gpuCapex,
          d.dcCapex,
          d.rnd,
          d.ecosystem,
          d.security,
          d.creditDeal.amount,
          d.projectExit,
          p.iaasShare,
          p.volumeShare,
          p.tokenShare,
          p.finance.revenue,
          p.finance.ebita,
          p.finance.cash,
          p.finance.debt,
          ...scenario.segments.map((_, s) => p.segmentShare[s]),
          ...scenario.segments.map((_, s) => p.segmentVolumeShare[s]),
          p.reason ? reasonText(p.reason).en : undefined,
          p.reason ? reasonText(p.reason).zh : undefined,
        ]
          .map(cell)
          .join(','),
      );
    }
  }
  return BOM + rows.join('\n') + '\n';
}
