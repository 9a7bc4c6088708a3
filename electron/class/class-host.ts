// Hosting a class from the desktop app: the main process's side of "Host a class". It turns the
// teacher's choices into `npm run class` flags and checks them with the same parser
// (game/classroom/class-options.ts), creates and serves the class with the same code
// (game/classroom/server/host-class.ts), and keeps at most one class running. Electron is
// reached only through the few callbacks in ClassHostDeps, so tests run this for real.

import type { NetworkInterfaceInfo } from 'node:os';
import { join } from 'node:path';
import { readClassFolder } from '../../game/classroom/class-file.ts';
import { ClassOptionsError, parseClassArgs } from '../../game/classroom/class-options.ts';
import type { ClassOptions } from '../../game/classroom/class-options.ts';
import { createClass, hostClass } from '../../game/classroom/server/host-class.ts';
import type { HostedClass } from '../../game/classroom/server/host-class.ts';
import type {
  HostClassRequest,
  HostedClassDto,
  IpcError,
  IpcResult,
} from '../shared/ipc-contract.ts';

/** A scenario the app ships, as text (the main process loads and checks it). */
export interface ScenarioText {
  id: string;
  text: string;
}

export interface ClassHostDeps {
  userData: string;
  /** The built renderer (dist-web): the students' game and the teacher console. */
  webRoot: string;
  scenarios: readonly ScenarioText[];
  interfaces(): NodeJS.Dict<NetworkInterfaceInfo[]>;
  /** A folder picker; undefined when the teacher cancelled. */
  pickFolder(purpose: 'new' | 'resume', defaultPath: string): Promise<string | undefined>;
  /** Opens (or focuses) the console's window at `url`. */
  openConsole(url: string): void;
  closeConsole(): void;
  /** Told after a class started or stopped (the menu's Stop the class follows it). */
  onChanged?(hosted: HostedClassDto | null): void;
  /** Where the game server listens (every network; tests use loopback). */
  listenHost?: string;
  now?(): Date;
}

export interface ClassHost {
  start(request: HostClassRequest): Promise<IpcResult<{ hosted: HostedClassDto | null }>>;
  resume(port: number): Promise<IpcResult<{ hosted: HostedClassDto | null }>>;
  /** Stops the server and closes the console; false when no class was hosted. */
  stop(): Promise<boolean>;
  current(): HostedClassDto | null;
  /** Opens the console of the hosted class; false when there is none. */
  openConsole(): boolean;
}

/** Where new classes go unless the teacher picks a folder. */
export function classesDir(userData: string): string {
  return join(userData, 'classes');
}

/** The request field each `npm run class` flag comes from (for the form's located message). */
const FIELD_OF_FLAG: Record<string, keyof HostClassRequest> = {
  '--scenario': 'scenario',
  '--markets': 'markets',
  '--seats': 'seats',
  '--deadline': 'deadlineMinutes',
  '--advance': 'advance',
  '--lang': 'lang',
  '--seed': 'seed',
  '--port': 'port',
};

/** The request as the flags `npm run class` takes, so the CLI's parser judges it. */
export function requestToArgv(request: HostClassRequest): string[] {
  return [
    `--scenario=${request.scenario}`,
    `--markets=${request.markets}`,
    ...(request.seats.length > 0 ? [`--seats=${request.seats.join(',')}`] : []),
    `--deadline=${request.deadlineMinutes}`,
    `--advance=${request.advance}`,
    ...(request.practice ? ['--practice'] : []),
    `--lang=${request.lang}`,
    `--seed=${request.seed}`,
    `--port=${request.port}`,
  ];
}

function optionError(error: ClassOptionsError): { ok: false; error: IpcError } {
  const field = FIELD_OF_FLAG[error.flag];
  return {
    ok: false,
    error: {
      code: 'class/bad_option',
      message: error.message,
      ...(field ? { issues: [{ path: `payload.${field}`, message: error.message }] } : {}),
    },
  };
}

