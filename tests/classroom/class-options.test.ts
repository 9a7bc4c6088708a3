// `npm run class` flags: the defaults, everything accepted, and for every refusal a one-line
// message that names the flag and what it allows.

import { describe, expect, it } from 'vitest';
import {
  CONSOLE_HOST,
  ClassOptionsError,
  parseClassArgs,
  seatsFor,
} from '../../game/classroom/class-options.ts';
import { loadScenario, SCENARIO_DIR } from '../helpers/scenarios.ts';

const refusal = (argv: string[]): ClassOptionsError => {
  try {
    parseClassArgs(argv, ['classroom-duopoly', 'china-2023-price-war']);
  } catch (e) {
    expect(e).toBeInstanceOf(ClassOptionsError);
    expect((e as Error).message).not.toContain('\n');
    return e as ClassOptionsError;
  }
  throw new Error(`accepted ${argv.join(' ')}`);
};

const base = ['--scenario', 'classroom-duopoly'];

describe('parseClassArgs accepts', () => {
  it('a scenario alone, with the documented defaults', () => {
    expect(parseClassArgs(base)).toEqual({
      command: 'class',
      scenario: 'classroom-duopoly',
      markets: 1,
      port: 2567,
      deadlineMinutes: 10,
      seed: 1,
      seats: undefined,
      advance: 'all',
      practice: false,
      lang: 'zh',
      host: '0.0.0.0',
      consoleHost: '127.0.0.1',
      redis: undefined,
      onlyMarkets: undefined,
      publicAddress: undefined,
    });
  });

  it('every flag, in both spellings', () => {
    expect(
      parseClassArgs([
        '--scenario=china-2023-price-war',
        '--markets',
        '20',
        '--port=1024',
        '--deadline',
        '60',
        '--seed',
        '4294967295',
        '--seats',
        'ALI, TEN',
        '--advance',
        'teacher',
        '--practice',
        '--lang',
        'en',
        '--host',
        '192.168.1.20',
        '--redis',
        'redis://127.0.0.1:6390',
      ]),
    ).toEqual({
      command: 'class',
      scenario: 'china-2023-price-war',
      markets: 20,
      port: 1024,
      deadlineMinutes: 60,
      seed: 4294967295,
      seats: ['ALI', 'TEN'],
      advance: 'teacher',
      practice: true,
      lang: 'en',
      host: '192.168.1.20',
      consoleHost: CONSOLE_HOST,
      redis: 'redis://127.0.0.1:6390',
    });
  });

  it('the lowest values and a host name or IPv6 address', () => {
    expect(
      parseClassArgs([...base, '--markets', '1', '--port', '65535', '--deadline', '1']),
    ).toMatchObject({ markets: 1, port: 65535, deadlineMinutes: 1 });
    expect(parseClassArgs([...base, '--host', 'class-server.local'])).toMatchObject({
      host: 'class-server.local',
    });
    expect(parseClassArgs([...base, '--host', '::'])).toMatchObject({ host: '::' });
  });

  it('one process’s share of a class shared through Redis: markets as ranges and lists', () => {
    const redis = ['--redis', 'redis://127.0.0.1:6379'];
    const shared = parseClassArgs([...base, ...redis, '--only-markets', '1,3-5,9']);
    expect(shared).toMatchObject({ onlyMarkets: [1, 3, 4, 5, 9], publicAddress: undefined });
    const proxied = parseClassArgs([...base, ...redis, '--public-address', 'class.example.edu/p2']);
    expect(proxied).toMatchObject({ publicAddress: 'class.example.edu/p2' });
    expect(parseClassArgs([...base, ...redis, '--public-address', '10.0.0.5:2568'])).toMatchObject({
      publicAddress: '10.0.0.5:2568',
    });
  });

  it('--help anywhere', () => {
    expect(parseClassArgs(['--port', 'x', '--help'])).toEqual({ command: 'help' });
  });
});

