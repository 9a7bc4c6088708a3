// The map's data: segments with spend and shares, providers with books, price cuts and flows.

import { beforeAll, describe, expect, it } from 'vitest';
import type { QuarterReport, Scenario } from '../../game/engine/index.ts';
import { financeStatus, gpuCapexLimit, spendingRoom } from '../../game/engine/index.ts';
import { buildMapModel } from '../../game/render/model/map-model.ts';
import type { MapModel } from '../../game/render/model/map-model.ts';
import { priceCuts, shareFlows } from '../../game/render/model/quarter-diff.ts';
import { debtLine, providerTooltip, segmentTooltip } from '../../game/render/model/tooltips.ts';
import { halfWidthNextToCjk } from '../helpers/cjk-punctuation.ts';
import { mapLayout } from '../../game/render/updates/map-layout.ts';
import { createGameStore } from '../../game/store/index.ts';
import { loadChina } from '../helpers/scenarios.ts';

let china: Scenario;
beforeAll(async () => {
  china = await loadChina();
});

function model(segments: number[][], names = ['A', 'B', 'C']): MapModel {
  return {
    locale: 'en',
    quarter: '2023Q1',
    title: 't',
    measure: 'revenue',
    segments: segments.map((shares, i) => ({ id: `S${i}`, name: `S${i}`, spend: 1, shares })),
    providers: names.map((id) => ({
      id,
      name: id,
      colour: 0,
      cssColour: '#000000',
      human: false,
      iaasShare: 0,
      volumeShare: 0,
      revenue: 0,
      ebita: 0,
      cash: 0,
      debt: 0,
      creditLimit: 0,
      cashFloor: 0,
      interestDue: 0,
      injected: 0,
      gpu: 0,
      cpu: 0,
      gpuUtilisation: 0,
      cpuUtilisation: 0,
    })),
    cashScale: 1,
    order: segments.map((_, i) => i),
  };
}

describe('shareFlows', () => {
  it('splits each loss over the gainers in proportion to their gains', () => {
    const flows = shareFlows(model([[0.5, 0.3, 0.2]]), model([[0.4, 0.36, 0.24]]));
    expect(flows).toHaveLength(2);
    expect(flows[0]).toMatchObject({ segment: 0, from: 0, to: 1 });
    expect(flows[0]!.amount).toBeCloseTo(0.06, 12);
    expect(flows[1]!.amount).toBeCloseTo(0.04, 12);
  });
  it('is empty when nothing moved, and drops invisible flows', () => {
    expect(shareFlows(model([[0.5, 0.5, 0]]), model([[0.5, 0.5, 0]]))).toEqual([]);
    expect(shareFlows(model([[0.5, 0.5, 0]]), model([[0.4999, 0.5001, 0]]))).toEqual([]);
  });
});

describe('priceCuts', () => {
  const report = (changes: number[], reference: number): QuarterReport =>
    ({
      markets: [{ line: 0, referenceChange: reference }],
      providers: changes.map((C) => ({ decision: { price: { C, S: 0, T: 0 } } })),
    }) as unknown as QuarterReport;
  it('flags cuts deeper than the market path', () => {
    expect(priceCuts(report([-0.15, -0.03, 0, 0.02], 0.97))).toEqual([
      { provider: 0, change: -0.15 },
    ]);
    expect(priceCuts(report([-0.01], 1))).toEqual([{ provider: 0, change: -0.01 }]);
  });
});

