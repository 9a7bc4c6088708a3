// The command line of `npm run class`: flags to a typed ClassOptions. Syntax and ranges are
// checked by a zod schema whose every message names its flag and the allowed values; the seats
// depend on the scenario, so `seatsFor` checks them once the server has loaded it. Pure: the
// caller passes argv and the shipped scenario ids, and prints the error's message.

import { z } from 'zod';
import { MAX_SEED } from '../engine/index.ts';
import type { Scenario } from '../engine/index.ts';

/** A mistake on the command line: `flag` is the one at fault ('' when none is). */
export class ClassOptionsError extends Error {
  override name = 'ClassOptionsError';
  constructor(
    readonly flag: string,
    message: string,
  ) {
    super(message);
  }
}

export const CLASS_LIMITS = {
  markets: { min: 1, max: 20 },
  port: { min: 1024, max: 65535 },
  deadlineMinutes: { min: 1, max: 60 },
} as const;

export const ADVANCE_MODES = ['all', 'teacher'] as const;
export const CLASS_LANGUAGES = ['zh', 'en'] as const;
/** The teacher console listens here unless the teacher opens it on purpose. */
export const CONSOLE_HOST = '127.0.0.1';

export const CLASS_USAGE = `usage:
  npm run class -- --scenario ID [--markets N] [--port P] [--deadline MIN] [--seed N]
                   [--seats PROVIDER,PROVIDER] [--advance all|teacher] [--practice]
                   [--lang zh|en] [--host ADDR] [--redis URL [--only-markets LIST]
                   [--public-address ADDR]]
  npm run class -- --resume DIR [--port P] [--host ADDR] [--redis URL] [--only-markets LIST]
                   [--public-address ADDR]

--markets N     parallel copies of the scenario, ${CLASS_LIMITS.markets.min}-${CLASS_LIMITS.markets.max} (default 1)
--port P        the game server's port, ${CLASS_LIMITS.port.min}-${CLASS_LIMITS.port.max} (default 2567)
--deadline MIN  minutes per quarter, ${CLASS_LIMITS.deadlineMinutes.min}-${CLASS_LIMITS.deadlineMinutes.max} (default 10)
--seed N        the markets' seed, 0-${MAX_SEED} (default 1)
--seats A,B     the providers teams play (default: every provider); the rest play their policy
--advance       all: a quarter resolves when every team has committed; teacher: on the teacher's click
--practice      start with a practice quarter that does not count
--lang          the students' language (default zh)
--host ADDR     the address the game server listens on (default 0.0.0.0: every network);
                the teacher console always listens on ${CONSOLE_HOST} only
--redis URL     share rooms with other server processes through Redis (redis://host:port)
--only-markets  with --redis: the markets this process hosts, e.g. 1-6 or 1,3,5 (default all)
--public-address  with --redis: host:port[/path] where browsers reach this process
--resume DIR    host a class again (after a crash, or for the next lesson) from its folder
`;

const VALUE_FLAGS = [
  '--scenario',
  '--markets',
  '--port',
  '--deadline',
  '--seed',
  '--seats',
  '--advance',
  '--lang',
  '--host',
  '--redis',
  '--only-markets',
  '--public-address',
] as const;
const SWITCH_FLAGS = ['--practice'] as const;
type ValueFlag = (typeof VALUE_FLAGS)[number];

/** `--flag value` and `--flag=value` to a record of strings; switches map to ''. */
function splitArgv(argv: readonly string[]): Map<string, string> {
  const values = new Map<string, string>();
  const known: readonly string[] = [...VALUE_FLAGS, ...SWITCH_FLAGS];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--'))
      throw new ClassOptionsError('', `unexpected argument "${arg}"; every option is a --flag`);
    const eq = arg.indexOf('=');
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    if (!known.includes(flag))
      throw new ClassOptionsError(
        flag,
        `unknown option ${flag}; valid options: ${known.join(', ')}, --help`,
      );
    if (values.has(flag)) throw new ClassOptionsError(flag, `${flag} is given twice`);
    if ((SWITCH_FLAGS as readonly string[]).includes(flag)) {
      if (eq > 0) throw new ClassOptionsError(flag, `${flag} takes no value`);
      values.set(flag, '');
      continue;
    }
    const next = argv[i + 1];
    const value =
      eq > 0 ? arg.slice(eq + 1) : next !== undefined && !next.startsWith('--') ? next : '';
    if (eq <= 0 && value !== '') i++;
    if (value === '') throw new ClassOptionsError(flag, `${flag} needs a value`);
    values.set(flag, value);
  }
  return values;
}