describe('parseClassArgs refuses, naming the flag and the allowed range', () => {
  const cases: [string[], string, RegExp][] = [
    [[], '--scenario', /--scenario is required: one of classroom-duopoly, china-2023-price-war/],
    [
      [...base, '--markets', '0'],
      '--markets',
      /--markets must be a whole number from 1 to 20, got "0"/,
    ],
    [[...base, '--markets', '21'], '--markets', /from 1 to 20, got "21"/],
    [[...base, '--markets', '2.5'], '--markets', /from 1 to 20, got "2.5"/],
    [
      [...base, '--port', '80'],
      '--port',
      /--port must be a whole number from 1024 to 65535, got "80"/,
    ],
    [[...base, '--port', '65536'], '--port', /from 1024 to 65535/],
    [[...base, '--port', 'http'], '--port', /from 1024 to 65535, got "http"/],
    [[...base, '--deadline', '0'], '--deadline', /--deadline must be a whole number from 1 to 60/],
    [[...base, '--deadline', '61'], '--deadline', /from 1 to 60, got "61"/],
    [[...base, '--seed', '-1'], '--seed', /--seed must be a whole number from 0 to 4294967295/],
    [[...base, '--seed', '4294967296'], '--seed', /from 0 to 4294967295/],
    [
      [...base, '--advance', 'auto'],
      '--advance',
      /--advance must be one of all, teacher, got "auto"/,
    ],
    [[...base, '--lang', 'fr'], '--lang', /--lang must be one of zh, en, got "fr"/],
    [[...base, '--host', 'not a host'], '--host', /--host must be an IP address or a host name/],
    [
      [...base, '--redis', 'localhost:6379'],
      '--redis',
      /--redis must be a redis:\/\/ or rediss:\/\/ URL/,
    ],
    [[...base, '--redis', 'http://x:6379'], '--redis', /redis:\/\//],
    [[...base, '--seats', 'ALI,,TEN'], '--seats', /none empty/],
    [[...base, '--seats', 'ALI,ALI'], '--seats', /--seats names a provider twice/],
    [[...base, '--markets'], '--markets', /--markets needs a value/],
    [[...base, '--markets', '--port', '3000'], '--markets', /--markets needs a value/],
    [[...base, '--port', '3000', '--port', '3001'], '--port', /--port is given twice/],
    [[...base, '--practice=yes'], '--practice', /--practice takes no value/],
    [[...base, '--rooms', '3'], '--rooms', /unknown option --rooms; valid options: --scenario/],
    [[...base, 'extra'], '', /unexpected argument "extra"/],
    [[...base, '--only-markets', '1-3'], '--only-markets', /needs --redis/],
    [[...base, '--public-address', 'a:1'], '--public-address', /needs --redis/],
    [[...base, '--redis', 'redis://h', '--only-markets', '1-'], '--only-markets', /e\.g\. 1-6/],
    [[...base, '--redis', 'redis://h', '--only-markets', '5-2'], '--only-markets', /low to high/],
    [[...base, '--redis', 'redis://h', '--only-markets', '0,1'], '--only-markets', /from 1 to 20/],
    [[...base, '--redis', 'redis://h', '--only-markets', '1,1'], '--only-markets', /twice/],
    [
      [...base, '--redis', 'redis://h', '--public-address', 'http://x y'],
      '--public-address',
      /host:port with an optional path/,
    ],
  ];
  it.each(cases)('%j', (argv, flag, message) => {
    const error = refusal(argv);
    expect(error.flag).toBe(flag);
    expect(error.message).toMatch(message);
  });
});

describe('seatsFor', () => {
  it('gives every provider when no seats are named, else the ones named in their order', async () => {
    const duopoly = await loadScenario(`${SCENARIO_DIR}classroom-duopoly.yaml`);
    const ids = duopoly.providers.map((p) => p.id);
    expect(seatsFor({ seats: undefined }, duopoly)).toEqual(ids);
    expect(seatsFor({ seats: [ids[1]!] }, duopoly)).toEqual([ids[1]]);
  });

  it('refuses a seat that is not a provider of the scenario, listing its providers', async () => {
    const duopoly = await loadScenario(`${SCENARIO_DIR}classroom-duopoly.yaml`);
    const ids = duopoly.providers.map((p) => p.id);
    try {
      seatsFor({ seats: [ids[0]!, 'ALI'] }, duopoly);
      throw new Error('accepted ALI');
    } catch (e) {
      expect(e).toBeInstanceOf(ClassOptionsError);
      expect((e as ClassOptionsError).flag).toBe('--seats');
      expect((e as Error).message).toBe(
        `--seats names "ALI", which is not a provider of the scenario ${duopoly.id}; its providers: ${ids.join(', ')}`,
      );
    }
  });
});
