// Command-line parsing for `npm run sim`, kept apart from everything else so that every bad
// flag can be tested without running a game. Only syntax and fixed vocabularies are checked
// here; provider ids and quarter counts depend on the scenario (see scenario-options.ts).

import { MAX_SEED, POLICY_KINDS } from '../engine/index.ts';
import type { PolicyKind } from '../engine/index.ts';
import { UsageError } from './usage.ts';

export interface PolicyOverride {
  provider: string;
  kind: PolicyKind;
}

interface CommonArgs {
  scenario: string;
  quarters: number | undefined;
  humans: string[];
  policies: PolicyOverride[];
  out: string | undefined;
}

export interface RunArgs extends CommonArgs {
  command: 'run';
  seed: number;
  format: 'table' | 'json' | 'csv';
  /** A file of scripted decisions for the humans (decisions-file.ts). */
  decisions: string | undefined;
  /** Add each provider's share attribution to the JSON. */
  explain: boolean;
}

export interface BatchArgs extends CommonArgs {
  command: 'batch';
  seeds: { from: number; to: number };
  workers: number | undefined;
  format: 'json' | 'csv';
}

export type SimArgs = RunArgs | BatchArgs | { command: 'help' };

const RUN_FORMATS = ['table', 'json', 'csv'] as const;
const BATCH_FORMATS = ['json', 'csv'] as const;
const SINGLE = [
  '--scenario',
  '--seed',
  '--seeds',
  '--quarters',
  '--workers',
  '--format',
  '--out',
  '--decisions',
];
const REPEATED = ['--human', '--policy'];
/** Flags that take no value. */
const SWITCHES = ['--explain'];
const RUN_ONLY = ['--seed', '--decisions', '--explain'];
const BATCH_ONLY = ['--seeds', '--workers'];
/** Batches bigger than this are almost surely a typo (and would take hours). */
export const MAX_BATCH = 1_000_000;
export const MAX_WORKERS = 256;

function integer(flag: string, text: string, min: number, max: number): number {
  const value = /^-?\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max)
    throw new UsageError(`${flag} must be an integer from ${min} to ${max}, got "${text}"`);
  return value;
}

function oneOf<T extends string>(flag: string, text: string, valid: readonly T[]): T {
  if ((valid as readonly string[]).includes(text)) return text as T;
  throw new UsageError(`${flag} must be one of ${valid.join(', ')}; got "${text}"`);
}

export function parseSeedRange(text: string): { from: number; to: number } {
  const match = /^(\d+)(?:-(\d+))?$/.exec(text);
  const from = match ? Number(match[1]) : NaN;
  const to = match ? Number(match[2] ?? match[1]) : NaN;
  if (
    !Number.isSafeInteger(from) ||
    !Number.isSafeInteger(to) ||
    to > MAX_SEED ||
    from > to ||
    to - from + 1 > MAX_BATCH
  )
    throw new UsageError(
      `--seeds must be FROM-TO with whole numbers 0 <= FROM <= TO <= ${MAX_SEED} and at most ${MAX_BATCH} seeds (e.g. 1-1000), got "${text}"`,
    );
  return { from, to };
}

export function parsePolicy(text: string): PolicyOverride {
  const at = text.indexOf('=');
  const provider = at > 0 ? text.slice(0, at) : '';
  const kind = at > 0 ? text.slice(at + 1) : '';
  if (!provider || !kind)
    throw new UsageError(
      `--policy must be PROVIDER=POLICY (e.g. ALI=price-follower), got "${text}"`,
    );
  if (!(POLICY_KINDS as readonly string[]).includes(kind))
    throw new UsageError(
      `unknown policy "${kind}" for ${provider}; valid policies: ${POLICY_KINDS.join(', ')}`,
    );
  return { provider, kind: kind as PolicyKind };
}

