// `npm run bench:class` (issue 10, part 9): a class host in its own process and N bot devices
// (colyseus.js, in this process) spread over M markets play Q quarters: every bot edits its draft
// a few times, every seat seals, and the bench measures how long each market's quarter takes
// from its last seal until every device of it holds the result, the messages per second, the
// host's memory, and the same quarters resolved in-process by the engine alone (the baseline
// for the ratio). Then it checks every bot's log against the journals the host wrote: nothing
// lost or duplicated. Flags: see CLASS_BENCH_USAGE (options.ts).

import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client } from 'colyseus.js';
import type { Room } from 'colyseus.js';
import {
  CLASS_FORMAT,
  createClassFolder,
  journalPath,
} from '../../../game/classroom/class-file.ts';
import { Journal } from '../../../game/classroom/journal.ts';
import { entrySchema } from '../../../game/classroom/market-entry.ts';
import type { MarketEntry } from '../../../game/classroom/market-entry.ts';
import { hashToken, newToken } from '../../../game/classroom/tokens.ts';
import { alignTable } from '../../../game/cli/table.ts';
import { isFinished, resolveQuarter, startGame } from '../../../game/engine/index.ts';
import type { Scenario } from '../../../game/engine/index.ts';
import { loadScenarioFile } from '../../../game/scenario/load-file.ts';
import { formatProblems } from '../../../game/scenario/format-problem.ts';
import { serveClass } from '../../classroom/serve-process.ts';
import type { ServerProcess } from '../../classroom/serve-process.ts';
import { Bot } from './bot.ts';
import { replayInProcess, replayJournals } from './engine-baseline.ts';
import { hostCpuMs, hostRssMb } from './host-memory.ts';
import { CLASS_BENCH_USAGE, parseClassBenchArgs, placeBots } from './options.ts';
import type { ClassBenchOptions } from './options.ts';
import { reconcile } from './reconcile.ts';
import { classBenchRows } from './report.ts';
import type { ClassBenchFigures } from './report.ts';

const SCENARIOS = fileURLToPath(new URL('../../../scenarios/', import.meta.url));
const CLASS_CODE = 'B3NCH7';
/** A bot's draft edits in one quarter take up to this long in all (ms), like a student's. */
const EDITING_MS = 300;

/** A small seeded generator, so two runs with one seed make the same pauses. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function playableQuarters(scenario: Scenario, seed: number): number {
  let state = startGame(scenario, { seed, humans: [] }).state;
  let n = 0;
  while (!isFinished(scenario, state)) {
    state = resolveQuarter(scenario, state).state;
    n++;
  }
  return n;
}

interface Teacher {
  room: Room;
  received: number;
}

async function joinTeacher(port: number, market: number, token: string): Promise<Teacher> {
  const room = await new Client(`ws://127.0.0.1:${port}`).joinById(`market-${market}`, {
    teacherToken: token,
  });
  const teacher = { room, received: 0 };
  room.onMessage('*', () => teacher.received++);
  return teacher;
}

/** Seats every bot: each market's captains claim their seats, then teammates join by code. */
async function seatBots(bots: Bot[], port: number, markets: number): Promise<void> {
  const byMarket = Array.from({ length: markets }, (_, m) =>
    bots.filter((b) => b.place.market === m + 1),
  );
  await Promise.all(
    byMarket.map(async (here) => {
      const codes = new Map<string, string>();
      for (const bot of here.filter((b) => b.place.device === 0)) {
        await bot.join(port, { classCode: CLASS_CODE, seat: bot.place.seat, team: bot.name });
        codes.set(bot.place.seat, bot.welcome!.teamCode!);
      }
      for (const bot of here.filter((b) => b.place.device > 0))
        await bot.join(port, {
          classCode: CLASS_CODE,
          seat: bot.place.seat,
          teamCode: codes.get(bot.place.seat)!,
        });
    }),
  );
}