const integer = (flag: ValueFlag, min: number, max: number) => {
  const message = `${flag} must be a whole number from ${min} to ${max}`;
  return z
    .string()
    .regex(/^\d+$/, message)
    .transform(Number)
    .pipe(z.number().int().min(min, message).max(max, message));
};

const choice = <T extends string>(flag: ValueFlag, valid: readonly [T, ...T[]]) =>
  z.enum(valid, { error: `${flag} must be one of ${valid.join(', ')}` });

/** An IPv4 address, an IPv6 address or a host name: what a server can be told to listen on. */
const hostSchema = z
  .string()
  .refine(
    (h) =>
      z.ipv4().safeParse(h).success ||
      z.ipv6().safeParse(h).success ||
      /^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,62}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*$/.test(
        h,
      ),
    '--host must be an IP address or a host name (e.g. 0.0.0.0 or 192.168.1.20)',
  );

const redisSchema = z.string().refine((text) => {
  try {
    const url = new URL(text);
    return (url.protocol === 'redis:' || url.protocol === 'rediss:') && url.hostname !== '';
  } catch {
    return false;
  }
}, '--redis must be a redis:// or rediss:// URL with a host (e.g. redis://127.0.0.1:6379)');

/** "1-6", "1,3,5-8": market numbers, each once; checked against the class by the server. */
const marketListSchema = z
  .string()
  .regex(
    /^\d+(-\d+)?(,\d+(-\d+)?)*$/,
    '--only-markets must be market numbers and ranges separated by commas (e.g. 1-6 or 1,3,5)',
  )
  .transform((text) =>
    text.split(',').flatMap((part) => {
      const [from, to = from] = part.split('-').map(Number) as [number, number?];
      return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
    }),
  )
  .refine(
    (markets) =>
      markets.length > 0 && markets.every((m) => m >= 1 && m <= CLASS_LIMITS.markets.max),
    `--only-markets must name markets from 1 to ${CLASS_LIMITS.markets.max}, each range from low to high`,
  )
  .refine(
    (markets) => new Set(markets).size === markets.length,
    '--only-markets names a market twice',
  );

/** host:port with an optional path: what a browser is told to connect to. */
const publicAddressSchema = z
  .string()
  .regex(
    /^[A-Za-z0-9.[\]:-]+(\/[A-Za-z0-9._~-]+)*$/,
    '--public-address must be host:port with an optional path (e.g. 10.0.0.5:2568 or class.example.edu/p2)',
  );

/** Provider ids as typed; checked against the scenario by `seatsFor`. */
const seatsSchema = z
  .string()
  .transform((text) => text.split(',').map((s) => s.trim()))
  .refine(
    (ids) => ids.every((id) => id !== ''),
    '--seats must be provider ids separated by commas, with none empty (e.g. ALI,TEN)',
  )
  .refine((ids) => new Set(ids).size === ids.length, '--seats names a provider twice');

const optionsSchema = z.object({
  '--scenario': z.string({ error: '--scenario is required' }),
  '--markets': integer('--markets', CLASS_LIMITS.markets.min, CLASS_LIMITS.markets.max).default(1),
  '--port': integer('--port', CLASS_LIMITS.port.min, CLASS_LIMITS.port.max).default(2567),
  '--deadline': integer(
    '--deadline',
    CLASS_LIMITS.deadlineMinutes.min,
    CLASS_LIMITS.deadlineMinutes.max,
  ).default(10),
  '--seed': integer('--seed', 0, MAX_SEED).default(1),
  '--seats': seatsSchema.optional(),
  '--advance': choice('--advance', ADVANCE_MODES).default('all'),
  '--practice': z.string().optional(),
  '--lang': choice('--lang', CLASS_LANGUAGES).default('zh'),
  '--host': hostSchema.default('0.0.0.0'),
  '--redis': redisSchema.optional(),
  '--only-markets': marketListSchema.optional(),
  '--public-address': publicAddressSchema.optional(),
});

