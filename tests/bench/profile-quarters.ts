// A profiling load, not a benchmark: `node --cpu-prof --import tsx tests/bench/profile-quarters.ts
// [scenario.yaml] [games]` plays whole all-policy games so the profile shows the quarter's hot path.
import { fileURLToPath } from 'node:url';
import { isFinished, resolveQuarter, startGame } from '../../game/engine/index.ts';
import { loadScenarioFile } from '../../game/scenario/load-file.ts';

const path =
  process.argv[2] ??
  fileURLToPath(new URL('../../scenarios/china-2021-long-slide.yaml', import.meta.url));
const games = Number(process.argv[3] ?? 60);
const loaded = await loadScenarioFile(path);
if (!loaded.ok) throw new Error(`${path} does not load`);
const scenario = loaded.scenario;
const start = performance.now();
let quarters = 0;
for (let seed = 1; seed <= games; seed++) {
  let state = startGame(scenario, { seed, humans: [] }).state;
  while (!isFinished(scenario, state)) {
    state = resolveQuarter(scenario, state).state;
    quarters++;
  }
}
const ms = performance.now() - start;
console.log(`${games} games, ${quarters} quarters, ${(ms / quarters).toFixed(3)} ms per quarter`);
