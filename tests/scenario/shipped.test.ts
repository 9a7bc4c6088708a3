// Every scenario that ships loads with zero problems, and its id matches its file name
// (saves refer to scenarios by id).
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../game/scenario/load.ts';
import { readScenario, shippedFiles } from './helpers.ts';

describe('shipped scenarios', () => {
  it('include the classroom duopoly', () => {
    expect(shippedFiles()).toContain('classroom-duopoly.yaml');
  });

  for (const file of shippedFiles()) {
    it(`${file} loads with no problems`, () => {
      const result = loadScenarioText(readScenario(file), file);
      expect(result.ok ? [] : result.errors).toEqual([]);
      if (result.ok) {
        expect(result.scenario.id).toBe(file.replace(/\.yaml$/, ''));
        expect(result.citations.length).toBeGreaterThan(0);
      }
    });
  }
});

describe('the classroom duopoly', () => {
  const result = loadScenarioText(readScenario('classroom-duopoly.yaml'), 'classroom');
  if (!result.ok) throw new Error('classroom-duopoly.yaml does not load');
  const { scenario, citations } = result;

  it('has two providers that differ only in id, name and colour', () => {
    const [north, south] = scenario.providers;
    const strip = (p: typeof north) => ({ ...p, id: '', name: '', colour: '' });
    expect(north?.name.en).toBe('North Cloud');
    expect(south?.name.zh).toBe('南方云');
    expect(strip(north)).toEqual(strip(south));
    expect(scenario.defaultHuman).toBe('NCL');
    expect(north?.policy.kind).toBe('price-follower');
  });

  it('splits both segments 50/50 and keeps tokens out of the game', () => {
    for (const seg of scenario.segments) expect(seg.shares0).toEqual({ NCL: 50, SCL: 50 });
    // The token market opens after the last quarter played (2025Q4).
    expect(scenario.market.tokenOpen > '2025Q4').toBe(true);
    expect(scenario.events).toEqual([]);
    expect(scenario.randomEvents.enabled).toBe(false);
  });

  it('marks every number as assumed', () => {
    expect(new Set(citations.map((c) => c.source))).toEqual(new Set(['assumed']));
  });
});
