// The real main process (electron/main/app-main.ts, what index.ts runs) driven with a fake
// Electron: every guard of the security checklist is observed being applied, and a deleted
// guard makes one of these tests fail. The files it touches are real, in temp folders.

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startMain, type MainHandle } from '../../electron/main/app-main.ts';
import { contentSecurityPolicy } from '../../electron/main/window.ts';
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../../electron/shared/ipc-contract.ts';
import {
  fakeElectron,
  FakeWebContents,
  type FakeElectron,
  type FakeWindow,
} from './fake-electron.ts';
import { saveText, tempDir } from './helpers.ts';

interface Started {
  fake: FakeElectron;
  root: string;
  userData: string;
  docs: string;
  ready: MainHandle<FakeWindow>['ready'];
}

async function start(
  options: { isPackaged?: boolean; argv?: string[]; env?: Record<string, string> } = {},
): Promise<Started> {
  const root = await tempDir('cloudwar-main-');
  const userData = join(root, 'user-data');
  const docs = join(root, 'docs');
  await mkdir(join(root, 'dist-web'), { recursive: true });
  await mkdir(docs);
  await writeFile(join(root, 'dist-web', 'index.html'), '<!doctype html><title>game</title>');
  const fake = fakeElectron({
    isPackaged: options.isPackaged ?? true,
    paths: { userData, documents: docs },
  });
  const { ready } = startMain(fake.electron, {
    mainDir: join(root, 'dist-electron'),
    env: options.env ?? {},
    argv: options.argv ?? ['/opt/cloudwar/cloud-price-war'],
    platform: 'linux',
    versions: { electron: '45.5.0', chrome: '140' },
  });
  return { fake, root, userData, docs, ready };
}

async function started(options: Parameters<typeof start>[0] = {}) {
  const s = await start(options);
  s.fake.makeReady();
  const result = await s.ready;
  if (!result) throw new Error('no window');
  return { ...s, ...result };
}

const appEvent = (url = 'app://cloudwar/index.html') => ({
  senderFrame: { url, parent: null },
  sender: new FakeWebContents(),
});

describe('before the app is ready', () => {
  it('enables the sandbox, registers app:// as privileged and attaches the guards first', async () => {
    const { fake } = await start();
    expect(fake.calls).toEqual([
      'app.enableSandbox',
      'protocol.registerSchemesAsPrivileged',
      'app.on web-contents-created',
      'app.on open-file',
      'app.requestSingleInstanceLock',
    ]);
    expect(fake.schemes).toEqual([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
      },
    ]);
  });

  it('quits at once when another instance holds the lock, creating no window', async () => {
    const root = await tempDir();
    const fake = fakeElectron({ isPackaged: true, paths: { userData: root, documents: root } });
    fake.lock = false;
    const { ready } = startMain(fake.electron, {
      mainDir: join(root, 'dist-electron'),
      env: {},
      argv: [],
      platform: 'linux',
      versions: {},
    });
    fake.makeReady();
    expect(await ready).toBeNull();
    expect(fake.app.quitCalls).toBe(1);
    expect(fake.windows).toEqual([]);
  });

  it('moves the data folder only for an unpackaged run', async () => {
    const packaged = await start({ env: { CLOUDWAR_USER_DATA_DIR: '/tmp/elsewhere' } });
    expect(packaged.fake.calls).not.toContain('app.setPath userData');
    const dev = await start({
      isPackaged: false,
      env: { CLOUDWAR_USER_DATA_DIR: '/tmp/elsewhere' },
    });
    expect(dev.fake.app.paths['userData']).toBe('/tmp/elsewhere');
  });
});

describe('every web contents', () => {
  it('gets navigation, redirect, webview and new-window guards', async () => {
    const { fake } = await start();
    const contents = new FakeWebContents();
    fake.app.emit('web-contents-created', {}, contents);
    const prevented = (event: string, url: string) => {
      let stopped = false;
      contents.emit(event, { preventDefault: () => (stopped = true) }, url);
      return stopped;
    };
    expect(prevented('will-navigate', 'https://evil.example/')).toBe(true);
    expect(prevented('will-navigate', 'app://cloudwar/index.html')).toBe(false);
    expect(prevented('will-redirect', 'file:///etc/passwd')).toBe(true);
    expect(prevented('will-attach-webview', 'app://cloudwar/index.html')).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://x' } as never)).toEqual({
      action: 'deny',
    });
  });
});

