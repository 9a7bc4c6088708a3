// A waiting shock as the console lists it: what it hits and its size with units, in English and
// Chinese, negative sizes with a real minus sign (U+2212), never a hyphen, as every number the
// shared formatters print (tests/ui/format.test.ts); the console presets' shocks all read this way.

import { beforeAll, describe, expect, it } from 'vitest';
import { shockEvent } from '../../game/classroom/shock-presets.ts';
import type { Scenario } from '../../game/engine/index.ts';
import { shockRow } from '../../game/ui/console/shock-rows.ts';
import { loadClassroom } from '../store/fixtures.ts';

let scenario: Scenario;
beforeAll(async () => {
  scenario = await loadClassroom();
});

describe('shock rows', () => {
  it('name the segment and lines of a demand swing and its size, in both languages', () => {
    const segment = scenario.segments[0]!;
    const event = shockEvent({ kind: 'demand', target: segment.id, size: -20 }, scenario, 1);
    const en = shockRow(event, scenario, 'en');
    expect(en.hits).toBe(`${segment.name.en} · Compute, Storage & network`);
    expect(en.size).toBe('demand \u221220%');
    const zh = shockRow(event, scenario, 'zh');
    expect(zh.title).toBe(event.title.zh);
    expect(zh.size).toBe('需求 \u221220%');
    expect(`${zh.hits}${zh.size}`).not.toContain('-');
  });

  it('name the provider of an outage and the trust points it loses', () => {
    const provider = scenario.providers.find((p) => p.iaas)!;
    const event = shockEvent({ kind: 'trust', target: provider.id, size: 10 }, scenario, 2);
    expect(shockRow(event, scenario, 'en')).toMatchObject({
      hits: provider.name.en,
      size: 'trust \u221210 points',
    });
    expect(shockRow(event, scenario, 'zh').size).toBe('信任度 \u221210 点');
  });

  it('state a GPU shortage as orders and cost changes over quarters', () => {
    const event = shockEvent({ kind: 'gpu', target: '', size: 40 }, scenario, 3);
    expect(shockRow(event, scenario, 'en')).toMatchObject({
      hits: 'All GPU supply',
      size: 'GPU orders \u221240%, GPU cost +50%, for 2 quarter(s)',
    });
    expect(shockRow(event, scenario, 'zh').size).toBe(
      'GPU 订单 \u221240%，GPU 成本 +50%，持续 2 个季度',
    );
  });

  it('name an effect the presets do not make by its kind, so nothing waiting is hidden', () => {
    const row = shockRow(
      { id: 'x', title: { en: 'X', zh: 'X' }, effects: [{ kind: 'impairment', fraction: 0.1 }] },
      scenario,
      'en',
    );
    expect(row.size).toBe('impairment effect');
  });
});
