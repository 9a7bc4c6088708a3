// A profiling load, not a benchmark: `npx tsx tests/bench/profile-quarters.ts [scenario.yaml]
// [games] [--top N] [--out FILE.cpuprofile]` plays whole all-policy games and prints the N
// functions with the most self time. Only the quarters are profiled (after a warm-up game), not
// loading the scenario or compiling the engine, so the list is the quarter's hot path. `--out`
// keeps the profile for Chromium's DevTools.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { fileURLToPath } from 'node:url';
import { isFinished, resolveQuarter, startGame } from '../../game/engine/index.ts';
import type { Scenario } from '../../game/engine/index.ts';
import { loadScenarioFile } from '../../game/scenario/load-file.ts';

const args = process.argv.slice(2);
function option(name: string): string | undefined {
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  const value = args[at + 1];
  args.splice(at, 2);
  return value;
}
const top = Number(option('--top') ?? 10);
const out = option('--out');
const path =
  args[0] ?? fileURLToPath(new URL('../../scenarios/china-2021-long-slide.yaml', import.meta.url));
const games = Number(args[1] ?? 60);
const loaded = await loadScenarioFile(path);
if (!loaded.ok) throw new Error(`${path} does not load`);
const scenario = loaded.scenario;

function play(scenario: Scenario, seed: number): number {
  let quarters = 0;
  let state = startGame(scenario, { seed, humans: [] }).state;
  while (!isFinished(scenario, state)) {
    state = resolveQuarter(scenario, state).state;
    quarters++;
  }
  return quarters;
}

play(scenario, 0); // warm-up: compile the engine before the profiler starts
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.start');
const start = performance.now();
let quarters = 0;
for (let seed = 1; seed <= games; seed++) quarters += play(scenario, seed);
const ms = performance.now() - start;
const { profile } = await session.post('Profiler.stop');
session.disconnect();
if (out) writeFileSync(out, JSON.stringify(profile));

console.log(
  `${scenario.id}: ${games} games, ${quarters} played quarters (history included in the time), ${(ms / quarters).toFixed(3)} ms per played quarter`,
);
// Self time per function (name and file), summed over the profile's nodes.
const selfTime = new Map<string, number>();
const nodeOf = new Map(profile.nodes.map((node) => [node.id, node]));
const samples = profile.samples ?? [];
const deltas = profile.timeDeltas ?? [];
let total = 0;
for (let i = 0; i < samples.length; i++) {
  const frame = nodeOf.get(samples[i]!)?.callFrame;
  if (!frame) continue;
  const file = frame.url.replace(/^.*?\/(game|tests|node_modules)\//, '$1/');
  const key = `${frame.functionName || '(anonymous)'}  ${file}`;
  const dt = deltas[i] ?? 0;
  selfTime.set(key, (selfTime.get(key) ?? 0) + dt);
  total += dt;
}
const rows = [...selfTime].sort((a, b) => b[1] - a[1]).slice(0, top);
for (const [key, us] of rows)
  console.log(
    `${(us / 1000).toFixed(0).padStart(6)} ms ${((100 * us) / total).toFixed(1).padStart(5)} %  ${key}`,
  );
console.log(`${(total / 1000).toFixed(0).padStart(6)} ms total sampled`);
