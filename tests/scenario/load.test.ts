// A good file loads into the engine's plain, frozen Scenario: author-friendly maps become the
// engine's shapes, defaults are filled in, and every written number keeps its citation.
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../game/scenario/load.ts';
import { classroom, edit } from './helpers.ts';

function load(text: string) {
  const result = loadScenarioText(text, 'test.yaml');
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 1));
  return result;
}

describe('loading a good scenario', () => {
  it('loads the classroom duopoly with its counts and ids', () => {
    const { scenario } = load(classroom());
    expect(scenario.id).toBe('classroom-duopoly');
    expect(scenario.providers.map((p) => p.id)).toEqual(['NCL', 'SCL']);
    expect(scenario.segments.map((s) => s.id)).toEqual(['ENT', 'STU']);
    expect(scenario.events).toEqual([]);
    expect(scenario.randomEvents).toEqual({ enabled: false, perQuarter: 0, cards: [] });
  });

  it('returns a deeply frozen scenario', () => {
    const { scenario, citations } = load(classroom());
    expect(Object.isFrozen(scenario)).toBe(true);
    expect(Object.isFrozen(scenario.providers[0]!.policy.script)).toBe(true);
    expect(Object.isFrozen(scenario.segments[1]!.shares0)).toBe(true);
    expect(Object.isFrozen(citations)).toBe(true);
    expect(() => {
      (scenario.providers[0] as { trust0: number }).trust0 = 1;
    }).toThrow(TypeError);
  });

  it('turns the growth map into year-sorted entries and fills missing shares with 0', () => {
    const text = edit(
      classroom(),
      'growth: { 2023: 0.15, 2024: 0.12, 2025: 0.1 }',
      'growth: { 2025: 0.1, 2023: 0.15, 2024: 0.12 }',
    );
    const changed = edit(
      text,
      'shares0: { NCL: 50, SCL: 50 }\n  - id: STU',
      'shares0: { NCL: 100 }\n  - id: STU',
    );
    const { scenario } = load(changed);
    expect(scenario.segments[0]!.growth).toEqual([
      { year: 2023, rate: 0.15 },
      { year: 2024, rate: 0.12 },
      { year: 2025, rate: 0.1 },
    ]);
    expect(scenario.segments[0]!.shares0).toEqual({ NCL: 100, SCL: 0 });
  });

  it('fills policy and provider defaults, and prices of unsold lines from refStart', () => {
    const { scenario } = load(classroom());
    const p = scenario.providers[0]!;
    expect(p.policy).toMatchObject({
      kind: 'price-follower',
      rndShare: 0.1,
      ecosystemShare: 0.03,
      securityShare: 0.02,
      trainShare: 0.2,
      utilisationTarget: 0.75,
      gpuPushPerYear: 0,
      followGap: 0.15,
      followShareLoss: 0.005,
      followMarkup: 0.05,
      followFraction: 0.5,
      targetLerner: 0.35,
      tokenLossBudget: 15,
      projectExit: 0,
      script: [],
      tokenPath: [],
    });
    expect(p).toMatchObject({
      costFactor: 1,
      guarantee: 0,
      residual: { offset: 0, drift: 0 },
      paasRatio0: 0,
      paasRatioGrowth: 0,
      paasGrowthFrom: '2023Q4',
      otherGrowthPerYear: 0,
    });
    expect(p.price0).toEqual({ C: 1, S: 1, T: 60 });
  });

  it('cites every written number with its block source, and a {value, source} number with its own', () => {
    const text = edit(
      classroom(),
      '    trust0: 70\n    trustFloor: 40\n    projectRevenue0: 0.3\n    otherRevenue0: 0\n    gpu0: 80 # thousand GPUs',
      '    trust0: { value: 72, source: F9 }\n    trustFloor: 40\n    projectRevenue0: 0.3\n    otherRevenue0: 0\n    gpu0: 80 # thousand GPUs',
    );
    const { scenario, citations } = load(text);
    expect(scenario.providers[0]!.trust0).toBe(72);
    const source = (path: string) => citations.filter((c) => c.path === path).map((c) => c.source);
    expect(source('providers[0].trust0')).toEqual(['F9']);
    expect(source('providers[1].trust0')).toEqual(['assumed']);
    expect(source('segments[0].growth[0].rate')).toEqual(['assumed']);
    expect(source('segments[1].shares0.SCL')).toEqual(['assumed']);
    expect(source('market.stocks.trustGain')).toEqual(['assumed']);
    // Defaults were not written, so nothing cites them.
    expect(source('providers[0].policy.rndShare')).toEqual([]);
    const paths = citations.map((c) => c.path);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('keeps citations of a listed source and of numbers outside blocks written {value, source}', () => {
    let text = edit(
      classroom(),
      'sources: []',
      'sources:\n  - { id: idc, url: "https://example.org/idc" }',
    );
    text = edit(
      text,
      '  size0: 10 # CNY B per quarter of IaaS spend',
      '  size0: { value: 12, source: idc }',
    );
    text = edit(text, '    target: 0.52', '    target: { value: 0.45, source: derived }');
    const { scenario, citations } = load(text);
    expect(scenario.market.size0).toBe(12);
    expect(scenario.sources).toEqual([{ id: 'idc', url: 'https://example.org/idc' }]);
    expect(citations).toContainEqual({ path: 'market.size0', source: 'idc' });
    expect(citations).toContainEqual({ path: 'objectives[0].target', source: 'derived' });
    expect(citations.some((c) => c.path === 'objectives[1].target')).toBe(false);
  });

  it('has no source fields and no {value, source} objects left in the scenario', () => {
    const text = edit(classroom(), '    beta: -2\n', '    beta: { value: -2, source: F6 }\n');
    const { scenario } = load(text);
    const json = JSON.stringify(scenario);
    expect(json).not.toContain('"source"');
    expect(scenario.segments[0]!.beta).toBe(-2);
  });
});