async function readJournals(classDir: string, markets: number) {
  const journals = new Map<number, MarketEntry[]>();
  for (let m = 1; m <= markets; m++) {
    const opened = await Journal.open(journalPath(classDir, m), (raw) => entrySchema.parse(raw));
    await opened.journal.close();
    journals.set(m, opened.entries);
  }
  return journals;
}

async function bench(options: ClassBenchOptions, scenario: Scenario, text: string) {
  const { seats, bots: places } = placeBots(
    options.clients,
    options.markets,
    scenario.providers.map((p) => p.id),
  );
  const root = await mkdtemp(join(tmpdir(), 'bench-class-'));
  const classDir = join(root, 'class');
  const webRoot = join(root, 'web');
  await mkdir(webRoot);
  await writeFile(join(webRoot, 'index.html'), '<!doctype html><title>bench</title>');
  const teacherToken = newToken();
  await createClassFolder(
    classDir,
    {
      format: CLASS_FORMAT,
      version: 1,
      code: CLASS_CODE,
      teacherTokenHash: hashToken(teacherToken),
      scenarioId: scenario.id,
      seed: options.seed,
      seats,
      markets: options.markets,
      quarterMinutes: 60, // no deadline during the bench: every quarter ends by all sealing
      advance: 'all',
      lang: 'en',
      createdAt: new Date().toISOString(),
    },
    text,
  );
  let server: ServerProcess | null = null;
  const bots = places.map((p, i) => new Bot(p, `bot${i + 1}-m${p.market}-${p.seat}`));
  try {
    server = await serveClass(classDir, webRoot);
    const port = server.port;
    const teachers: Teacher[] = [];
    for (let m = 1; m <= options.markets; m++)
      teachers.push(await joinTeacher(port, m, teacherToken));
    console.error(`bench:class: seating ${bots.length} bots in ${options.markets} markets...`);
    await seatBots(bots, port, options.markets);
    const pid = server.child.pid!;
    const joinedMb = await hostRssMb(pid);
    let peakMb = joinedMb;
    const sampler = setInterval(() => {
      void hostRssMb(pid).then((mb) => (peakMb = Math.max(peakMb, mb)));
    }, 200);

    for (const t of teachers) t.room.send('teacher', { command: 'start' });
    await Promise.all(bots.map((b) => b.drafting()));
    const loadBefore = loadavg()[0]!;
    const count = () => ({
      sent: bots.reduce((n, b) => n + b.sentCount, 0),
      received:
        bots.reduce((n, b) => n + b.receivedCount, 0) +
        teachers.reduce((n, t) => n + t.received, 0),
    });
    const before = count();
    const cpuBefore = await hostCpuMs(pid);
    const began = performance.now();
    const random = seeded(options.seed);
    const latencies: number[] = [];
    for (let q = 0; q < options.quarters; q++) {
      console.error(`bench:class: quarter ${q + 1} of ${options.quarters}...`);
      await Promise.all(
        bots.map((b) =>
          b.editDrafts(q, options.drafts, () => (random() * EDITING_MS) / options.drafts),
        ),
      );
      // Every seat seals within the spread (at once by default, as at a deadline); a market's
      // clock starts at its last seal.
      const lastSeal = new Map<number, number>();
      await Promise.all(
        bots
          .filter((b) => b.place.device === 0)
          .map(async (b) => {
            if (options.sealSpreadMs > 0)
              await new Promise((r) => setTimeout(r, random() * options.sealSpreadMs));
            const at = b.seal(q);
            lastSeal.set(b.place.market, Math.max(lastSeal.get(b.place.market) ?? 0, at));
          }),
      );
      await Promise.all(bots.map((b) => b.holds(q)));
      for (const [market, sealed] of lastSeal) {
        const held = bots.filter((b) => b.place.market === market).map((b) => b.quarterAt.get(q)!);
        latencies.push(Math.max(...held) - sealed);
      }
    }
    const seconds = (performance.now() - began) / 1000;
    // The hashes the bots sent for the last quarter are counted; let them reach the host.
    await new Promise((r) => setTimeout(r, 200));
    const after = count();
    const hostCpuSeconds = ((await hostCpuMs(pid)) - cpuBefore) / 1000;
    clearInterval(sampler);
    const loadAfter = loadavg()[0]!;
    for (const b of bots) await b.leave();
    for (const t of teachers) await t.room.leave().catch(() => undefined);
    await server.kill('SIGTERM');
    server = null;

    console.error('bench:class: checking the journals and replaying in-process...');
    const journals = await readJournals(classDir, options.markets);
    const reconciled = reconcile(
      bots.map((b) => b.log),
      journals,
      options.quarters,
    );
    const logs = Array.from({ length: options.markets }, (_, m) => {
      const captain = bots.find((b) => b.place.market === m + 1)!;
      return captain.log.quarters
        .slice()
        .sort((a, b) => a.index - b.index)
        .map((r) => r.entry);
    });
    const game = { seed: options.seed, humans: seats };
    const baseline = replayInProcess(scenario, game, logs);
    const reducer = replayJournals(scenario, game, [...journals.values()]);
    const figures: ClassBenchFigures = {
      clients: options.clients,
      markets: options.markets,
      seats: seats.length,
      quarters: options.quarters,
      latenciesMs: latencies,
      engineQuarterMs: baseline.quarterMs,
      engineRoundMs: baseline.roundMs,
      reducerRoundMs: reducer.roundMs,
      hashes: baseline.hashes,
      messages: {
        toServer: after.sent - before.sent,
        toClients: after.received - before.received,
        seconds,
      },
      memoryMb: { joined: joinedMb, peak: peakMb },
      hostCpuSeconds,
      reconciled,
      load: { before: loadBefore, after: loadAfter },
      cores: availableParallelism(),
    };
    return { figures, seats };
  } finally {
    for (const b of bots) await b.leave();
    await server?.kill();
    await rm(root, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  let options: ClassBenchOptions;
  try {
    options = parseClassBenchArgs(process.argv.slice(2));
  } catch (e) {
    console.error(
      `bench:class: ${e instanceof Error ? e.message : String(e)}\n${CLASS_BENCH_USAGE}`,
    );
    process.exitCode = 2;
    return;
  }
  const path = join(SCENARIOS, `${options.scenario}.yaml`);
  const loaded = await loadScenarioFile(path);
  if (!loaded.ok) {
    console.error(`bench:class: --scenario ${options.scenario}:\n${formatProblems(loaded.errors)}`);
    process.exitCode = 2;
    return;
  }
  const playable = playableQuarters(loaded.scenario, options.seed);
  if (options.quarters > playable) {
    console.error(
      `bench:class: --quarters ${options.quarters} is more than ${options.scenario} plays (${playable})`,
    );
    process.exitCode = 2;
    return;
  }
  const { figures, seats } = await bench(options, loaded.scenario, await readFile(path, 'utf8'));
  const perSeat = options.clients / (options.markets * seats.length);
  console.log(
    `Cloud Price War class benchmark: ${options.scenario}, ${options.clients} clients in ${options.markets} markets, seats ${seats.join(', ')} (${perSeat.toFixed(perSeat % 1 ? 1 : 0)} device(s) a seat), ${options.quarters} quarters, ${options.drafts} drafts a bot a quarter`,
  );
  console.log(
    `Node ${process.version}, ${figures.cores} cores (${cpus()[0]?.model ?? 'unknown CPU'})\n`,
  );
  console.log(
    alignTable(['measure', 'value', 'note'], classBenchRows(figures), ['left', 'right', 'left']),
  );
  const r = figures.reconciled;
  if (r.problems.length > 0)
    console.log(`Problems found:\n${r.problems.map((p) => `  ${p}`).join('\n')}`);
  if (r.lost + r.duplicated + r.mismatched > 0 || figures.hashes.matched < figures.hashes.replayed)
    process.exitCode = 1;
}

main().catch((e: unknown) => {
  console.error(`bench:class: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  process.exitCode = 1;
});
