// `npm run class`: host a class from a terminal. A new class gets its folder (class.json, the
// scenario as hosted, one journal per market) under the classes folder; `--resume DIR` starts a
// hosted class again after a crash or for the next lesson, with everything it had accepted.
// Prints the join addresses, the class code, a QR code and the teacher console's address.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { homedir, networkInterfaces } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import QRCode from 'qrcode';
import { loadScenarioFile } from '../../scenario/load-file.ts';
import { formatProblems } from '../../scenario/format-problem.ts';
import { readClassFolder } from '../class-file.ts';
import { CLASS_USAGE, ClassOptionsError, parseClassArgs } from '../class-options.ts';
import type { ClassOptions } from '../class-options.ts';
import { createClass, hostClass } from './host-class.ts';
import { CONSOLE_HELP, CONSOLE_MESSAGES_HELP, runTerminalConsole } from './terminal-console.ts';
import { writeClassExport } from '../export-class.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const WEB_ROOT = join(ROOT, 'dist-web'); // vite.config.ts outDir
const SCENARIOS = join(ROOT, 'scenarios');

function classesFolder(): string {
  return process.env.CLOUDWAR_CLASSES ?? join(homedir(), 'CloudPriceWar', 'classes');
}

function fail(message: string): never {
  process.stderr.write(`class: ${message}\n`);
  process.exit(2);
}

/** The web build students load; built once if it is missing. */
function ensureWebBuild(): void {
  if (existsSync(join(WEB_ROOT, 'index.html'))) return;
  process.stdout.write('Building the web game for the students (about a minute)…\n');
  const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (built.status !== 0) fail('the web build failed; run `npm run build:web` to see why');
}

async function newClass(options: ClassOptions): Promise<{ dir: string; teacherToken: string }> {
  const path = /[\\/]|\.ya?ml$/i.test(options.scenario)
    ? resolve(options.scenario)
    : join(SCENARIOS, `${options.scenario}.yaml`);
  const loaded = await loadScenarioFile(path); // size and existence, with the file's name
  if (!loaded.ok)
    fail(`--scenario ${options.scenario} has problems:\n${formatProblems(loaded.errors)}`);
  try {
    return await createClass(
      options,
      { text: await readFile(path, 'utf8'), origin: path },
      classesFolder(),
    );
  } catch (e) {
    if (e instanceof ClassOptionsError) fail(`${e.message}\n\n${CLASS_USAGE}`);
    throw e;
  }
}

async function main(argv: string[]): Promise<void> {
  const resumeAt = argv.indexOf('--resume');
  let dir: string;
  let teacherToken: string | null = null;
  let port: number;
  let host: string;
  let redis: string | undefined;
  let onlyMarkets: number[] | undefined;
  let publicAddress: string | undefined;
  if (resumeAt >= 0) {
    const given = argv[resumeAt + 1];
    if (!given) fail('--resume needs the class folder printed when the class was created');
    dir = resolve(given);
    const rest = argv.filter((_, i) => i !== resumeAt && i !== resumeAt + 1);
    let parsed;
    try {
      parsed = parseClassArgs(['--scenario', 'resumed', ...rest], []);
    } catch (e) {
      if (e instanceof ClassOptionsError) fail(`${e.message}\n\n${CLASS_USAGE}`);
      throw e;
    }
    if (parsed.command === 'help') return void process.stdout.write(CLASS_USAGE);
    const given2 = rest.filter((a) => a.startsWith('--'));
    const allowed = ['--port', '--host', '--redis', '--only-markets', '--public-address'];
    const stray = given2.find((flag) => !allowed.includes(flag));
    if (stray)
      fail(`${stray} cannot change a hosted class; with --resume give only ${allowed.join(', ')}`);
    ({ port, host, redis, onlyMarkets, publicAddress } = parsed);
  } else {
    let parsed;
    try {
      parsed = parseClassArgs(argv, []);
    } catch (e) {
      if (e instanceof ClassOptionsError) fail(`${e.message}\n\n${CLASS_USAGE}`);
      throw e;
    }
    if (parsed.command === 'help') {
      process.stdout.write(CLASS_USAGE);
      return;
    }
    ({ port, host, redis, onlyMarkets, publicAddress } = parsed);
    ({ dir, teacherToken } = await newClass(parsed));
  }
  await readClassFolder(dir).catch((e: unknown) =>
    fail(e instanceof Error ? e.message : String(e)),
  );
  ensureWebBuild();
  const hosted = await hostClass({
    dir,
    webRoot: WEB_ROOT,
    port,
    host,
    redis,
    onlyMarkets,
    publicAddress,
    teacherToken,
    interfaces: networkInterfaces(),
  }).catch((e: unknown) => {
    if (e instanceof ClassOptionsError) fail(e.message);
    throw e;
  });
  const { running, addresses, file } = hosted;
  const qr = await QRCode.toString(addresses[0]!, { type: 'terminal', small: true });
  const lines = [
    `Cloud Price War class: ${file.scenarioId}, ${file.markets} market(s), seats ${file.seats.join(', ')}`,
    `Class code: ${file.code}`,
    'Students open one of:',
    ...addresses.map((a) => `  ${a}`),
    qr,
    `Teacher console (this computer only): ${hosted.consoleUrl}`,
    `Class folder (to resume after a crash or next lesson): npm run class -- --resume ${dir}`,
    'Press Ctrl+C to stop the class; everything accepted so far is kept.',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  if (process.stdin.isTTY) await keyboardConsole(running, dir, running.sessionTeacherToken);
}

/** The teacher's keys in this terminal (only when a person is at it, and only for a new class). */
async function keyboardConsole(
  running: { port: number; stop(): Promise<void> },
  dir: string,
  teacherToken: string,
): Promise<void> {
  const { file, scenario } = await readClassFolder(dir);
  const print = (line: string): void => void process.stdout.write(`${line}\n`);
  const press = await runTerminalConsole(running.port, file.markets, teacherToken, print, (parts) =>
    writeClassExport(dir, scenario, parts, file.lang, new Date()).then(
      (paths) => print(`Grades: ${paths.grades}\nClass archive: ${paths.archive}`),
      (e: unknown) => print(`Export failed: ${e instanceof Error ? e.message : String(e)}`),
    ),
  );
  process.stdout.write(`${CONSOLE_HELP}\n${CONSOLE_MESSAGES_HELP}\n`);
  process.stdin.setRawMode(true);
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (key: string) => {
    if (key === 'q' || key === '\u0003') {
      void running.stop().then(() => process.exit(0));
      return;
    }
    press(key);
  });
}

main(process.argv.slice(2)).catch((e: unknown) =>
  fail(e instanceof Error ? (e.stack ?? e.message) : String(e)),
);
