// The desktop shell's main process: app lifecycle and wiring only. Electron arrives as a facade
// (the few objects used here), so tests run this very code with a recording fake and check each
// guard: the sandbox, the app:// scheme and its CSP, the session's permission handlers, the
// guards on every web contents, the window's settings, the IPC handlers, the single-instance
// lock and the file handed over by the desktop. index.ts passes the real Electron.

import type {
  BrowserWindowConstructorOptions,
  MenuItemConstructorOptions,
  MessageBoxOptions,
  OpenDialogOptions,
  SaveDialogOptions,
  WebContents,
} from 'electron';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { createClassHost, type ScenarioText } from '../class/class-host.ts';
import { EVENT_CHANNELS, type MenuCommand } from '../shared/ipc-contract.ts';
import { APP_SCHEME_PRIVILEGES, appProtocolHandler } from './app-protocol.ts';
import { removeStaleTemps } from './fs-atomic.ts';
import { createIpcHandlers, registerIpcHandlers, type IpcSession } from './ipc.ts';
import { buildMenuTemplate, type MenuLocale } from './menu.ts';
import { fileFromArgv } from './open-with.ts';
import { CLASS_STOP_DIALOG, createQuitGuard, QUIT_DIALOG } from './quit-guard.ts';
import { ensureDir, savesDir } from './saves.ts';
import {
  APP_SCHEME,
  consoleWindowOptions,
  createMainWindow,
  hardenSession,
  navigationGuard,
  windowOpenHandler,
  type AppOrigin,
  type SessionLike,
} from './window.ts';
import { loadWindowState, saveWindowState } from './window-state.ts';

type Listener = (...args: never[]) => unknown;

/** What the main process uses of a web contents. */
export interface WebContentsLike {
  on(event: string, listener: Listener): unknown;
  once?(event: string, listener: Listener): unknown;
  setWindowOpenHandler(handler: typeof windowOpenHandler): void;
  send(channel: string, ...args: unknown[]): void;
  print?(options: object): void;
  isLoading?(): boolean;
}

/** What the main process uses of a window. */
export interface WindowLike {
  webContents: WebContentsLike;
  on(event: string, listener: Listener): unknown;
  once(event: string, listener: Listener): unknown;
  show(): void;
  close(): void;
  focus(): void;
  restore(): void;
  maximize(): void;
  isMinimized(): boolean;
  isMaximized(): boolean;
  getNormalBounds(): { x: number; y: number; width: number; height: number };
  loadURL(url: string): Promise<void>;
}

/** The parts of Electron this file uses; `import * as electron from 'electron'` satisfies it. */
export interface ElectronFacade<W extends WindowLike = WindowLike> {
  app: {
    isPackaged: boolean;
    enableSandbox(): void;
    setPath(name: 'userData', path: string): void;
    getPath(name: 'userData' | 'documents'): string;
    on(event: string, listener: Listener): unknown;
    requestSingleInstanceLock(): boolean;
    quit(): void;
    whenReady(): Promise<void>;
    getLocale(): string;
    getName(): string;
    getVersion(): string;
  };
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => W;
  dialog: {
    showSaveDialog(
      window: W,
      options: SaveDialogOptions,
    ): Promise<{ canceled: boolean; filePath?: string }>;
    showOpenDialog(
      window: W,
      options: OpenDialogOptions,
    ): Promise<{ canceled: boolean; filePaths: string[] }>;
    showMessageBox(window: W, options: MessageBoxOptions): Promise<{ response: number }>;
  };
  ipcMain: Parameters<typeof registerIpcHandlers>[0];
  Menu: {
    buildFromTemplate(template: MenuItemConstructorOptions[]): unknown;
    setApplicationMenu(menu: never): void;
  };
  protocol: {
    registerSchemesAsPrivileged(schemes: (typeof APP_SCHEME_PRIVILEGES)[]): void;
    handle(scheme: string, handler: (request: Request) => Promise<Response>): void;
  };
  screen: {
    getAllDisplays(): { workArea: { x: number; y: number; width: number; height: number } }[];
  };
  session: { defaultSession: SessionLike };
}

