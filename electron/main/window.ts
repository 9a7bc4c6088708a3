// The main window with Electron's security checklist applied (docs/tutorial/security.md items
// 3, 4, 7, 13, 14, 15, 18): context isolation, sandbox, no Node in the page, the page served
// from the privileged custom scheme app://cloudwar/ (app-protocol.ts) with a strict CSP sent
// as a header as well as the page's meta tag, navigation and new windows denied, permission
// requests denied, devTools only in an unpackaged run, and no shell.openExternal on anything
// the page supplies. The settings and handlers are plain values and functions so tests can
// check them without Electron; only `createMainWindow` touches Electron, through the
// constructor it is given.

import type {
  BrowserWindowConstructorOptions,
  HandlerDetails,
  OnHeadersReceivedListenerDetails,
  HeadersReceivedResponse,
  Session,
  WebPreferences,
} from 'electron';
import type { WindowState } from './window-state.ts';

/** The page's own scheme and host: every file of dist-web is served as app://cloudwar/<path>. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'cloudwar';
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Where the page may come from: its own built folder (through app://), or the Vite dev server. */
export interface AppOrigin {
  /** Absolute path of dist-web (the folder app://cloudwar/ serves). */
  webRoot: string;
  /** e.g. http://127.0.0.1:5173 in development; undefined in a packaged app. */
  devServerUrl?: string | undefined;
}

/** The window's settings; `devTools` only where the app runs unpackaged (development). */
export function webPreferences(preloadPath: string, devTools = false): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    devTools,
  };
}

/** The same policy as game/index.html's meta tag (a test keeps the two equal). */
export const CSP_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  ['worker-src', "'self' blob:"],
  ['connect-src', "'self' data: blob:"],
  ['font-src', "'self' data:"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
];

/** The CSP header. In development Vite's client also needs its websocket. */
export function contentSecurityPolicy(devServerUrl?: string): string {
  return CSP_DIRECTIVES.map(([name, value]) => {
    if (name === 'connect-src' && devServerUrl) {
      const ws = new URL(devServerUrl);
      ws.protocol = ws.protocol === 'https:' ? 'wss:' : 'ws:';
      return `${name} ${value} ${ws.origin}`;
    }
    return `${name} ${value}`;
  }).join('; ');
}

/** True when `url` is the app's own page: app://cloudwar/..., or the dev server's origin. */
export function isAppUrl(url: string, origin: AppOrigin): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === `${APP_SCHEME}:`)
    return parsed.host === APP_HOST && parsed.username === '' && parsed.port === '';
  if (origin.devServerUrl) {
    try {
      return parsed.origin === new URL(origin.devServerUrl).origin;
    } catch {
      return false;
    }
  }
  return false;
}

/** `will-navigate` / `will-redirect`: the page never leaves itself (a reload of it is fine). */
export function navigationGuard(origin: AppOrigin) {
  return (event: { preventDefault(): void }, url: string): void => {
    if (!isAppUrl(url, origin)) event.preventDefault();
  };
}

/** `setWindowOpenHandler`: no new windows, and nothing is handed to shell.openExternal. */
export function windowOpenHandler(_details: HandlerDetails): { action: 'deny' } {
  return { action: 'deny' };
}

/** `setPermissionRequestHandler`: the game needs no camera, location, notifications... */
export function permissionRequestHandler(
  _webContents: unknown,
  _permission: string,
  callback: (granted: boolean) => void,
): void {
  callback(false);
}

/** `setPermissionCheckHandler`: same answer for synchronous checks. */
export function permissionCheckHandler(): boolean {
  return false;
}

/** `webRequest.onHeadersReceived`: adds the CSP to every response of the dev server (app://
 * responses carry it from the protocol handler itself). */
export function cspHeadersHandler(devServerUrl?: string) {
  const policy = contentSecurityPolicy(devServerUrl);
  return (
    details: Pick<OnHeadersReceivedListenerDetails, 'responseHeaders'>,
    callback: (response: HeadersReceivedResponse) => void,
  ): void => {
    const headers: Record<string, string[]> = {};
    for (const [key, value] of Object.entries(details.responseHeaders ?? {})) {
      if (key.toLowerCase() !== 'content-security-policy') headers[key] = value;
    }
    headers['Content-Security-Policy'] = [policy];
    callback({ responseHeaders: headers });
  };
}

/** What hardenSession needs of Electron's Session. */
export type SessionLike = {
  webRequest: Pick<Session['webRequest'], 'onHeadersReceived'>;
} & Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>;

/** Applies the session-wide guards (CSP header, permissions). */
export function hardenSession(session: SessionLike, origin: AppOrigin): void {
  session.webRequest.onHeadersReceived(cspHeadersHandler(origin.devServerUrl));
  session.setPermissionRequestHandler(permissionRequestHandler);
  session.setPermissionCheckHandler(permissionCheckHandler);
}

export function windowOptions(
  state: WindowState,
  preloadPath: string,
  iconPath?: string,
  devTools = false,
): BrowserWindowConstructorOptions {
  return {
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: 'Cloud Price War · 云价格战',
    backgroundColor: '#10151c',
    ...(iconPath ? { icon: iconPath } : {}),
    webPreferences: webPreferences(preloadPath, devTools),
  };
}

/**
 * The teacher console's window: the class server's own page at its loopback address, with the
 * same sandbox as the main window but no preload, so it gets no `window.cloudwar` (the IPC
 * handlers would refuse its origin anyway).
 */
export function consoleWindowOptions(
  iconPath?: string,
  devTools = false,
): BrowserWindowConstructorOptions {
  const preferences: WebPreferences = { ...webPreferences('', devTools) };
  delete preferences.preload;
  return {
    width: 1280,
    height: 820,
    minWidth: 800,
    minHeight: 560,
    title: 'Teacher console · 教师控制台',
    backgroundColor: '#10151c',
    ...(iconPath ? { icon: iconPath } : {}),
    webPreferences: preferences,
  };
}

/** What createMainWindow uses of a BrowserWindow (a test's fake provides the same). */
export interface MainWindowLike {
  webContents: {
    on(event: 'will-navigate' | 'will-redirect' | 'will-attach-webview', listener: never): unknown;
    setWindowOpenHandler(handler: typeof windowOpenHandler): void;
  };
  maximize(): void;
  once(event: 'ready-to-show', listener: () => void): unknown;
  show(): void;
  loadURL(url: string): Promise<void>;
}

export type BrowserWindowCtor<W> = new (options: BrowserWindowConstructorOptions) => W;

/** Creates the window, applies the per-window guards, and loads the page. */
export function createMainWindow<W extends MainWindowLike>(
  Ctor: BrowserWindowCtor<W>,
  state: WindowState,
  paths: { preload: string; icon?: string },
  origin: AppOrigin,
  devTools = false,
): W {
  const win = new Ctor(windowOptions(state, paths.preload, paths.icon, devTools));
  const guard = navigationGuard(origin);
  win.webContents.on('will-navigate', guard as never);
  win.webContents.on('will-redirect', guard as never);
  win.webContents.on('will-attach-webview', ((event: { preventDefault(): void }) =>
    event.preventDefault()) as never);
  win.webContents.setWindowOpenHandler(windowOpenHandler);
  if (state.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  void win.loadURL(origin.devServerUrl ?? APP_URL);
  return win;
}