const failure = (code: string, message: string): { ok: false; error: IpcError } => ({
  ok: false,
  error: { code, message },
});

function toDto(hosted: HostedClass): HostedClassDto {
  const { file } = hosted;
  return {
    folder: hosted.dir,
    code: file.code,
    scenarioId: file.scenarioId,
    markets: file.markets,
    seats: [...file.seats],
    quarterMinutes: file.quarterMinutes,
    advance: file.advance,
    practice: file.practice ?? false,
    lang: file.lang,
    port: hosted.port,
    addresses: [...hosted.addresses],
    qrSvg: hosted.qrSvg,
  };
}

export function createClassHost(deps: ClassHostDeps): ClassHost {
  let hosted: HostedClass | null = null;
  // One start at a time: a second click while the first is starting is refused, not doubled.
  let starting = false;

  async function serve(dir: string, port: number, teacherToken: string | null) {
    const running = await hostClass({
      dir,
      webRoot: deps.webRoot,
      port,
      host: deps.listenHost ?? '0.0.0.0',
      teacherToken,
      interfaces: deps.interfaces(),
    });
    hosted = running;
    deps.openConsole(running.consoleUrl);
    const dto = toDto(running);
    deps.onChanged?.(dto);
    return { ok: true as const, value: { hosted: dto } };
  }

  async function exclusive(
    body: () => Promise<IpcResult<{ hosted: HostedClassDto | null }>>,
  ): Promise<IpcResult<{ hosted: HostedClassDto | null }>> {
    if (hosted || starting)
      return failure(
        'class/already_hosting',
        'a class is already being hosted; stop it before hosting another',
      );
    starting = true;
    try {
      return await body();
    } catch (e) {
      if (e instanceof ClassOptionsError) return optionError(e);
      throw e;
    } finally {
      starting = false;
    }
  }

  return {
    start: (request) =>
      exclusive(async () => {
        const parsed = parseClassArgs(
          requestToArgv(request),
          deps.scenarios.map((s) => s.id),
        );
        if (parsed.command !== 'class') throw new Error('unreachable: no --help in a request');
        const options: ClassOptions = parsed;
        const source = deps.scenarios.find((s) => s.id === options.scenario);
        if (!source)
          throw new ClassOptionsError(
            '--scenario',
            `--scenario must be one of ${deps.scenarios.map((s) => s.id).join(', ')}, got "${options.scenario}"`,
          );
        let parent = classesDir(deps.userData);
        if (request.folder === 'choose') {
          const picked = await deps.pickFolder('new', parent);
          if (!picked) return { ok: true, value: { hosted: null } };
          parent = picked;
        }
        const created = await createClass(
          options,
          { text: source.text, origin: `${source.id}.yaml` },
          parent,
          deps.now?.() ?? new Date(),
        );
        return serve(created.dir, options.port, created.teacherToken);
      }),

    resume: (port) =>
      exclusive(async () => {
        // The port is checked by the same parser as a new class's.
        const parsed = parseClassArgs(['--scenario=resumed', `--port=${port}`]);
        if (parsed.command !== 'class') throw new Error('unreachable: no --help in a request');
        const dir = await deps.pickFolder('resume', classesDir(deps.userData));
        if (!dir) return { ok: true, value: { hosted: null } };
        try {
          await readClassFolder(dir);
        } catch (e) {
          return failure(
            'class/bad_folder',
            `this folder holds no class that can be resumed: ${e instanceof Error ? e.message : String(e)}`,
          );
        }
        return serve(dir, parsed.port, null);
      }),

    async stop() {
      const running = hosted;
      if (!running) return false;
      hosted = null;
      deps.closeConsole();
      await running.running.stop();
      deps.onChanged?.(null);
      return true;
    },

    current: () => (hosted ? toDto(hosted) : null),

    openConsole() {
      if (!hosted) return false;
      deps.openConsole(hosted.consoleUrl);
      return true;
    },
  };
}
