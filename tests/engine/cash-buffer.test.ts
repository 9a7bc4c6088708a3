// Rivals keep a cash buffer: in the default scenario's history run (every provider on its
// policy) few provider-quarters end at the cash floor, where the automatic credit line and
// parent injections take over. Before the buffer, most rivals sat at the floor from 2023Q3 on.

import { describe, expect, it } from 'vitest';
import { historyReports } from '../../game/calibration/history-run.ts';
import { NEAR_FLOOR } from '../../game/engine/policies/cash-buffer.ts';
import { SCENARIO_DIR, loadScenario } from '../helpers/scenarios.ts';

async function nearFloorShare(): Promise<number> {
  const scenario = await loadScenario(`${SCENARIO_DIR}china-2023-price-war.yaml`);
  const reports = historyReports(scenario, Infinity);
  let near = 0;
  let total = 0;
  for (const r of reports)
    for (const p of r.providers) {
      if (p.controller !== 'policy') continue;
      total++;
      if (p.finance.cash <= scenario.market.minCash * (1 + NEAR_FLOOR)) near++;
    }
  expect(total).toBeGreaterThan(100);
  return near / total;
}

describe('rival cash buffer', () => {
  it('keeps at most 20 % of provider-quarters within 1 % of the cash floor', async () => {
    expect(await nearFloorShare()).toBeLessThanOrEqual(0.2);
  });
});
