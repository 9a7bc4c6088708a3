// Hosting a class, shared by `npm run class` (main.ts) and the desktop app (electron/main):
// creating a class folder from checked options and a scenario's text, then serving it and
// working out what the teacher shows (join addresses, class code, QR code, console address).
// Both callers thus refuse the same mistakes with the same messages and write the same folders.

import type { NetworkInterfaceInfo } from 'node:os';
import { join } from 'node:path';
import { loadScenarioText } from '../../scenario/load.ts';
import { formatProblems } from '../../scenario/format-problem.ts';
import { CLASS_FORMAT, createClassFolder, readClassFolder } from '../class-file.ts';
import type { ClassFile } from '../class-file.ts';
import { CLASS_LIMITS, CONSOLE_HOST, ClassOptionsError, seatsFor } from '../class-options.ts';
import type { ClassOptions } from '../class-options.ts';
import { joinAddresses, qrSvg } from '../join-info.ts';
import { hashToken, newCode, newToken } from '../tokens.ts';
import { startClassServer } from './class-server.ts';
import type { RunningClass } from './class-server.ts';

/** A scenario as the caller found it: its text and where it came from (for messages). */
export interface ScenarioSource {
  text: string;
  origin: string;
}

export interface CreatedClass {
  dir: string;
  /** The console's token; only its hash is written to the folder. */
  teacherToken: string;
}

/** The folder name of a class: when it was created (UTC, to the minute) and its code. */
export function classFolderName(createdAt: Date, code: string): string {
  return `${createdAt.toISOString().slice(0, 16).replace(/[:T]/g, '-')}-${code}`;
}

/**
 * Creates a new class folder under `classesDir` for `options` on the scenario `source`.
 * Throws ClassOptionsError('--scenario') when the scenario has problems and
 * ClassOptionsError('--seats') when a seat is not one of its providers.
 */
export async function createClass(
  options: ClassOptions,
  source: ScenarioSource,
  classesDir: string,
  now: Date = new Date(),
): Promise<CreatedClass> {
  const loaded = loadScenarioText(source.text, source.origin);
  if (!loaded.ok)
    throw new ClassOptionsError(
      '--scenario',
      `--scenario ${options.scenario} has problems:\n${formatProblems(loaded.errors)}`,
    );
  const seats = seatsFor(options, loaded.scenario);
  const code = newCode();
  const teacherToken = newToken();
  const dir = join(classesDir, classFolderName(now, code));
  await createClassFolder(
    dir,
    {
      format: CLASS_FORMAT,
      version: 1,
      code,
      teacherTokenHash: hashToken(teacherToken),
      scenarioId: loaded.scenario.id,
      seed: options.seed,
      seats,
      markets: options.markets,
      quarterMinutes: options.deadlineMinutes,
      advance: options.advance,
      practice: options.practice,
      lang: options.lang,
      createdAt: now.toISOString(),
    },
    source.text,
  );
  return { dir, teacherToken };
}

export interface HostClassOptions {
  dir: string;
  /** The built web game served to the students (and the console page). */
  webRoot: string;
  port: number;
  host: string;
  redis?: string | undefined;
  /** With redis: the markets this process hosts, and where browsers reach it. */
  onlyMarkets?: number[] | undefined;
  publicAddress?: string | undefined;
  /** The token from createClass; null for a resumed class (known only by its hash). */
  teacherToken: string | null;
  /** os.networkInterfaces(), passed in so the addresses are testable. */
  interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>;
}

export interface HostedClass {
  dir: string;
  file: ClassFile;
  port: number;
  /** Where students open the game, the best guess first. */
  addresses: string[];
  /** A QR code of addresses[0], as an SVG document. */
  qrSvg: string;
  /** The teacher console on this computer only: loopback address and teacher token. */
  consoleUrl: string;
  running: RunningClass;
}

/** The console's address: always loopback, whatever the game server listens on. */
export function consoleUrl(port: number, teacherToken: string): string {
  return `http://${CONSOLE_HOST}:${port}/#teacher=${teacherToken}`;
}

/** Serves the class in `dir` (new or resumed); refuses a damaged folder with its file's name. */
export async function hostClass(options: HostClassOptions): Promise<HostedClass> {
  const { file } = await readClassFolder(options.dir);
  const stranger = options.onlyMarkets?.find((m) => m > file.markets);
  if (stranger !== undefined)
    throw new ClassOptionsError(
      '--only-markets',
      `--only-markets names market ${stranger}, but this class has markets 1-${file.markets}`,
    );
  const running = await startClassServer({
    classDir: options.dir,
    webRoot: options.webRoot,
    port: options.port,
    host: options.host,
    ...(options.redis ? { redisUrl: options.redis } : {}),
    ...(options.onlyMarkets ? { hostMarkets: options.onlyMarkets } : {}),
    ...(options.publicAddress ? { publicAddress: options.publicAddress } : {}),
  }).catch((e: unknown) => {
    const code = (e as { code?: unknown } | null)?.code;
    if (code === 'EADDRINUSE')
      throw new ClassOptionsError(
        '--port',
        `--port ${options.port} is already used by another program on this computer; choose another port from ${CLASS_LIMITS.port.min} to ${CLASS_LIMITS.port.max}`,
      );
    throw e;
  });
  const addresses = joinAddresses(options.interfaces, running.port);
  return {
    dir: options.dir,
    file,
    port: running.port,
    addresses,
    qrSvg: await qrSvg(addresses[0]!),
    consoleUrl: consoleUrl(running.port, options.teacherToken ?? running.sessionTeacherToken),
    running,
  };
}
