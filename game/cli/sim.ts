// Entry point of `npm run sim` (tsx game/cli/sim.ts). See main.ts; usage.ts has the flags.

import { runCli } from './main.ts';

// exitCode rather than process.exit(), so that piped stdout is flushed before Node exits.
runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`sim: ${String(e)}\n`);
    process.exitCode = 1;
  },
);
