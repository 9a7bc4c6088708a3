// The desktop shell's main process: app lifecycle only. One instance; the window's bounds are
// remembered; closing with unsaved decisions asks first; the page is dist-web/index.html (or
// the Vite dev server when CLOUDWAR_DEV_SERVER_URL is set in an unpackaged run). All logic
// lives in the plain modules beside this file; this one wires them to Electron.

import { app, BrowserWindow, dialog, ipcMain, Menu, screen, session } from 'electron';
import type { WebContents } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EVENT_CHANNELS, type MenuCommand } from '../shared/ipc-contract.ts';
import { removeStaleTemps } from './fs-atomic.ts';
import { createIpcHandlers, registerIpcHandlers } from './ipc.ts';
import { buildMenuTemplate, type MenuLocale } from './menu.ts';
import { createQuitGuard, QUIT_DIALOG } from './quit-guard.ts';
import { ensureDir, savesDir } from './saves.ts';
import {
  createMainWindow,
  hardenSession,
  navigationGuard,
  windowOpenHandler,
  type AppOrigin,
} from './window.ts';
import { loadWindowState, saveWindowState } from './window-state.ts';

const here = dirname(fileURLToPath(import.meta.url));
const origin: AppOrigin = {
  indexHtml: join(here, '..', 'dist-web', 'index.html'),
  devServerUrl: app.isPackaged ? undefined : process.env['CLOUDWAR_DEV_SERVER_URL'],
};
const paths = {
  preload: join(here, 'preload.cjs'),
  icon: join(here, '..', 'dist-web', 'icon.png'),
};

app.enableSandbox();
// Tests (and a teacher's portable setup) may point the data folder elsewhere; unpackaged only.
const userDataOverride = process.env['CLOUDWAR_USER_DATA_DIR'];
if (!app.isPackaged && userDataOverride) app.setPath('userData', userDataOverride);

// Every web contents (including any the page might try to create) gets the same guards.
app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', navigationGuard(origin));
  contents.on('will-redirect', navigationGuard(origin));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(windowOpenHandler);
});

if (!app.requestSingleInstanceLock()) app.quit();
else void start();

async function start(): Promise<void> {
  await app.whenReady();
  const userData = app.getPath('userData');
  await ensureDir(savesDir(userData));
  await removeStaleTemps(savesDir(userData));
  await removeStaleTemps(userData);
  hardenSession(session.defaultSession, origin);

  let win: BrowserWindow | null = null;
  let locale: MenuLocale = app.getLocale().toLowerCase().startsWith('zh') ? 'zh' : 'en';
  const guard = createQuitGuard();

  const send = (command: MenuCommand) => {
    if (command.command === 'language') {
      locale = command.locale;
      rebuildMenu();
    }
    win?.webContents.send(EVENT_CHANNELS.menuCommand, command);
  };
  const about = () => {
    const options = {
      title: app.getName(),
      message: `Cloud Price War · 云价格战 ${app.getVersion()}`,
      detail: `Electron ${process.versions.electron}, Chromium ${process.versions.chrome}`,
    };
    void (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
  };

  const ipc = await createIpcHandlers({
    userData,
    documentsDir: app.getPath('documents'),
    origin,
    async showSaveDialog(options) {
      const result = win
        ? await dialog.showSaveDialog(win, options)
        : await dialog.showSaveDialog(options);
      return result.canceled ? undefined : result.filePath;
    },
    async showOpenDialog(options) {
      const props: ['openFile'] = ['openFile'];
      const result = win
        ? await dialog.showOpenDialog(win, { ...options, properties: props })
        : await dialog.showOpenDialog({ ...options, properties: props });
      return result.canceled ? undefined : result.filePaths[0];
    },
    print: (sender) => (sender as WebContents).print({}),
    setUnsaved: (_sender, unsaved) => guard.setUnsaved(unsaved),
    onRecentChanged: () => rebuildMenu(),
  });
  registerIpcHandlers(ipcMain, ipc.handlers);

  function rebuildMenu(): void {
    const template = buildMenuTemplate({
      platform: process.platform,
      locale,
      appName: app.getName(),
      recent: ipc.recentFiles(),
      send,
      about,
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }
  rebuildMenu();

  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const state = await loadWindowState(userData, workAreas);
  const window = createMainWindow(BrowserWindow, state, paths, origin);
  win = window;

  let closing = false;
  window.on('close', (event) => {
    if (closing) return;
    event.preventDefault();
    void (async () => {
      if (guard.mustAsk()) {
        const text = QUIT_DIALOG[locale];
        const { response } = await dialog.showMessageBox(window, {
          type: 'warning',
          message: text.message,
          detail: text.detail,
          buttons: [...text.buttons],
          defaultId: 0,
          cancelId: 0,
        });
        if (response !== 1) return;
        guard.confirm();
      }
      const bounds = window.getNormalBounds();
      await saveWindowState(userData, { ...bounds, maximized: window.isMaximized() }).catch(
        () => undefined,
      );
      closing = true;
      window.close();
    })();
  });
  window.on('closed', () => {
    win = null;
  });

  app.on('second-instance', () => {
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('window-all-closed', () => app.quit());
}
