// "Host a class" wired into the real main process (app-main.ts over the fake Electron): the IPC
// channels' payload checks, the menu items, the console's own sandboxed window without the
// bridge, and a class that stops with the window (after asking) or from the menu.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, describe, expect, it } from 'vitest';
import { startMain } from '../../electron/main/app-main.ts';
import { validatePayload } from '../../electron/main/ipc-validate.ts';
import { createIpcHandlers } from '../../electron/main/ipc.ts';
import { CLASS_STOP_DIALOG } from '../../electron/main/quit-guard.ts';
import {
  EVENT_CHANNELS,
  INVOKE_CHANNELS,
  type HostClassRequest,
} from '../../electron/shared/ipc-contract.ts';
import { fakeElectron, FakeWebContents, type FakeWindow } from './fake-electron.ts';
import { tempDir } from './helpers.ts';
import { freePort, classServerListening as listening } from '../helpers/ports.ts';

const SCENARIO = {
  id: 'classroom-duopoly',
  text: await readFile(join('scenarios', 'classroom-duopoly.yaml'), 'utf8'),
};

const good: HostClassRequest = {
  scenario: 'classroom-duopoly',
  markets: 1,
  seats: ['NCL', 'SCL'],
  deadlineMinutes: 10,
  advance: 'all',
  practice: false,
  lang: 'zh',
  seed: 1,
  port: 2567,
  folder: 'app',
};

describe('the class channels refuse bad payloads, naming the field', () => {
  const cases: Array<[string, Parameters<typeof validatePayload>[0], unknown, RegExp]> = [
    ['a missing field', 'hostClass', { ...good, port: undefined }, /payload\.port: .*number/i],
    ['an extra field', 'hostClass', { ...good, dir: '/etc' }, /unrecognized key.*dir/i],
    ['a number as text', 'hostClass', { ...good, markets: '3' }, /payload\.markets: .*number/i],
    ['infinity', 'hostClass', { ...good, seed: Infinity }, /payload\.seed/],
    ['NaN', 'hostClass', { ...good, deadlineMinutes: NaN }, /payload\.deadlineMinutes/],
    [
      'a seat with a comma (it would split into two flags)',
      'hostClass',
      { ...good, seats: ['NCL,SCL'] },
      /payload\.seats\[0\]: must be a provider id/,
    ],
    [
      'a scenario path instead of an id',
      'hostClass',
      { ...good, scenario: '../../etc/passwd' },
      /payload\.scenario: must be the id of a scenario the app ships/,
    ],
    [
      'a flag smuggled as a scenario',
      'hostClass',
      { ...good, scenario: '--redis=redis://x' },
      /payload\.scenario/,
    ],
    ['an unknown advance mode', 'hostClass', { ...good, advance: 'never' }, /payload\.advance/],
    ['an unknown folder choice', 'hostClass', { ...good, folder: '/tmp' }, /payload\.folder/],
    ['thirteen seats', 'hostClass', { ...good, seats: Array(13).fill('A') }, /payload\.seats/],
    ['a port as text', 'resumeClass', { port: '2567' }, /payload\.port: .*number/i],
    ['a folder given to resume', 'resumeClass', { port: 2567, dir: '/' }, /unrecognized/i],
    ['anything given to stop', 'stopClass', { now: true }, /unrecognized/i],
    ['anything given to status', 'classStatus', { all: true }, /unrecognized/i],
    ['anything given to the console', 'openClassConsole', { url: 'x' }, /unrecognized/i],
  ];
  it.each(cases)('%s', (_what, channel, payload, message) => {
    const result = validatePayload(channel, payload);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('ipc/bad_payload');
      expect(result.error.message).toMatch(message);
    }
  });

  it('passes a good request through unchanged', () => {
    expect(validatePayload('hostClass', good)).toEqual({ ok: true, value: good });
  });

  it('a shell without a class host refuses to host, and says no class runs', async () => {
    const userData = await tempDir();
    const ipc = await createIpcHandlers({
      userData,
      documentsDir: userData,
      origin: { webRoot: '/nonexistent' },
      showSaveDialog: async () => undefined,
      showOpenDialog: async () => undefined,
      print: () => {},
      setUnsaved: () => {},
    });
    const event = { senderFrame: { url: 'app://cloudwar/index.html', parent: null }, sender: 1 };
    expect(await ipc.handlers.hostClass(event, good)).toMatchObject({
      ok: false,
      error: { code: 'class/unavailable' },
    });
    expect(await ipc.handlers.classStatus(event, {})).toEqual({
      ok: true,
      value: { hosted: null },
    });
    expect(await ipc.handlers.stopClass(event, {})).toEqual({
      ok: true,
      value: { stopped: false },
    });
  });
});

