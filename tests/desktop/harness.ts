// The desktop app without its binary: the REAL main process (electron/main/app-main.ts) runs
// in this Node process over a fake Electron (tests/electron/fake-electron.ts) and a real
// temporary user-data folder; the REAL renderer bundle (dist-web) runs in Chromium. A preload
// stand-in gives the page `window.cloudwar` (one function per channel, as the real preload),
// each call crossing to Node through a Playwright binding into the main process's own IPC
// handlers, with the calling frame's URL as the sender. The page is served by the main
// process's own app:// handler (through page.route), so the CSP header is the real one. Menu
// commands are the main process's own menu items, clicked; dialogs are answered by the test.

import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import type { MenuItemConstructorOptions } from 'electron';
import { startMain } from '../../electron/main/app-main.ts';
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../../electron/shared/ipc-contract.ts';
import { fakeElectron, type FakeElectron, type FakeWindow } from '../electron/fake-electron.ts';

/** Where the page is served from in Chromium; the main process treats it as its dev server. */
export const ORIGIN = 'http://cloudwar.desktop.test';

export function webRoot(): string {
  return resolve(process.env.DESKTOP_DIST ?? 'dist-web');
}

export interface Desktop {
  fake: FakeElectron;
  window: FakeWindow;
  /** Clicks the File/View/Help menu item with this accelerator or label (as a key press or a
   * click in the real menu would). */
  menu(which: { accelerator?: string; label?: string | RegExp }): void;
  /** Every IPC call the page made: [channel, payload]. */
  invoked: [string, unknown][];
}

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu) : []),
  ]);
}

/** scenarios/*.yaml as {id, text}, what the built app carries for hosting a class. */
function shippedScenarioTexts(): { id: string; text: string }[] {
  return readdirSync('scenarios')
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => ({
      id: name.replace(/\.yaml$/, ''),
      text: readFileSync(join('scenarios', name), 'utf8'),
    }));
}

/** Starts the main process and opens its page in `page`. */
export async function launchDesktop(
  page: Page,
  folders: { userData: string; documents: string },
  argv: string[] = ['/opt/cloud-price-war/cloud-price-war'],
): Promise<Desktop> {
  const root = webRoot();
  if (basename(root) !== 'dist-web') throw new Error(`DESKTOP_DIST must be a dist-web folder`);
  const fake = fakeElectron({ isPackaged: false, paths: folders });
  const { ready } = startMain(fake.electron, {
    mainDir: join(dirname(root), 'dist-electron'),
    env: { CLOUDWAR_DEV_SERVER_URL: ORIGIN, CLOUDWAR_USER_DATA_DIR: folders.userData },
    argv,
    platform: 'linux',
    versions: { electron: '45.5.0 (stand-in)', chrome: 'Playwright Chromium' },
    // As electron/build.mjs bundles them; a hosted class listens on this machine only here.
    scenarios: shippedScenarioTexts(),
    classListenHost: '127.0.0.1',
  });
  fake.makeReady();
  const started = await ready;
  if (!started) throw new Error('the main process did not start (single-instance lock?)');
  const { window } = started;

  // The page's files come from the main process's own app:// handler.
  const serve = fake.protocolHandlers.get('app');
  if (!serve) throw new Error('the main process registered no app:// handler');
  await page.route(`${ORIGIN}/**`, async (route) => {
    const url = route.request().url().replace(ORIGIN, 'app://cloudwar');
    const response = await serve(new Request(url));
    await route.fulfill({
      status: response.status,
      headers: Object.fromEntries(response.headers.entries()),
      body: Buffer.from(await response.arrayBuffer()),
    });
  });

  const invoked: [string, unknown][] = [];
  await page.exposeBinding('__cloudwarInvoke', async (source, channel: string, payload) => {
    invoked.push([channel, payload]);
    const handler = fake.ipc.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    const frame = source.frame;
    return handler(
      {
        senderFrame: { url: frame.url(), parent: frame.parentFrame() },
        sender: window.webContents,
      },
      payload,
    );
  });
  // The preload stand-in: the same shape as electron/preload/index.ts exposes.
  await page.addInitScript(
    ({ channels, menuChannel }) => {
      const listeners = new Set<(command: unknown) => void>();
      const invoke = (window as unknown as Record<string, (c: string, p: unknown) => unknown>)
        .__cloudwarInvoke!;
      const api: Record<string, unknown> = {};
      for (const [name, channel] of Object.entries(channels))
        api[name] = (req: unknown) => invoke(channel, req);
      api['onMenuCommand'] = (listener: (command: unknown) => void) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      };
      Object.defineProperty(window, 'cloudwar', { value: Object.freeze(api) });
      Object.defineProperty(window, '__cloudwarDeliver', {
        value: (channel: string, command: unknown) => {
          if (channel === menuChannel) for (const l of listeners) l(command);
        },
      });
      Object.defineProperty(window, '__cloudwarMenuListeners', { value: () => listeners.size });
    },
    { channels: INVOKE_CHANNELS, menuChannel: EVENT_CHANNELS.menuCommand },
  );
  window.webContents.onSend = (channel, payload) => {
    void page
      .evaluate(
        ([c, p]) =>
          (
            window as unknown as { __cloudwarDeliver(c: string, p: unknown): void }
          ).__cloudwarDeliver(c, p),
        [channel, payload] as const,
      )
      .catch(() => undefined);
  };

  const url = window.loaded[0];
  if (!url) throw new Error('the main process loaded no page');
  await page.goto(url);
  window.webContents.emit('did-finish-load');
  // A menu command sent before the app listens is lost (a test can click faster than a person
  // after the page loads): hand the page over once the app has subscribed to the menu.
  await page.waitForFunction(
    () =>
      (window as unknown as { __cloudwarMenuListeners(): number }).__cloudwarMenuListeners() > 0,
  );

  return {
    fake,
    window,
    invoked,
    menu(which) {
      const items = flatten(fake.menus.at(-1) ?? []);
      const item = items.find((i) =>
        which.accelerator
          ? i.accelerator === which.accelerator
          : typeof which.label === 'string'
            ? i.label === which.label
            : which.label?.test(String(i.label ?? '')),
      );
      if (!item?.click) throw new Error(`no menu item ${JSON.stringify(which)}`);
      (item.click as () => void)();
    },
  };
}