export interface MainOptions {
  /** The folder of the built main.js (dist-electron): preload.cjs is beside it, dist-web above. */
  mainDir: string;
  env: Readonly<Record<string, string | undefined>>;
  argv: readonly string[];
  platform: NodeJS.Platform;
  versions: { electron?: string | undefined; chrome?: string | undefined };
  /** The shipped scenarios' text, for hosting a class (index.ts bundles scenarios/*.yaml). */
  scenarios?: readonly ScenarioText[];
  /** Where a hosted class's game server listens; every network unless a test says otherwise. */
  classListenHost?: string;
}

export interface MainHandle<W extends WindowLike = WindowLike> {
  /** Resolves once the window is created (or with null when another instance holds the lock). */
  ready: Promise<{ window: W; ipc: IpcSession } | null>;
}

export function startMain<W extends WindowLike>(
  electron: ElectronFacade<W>,
  options: MainOptions,
): MainHandle<W> {
  const { app, dialog, Menu, protocol, screen, session } = electron;
  const origin: AppOrigin = {
    webRoot: join(options.mainDir, '..', 'dist-web'),
    devServerUrl: app.isPackaged ? undefined : options.env['CLOUDWAR_DEV_SERVER_URL'],
  };
  const paths = {
    preload: join(options.mainDir, 'preload.cjs'),
    icon: join(options.mainDir, '..', 'dist-web', 'icon.png'),
  };

  app.enableSandbox();
  // Before ready: app:// must be a standard, secure scheme for the page's origin and its CSP.
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
  // Tests (and a teacher's portable setup) may point the data folder elsewhere; unpackaged only.
  const userDataOverride = options.env['CLOUDWAR_USER_DATA_DIR'];
  if (!app.isPackaged && userDataOverride) app.setPath('userData', userDataOverride);

  // Every web contents (including any the page might try to create) gets the same guards.
  app.on('web-contents-created', (_event: unknown, contents: WebContentsLike) => {
    contents.on('will-navigate', navigationGuard(origin));
    contents.on('will-redirect', navigationGuard(origin));
    contents.on('will-attach-webview', (event: { preventDefault(): void }) =>
      event.preventDefault(),
    );
    contents.setWindowOpenHandler(windowOpenHandler);
  });

  // A save double-clicked in the file manager: on macOS an event, elsewhere the command line.
  let offered: string | null = fileFromArgv(options.argv);
  let offerTo: ((path: string) => void) | null = null;
  app.on('open-file', (event: { preventDefault(): void }, path: string) => {
    event.preventDefault();
    if (offerTo) offerTo(path);
    else offered = path;
  });

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return { ready: Promise.resolve(null) };
  }
  return { ready: start() };

  async function start() {
    await app.whenReady();
    protocol.handle(APP_SCHEME, appProtocolHandler(origin.webRoot));
    const userData = app.getPath('userData');
    await ensureDir(savesDir(userData));
    await removeStaleTemps(savesDir(userData));
    await removeStaleTemps(userData);
    hardenSession(session.defaultSession, origin);

    let win: W | null = null;
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
      if (!win) return;
      void dialog.showMessageBox(win, {
        title: app.getName(),
        message: `Cloud Price War · 云价格战 ${app.getVersion()}`,
        detail: `Electron ${options.versions.electron ?? '?'}, Chromium ${options.versions.chrome ?? '?'}`,
      });
    };

    // "Host a class": the class server runs in this process; its console in a window of its own.
    let consoleWindow: W | null = null;
    const classHost = createClassHost({
      userData,
      webRoot: origin.webRoot,
      scenarios: options.scenarios ?? [],
      interfaces: networkInterfaces,
      ...(options.classListenHost ? { listenHost: options.classListenHost } : {}),
      async pickFolder(purpose, defaultPath) {
        if (!win) return undefined;
        const result = await dialog.showOpenDialog(win, {
          defaultPath,
          title: CLASS_STOP_DIALOG[locale].pickTitle[purpose],
          properties: ['openDirectory', 'createDirectory'],
        });
        return result.canceled ? undefined : result.filePaths[0];
      },
      openConsole(url) {
        if (consoleWindow) {
          void consoleWindow.loadURL(url);
          consoleWindow.focus();
          return;
        }
        const opened = new electron.BrowserWindow(
          consoleWindowOptions(paths.icon, !app.isPackaged),
        );
        opened.webContents.setWindowOpenHandler(windowOpenHandler);
        opened.on('closed', () => {
          if (consoleWindow === opened) consoleWindow = null;
        });
        consoleWindow = opened;
        void opened.loadURL(url);
      },
      closeConsole() {
        const closing = consoleWindow;
        consoleWindow = null;
        closing?.close();
      },
      onChanged() {
        rebuildMenu();
        win?.webContents.send(EVENT_CHANNELS.menuCommand, { command: 'class-changed' });
      },
    });
    const stopClass = async (): Promise<void> => {
      await classHost.stop().catch(() => undefined);
    };

    const ipc = await createIpcHandlers({
      classHost,
      userData,
      documentsDir: app.getPath('documents'),
      origin,
      async showSaveDialog(dialogOptions) {
        if (!win) return undefined;
        const result = await dialog.showSaveDialog(win, dialogOptions);
        return result.canceled ? undefined : result.filePath;
      },
      async showOpenDialog(dialogOptions) {
        if (!win) return undefined;
        const result = await dialog.showOpenDialog(win, {
          ...dialogOptions,
          properties: ['openFile'],
        });
        return result.canceled ? undefined : result.filePaths[0];
      },
      print: (sender) => (sender as WebContents).print({}),
      setUnsaved: (_sender, unsaved) => guard.setUnsaved(unsaved),
      onRecentChanged: () => rebuildMenu(),
    });
    registerIpcHandlers(electron.ipcMain, ipc.handlers);

    function rebuildMenu(): void {
      const template = buildMenuTemplate({
        platform: options.platform,
        locale,
        appName: app.getName(),
        recent: ipc.recentFiles(),
        send,
        about,
        classHosted: classHost.current() !== null,
        stopClass: () => void stopClass(),
      });
      Menu.setApplicationMenu(Menu.buildFromTemplate(template) as never);
    }
    rebuildMenu();

    const workAreas = screen.getAllDisplays().map((display) => display.workArea);
    const state = await loadWindowState(userData, workAreas);
    const window = createMainWindow(electron.BrowserWindow, state, paths, origin, !app.isPackaged);
    win = window;

    // The handed-over file goes to the page once it has loaded (and can take it).
    let pageLoaded = false;
    offerTo = (path) => {
      ipc.offerFile(path);
      if (pageLoaded) send({ command: 'open-offered' });
    };
    window.webContents.on('did-finish-load', () => {
      pageLoaded = true;
      if (offered !== null) {
        ipc.offerFile(offered);
        offered = null;
        send({ command: 'open-offered' });
      }
    });

    let closing = false;
    /** Asks a warning question with Cancel first; true when the second button was chosen. */
    const confirmed = async (text: {
      message: string;
      detail: string;
      buttons: readonly string[];
    }): Promise<boolean> => {
      const { response } = await dialog.showMessageBox(window, {
        type: 'warning',
        message: text.message,
        detail: text.detail,
        buttons: [...text.buttons],
        defaultId: 0,
        cancelId: 0,
      });
      return response === 1;
    };
    window.on('close', (event: { preventDefault(): void }) => {
      if (closing) return;
      event.preventDefault();
      void (async () => {
        if (guard.mustAsk()) {
          if (!(await confirmed(QUIT_DIALOG[locale]))) return;
          guard.confirm();
        }
        // A hosted class stops with the app (its folder stays resumable); the teacher says so.
        if (classHost.current()) {
          if (!(await confirmed(CLASS_STOP_DIALOG[locale]))) return;
          await stopClass();
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

    app.on('second-instance', (_event: unknown, argv: string[], workingDirectory: string) => {
      if (!win) return;
      const file = fileFromArgv(argv, workingDirectory);
      if (file) offerTo?.(file);
      if (win.isMinimized()) win.restore();
      win.focus();
    });
    app.on('window-all-closed', () => app.quit());
    // However the app ends, the class server stops listening (nothing on disk depends on it).
    app.on('will-quit', () => void stopClass());
    return { window, ipc };
  }
}