export interface ClassOptions {
  /** A shipped scenario id or a path to a .yaml file (the server loads it). */
  scenario: string;
  markets: number;
  port: number;
  /** Minutes each quarter lasts before uncommitted seats hold last quarter's course. */
  deadlineMinutes: number;
  seed: number;
  /** Providers played by teams; undefined = every provider of the scenario. */
  seats: string[] | undefined;
  /** 'all': a quarter resolves once every seat has committed; 'teacher': on the teacher's click. */
  advance: (typeof ADVANCE_MODES)[number];
  practice: boolean;
  lang: (typeof CLASS_LANGUAGES)[number];
  /** Where the game server (and the web build) listens. */
  host: string;
  /** Where the teacher console listens: always this machine only. */
  consoleHost: typeof CONSOLE_HOST;
  redis: string | undefined;
  /** With redis: the markets this process hosts (undefined = all of them). */
  onlyMarkets: number[] | undefined;
  /** With redis: where browsers reach this process. */
  publicAddress: string | undefined;
}

export type ClassArgs = { command: 'help' } | ({ command: 'class' } & ClassOptions);

/**
 * Parses `npm run class` flags. `knownScenarios` are the shipped ids, for the message when
 * --scenario is missing. Throws ClassOptionsError naming the flag and what it allows.
 */
export function parseClassArgs(
  argv: readonly string[],
  knownScenarios: readonly string[] = [],
): ClassArgs {
  if (argv.includes('--help') || argv.includes('-h')) return { command: 'help' };
  const values = splitArgv(argv);
  const parsed = optionsSchema.safeParse(Object.fromEntries(values));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const flag = String(issue.path[0] ?? '');
    const hint =
      flag === '--scenario' && knownScenarios.length > 0
        ? `: one of ${knownScenarios.join(', ')}, or a path to a .yaml file`
        : '';
    const given = values.get(flag);
    const got = given === undefined ? '' : `, got "${given}"`;
    throw new ClassOptionsError(flag, `${issue.message}${hint}${got}`);
  }
  const o = parsed.data;
  for (const flag of ['--only-markets', '--public-address'] as const)
    if (o[flag] !== undefined && o['--redis'] === undefined)
      throw new ClassOptionsError(
        flag,
        `${flag} shares a class between processes and needs --redis (redis://host:port)`,
      );
  return {
    command: 'class',
    scenario: o['--scenario'],
    markets: o['--markets'],
    port: o['--port'],
    deadlineMinutes: o['--deadline'],
    seed: o['--seed'],
    seats: o['--seats'],
    advance: o['--advance'],
    practice: o['--practice'] !== undefined,
    lang: o['--lang'],
    host: o['--host'],
    consoleHost: CONSOLE_HOST,
    redis: o['--redis'],
    onlyMarkets: o['--only-markets'],
    publicAddress: o['--public-address'],
  };
}

/**
 * The seats of a class on `scenario`: the ones given, each a provider of it, or every provider.
 * Throws ClassOptionsError('--seats') naming the stranger and the scenario's providers.
 */
export function seatsFor(options: Pick<ClassOptions, 'seats'>, scenario: Scenario): string[] {
  const providers = scenario.providers.map((p) => p.id);
  if (options.seats === undefined) return providers;
  const stranger = options.seats.find((id) => !providers.includes(id));
  if (stranger !== undefined)
    throw new ClassOptionsError(
      '--seats',
      `--seats names "${stranger}", which is not a provider of the scenario ${scenario.id}; its providers: ${providers.join(', ')}`,
    );
  return options.seats.slice();
}
