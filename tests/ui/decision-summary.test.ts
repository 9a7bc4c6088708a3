// The decision log's one-line summary: every price change of a line the provider sells, only
// the spending that is not zero (CNY B in English, 亿元 in Chinese), exits, a weights release.

import { beforeAll, describe, expect, it } from 'vitest';
import type { Decision, Scenario } from '../../game/engine/index.ts';
import { decisionSummary } from '../../game/ui/decision-summary.ts';
import { SCENARIO_DIR, loadScenario } from '../helpers/scenarios.ts';

let scenario: Scenario;
beforeAll(async () => {
  scenario = await loadScenario(`${SCENARIO_DIR}china-2023-price-war.yaml`);
});

const decision = (over: Partial<Decision>): Decision => ({
  price: { C: -0.1, S: 0, T: 0 },
  gpuCapex: 3.5,
  dcCapex: 0,
  rnd: 0,
  ecosystem: 0,
  security: 0,
  trainShare: 0.2,
  projectExit: 0,
  creditDeal: { amount: 0, creditFraction: 0 },
  openSource: false,
  priority: [],
  ...over,
});

describe('decisionSummary', () => {
  it('names price changes and the spending that is not zero', () => {
    const text = decisionSummary(scenario, 'ALI', decision({ projectExit: 0.1 }), 'en');
    expect(text).toContain('Compute \u221210%');
    expect(text).toContain('GPU capex CNY 3.5 B');
    expect(text).not.toContain('Data-centre capex');
    expect(text).toContain('Exit integration projects 10%');
    expect(text).not.toContain('weights');
  });
  it('speaks Chinese with 亿元 and full-width separators', () => {
    const text = decisionSummary(scenario, 'ALI', decision({ openSource: true }), 'zh');
    expect(text).toContain('GPU 资本开支 35.0 亿元');
    expect(text).toContain('；');
    expect(text).toContain('开源模型权重');
    expect(text).not.toContain(';');
  });
});
