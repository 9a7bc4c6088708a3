// Each kind of problem in a scenario file is reported with the right field path, the line
// and column of the YAML node concerned, and a hint where one helps.
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../game/scenario/load.ts';
import { classroom, edit, editAfter, problemAt, problems, where } from './helpers.ts';

const NCL = '  - id: NCL';

const STU_SHARES = 'shares0: { NCL: 50, SCL: 50 }\n\n# The two';

describe('problems in a scenario file', () => {
  it('reports an unknown key at the key, without a hint when nothing is close', () => {
    const text = edit(classroom(), '    beta: -2\n', '    beta: -2\n    colourScheme: blue\n');
    const p = problemAt(text, 'segments[0].colourScheme');
    expect(p).toMatchObject({
      ...where(text, 'colourScheme'),
      message: 'unknown field `colourScheme`',
    });
    expect(p.hint).toBeUndefined();
  });

  it('suggests the closest known key for a misspelt one, and drops the redundant "missing"', () => {
    const text = edit(classroom(), '    growth: { 2023: 0.6,', '    growht: { 2023: 0.6,');
    const all = problems(text);
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({
      path: 'segments[1].growht',
      ...where(text, 'growht'),
      message: 'unknown field `growht`',
      hint: 'did you mean `growth`?',
      file: 'test.yaml',
    });
  });

  it('suggests keys inside a cited number and inside an effect', () => {
    let text = editAfter(
      classroom(),
      NCL,
      '    trust0: 70\n',
      '    trust0: { value: 70, sourse: F9 }\n',
    );
    text = edit(
      text,
      'events: []',
      'events:\n  - id: outage\n    quarter: 2024Q3\n    source: assumed\n    title: { en: Outage, zh: 故障 }\n    body: { en: Down, zh: 宕机 }\n    effects:\n      - { kind: trust, provider: NCL, detla: -5 }',
    );
    expect(problemAt(text, 'providers[0].trust0.sourse').hint).toBe('did you mean `source`?');
    expect(problemAt(text, 'events[0].effects[0].detla').hint).toBe('did you mean `delta`?');
  });

  it('reports a missing required field at the block that lacks it', () => {
    const text = editAfter(classroom(), NCL, '    quality0: 50\n', '');
    const p = problemAt(text, 'providers[0].quality0');
    expect(p.message).toBe('missing required field `quality0`');
    expect(p).toMatchObject(where(text, 'id: NCL'));
  });

  it('reports a wrong type with what was found', () => {
    const text = edit(classroom(), '    beta: -3.5', '    beta: steep');
    const p = problemAt(text, 'segments[1].beta');
    expect(p).toMatchObject(where(text, 'steep'));
    expect(p.message).toMatch(/expected a number.*got text "steep"/);
  });

  it('reports a number out of range with its unit and value', () => {
    const text = edit(
      classroom(),
      '    trustFloor: 40\n    projectRevenue0: 0.3\n    otherRevenue0: 0\n    gpu0: 80 # thousand',
      '    trustFloor: 140\n    projectRevenue0: 0.3\n    otherRevenue0: 0\n    gpu0: 80 # thousand',
    );
    const p = problemAt(text, 'providers[0].trustFloor');
    expect(p).toMatchObject(where(text, '140'));
    expect(p.message).toBe('must be from 0 to 100 (index 0-100), got 140');
  });

  it('rejects NaN, infinities and fractional counts', () => {
    let text = edit(classroom(), '  gpuDecay: 0.05', '  gpuDecay: .nan');
    text = edit(text, '  cpuDecay: 0.03', '  cpuDecay: -.inf');
    text = edit(text, 'quarters: 8\n', 'quarters: 8.5\n');
    expect(problemAt(text, 'market.gpuDecay').message).toMatch(/got \.nan/);
    expect(problemAt(text, 'market.cpuDecay').message).toMatch(/infinite/);
    expect(problemAt(text, 'quarters').message).toBe('must be a whole number (quarters)');
  });

  it('names both sides of a bad cross reference', () => {
    const text = edit(classroom(), STU_SHARES, 'shares0: { NCL: 50, XYZ: 50 }\n\n# The two');
    const p = problemAt(text, 'segments[1].shares0.XYZ');
    expect(p.message).toBe('segment STU gives a share to provider XYZ, which is not in providers');
    expect(p).toMatchObject(where(text, '50 }\n\n# The two'));
  });

  it('checks sums, the human provider, quarters and script bounds', () => {
    let text = edit(classroom(), STU_SHARES, 'shares0: { NCL: 50, SCL: 40 }\n\n# The two');
    text = edit(text, 'defaultHuman: NCL', 'defaultHuman: WCL');
    text = edit(text, 'start: 2024Q1', 'start: 2023Q3');
    text = edit(text, '    weight0: 0.3', '    weight0: 0.5');
    const all = problems(text);
    const at = (path: string) => all.filter((p) => p.path === path).map((p) => p.message);
    expect(at('segments[1].shares0')).toEqual(['shares of segment STU sum to 90, not 100 (± 0.5)']);
    expect(at('defaultHuman')).toEqual(['defaultHuman WCL is not in providers (NCL, SCL)']);
    expect(at('start')).toEqual(['start 2023Q3 must be after origin 2023Q4']);
    expect(at('segments')).toEqual(['segment weight0 values sum to 1.2, not 1 (± 0.01)']);
  });

  it('checks scripted moves against the span and the line bounds', () => {
    const text = editAfter(
      classroom(),
      NCL,
      '    policy: { kind: price-follower }\n',
      [
        '    policy:',
        '      kind: history',
        '      script:',
        '        - { quarter: 2024Q2, price: { C: -0.5 }, reason: { en: Cut, zh: 降价 }, source: F11 }',
        '        - { quarter: 2027Q1, price: { T: -0.1 }, reason: { en: Late, zh: 晚 }, source: F12 }',
        '',
      ].join('\n'),
    );
    const all = problems(text);
    const messages = all.map((p) => `${p.path}: ${p.message}`);
    expect(messages).toEqual([
      'providers[0].policy.script[0].price.C: a cut of -0.5 is beyond lines.C.maxCut (-0.4)',
      'providers[0].policy.script[1].quarter: a script move in 2027Q1 would never happen: quarters run 2024Q1-2025Q4 (after origin, up to the last quarter)',
      'providers[0].policy.script[1].price.T: provider NCL does not sell T',
    ]);
    expect(all[0]).toMatchObject(where(text, '-0.5 }'));
  });

  it('refuses a scripted token price before the token market opens', () => {
    let text = editAfter(classroom(), '  - id: SCL', '    lines: [C, S]', '    lines: [C, S, T]');
    text = editAfter(
      text,
      '  - id: SCL',
      '    price0: { C: 1, S: 1 }',
      '    price0: { C: 1, S: 1, T: 60 }',
    );
    text = editAfter(
      text,
      '  - id: SCL',
      '    policy: { kind: price-follower }',
      '    policy:\n      kind: history\n      script:\n        - { quarter: 2024Q3, tokenPrice: 2, reason: { en: Cut, zh: 降价 }, source: F13 }',
    );
    const p = problemAt(text, 'providers[1].policy.script[0].tokenPrice');
    expect(p.message).toBe('the token market opens in 2026Q1 (market.tokenOpen), after this move');
    expect(p).toMatchObject(where(text, '2, reason'));
  });

  it('reports an unknown citation, with a hint towards a listed source', () => {
    let text = edit(
      classroom(),
      'sources: []',
      'sources:\n  - { id: idc-2023, url: "https://example.org/a" }',
    );
    text = edit(text, '    beta: -2\n', '    beta: { value: -2, source: idc-2032 }\n');
    text = edit(text, '  - id: SCL\n    source: assumed', '  - id: SCL\n    source: F33');
    const cited = problemAt(text, 'segments[0].beta.source');
    expect(cited).toMatchObject({ ...where(text, 'idc-2032'), hint: 'did you mean `idc-2023`?' });
    expect(cited.message).toMatch(/^unknown source `idc-2032`/);
    expect(problemAt(text, 'providers[1].source')).toMatchObject(where(text, 'F33'));
  });

  it('refuses a source id that shadows a seed fact', () => {
    const text = edit(
      classroom(),
      'sources: []',
      'sources:\n  - { id: F3, url: "https://example.org/a" }',
    );
    expect(problemAt(text, 'sources[0].id').message).toMatch(/reserved/);
  });

  it('reports a YAML syntax error with its line and column', () => {
    const text = edit(classroom(), '  maxUtilisation: 0.85', '  maxUtilisation: [0.85');
    const all = problems(text);
    expect(all.length).toBeGreaterThan(0);
    expect(all[0]!.message).toMatch(/^YAML syntax: /);
    expect(all[0]!.line).toBeGreaterThanOrEqual(where(text, '[0.85').line);
    expect(all[0]!.line).toBeLessThanOrEqual(where(text, '[0.85').line + 1);
  });

  it('names a duplicated key', () => {
    const text = edit(classroom(), 'quarters: 8\n', 'quarters: 8\nquarters: 9\n');
    expect(problems(text)).toEqual([
      expect.objectContaining({
        ...where(text, 'quarters: 9'),
        message: expect.stringContaining('`quarters` appears twice'),
      }),
    ]);
  });

  it('stops an alias bomb at the first alias', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (const name of ['b', 'c', 'd', 'e', 'f']) {
      const prev = levels[levels.length - 1]![0]!;
      levels.push(`${name}: &${name} [${new Array(9).fill(`*${prev}`).join(', ')}]`);
    }
    const text = `${levels.join('\n')}\n`;
    const all = problems(text);
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({
      ...where(text, '*a'),
      message: expect.stringMatching(/aliases expand too much/),
    });
  });

  it('accepts a few aliases', () => {
    const text = edit(
      classroom(),
      '    name: { en: North Cloud, zh: 北方云 }',
      '    name: &n { en: North Cloud, zh: 北方云 }',
    ).replace('    name: { en: South Cloud, zh: 南方云 }', '    name: *n');
    expect(loadScenarioText(text, 'x').ok).toBe(true);
  });

  it('refuses an oversize file before parsing it', () => {
    const text = `${classroom()}\n# ${'x'.repeat(530_000)}\n`;
    expect(problems(text)).toEqual([
      expect.objectContaining({
        line: 1,
        column: 1,
        message: expect.stringMatching(/^the file is 52\d KiB; the limit is 512 KiB$/),
      }),
    ]);
  });

  it('counts bytes, not characters, towards the size limit', () => {
    const text = `${classroom()}\n# ${'云'.repeat(180_000)}\n`;
    expect(text.length).toBeLessThan(512 * 1024);
    expect(problems(text)[0]!.message).toMatch(/limit is 512 KiB/);
  });

  it('caps the number of providers', () => {
    const extra = Array.from({ length: 40 }, (_, i) => `  - { id: X${i} }`).join('\n');
    const text = edit(classroom(), 'events: []', `${extra}\nevents: []`);
    expect(problemAt(text, 'providers').message).toBe('at most 40 providers');
  });

  it('explains a newer format version instead of listing its unknown fields', () => {
    const text = edit(classroom(), 'version: 1', 'version: 2\nnewThing: yes');
    expect(problems(text)).toEqual([
      expect.objectContaining({
        path: 'version',
        ...where(text, '2\nnewThing'),
        message: expect.stringMatching(/newer version/),
      }),
    ]);
  });

  it('reports every problem at once, in file order', () => {
    let text = edit(classroom(), 'difficulty: intro', 'difficulty: easy');
    text = edit(text, '  taxRate: 0.15', '  taxRate: 1.5');
    text = edit(text, "    colour: '#E69F00'", '    colour: orange');
    const all = problems(text);
    expect(all.map((p) => p.path)).toEqual(['difficulty', 'market.taxRate', 'providers[1].colour']);
    const lines = all.map((p) => p.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it('never throws on inputs that are not scenarios', () => {
    for (const input of [
      '',
      '~',
      '42',
      '- a\n- b',
      'a: [',
      '\u0000\u0001',
      '%YAML 1.1\n---\nx: 2001-12-14',
      '? [a]\n: 1',
      '---\na: 1\n---\nb: 2',
      `x: ${'['.repeat(5000)}`,
    ]) {
      const result = loadScenarioText(input, 'odd.yaml');
      expect(result.ok).toBe(false);
      if (!result.ok) {
        for (const p of result.errors) {
          expect(p.line).toBeGreaterThanOrEqual(1);
          expect(p.column).toBeGreaterThanOrEqual(1);
          expect(p.message).not.toMatch(/internal error/);
        }
      }
    }
  });
});
