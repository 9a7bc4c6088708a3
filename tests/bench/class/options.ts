// The flags of `npm run bench:class`, and how the bots spread over a class: every market gets
// the same seats (the scenario's first providers), one bot claims each seat, and bots beyond
// that join a seat of their market as teammates (several devices on one seat). Pure.

export interface ClassBenchOptions {
  /** Bot clients (students' devices), spread evenly over the markets. */
  clients: number;
  markets: number;
  /** Quarters every market plays; at most what the scenario has. */
  quarters: number;
  /** Draft messages each bot sends per quarter before its seat seals. */
  drafts: number;
  /** A shipped scenario id. */
  scenario: string;
  seed: number;
  /** Window (ms) over which seats seal; 0: all at once, as at a deadline. */
  sealSpreadMs: number;
}

export const CLASS_BENCH_DEFAULTS: ClassBenchOptions = {
  clients: 60,
  markets: 10,
  quarters: 8,
  drafts: 3,
  scenario: 'china-2023-price-war',
  seed: 7,
  sealSpreadMs: 0,
};

export const CLASS_BENCH_USAGE = `usage: npm run bench:class -- [--clients N] [--markets M] [--quarters Q]
       [--drafts D] [--scenario ID] [--seed N] [--seal-spread MS]
defaults: --clients 60 --markets 10 --quarters 8 --drafts 3 --scenario china-2023-price-war
          --seed 7 --seal-spread 0 (every seat seals at once, as at a deadline)`;

const FLAGS: Record<string, { key: keyof ClassBenchOptions; min: number; max: number } | 'text'> = {
  '--clients': { key: 'clients', min: 1, max: 400 },
  '--markets': { key: 'markets', min: 1, max: 20 },
  '--quarters': { key: 'quarters', min: 1, max: 40 },
  '--drafts': { key: 'drafts', min: 0, max: 10 },
  '--seed': { key: 'seed', min: 0, max: 0xffffffff },
  '--seal-spread': { key: 'sealSpreadMs', min: 0, max: 60_000 },
  '--scenario': 'text',
};

/** Parses the flags; throws an Error naming the flag and what it allows. */
export function parseClassBenchArgs(argv: readonly string[]): ClassBenchOptions {
  const options = { ...CLASS_BENCH_DEFAULTS };
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i]!;
    const spec = FLAGS[flag];
    if (spec === undefined)
      throw new Error(`unknown flag ${flag}; flags: ${Object.keys(FLAGS).join(', ')}`);
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) throw new Error(`${flag} needs a value`);
    if (spec === 'text') {
      if (!/^[a-z0-9-]+$/.test(value))
        throw new Error(`${flag} is a shipped scenario id (letters, digits, -), got "${value}"`);
      options.scenario = value;
      continue;
    }
    const n = Number(value);
    if (!Number.isInteger(n) || n < spec.min || n > spec.max)
      throw new Error(`${flag} is a whole number from ${spec.min} to ${spec.max}, got "${value}"`);
    (options[spec.key] as number) = n;
  }
  if (options.clients < options.markets)
    throw new Error(
      `--clients ${options.clients} is fewer than --markets ${options.markets}: every market needs a bot on each seat`,
    );
  return options;
}

export interface BotPlace {
  /** 1-based, as the server names markets. */
  market: number;
  seat: string;
  /** 0 claims the seat (and seals it); 1, 2... join it with the team code. */
  device: number;
}

/**
 * The seats of every market and where each bot sits. Seats: as many of the scenario's providers
 * as the smallest market has bots, so that every seat has a bot and every quarter can resolve
 * when all have sealed.
 */
export function placeBots(
  clients: number,
  markets: number,
  providers: readonly string[],
): { seats: string[]; bots: BotPlace[] } {
  const smallest = Math.floor(clients / markets);
  const seats = providers.slice(0, Math.min(smallest, providers.length));
  if (seats.length === 0) throw new Error('the scenario has no providers to seat');
  const bots: BotPlace[] = [];
  const inMarket = new Array<number>(markets).fill(0);
  for (let i = 0; i < clients; i++) {
    const m = i % markets;
    const k = inMarket[m]!++;
    bots.push({
      market: m + 1,
      seat: seats[k % seats.length]!,
      device: Math.floor(k / seats.length),
    });
  }
  return { seats, bots };
}
