// `npm start`. Until the renderer and the desktop shell exist (issues 3 and 4), the game is
// played in the terminal. Arguments are passed on: npm start -- scenarios/FILE.yaml PROVIDER
import { spawnSync } from 'node:child_process';

const run = spawnSync('npx', ['tsx', 'game/cli/play.ts', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
