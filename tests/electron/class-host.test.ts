// "Host a class" in the desktop app, main-process side, run for real without Electron: the
// class-host controller with the real class server on a free port, a stand-in folder picker
// and console window. Options are refused with the same messages as `npm run class`, located
// on the form's field; stopping closes the port; a stopped (or crashed) class resumes.

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ClassOptionsError, parseClassArgs } from '../../game/classroom/class-options.ts';
import { hashToken } from '../../game/classroom/tokens.ts';
import {
  classesDir,
  createClassHost,
  requestToArgv,
  type ClassHost,
  type ScenarioText,
} from '../../electron/class/class-host.ts';
import type { HostClassRequest } from '../../electron/shared/ipc-contract.ts';
import { tempDir } from './helpers.ts';
import { freePort } from '../helpers/ports.ts';

const SCENARIOS: ScenarioText[] = await Promise.all(
  ['classroom-duopoly', 'china-2023-price-war'].map(async (id) => ({
    id,
    text: await readFile(join('scenarios', `${id}.yaml`), 'utf8'),
  })),
);

/** A port nothing listens on right now (the OS picks it). */

async function isListening(port: number): Promise<boolean> {
  try {
    await fetch(`http://127.0.0.1:${port}/class-info`);
    return true;
  } catch {
    return false;
  }
}

interface Rig {
  host: ClassHost;
  userData: string;
  picks: (string | undefined)[];
  pickCalls: { purpose: string; defaultPath: string }[];
  consoles: string[];
  closedConsoles: number;
}

const hosts: ClassHost[] = [];
afterEach(async () => {
  while (hosts.length > 0) await hosts.pop()!.stop();
});

async function rig(): Promise<Rig> {
  const userData = await tempDir('cloudwar-host-');
  const webRoot = join(userData, 'web');
  await mkdir(webRoot);
  const r: Rig = {
    host: undefined as unknown as ClassHost,
    userData,
    picks: [],
    pickCalls: [],
    consoles: [],
    closedConsoles: 0,
  };
  r.host = createClassHost({
    userData,
    webRoot,
    scenarios: SCENARIOS,
    listenHost: '127.0.0.1',
    interfaces: () => ({
      lo: [
        {
          address: '127.0.0.1',
          netmask: '255.0.0.0',
          family: 'IPv4',
          mac: '00:00:00:00:00:00',
          internal: true,
          cidr: null,
        },
      ],
      eth0: [
        {
          address: '192.168.1.20',
          netmask: '255.255.255.0',
          family: 'IPv4',
          mac: '02:00:00:00:00:01',
          internal: false,
          cidr: null,
        },
      ],
    }),
    async pickFolder(purpose, defaultPath) {
      r.pickCalls.push({ purpose, defaultPath });
      return r.picks.shift();
    },
    openConsole: (url) => void r.consoles.push(url),
    closeConsole: () => void r.closedConsoles++,
    now: () => new Date('2026-12-01T07:05:00Z'),
  });
  hosts.push(r.host);
  return r;
}

async function request(overrides: Partial<HostClassRequest> = {}): Promise<HostClassRequest> {
  return {
    scenario: 'classroom-duopoly',
    markets: 2,
    seats: ['NCL'],
    deadlineMinutes: 8,
    advance: 'teacher',
    practice: true,
    lang: 'en',
    seed: 11,
    port: await freePort(),
    folder: 'app',
    ...overrides,
  };
}

/** The message `npm run class` prints for these flags. */
function cliMessage(argv: string[]): string {
  try {
    parseClassArgs(argv);
  } catch (e) {
    if (e instanceof ClassOptionsError) return e.message;
    throw e;
  }
  throw new Error(`the CLI accepts ${argv.join(' ')}`);
}

