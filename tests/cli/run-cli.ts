// Helpers for driving the CLI: in-process through runCli (fast, no workers) and as a real
// process through `npx tsx game/cli/sim.ts` (exit codes, worker threads, stdout as piped).

import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../game/cli/main.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cliInProcess(argv: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { isTTY: false, write: (t: string) => (stderr += t) },
  });
  return { code, stdout, stderr };
}

export function cliProcess(argv: string[]): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      'npx',
      ['tsx', 'game/cli/sim.ts', ...argv],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