describe('once ready', () => {
  it('serves app:// from dist-web with the CSP header, and nothing outside it', async () => {
    const { fake, root } = await started();
    const handler = fake.protocolHandlers.get('app')!;
    expect(handler).toBeDefined();
    const page = await handler(new Request('app://cloudwar/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>game</title>');
    await writeFile(join(root, 'secret.txt'), 'secret');
    for (const url of [
      'app://cloudwar/../secret.txt',
      'app://cloudwar/%2e%2e/secret.txt',
      'app://cloudwar/..%2fsecret.txt',
      'app://other/index.html',
      'app://cloudwar/missing.js',
    ])
      expect((await handler(new Request(url))).status, url).toBe(404);
  });

  it('hardens the session: CSP header on every response, every permission denied', async () => {
    const { fake } = await started();
    let headers: unknown;
    fake.session.headersListener!({ responseHeaders: { 'X-A': ['1'] } }, (response) => {
      headers = (response as { responseHeaders: unknown }).responseHeaders;
    });
    expect(headers).toEqual({ 'X-A': ['1'], 'Content-Security-Policy': [contentSecurityPolicy()] });
    const granted: boolean[] = [];
    fake.session.permissionRequest!({}, 'media', (g) => granted.push(g));
    expect(granted).toEqual([false]);
    expect(fake.session.permissionCheck!()).toBe(false);
  });

  it('opens one sandboxed, isolated window on app:// with its own guards; no devTools packaged', async () => {
    const { fake, window } = await started();
    expect(fake.windows).toHaveLength(1);
    expect(window.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      devTools: false,
    });
    expect(window.options.webPreferences?.preload).toMatch(/dist-electron[\\/]preload\.cjs$/);
    expect(window.loaded).toEqual(['app://cloudwar/index.html']);
    expect(window.webContents.windowOpenHandler?.({ url: 'https://x' } as never)).toEqual({
      action: 'deny',
    });
    expect(window.webContents.count('will-navigate')).toBe(1);
    expect(window.webContents.count('will-redirect')).toBe(1);
    expect(window.webContents.count('will-attach-webview')).toBe(1);
    // The session is hardened and app:// handled before the window can load anything.
    const order = (name: string) => fake.calls.indexOf(name);
    expect(order('protocol.handle app')).toBeGreaterThan(order('ready'));
    expect(order('session.setPermissionRequestHandler')).toBeLessThan(order('new BrowserWindow'));
    expect(order('protocol.handle app')).toBeLessThan(order('new BrowserWindow'));
  });

  it('allows devTools and the dev server only in an unpackaged run', async () => {
    const packaged = await started({ env: { CLOUDWAR_DEV_SERVER_URL: 'http://127.0.0.1:5173' } });
    expect(packaged.window.loaded).toEqual(['app://cloudwar/index.html']);
    const dev = await started({
      isPackaged: false,
      env: { CLOUDWAR_DEV_SERVER_URL: 'http://127.0.0.1:5173' },
    });
    expect(dev.window.options.webPreferences?.devTools).toBe(true);
    expect(dev.window.loaded).toEqual(['http://127.0.0.1:5173']);
  });

  it('registers one IPC handler per channel, each checking its sender', async () => {
    const { fake } = await started();
    expect([...fake.ipc.keys()].sort()).toEqual(Object.values(INVOKE_CHANNELS).sort());
    const list = fake.ipc.get(INVOKE_CHANNELS.listRecentFiles)!;
    expect(await list(appEvent(), {})).toEqual({ ok: true, value: { files: [] } });
    expect(await list(appEvent('https://evil.example/'), {})).toMatchObject({
      ok: false,
      error: { code: 'ipc/bad_sender' },
    });
  });

  it('opens through the dialog with filters from the shared list only', async () => {
    const { fake } = await started();
    const open = fake.ipc.get(INVOKE_CHANNELS.openFile)!;
    expect(await open(appEvent(), { accept: '.pem,.key' })).toMatchObject({ ok: false });
    expect(fake.dialogCalls).toEqual([]);
    expect(await open(appEvent(), { accept: '.cloudwar.json,.json,application/json' })).toEqual({
      ok: true,
      value: { file: null },
    });
    expect(fake.dialogCalls[0]?.options).toMatchObject({
      filters: [{ name: 'Cloud Price War', extensions: ['cloudwar.json', 'json'] }],
      properties: ['openFile'],
    });
  });

  it('builds the menu and forwards its commands to the page', async () => {
    const { fake, window } = await started();
    expect(fake.calls).toContain('Menu.setApplicationMenu');
    const file = fake.menus.at(-1)![0]!;
    const save = (file.submenu as { label?: string; click?: () => void }[]).find(
      (item) => item.label === 'Save',
    )!;
    save.click!();
    expect(window.webContents.sent).toEqual([[EVENT_CHANNELS.menuCommand, { command: 'save' }]]);
  });

  it('asks before closing with unsaved decisions, and remembers the window bounds', async () => {
    const { fake, window, userData } = await started();
    await fake.ipc.get(INVOKE_CHANNELS.setUnsavedDecisions)!(appEvent(), { unsaved: true });
    fake.dialogs.message.push(0); // Cancel
    window.close();
    await expect.poll(() => fake.dialogCalls.at(-1)?.kind).toBe('message');
    await new Promise((r) => setTimeout(r, 20));
    expect(window.closed).toBe(false);
    fake.dialogs.message.push(1); // Quit without saving
    window.close();
    await expect.poll(() => window.closed, { timeout: 10_000 }).toBe(true);
    expect(JSON.parse(await readFile(join(userData, 'window-state.json'), 'utf8'))).toMatchObject({
      width: 1200,
      height: 800,
    });
  });
});

