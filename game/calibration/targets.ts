// The calibration targets of the history run (MODEL.md §2.13, §2.15.8), with their sources.
// Shares are IDC public-cloud IaaS revenue shares; only Alibaba's and the top-5 sums are
// sourced, the other providers' vectors are MODEL.md's reconstruction.

export const SHARE_TARGETS = {
  /** H2 2022: Alibaba only, derived from IDC's H2 2023 share and its -5.5 pp YoY change. */
  H2_2022: { ALI: 0.326 },
  /** H1 2023 (F8; IDC via ailab.cn) and H2 2023 (derived from IDC half-on-half changes). */
  H1_2023: {
    ALI: 0.299,
    HUA: 0.136,
    TEN: 0.114,
    CTC: 0.12,
    AWS: 0.055,
    CMC: 0.05,
    BAI: 0.035,
    VOL: 0.015,
    OTH: 0.176,
  },
  H2_2023: {
    ALI: 0.271,
    HUA: 0.139,
    TEN: 0.11,
    CTC: 0.127,
    AWS: 0.05,
    CMC: 0.061,
    BAI: 0.035,
    VOL: 0.022,
    OTH: 0.185,
  },
  /** IDC H1 2023 top five (ALI, HUA, CTC, TEN, AWS) together: 72.4 % (MODEL.md §1.2, ailab.cn). */
  TOP5_H1_2023: 0.724,
} as const;

export const ACCEPTANCE = {
  aliH1_2021: { value: 0.378, tolerance: 0.001, source: 'F8' },
  aliH1_2023: { value: 0.299, tolerance: 0.005, source: 'F8' },
  marketGrowth: { value: 0.15, tolerance: 0.035, source: 'F7 and MODEL.md §1.1 (IDC IaaS in CNY)' },
  aliRevenueSlow: { max: 0.05, from: '2022Q3', to: '2024Q1', source: 'F1' },
  aliRevenue2024Q2: { value: 0.06, tolerance: 0.015, source: 'F3' },
  namedShare: { min: 0.5, source: 'DESIGN.md §3 calibration rule' },
} as const;