describe('hosting a class from the desktop app', () => {
  it('creates the class under userData, serves it, shows the join details and opens the console', async () => {
    const r = await rig();
    const req = await request();
    const result = await r.host.start(req);
    if (!result.ok) throw new Error(result.error.message);
    const hosted = result.value.hosted!;
    expect(hosted.folder).toBe(join(classesDir(r.userData), `2026-12-01-07-05-${hosted.code}`));
    expect(hosted.code).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
    expect(hosted).toMatchObject({
      scenarioId: 'classroom-duopoly',
      markets: 2,
      seats: ['NCL'],
      quarterMinutes: 8,
      advance: 'teacher',
      practice: true,
      lang: 'en',
      port: req.port,
    });
    expect(hosted.addresses).toEqual([
      `http://192.168.1.20:${req.port}/`,
      `http://localhost:${req.port}/`,
    ]);
    expect(hosted.qrSvg).toMatch(/^<svg[^>]*>/);

    // The class folder is the CLI's: class.json with the teacher token's hash only.
    const file = JSON.parse(await readFile(join(hosted.folder, 'class.json'), 'utf8')) as {
      teacherTokenHash: string;
      seed: number;
    };
    expect(file.seed).toBe(11);
    expect(r.consoles).toHaveLength(1);
    const console = new URL(r.consoles[0]!);
    expect(`${console.protocol}//${console.host}/`).toBe(`http://127.0.0.1:${req.port}/`);
    const token = console.hash.replace(/^#teacher=/, '');
    expect(hashToken(token)).toBe(file.teacherTokenHash);
    expect(JSON.stringify(hosted)).not.toContain(token);

    const info = await fetch(`http://127.0.0.1:${req.port}/class-info`);
    expect(await info.json()).toMatchObject({ scenarioId: 'classroom-duopoly', markets: 2 });
    expect(r.host.current()).toEqual(hosted);
    expect(r.host.openConsole()).toBe(true);
    expect(r.consoles).toHaveLength(2);
  });

  it('refuses a second class while one is hosted, and stopping closes the port and the console', async () => {
    const r = await rig();
    const first = await r.host.start(await request());
    if (!first.ok) throw new Error(first.error.message);
    const port = first.value.hosted!.port;
    const second = await r.host.start(await request());
    expect(second).toMatchObject({ ok: false, error: { code: 'class/already_hosting' } });
    expect(await readdir(classesDir(r.userData))).toHaveLength(1);

    expect(await isListening(port)).toBe(true);
    expect(await r.host.stop()).toBe(true);
    expect(await isListening(port)).toBe(false);
    expect(r.closedConsoles).toBe(1);
    expect(r.host.current()).toBeNull();
    expect(r.host.openConsole()).toBe(false);
    expect(await r.host.stop()).toBe(false);
  });

  const refused: Array<[string, Partial<HostClassRequest>, string, string[]]> = [
    ['too many markets', { markets: 21 }, 'markets', ['--markets', '21']],
    ['a fractional deadline', { deadlineMinutes: 2.5 }, 'deadlineMinutes', ['--deadline', '2.5']],
    ['a privileged port', { port: 80 }, 'port', ['--port', '80']],
    ['a negative seed', { seed: -1 }, 'seed', ['--seed=-1']],
    ['a seat named twice', { seats: ['NCL', 'NCL'] }, 'seats', ['--seats', 'NCL,NCL']],
  ];
  for (const [what, overrides, field, argv] of refused)
    it(`refuses ${what} with the CLI's message, on payload.${field}, and writes nothing`, async () => {
      const r = await rig();
      const result = await r.host.start(await request(overrides));
      const expected = cliMessage(['--scenario', 'classroom-duopoly', ...argv]);
      expect(result).toEqual({
        ok: false,
        error: {
          code: 'class/bad_option',
          message: expected,
          issues: [{ path: `payload.${field}`, message: expected }],
        },
      });
      expect(existsSync(classesDir(r.userData))).toBe(false);
      expect(r.consoles).toEqual([]);
    });

  it('refuses a seat that is not a provider of the scenario, naming its providers', async () => {
    const r = await rig();
    const result = await r.host.start(await request({ seats: ['ALI'] }));
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'class/bad_option',
        message:
          '--seats names "ALI", which is not a provider of the scenario classroom-duopoly; its providers: NCL, SCL',
        issues: [{ path: 'payload.seats' }],
      },
    });
    expect(existsSync(classesDir(r.userData))).toBe(false);
  });

  it('refuses a scenario the app does not ship', async () => {
    const r = await rig();
    const result = await r.host.start(await request({ scenario: 'atlantis' }));
    expect(result).toMatchObject({
      ok: false,
      error: {
        message:
          '--scenario must be one of classroom-duopoly, china-2023-price-war, got "atlantis"',
        issues: [{ path: 'payload.scenario' }],
      },
    });
  });

  it('refuses a port another program holds, and hosts once it is free', async () => {
    const r = await rig();
    const blocker = createServer();
    const port = await new Promise<number>((resolve) =>
      blocker.listen(0, '127.0.0.1', () => resolve((blocker.address() as { port: number }).port)),
    );
    const result = await r.host.start(await request({ port }));
    await new Promise((resolve) => blocker.close(resolve));
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'class/bad_option',
        message: expect.stringMatching(`--port ${port} is already used by another program`),
        issues: [{ path: 'payload.port' }],
      },
    });
    const again = await r.host.start(await request({ port }));
    expect(again.ok).toBe(true);
  });

  it('puts the class in a folder the teacher picks; a cancelled picker hosts nothing', async () => {
    const r = await rig();
    const cancelled = await r.host.start(await request({ folder: 'choose' }));
    expect(cancelled).toEqual({ ok: true, value: { hosted: null } });
    expect(r.pickCalls).toEqual([{ purpose: 'new', defaultPath: classesDir(r.userData) }]);
    expect(r.host.current()).toBeNull();

    const chosen = await tempDir('cloudwar-chosen-');
    r.picks.push(chosen);
    const result = await r.host.start(await request({ folder: 'choose' }));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.hosted!.folder.startsWith(join(chosen, '2026-12-01-07-05-'))).toBe(true);
    expect(existsSync(classesDir(r.userData))).toBe(false);
  });

  it('resumes a stopped class from its folder, with a new console token', async () => {
    const r = await rig();
    const first = await r.host.start(await request());
    if (!first.ok) throw new Error(first.error.message);
    const before = first.value.hosted!;
    await r.host.stop();

    r.picks.push(before.folder);
    const port = await freePort();
    const resumed = await r.host.resume(port);
    if (!resumed.ok) throw new Error(resumed.error.message);
    expect(r.pickCalls.at(-1)).toEqual({
      purpose: 'resume',
      defaultPath: classesDir(r.userData),
    });
    expect(resumed.value.hosted).toMatchObject({
      folder: before.folder,
      code: before.code,
      seats: before.seats,
      port,
    });
    expect(await isListening(port)).toBe(true);
    expect(r.consoles).toHaveLength(2);
    expect(r.consoles[1]).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${port}/#teacher=`));
    expect(r.consoles[1]).not.toBe(r.consoles[0]);
  });

  it('a crash of the app (SIGKILL) leaves the class folder resumable', async () => {
    const r = await rig();
    const crashPort = await freePort();
    const script = fileURLToPath(new URL('./class-crash-host.ts', import.meta.url));
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', script, r.userData, join(r.userData, 'web'), String(crashPort)],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const hosted = await new Promise<{ folder: string; code: string; port: number }>(
      (resolve, reject) => {
        createInterface({ input: child.stdout! }).on('line', (line) => {
          if (line.startsWith('{')) resolve(JSON.parse(line) as never);
        });
        child.on('exit', (code) => reject(new Error(`the host exited ${code}: ${stderr}`)));
      },
    );
    expect(await isListening(crashPort)).toBe(true);
    await new Promise<void>((resolve) => {
      child.on('exit', () => resolve());
      child.kill('SIGKILL');
    });
    expect(await isListening(crashPort)).toBe(false);

    r.picks.push(hosted.folder);
    const result = await r.host.resume(crashPort);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.hosted).toMatchObject({ folder: hosted.folder, code: hosted.code });
    const info = await fetch(`http://127.0.0.1:${crashPort}/class-info`);
    expect(await info.json()).toMatchObject({
      scenarioId: 'classroom-duopoly',
      seats: ['NCL', 'SCL'],
    });
  });

  it('refuses to resume a folder that holds no class, and a bad port before asking', async () => {
    const r = await rig();
    const empty = await tempDir('cloudwar-empty-');
    r.picks.push(empty);
    const result = await r.host.resume(await freePort());
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'class/bad_folder',
        message: expect.stringContaining(join(empty, 'class.json')),
      },
    });
    expect(r.host.current()).toBeNull();

    const calls = r.pickCalls.length;
    expect(await r.host.resume(70000)).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'payload.port' }] },
    });
    expect(r.pickCalls).toHaveLength(calls);
    expect(await r.host.resume(await freePort())).toEqual({ ok: true, value: { hosted: null } });
  });

  it('turns a request into exactly the flags `npm run class` takes', () => {
    expect(
      requestToArgv({
        scenario: 'classroom-duopoly',
        markets: 3,
        seats: ['NCL', 'SCL'],
        deadlineMinutes: 5,
        advance: 'all',
        practice: false,
        lang: 'zh',
        seed: 7,
        port: 2567,
        folder: 'app',
      }),
    ).toEqual([
      '--scenario=classroom-duopoly',
      '--markets=3',
      '--seats=NCL,SCL',
      '--deadline=5',
      '--advance=all',
      '--lang=zh',
      '--seed=7',
      '--port=2567',
    ]);
  });
});