describe('a save handed over by the desktop', () => {
  it('at start: offered to the page once it has loaded', async () => {
    const docs = await tempDir();
    const file = join(docs, 'class.cloudwar.json');
    await writeFile(file, saveText(1));
    const { fake, window } = await started({ argv: ['/opt/cloudwar/cloud-price-war', file] });
    expect(window.webContents.sent).toEqual([]);
    window.webContents.emit('did-finish-load');
    expect(window.webContents.sent).toEqual([
      [EVENT_CHANNELS.menuCommand, { command: 'open-offered' }],
    ]);
    const taken = await fake.ipc.get(INVOKE_CHANNELS.takeOfferedFile)!(appEvent(), {});
    expect(taken).toMatchObject({ ok: true, value: { file: { name: 'class.cloudwar.json' } } });
  });

  it('from a second instance: forwarded to the running window, which comes forward', async () => {
    const docs = await tempDir();
    await writeFile(join(docs, 'b.cloudwar.json'), saveText(2));
    const { fake, window } = await started();
    window.webContents.emit('did-finish-load');
    window.minimized = true;
    fake.app.emit(
      'second-instance',
      {},
      ['/opt/cloudwar/cloud-price-war', 'b.cloudwar.json'],
      docs,
    );
    expect(window.restored).toBe(1);
    expect(window.focused).toBe(1);
    expect(window.webContents.sent).toEqual([
      [EVENT_CHANNELS.menuCommand, { command: 'open-offered' }],
    ]);
    const taken = await fake.ipc.get(INVOKE_CHANNELS.takeOfferedFile)!(appEvent(), {});
    expect(taken).toMatchObject({ ok: true, value: { file: { name: 'b.cloudwar.json' } } });
  });

  it('a second instance without a file only brings the window forward', async () => {
    const { fake, window } = await started();
    fake.app.emit('second-instance', {}, ['/opt/cloudwar/cloud-price-war', '--flag'], '/');
    expect(window.focused).toBe(1);
    expect(window.webContents.sent).toEqual([]);
  });
});