describe('hosting a class through the main process', () => {
  const stops: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    while (stops.length > 0) await stops.pop()!();
  });

  async function launch() {
    const root = await tempDir('cloudwar-class-main-');
    const userData = join(root, 'user-data');
    const fake = fakeElectron({
      isPackaged: true,
      paths: { userData, documents: join(root, 'docs') },
    });
    const { ready } = startMain(fake.electron, {
      mainDir: join(root, 'dist-electron'),
      env: {},
      argv: ['/opt/cloudwar/cloud-price-war'],
      platform: 'linux',
      versions: {},
      scenarios: [SCENARIO],
      classListenHost: '127.0.0.1',
    });
    fake.makeReady();
    const started = await ready;
    if (!started) throw new Error('no window');
    const call = (channel: string, payload: unknown, url = 'app://cloudwar/index.html') =>
      fake.ipc.get(channel)!(
        { senderFrame: { url, parent: null }, sender: new FakeWebContents() },
        payload,
      ) as Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;
    stops.push(() => call(INVOKE_CHANNELS.stopClass, {}));
    const fileMenu = () =>
      (fake.menus.at(-1)![0]!.submenu as MenuItemConstructorOptions[]).filter((i) => i.label);
    const item = (label: string) => fileMenu().find((i) => i.label === label)!;
    return { fake, window: started.window, userData, call, item };
  }

  it('opens the console in its own sandboxed window without the bridge; the menu follows', async () => {
    const { fake, window, call, item } = await launch();
    expect(item('Host a Class…').enabled).not.toBe(false);
    expect(item('Stop the Class').enabled).toBe(false);
    item('Host a Class…').click!(undefined as never, undefined, undefined as never);
    item('Resume a Class…').click!(undefined as never, undefined, undefined as never);
    expect(window.webContents.sent).toEqual([
      [EVENT_CHANNELS.menuCommand, { command: 'host-class' }],
      [EVENT_CHANNELS.menuCommand, { command: 'resume-class' }],
    ]);

    const port = await freePort();
    const result = await call(INVOKE_CHANNELS.hostClass, { ...good, port });
    expect(result).toMatchObject({ ok: true, value: { hosted: { port, seats: ['NCL', 'SCL'] } } });
    expect(fake.windows).toHaveLength(2);
    const console = fake.windows[1]! as FakeWindow;
    expect(console.loaded).toHaveLength(1);
    expect(console.loaded[0]).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${port}/#teacher=`));
    const prefs = console.options.webPreferences!;
    expect(prefs.preload).toBeUndefined();
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(console.webContents.windowOpenHandler?.({} as never)).toEqual({ action: 'deny' });
    // The console page is not the app's page: the bridge's handlers refuse it.
    expect(await call(INVOKE_CHANNELS.stopClass, {}, console.loaded[0])).toMatchObject({
      ok: false,
      error: { code: 'ipc/bad_sender' },
    });
    expect(await listening(port)).toBe(true);
    expect(window.webContents.sent.at(-1)).toEqual([
      EVENT_CHANNELS.menuCommand,
      { command: 'class-changed' },
    ]);

    // Open the console again: the same window comes forward.
    expect(await call(INVOKE_CHANNELS.openClassConsole, {})).toEqual({
      ok: true,
      value: { opened: true },
    });
    expect(fake.windows).toHaveLength(2);
    expect(console.focused).toBe(1);

    // The menu's Stop the Class stops it: port closed, console closed, page told.
    expect(item('Stop the Class').enabled).toBe(true);
    item('Stop the Class').click!(undefined as never, undefined, undefined as never);
    await expect.poll(() => listening(port)).toBe(false);
    expect(console.closed).toBe(true);
    await expect.poll(() => item('Stop the Class').enabled).toBe(false);
    expect(await call(INVOKE_CHANNELS.classStatus, {})).toEqual({
      ok: true,
      value: { hosted: null },
    });
  });

  it('closing the window asks; "Keep hosting" keeps the class, "Stop the class and quit" stops it', async () => {
    const { fake, window, call } = await launch();
    const port = await freePort();
    await call(INVOKE_CHANNELS.hostClass, { ...good, port });
    fake.dialogs.message.push(0); // Keep hosting
    window.close();
    await expect.poll(() => fake.dialogCalls.at(-1)?.kind).toBe('message');
    expect(fake.dialogCalls.at(-1)!.options).toMatchObject({
      message: CLASS_STOP_DIALOG.en.message,
      buttons: [...CLASS_STOP_DIALOG.en.buttons],
    });
    await new Promise((r) => setTimeout(r, 30));
    expect(window.closed).toBe(false);
    expect(await listening(port)).toBe(true);

    fake.dialogs.message.push(1); // Stop the class and quit
    window.close();
    await expect.poll(() => window.closed, { timeout: 10_000 }).toBe(true);
    expect(await listening(port)).toBe(false);
    expect(fake.windows[1]!.closed).toBe(true);
  });

  it('however the app ends (will-quit), the class server stops listening', async () => {
    const { fake, call } = await launch();
    const port = await freePort();
    await call(INVOKE_CHANNELS.hostClass, { ...good, port });
    expect(await listening(port)).toBe(true);
    fake.app.emit('will-quit', {});
    await expect.poll(() => listening(port)).toBe(false);
  });

  it('resumes through a folder picker, and a bad option comes back located', async () => {
    const { fake, call, userData } = await launch();
    const refused = await call(INVOKE_CHANNELS.hostClass, { ...good, markets: 0 });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'class/bad_option',
        message: '--markets must be a whole number from 1 to 20, got "0"',
        issues: [{ path: 'payload.markets' }],
      },
    });
    const port = await freePort();
    const first = (await call(INVOKE_CHANNELS.hostClass, { ...good, port })) as {
      value: { hosted: { folder: string; code: string } };
    };
    await call(INVOKE_CHANNELS.stopClass, {});
    fake.dialogs.open.push(first.value.hosted.folder);
    const resumed = await call(INVOKE_CHANNELS.resumeClass, { port });
    expect(resumed).toMatchObject({
      ok: true,
      value: { hosted: { code: first.value.hosted.code } },
    });
    expect(fake.dialogCalls.at(-1)!.options).toMatchObject({
      defaultPath: join(userData, 'classes'),
      properties: ['openDirectory', 'createDirectory'],
    });
  });
});