describe('buildMapModel on the China scenario', () => {
  it('has seven segments with spend, shares summing to one, and books per provider', () => {
    const store = createGameStore(china, { seed: 1, humans: ['ALI'] });
    const m = buildMapModel(store.getState(), 'zh');
    expect(m.segments).toHaveLength(7);
    expect(m.segments[0]!.name).toBe(china.segments[0]!.name.zh);
    for (const s of m.segments) {
      expect(s.spend).toBeGreaterThan(0);
      expect(s.shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    }
    const ali = m.providers.find((p) => p.id === 'ALI')!;
    expect(ali.human).toBe(true);
    expect(ali.cash).toBeGreaterThan(0);
    expect(m.cashScale).toBeGreaterThanOrEqual(ali.cash);
    expect(m.order[0]).toBe(0);

    const tip = segmentTooltip(m, 0);
    expect(tip[0]).toBe(china.segments[0]!.name.zh);
    expect(tip.join('\n')).toMatch(/亿元\/季/);
    expect(tip.join('\n')).toMatch(/阿里云 {2}\d+\.\d%/);
    expect(providerTooltip(m, 0).join('\n')).toMatch(/千卡/);

    // Every segment gets a region inside the map area.
    const layout = mapLayout(m, 900, 700);
    for (const r of layout.regions) {
      expect(r.w).toBeGreaterThan(40);
      expect(r.h).toBeGreaterThan(30);
      expect(r.y + r.h).toBeLessThanOrEqual(layout.map.y + layout.map.h);
    }
  });
});

describe('the map shows debt against the credit limit', () => {
  it('takes debt, limit, floor and interest from the engine, and lists them on hover', () => {
    const store = createGameStore(china, { seed: 1, humans: ['ALI'] });
    const p = china.providers.findIndex((x) => x.id === 'ALI');
    // Four quarters of all the GPU capex suppliers deliver run Alibaba's cash down to the floor.
    for (let q = 0; q < 4; q++) {
      const s = store.getState();
      const draft = structuredClone(s.drafts.ALI!);
      draft.gpuCapex = Math.min(
        gpuCapexLimit(china, s.game, p),
        0.9 * spendingRoom(china, s.game, p),
      );
      expect(s.setDraft('ALI', draft).ok).toBe(true);
      expect(store.getState().commit('ALI').ok).toBe(true);
      expect(store.getState().endQuarter().ok).toBe(true);
    }
    const state = store.getState();
    const money = financeStatus(china, state.game, p);
    expect(money.debt, 'the heavy capex has drawn on the credit line').toBeGreaterThan(0);
    const m = buildMapModel(state, 'en');
    const ali = m.providers[p]!;
    expect(ali).toMatchObject({
      debt: money.debt,
      creditLimit: money.creditLimit,
      cashFloor: china.market.minCash,
      interestDue: money.interestDue,
    });
    const tip = providerTooltip(m, p);
    expect(tip).toContain(debtLine(money.debt, money.creditLimit, 'en'));
    expect(tip.join('\n')).toMatch(/Interest: CNY \d+\.\d+ B\/qtr/);
    expect(tip.join('\n')).toMatch(/\(Cash floor CNY 1\.0 B\)/);
    const zh = providerTooltip(buildMapModel(state, 'zh'), p).join('\n');
    expect(zh).toMatch(/负债：[\d.]+ 亿元（信贷额度 [\d.]+ 亿元）/);
    // Full-width colons and brackets against Chinese, in every line of both tooltips.
    expect(halfWidthNextToCjk(zh)).toEqual([]);
    const zhModel = buildMapModel(state, 'zh');
    expect(halfWidthNextToCjk(segmentTooltip(zhModel, 0).join('\n'))).toEqual([]);
  });

  // The map's Phaser text uses the panels' formatters, so a loss reads with U+2212 there too.
  it('writes a loss with the minus sign U+2212 in both languages, never a hyphen', () => {
    for (const locale of ['en', 'zh'] as const) {
      const m = { ...model([[1, 0, 0]]), locale };
      m.providers[0] = { ...m.providers[0]!, ebita: -0.42, cash: -1.5 };
      const tip = providerTooltip(m, 0).join('\n');
      expect(tip).toContain(locale === 'en' ? 'CNY \u22120.42 B/qtr' : '\u22124.2 亿元/季');
      expect(tip).toContain(locale === 'en' ? 'CNY \u22121.5 B' : '\u221215.0 亿元');
      expect(tip).not.toMatch(/-\d/);
    }
  });

  it('writes the debt line in each language’s order', () => {
    expect(debtLine(7.22, 50, 'en')).toBe('Debt: CNY 7.2 B of CNY 50.0 B credit limit');
    expect(debtLine(7.22, 50, 'zh')).toBe('负债：72.2 亿元（信贷额度 500 亿元）');
  });
});
