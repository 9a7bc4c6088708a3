// Time series for the report charts, one per provider, from the quarter reports.

import type { QuarterReport, Scenario } from '../engine/index.ts';

export type Metric = 'share' | 'volumeShare' | 'price' | 'revenue' | 'margin' | 'debt';

export interface Series {
  id: string;
  colour: string;
  values: (number | null)[];
}

/** Compute (line C) list price of provider p in a report, from any market that sells it. */
function computePrice(report: QuarterReport, p: number): number | null {
  for (const m of report.markets) if (m.line === 0 && m.active[p]) return m.prices[p] ?? null;
  return null;
}

export function metricSeries(
  scenario: Scenario,
  reports: readonly QuarterReport[],
  metric: Metric,
): Series[] {
  return scenario.providers
    .map((spec, p) => {
      const base = reports.map((r) => computePrice(r, p)).find((v) => v !== null) ?? null;
      const values = reports.map((r) => {
        const pr = r.providers[p];
        if (!pr) return null;
        switch (metric) {
          case 'share':
            return spec.iaas ? pr.iaasShare * 100 : null;
          case 'volumeShare':
            return spec.iaas ? pr.volumeShare * 100 : null;
          case 'price': {
            const price = computePrice(r, p);
            return price !== null && base ? (100 * price) / base : null;
          }
          case 'revenue':
            return pr.finance.revenue;
          case 'margin':
            return pr.finance.revenue > 0 ? (100 * pr.finance.ebita) / pr.finance.revenue : null;
          case 'debt':
            return pr.finance.debt;
        }
      });
      return { id: spec.id, colour: spec.colour, values };
    })
    .filter((s) => s.values.some((v) => v !== null));
}
