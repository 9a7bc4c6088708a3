// `sim --decisions FILE`, the file side: every problem at once, each with file, line, column,
// field and a hint where one is likely; JSON works as well as YAML.

import { beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../game/engine/index.ts';
import {
  parseDecisionsText,
  playedQuarters,
  providersNamed,
} from '../../game/cli/decisions-file.ts';
import type { ScriptResult } from '../../game/cli/decisions-file.ts';
import { loadScenarioRef } from '../../game/cli/scenario-ref.ts';

let scenario: Scenario;
beforeAll(async () => {
  scenario = (await loadScenarioRef('classroom-duopoly')).scenario;
});

const parse = (text: string, humans = ['NCL']): ScriptResult =>
  parseDecisionsText(text, 'd.yaml', { scenario, humans });

function problems(text: string, humans?: string[]) {
  const result = parse(text, humans);
  if (result.ok) throw new Error('expected problems');
  return result.problems.map((p) => ({
    at: `${p.line}:${p.column}`,
    path: p.path,
    message: p.message,
    hint: p.hint,
  }));
}

describe('a good file', () => {
  it('keeps the quarters, providers and fields it gives, in YAML', () => {
    const result = parse(
      '2024Q1:\n  NCL: { price: { C: -0.1 }, gpuCapex: 0.5 }\n2024Q3:\n  NCL: {}\n',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.script.entries).toEqual({
      '2024Q1': { NCL: { price: { C: -0.1 }, gpuCapex: 0.5 } },
      '2024Q3': { NCL: {} },
    });
    // Positions of fields, for problems the engine finds later.
    expect(result.script.locate(['2024Q1', 'NCL', 'gpuCapex'])).toEqual({ line: 2, column: 40 });
  });

  it('and in JSON', () => {
    const result = parse('{"2024Q2": {"NCL": {"openSource": true, "priority": ["STU"]}}}');
    expect(result.ok && result.script.entries).toEqual({
      '2024Q2': { NCL: { openSource: true, priority: ['STU'] } },
    });
  });

  it('names its providers even when broken, so that --human can default to them', () => {
    expect(providersNamed('2024Q1: { SCL: {rnd: x}, NCL: {} }\n2024Q2: { SCL: {} }')).toEqual([
      'SCL',
      'NCL',
    ]);
    expect(providersNamed('[1, 2')).toEqual([]);
  });
});

describe('a bad file gets every problem, located, with hints', () => {
  it('unknown fields, wrong types, unknown quarters, providers and segments, together', () => {
    const text = [
      '2024Q1:',
      '  NCL: { prise: { C: -0.1 }, gpuCapex: "lots" }',
      '2025Q9:',
      '  NCX:',
      '    rnd: 0.3',
      '    priority: [ENX]',
      '2024Q2:',
      '  SCL: { rnd: 0.1 }',
      '  NCL: { creditDeal: { amount: .nan } }',
    ].join('\n');
    expect(problems(text)).toEqual([
      {
        at: '2:10',
        path: '2024Q1.NCL.prise',
        message: 'unknown field `prise`',
        hint: 'did you mean `price`?',
      },
      {
        at: '2:40',
        path: '2024Q1.NCL.gpuCapex',
        message: 'expected a number, got text "lots"',
        hint: undefined,
      },
      {
        at: '3:1',
        path: '2025Q9',
        message:
          '`2025Q9` is not a quarter the players decide in classroom-duopoly (2024Q1 to 2025Q4)',
        hint: 'did you mean `2025Q1`?',
      },
      {
        at: '4:3',
        path: '2025Q9.NCX',
        message: 'unknown provider `NCX` in classroom-duopoly; valid providers: NCL, SCL',
        hint: 'did you mean `NCL`?',
      },
      {
        at: '6:16',
        path: '2025Q9.NCX.priority[0]',
        message: 'unknown segment `ENX`; valid segments: ENT, STU',
        hint: 'did you mean `ENT`?',
      },
      {
        at: '8:3',
        path: '2024Q2.SCL',
        message: 'SCL is not played by a human in this run (humans: NCL)',
        hint: 'add --human SCL',
      },
      {
        at: '9:32',
        path: '2024Q2.NCL.creditDeal.amount',
        message: 'expected a number, got .nan (not a number)',
        hint: undefined,
      },
    ]);
  });

  it('a YAML syntax error, an empty file and a list instead of a mapping', () => {
    expect(problems('2024Q1:\n  NCL: { rnd: 1\n')[0]!.at).toMatch(/^[23]:\d+$/);
    expect(problems('')).toEqual([
      {
        at: '1:1',
        path: '',
        message: 'the file is empty: write `QUARTER: { PROVIDER: { field: value } }`',
        hint: undefined,
      },
    ]);
    expect(problems('- 2024Q1\n')[0]).toMatchObject({ at: '1:1', message: /expected a mapping/ });
  });

  it('aliases that expand too far are refused', () => {
    const lines = ['a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]'];
    for (let i = 0; i < 8; i++)
      lines.push(
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(97 + i)}`)
          .join(', ')}]`,
      );
    expect(problems(lines.join('\n'))[0]!.message).toContain('aliases expand too much');
  });
});

it('playedQuarters lists the quarters the players decide', () => {
  expect(playedQuarters(scenario)).toEqual([
    '2024Q1',
    '2024Q2',
    '2024Q3',
    '2024Q4',
    '2025Q1',
    '2025Q2',
    '2025Q3',
    '2025Q4',
  ]);
});
