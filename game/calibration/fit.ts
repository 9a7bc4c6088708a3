// The shapes the calibration fits work with: a half-year share target, and the residual (an
// offset and a drift per provider, MODEL.md §2.13 step 3) written back into a scenario. The
// named trends replaced the residual's fit (fit-trends.ts fits both, when a residual is asked
// for); the fringe (OTH) is the normalisation and has no residual.

export type Residuals = Record<string, { offset: number; drift: number }>;

export interface HalfYearTarget {
  year: number;
  half: 1 | 2;
  shares: Readonly<Record<string, number>>;
  /** Summed share of IDC's top five (ALI, HUA, CTC, TEN, AWS), where sourced. */
  top5?: number;
}