/** Splits argv into flag values; `--flag value` and `--flag=value` both work. */
function collect(argv: readonly string[]): {
  command: string | undefined;
  values: Map<string, string[]>;
} {
  const values = new Map<string, string[]>();
  let command: string | undefined;
  const valid = [...SINGLE, ...REPEATED, ...SWITCHES];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      if (i === 0 && arg === 'batch') command = arg;
      else
        throw new UsageError(
          `unexpected argument "${arg}"; the only command is "batch" (first), everything else is --flags`,
        );
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    if (!valid.includes(flag))
      throw new UsageError(`unknown option ${flag}; valid options: ${valid.join(', ')}, --help`);
    if (SWITCHES.includes(flag)) {
      if (eq > 0) throw new UsageError(`${flag} takes no value, got "${arg.slice(eq + 1)}"`);
      if (values.has(flag)) throw new UsageError(`${flag} is given twice`);
      values.set(flag, ['']);
      continue;
    }
    const repeated = REPEATED.includes(flag);
    const given: string[] = [];
    if (eq > 0) given.push(arg.slice(eq + 1));
    // A value follows the flag; repeatable flags take every value up to the next flag.
    else
      while (i + 1 < argv.length && !argv[i + 1]!.startsWith('--')) {
        given.push(argv[++i]!);
        if (!repeated) break;
      }
    if (given.length === 0 || given.includes('')) throw new UsageError(`${flag} needs a value`);
    const list = values.get(flag) ?? [];
    if (list.length > 0 && !repeated)
      throw new UsageError(`${flag} is given twice ("${list[0]}" and "${given[0]}")`);
    // Repeatable flags also take comma lists: --human ALI,TEN.
    list.push(...(repeated ? given.flatMap((v) => v.split(',')).filter(Boolean) : given));
    values.set(flag, list);
  }
  return { command, values };
}

export function parseSimArgs(
  argv: readonly string[],
  knownScenarios: readonly string[] = [],
): SimArgs {
  if (argv.includes('--help') || argv.includes('-h')) return { command: 'help' };
  const { command, values } = collect(argv);
  const one = (flag: string): string | undefined => values.get(flag)?.[0];
  const batch = command === 'batch';
  for (const flag of batch ? RUN_ONLY : BATCH_ONLY)
    if (values.has(flag))
      throw new UsageError(
        batch
          ? `${flag} is for a single run, not batch${flag === '--seed' ? '; batch takes --seeds FROM-TO' : ''}`
          : `${flag} is only for "batch"`,
      );

  const scenario = one('--scenario');
  if (scenario === undefined)
    throw new UsageError(
      `--scenario is required: ${knownScenarios.length ? `one of ${knownScenarios.join(', ')}, or ` : ''}a path to a .yaml file`,
    );
  const quartersText = one('--quarters');
  const humans = values.get('--human') ?? [];
  const duplicate = humans.find((id, i) => humans.indexOf(id) !== i);
  if (duplicate) throw new UsageError(`--human ${duplicate} is given twice`);
  const policies = (values.get('--policy') ?? []).map(parsePolicy);
  const common: CommonArgs = {
    scenario,
    quarters:
      quartersText === undefined ? undefined : integer('--quarters', quartersText, 1, 10_000),
    humans,
    policies,
    out: one('--out'),
  };
  if (!batch) {
    const seed = one('--seed');
    const format = oneOf('--format', one('--format') ?? 'table', RUN_FORMATS);
    const explain = values.has('--explain');
    if (explain && format !== 'json')
      throw new UsageError(`--explain adds to the JSON output: use it with --format json`);
    return {
      ...common,
      command: 'run',
      seed: seed === undefined ? 1 : integer('--seed', seed, 0, MAX_SEED),
      format,
      decisions: one('--decisions'),
      explain,
    };
  }
  const seeds = one('--seeds');
  if (seeds === undefined)
    throw new UsageError('batch needs --seeds FROM-TO (e.g. --seeds 1-1000)');
  const workers = one('--workers');
  return {
    ...common,
    command: 'batch',
    seeds: parseSeedRange(seeds),
    workers: workers === undefined ? undefined : integer('--workers', workers, 1, MAX_WORKERS),
    format: oneOf('--format', one('--format') ?? 'json', BATCH_FORMATS),
  };
}
