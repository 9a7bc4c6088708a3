// Dilemmas in scenario files: cross-references are checked with the field path, and 'self'
// (the chooser) belongs only in dilemma options.
import { describe, expect, it } from 'vitest';
import { classroom, edit, problemAt } from './helpers.ts';

describe('dilemmas in a scenario file', () => {
  it('refuses a default that is not one of the options', () => {
    const text = edit(classroom(), '    default: pass\n', '    default: maybe\n');
    expect(problemAt(text, 'dilemmas[0].default').message).toBe(
      'default maybe is not one of the options (invest, pass)',
    );
  });

  it('refuses a dilemma before the players decide', () => {
    const text = edit(
      classroom(),
      '    quarter: 2024Q2\n    source: assumed',
      '    quarter: 2023Q4\n    source: assumed',
    );
    expect(problemAt(text, 'dilemmas[0].quarter').message).toMatch(/would never be asked/);
  });

  it("allows 'self' in a dilemma option but not in a dated event", () => {
    const text = edit(
      classroom(),
      'events: []',
      'events:\n  - { id: x, quarter: 2024Q2, source: assumed, title: { en: x, zh: x }, body: { en: x, zh: x }, effects: [{ kind: trust, provider: self, delta: -1 }] }',
    );
    expect(problemAt(text, 'events[0].effects[0].provider').message).toMatch(
      /'self' means the chooser/,
    );
  });

  it('needs two options at least', () => {
    const from = classroom().indexOf('      - id: pass');
    const to = classroom().indexOf('    default: pass');
    const text =
      classroom().slice(0, from) +
      classroom().slice(to).replace('default: pass', 'default: invest');
    expect(problemAt(text, 'dilemmas[0].options').message).toMatch(/at least 2 options/);
  });
});
