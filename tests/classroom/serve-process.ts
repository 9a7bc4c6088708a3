// A class server in its own process (killable with SIGKILL), for the class tests and the class
// benchmark; no test runner here, so a plain script (tests/bench/class) can use it too.

import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const SERVE = fileURLToPath(new URL('./fixtures/serve-class.ts', import.meta.url));
// Node itself with tsx as a loader, not the tsx command: the command runs the script in a child
// process, so killing it would leave the server running (and a "restarted" server beside it).
const LOADER = ['--import', 'tsx'];

export interface ServerProcess {
  port: number;
  /** The teacher token of this run of the server only. */
  sessionTeacherToken: string;
  child: ChildProcess;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export async function serveClass(
  classDir: string,
  webRoot: string,
  port = 0,
  shared: { redisUrl: string; markets: number[] } | null = null,
): Promise<ServerProcess> {
  const extra = shared ? [shared.redisUrl, shared.markets.join(',')] : [];
  const child = spawn(
    process.execPath,
    [...LOADER, SERVE, classDir, webRoot, String(port), ...extra],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const lines = createInterface({ input: child.stdout! });
  const ready = await new Promise<{ port: number; sessionTeacherToken: string }>(
    (resolve, reject) => {
      lines.on('line', (line) => {
        if (line.startsWith('{'))
          resolve(JSON.parse(line) as { port: number; sessionTeacherToken: string });
      });
      child.on('exit', (code) => reject(new Error(`class server exited ${code}: ${stderr}`)));
    },
  );
  return {
    port: ready.port,
    sessionTeacherToken: ready.sessionTeacherToken,
    child,
    kill: (signal = 'SIGKILL') =>
      new Promise((resolve) => {
        // A child killed by a signal has no exit code, only a signal code.
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.on('exit', () => resolve());
        child.kill(signal);
      }),
  };
}
