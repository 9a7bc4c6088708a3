// The argument parser: what it accepts, and a one-line message naming the bad value and the
// valid ones for everything it refuses.

import { describe, expect, it } from 'vitest';
import { POLICY_KINDS } from '../../game/engine/index.ts';
import { MAX_BATCH, parseSimArgs } from '../../game/cli/args.ts';
import { UsageError } from '../../game/cli/usage.ts';

const refusal = (argv: string[]): string => {
  try {
    parseSimArgs(argv, ['china-2021-long-slide', 'classroom-duopoly']);
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    const message = (e as Error).message;
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error(`accepted ${argv.join(' ')}`);
};

describe('parseSimArgs accepts', () => {
  it('a single run with defaults', () => {
    expect(parseSimArgs(['--scenario', 'classroom-duopoly'])).toEqual({
      command: 'run',
      scenario: 'classroom-duopoly',
      seed: 1,
      quarters: undefined,
      humans: [],
      policies: [],
      format: 'table',
      out: undefined,
      decisions: undefined,
      explain: false,
    });
  });

  it('--decisions FILE and the --explain switch (which takes no value) for a JSON run', () => {
    expect(
      parseSimArgs(['--scenario', 's', '--decisions', 'd.yaml', '--explain', '--format=json']),
    ).toMatchObject({ decisions: 'd.yaml', explain: true, format: 'json' });
  });

  it('every run flag, in both --flag value and --flag=value forms, with repeats and lists', () => {
    const args = parseSimArgs([
      '--scenario=x.yaml',
      '--seed',
      '7',
      '--quarters=4',
      '--human',
      'ALI',
      'CTC',
      '--human=TEN,HUA',
      '--policy',
      'BAI=penetration',
      '--format',
      'csv',
      '--out',
      'o.csv',
    ]);
    expect(args).toMatchObject({
      command: 'run',
      scenario: 'x.yaml',
      seed: 7,
      quarters: 4,
      humans: ['ALI', 'CTC', 'TEN', 'HUA'],
      policies: [{ provider: 'BAI', kind: 'penetration' }],
      format: 'csv',
      out: 'o.csv',
    });
  });

  it('a batch', () => {
    expect(
      parseSimArgs([
        'batch',
        '--scenario',
        's',
        '--seeds',
        '3-10',
        '--workers',
        '2',
        '--format',
        'csv',
      ]),
    ).toMatchObject({
      command: 'batch',
      seeds: { from: 3, to: 10 },
      workers: 2,
      format: 'csv',
    });
    expect(parseSimArgs(['batch', '--scenario', 's', '--seeds', '5'])).toMatchObject({
      seeds: { from: 5, to: 5 },
      format: 'json',
      workers: undefined,
    });
  });

  it('--help anywhere', () => {
    expect(parseSimArgs(['--bogus', '--help'])).toEqual({ command: 'help' });
  });
});

describe('parseSimArgs refuses', () => {
  it('an unknown option, listing the valid ones', () => {
    const message = refusal(['--scenario', 's', '--sed', '3']);
    expect(message).toContain('--sed');
    expect(message).toContain('--seed');
  });

  it('a missing --scenario, listing the shipped ones', () => {
    const message = refusal(['--seed', '3']);
    expect(message).toContain('--scenario');
    expect(message).toContain('classroom-duopoly');
  });

  it('a flag without its value', () => {
    expect(refusal(['--scenario', 's', '--seed'])).toContain('--seed needs a value');
    expect(refusal(['--scenario', '--seed', '3'])).toContain('--scenario needs a value');
  });

  it('a stray argument or an unknown command', () => {
    expect(refusal(['run', '--scenario', 's'])).toContain('"run"');
    expect(refusal(['--scenario', 's', 'extra'])).toContain('"extra"');
  });

  it('a seed that is not an integer', () => {
    for (const bad of ['abc', '1.5', '1e3', '99999999999999999999'])
      expect(refusal(['--scenario', 's', '--seed', bad])).toContain(`"${bad}"`);
  });

  it('a bad format, naming the formats of the command', () => {
    expect(refusal(['--scenario', 's', '--format', 'xml'])).toMatch(/table, json, csv.*"xml"/);
    expect(refusal(['batch', '--scenario', 's', '--seeds', '1-2', '--format', 'table'])).toMatch(
      /json, csv.*"table"/,
    );
  });

  it('bad seed ranges', () => {
    for (const bad of ['5-1', '1-', 'a-b', '-3', '1-2-3', `1-${MAX_BATCH + 1}`])
      expect(refusal(['batch', '--scenario', 's', '--seeds', bad])).toContain(`"${bad}"`);
    expect(refusal(['batch', '--scenario', 's'])).toContain('--seeds');
  });

  it('bad worker and quarter counts', () => {
    expect(refusal(['batch', '--scenario', 's', '--seeds', '1-2', '--workers', '0'])).toContain(
      '"0"',
    );
    expect(refusal(['--scenario', 's', '--quarters', '0'])).toContain('"0"');
  });

  it('flags of the other command', () => {
    expect(refusal(['--scenario', 's', '--seeds', '1-5'])).toContain('only for "batch"');
    expect(refusal(['batch', '--scenario', 's', '--seeds', '1-5', '--decisions', 'd.yaml'])).toBe(
      '--decisions is for a single run, not batch',
    );
    expect(refusal(['--scenario', 's', '--explain'])).toContain('--format json');
    expect(refusal(['--scenario', 's', '--format', 'json', '--explain=yes'])).toContain(
      'takes no value',
    );
    expect(refusal(['--scenario', 's', '--format', 'json', '--explain', '--explain'])).toContain(
      'given twice',
    );
    expect(refusal(['batch', '--scenario', 's', '--seeds', '1-5', '--seed', '2'])).toContain(
      '--seeds',
    );
  });

  it('an unknown policy, listing the policies', () => {
    const message = refusal(['--scenario', 's', '--policy', 'ALI=greedy']);
    expect(message).toContain('"greedy"');
    for (const kind of POLICY_KINDS) expect(message).toContain(kind);
    expect(refusal(['--scenario', 's', '--policy', 'ALI'])).toContain('PROVIDER=POLICY');
  });

  it('a single-valued flag given twice, or a human named twice', () => {
    expect(refusal(['--scenario', 'a', '--scenario', 'b'])).toContain('twice');
    expect(refusal(['--scenario', 'a', '--human', 'X', '--human', 'X'])).toContain('twice');
  });
});

describe('seed range', () => {
  it('refuses seeds the 32-bit generator cannot tell apart', () => {
    expect(() => parseSimArgs(['--scenario', 'x', '--seed', '-1'])).toThrow(
      /--seed must be an integer from 0 to 4294967295/,
    );
    expect(() => parseSimArgs(['--scenario', 'x', '--seed', '4294967296'])).toThrow(/--seed/);
    expect(() =>
      parseSimArgs(['batch', '--scenario', 'x', '--seeds', '4294967290-4294967296']),
    ).toThrow(/--seeds/);
  });
});
