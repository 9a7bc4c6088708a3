// The history run must reproduce the public figures the game is calibrated on (DESIGN.md §3,
// MODEL.md §2.15.8). One run feeds every assertion.
import { beforeAll, describe, expect, it } from 'vitest';
import { calibrationFigures } from '../../game/calibration/report.ts';
import type { CalibrationFigures } from '../../game/calibration/report.ts';
import { ACCEPTANCE } from '../../game/calibration/targets.ts';
import { loadScenarioFile } from '../../game/scenario/load-file.ts';

let figures: CalibrationFigures;

beforeAll(async () => {
  const loaded = await loadScenarioFile('scenarios/china-2021-long-slide.yaml');
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  figures = calibrationFigures(loaded.scenario);
});

describe('history calibration of china-2021-long-slide', () => {
  it('starts Alibaba at 37.8 % of IaaS in H1 2021 (F8)', () => {
    expect(Math.abs(figures.aliH1_2021 - ACCEPTANCE.aliH1_2021.value)).toBeLessThanOrEqual(
      ACCEPTANCE.aliH1_2021.tolerance,
    );
  });
  it('brings Alibaba to 29.9 ± 0.5 % in H1 2023 (F8)', () => {
    expect(Math.abs(figures.aliH1_2023 - ACCEPTANCE.aliH1_2023.value)).toBeLessThanOrEqual(
      ACCEPTANCE.aliH1_2023.tolerance,
    );
  });
  it('grows the IaaS market 15 ± 3.5 %/yr over 2021Q2-2024Q4', () => {
    expect(Math.abs(figures.marketGrowth - ACCEPTANCE.marketGrowth.value)).toBeLessThanOrEqual(
      ACCEPTANCE.marketGrowth.tolerance,
    );
  });
  it('attributes the 2021-2023 loss into parts that sum to the change', () => {
    const a = figures.attribution;
    const total = Object.values(a.parts).reduce((s, v) => s + v, 0) + a.carried;
    expect(total).toBeCloseTo(a.after - a.before, 9);
    expect(a.after - a.before).toBeLessThan(-0.05);
  });
  it('keeps Alibaba revenue growth at or under 5 % YoY for 2022Q3-2024Q1 (F1)', () => {
    for (const q of ['2022Q3', '2022Q4', '2023Q1', '2023Q2', '2023Q3', '2023Q4', '2024Q1'])
      expect(figures.aliRevenueYoy[q]!, q).toBeLessThanOrEqual(ACCEPTANCE.aliRevenueSlow.max);
  });
  it('grows Alibaba revenue 6 ± 1.5 % YoY in 2024Q2 (F3)', () => {
    expect(
      Math.abs(figures.aliRevenueYoy['2024Q2']! - ACCEPTANCE.aliRevenue2024Q2.value),
    ).toBeLessThanOrEqual(ACCEPTANCE.aliRevenue2024Q2.tolerance);
  });
  it('puts at least half of the 2021-2023 loss on named drivers, not the residual', () => {
    expect(figures.attribution.namedShare).toBeGreaterThanOrEqual(ACCEPTANCE.namedShare.min);
  });
  it('counts the named share honestly: drift and the carried catch-up stay in the denominator', () => {
    const a = figures.attribution;
    const change = a.after - a.before;
    expect(a.namedShare).toBeCloseTo((change - a.parts.drift - a.carried) / change, 12);
  });
});
