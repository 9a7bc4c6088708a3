// A recording stand-in for the parts of Electron the main process uses (app-main.ts's facade).
// It keeps every call in `calls` in order, stores listeners so a test can emit events, and
// lets a test answer dialogs. Used by the facade tests and by the desktop end-to-end suite,
// where the window's webContents.send is routed to a real page in Chromium.

import type { BrowserWindowConstructorOptions, MenuItemConstructorOptions } from 'electron';
import type { ElectronFacade, WebContentsLike, WindowLike } from '../../electron/main/app-main.ts';

type AnyListener = (...args: never[]) => unknown;

export class Emitter {
  readonly listeners = new Map<string, AnyListener[]>();
  on(event: string, listener: AnyListener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: AnyListener): this {
    return this.on(event, listener);
  }
  /** Calls every listener of `event` with `args`; returns their results. */
  emit(event: string, ...args: unknown[]): unknown[] {
    return (this.listeners.get(event) ?? []).map((l) =>
      (l as (...a: unknown[]) => unknown)(...args),
    );
  }
  count(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
}

export class FakeWebContents extends Emitter implements WebContentsLike {
  windowOpenHandler: ((details: never) => { action: string }) | null = null;
  readonly sent: [string, unknown][] = [];
  printed = 0;
  /** Where sent events go (the desktop e2e suite routes them to the page). */
  onSend: ((channel: string, payload: unknown) => void) | null = null;
  setWindowOpenHandler(handler: (details: never) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, payload?: unknown): void {
    this.sent.push([channel, payload]);
    this.onSend?.(channel, payload);
  }
  print(): void {
    this.printed++;
  }
}

export interface Recorder {
  calls: string[];
}

export interface FakeElectron {
  electron: ElectronFacade<FakeWindow>;
  calls: string[];
  app: Emitter & { isPackaged: boolean; quitCalls: number; paths: Record<string, string> };
  windows: FakeWindow[];
  schemes: unknown[];
  protocolHandlers: Map<string, (request: Request) => Promise<Response>>;
  session: {
    headersListener: ((details: object, callback: (response: object) => void) => void) | null;
    permissionRequest: ((wc: unknown, p: string, cb: (granted: boolean) => void) => void) | null;
    permissionCheck: (() => boolean) | null;
  };
  ipc: Map<string, (event: unknown, ...args: unknown[]) => unknown>;
  menus: MenuItemConstructorOptions[][];
  /** The next answers of the dialogs (undefined: cancelled). */
  dialogs: { save: (string | undefined)[]; open: (string | undefined)[]; message: number[] };
  dialogCalls: { kind: string; options: Record<string, unknown> }[];
  lock: boolean;
  /** Resolves whenReady(); tests call it after checking what happened before ready. */
  makeReady(): void;
}

export class FakeWindow extends Emitter implements WindowLike {
  static current: FakeElectron | null = null;
  readonly webContents = new FakeWebContents();
  readonly options: BrowserWindowConstructorOptions;
  loaded: string[] = [];
  shown = false;
  closed = false;
  focused = 0;
  restored = 0;
  minimized = false;
  constructor(options: BrowserWindowConstructorOptions) {
    super();
    this.options = options;
    FakeWindow.current?.calls.push('new BrowserWindow');
    FakeWindow.current?.windows.push(this);
  }
  show(): void {
    this.shown = true;
  }
  close(): void {
    const prevented = { value: false };
    this.emit('close', { preventDefault: () => (prevented.value = true) });
    if (!prevented.value) {
      this.closed = true;
      this.emit('closed');
    }
  }
  focus(): void {
    this.focused++;
  }
  restore(): void {
    this.restored++;
  }
  maximize(): void {}
  isMinimized(): boolean {
    return this.minimized;
  }
  isMaximized(): boolean {
    return false;
  }
  getNormalBounds() {
    return { x: 10, y: 20, width: 1200, height: 800 };
  }
  async loadURL(url: string): Promise<void> {
    this.loaded.push(url);
  }
}

/** A fake Electron; `isPackaged` as the packaged app, `paths` for getPath. */
export function fakeElectron(options: {
  isPackaged: boolean;
  paths: { userData: string; documents: string };
  locale?: string;
}): FakeElectron {
  const calls: string[] = [];
  let ready!: () => void;
  const readyPromise = new Promise<void>((resolve) => (ready = resolve));
  const app = Object.assign(new Emitter(), {
    isPackaged: options.isPackaged,
    quitCalls: 0,
    paths: { ...options.paths } as Record<string, string>,
  });
  const fake: FakeElectron = {
    calls,
    app,
    windows: [],
    schemes: [],
    protocolHandlers: new Map(),
    session: { headersListener: null, permissionRequest: null, permissionCheck: null },
    ipc: new Map(),
    menus: [],
    dialogs: { save: [], open: [], message: [] },
    dialogCalls: [],
    lock: true,
    makeReady: () => ready(),
    electron: undefined as unknown as ElectronFacade<FakeWindow>,
  };
  fake.electron = {
    app: {
      get isPackaged() {
        return app.isPackaged;
      },
      enableSandbox: () => void calls.push('app.enableSandbox'),
      setPath: (name, path) => {
        calls.push(`app.setPath ${name}`);
        app.paths[name] = path;
      },
      getPath: (name) => app.paths[name]!,
      on: (event, listener) => {
        calls.push(`app.on ${event}`);
        return app.on(event, listener);
      },
      requestSingleInstanceLock: () => {
        calls.push('app.requestSingleInstanceLock');
        return fake.lock;
      },
      quit: () => {
        calls.push('app.quit');
        app.quitCalls++;
      },
      whenReady: () => readyPromise.then(() => void calls.push('ready')),
      getLocale: () => options.locale ?? 'en-US',
      getName: () => 'Cloud Price War',
      getVersion: () => '0.1.0',
    },
    BrowserWindow: FakeWindow,
    dialog: {
      async showSaveDialog(_window, dialogOptions) {
        fake.dialogCalls.push({ kind: 'save', options: { ...dialogOptions } });
        const path = fake.dialogs.save.shift();
        return path === undefined ? { canceled: true } : { canceled: false, filePath: path };
      },
      async showOpenDialog(_window, dialogOptions) {
        fake.dialogCalls.push({ kind: 'open', options: { ...dialogOptions } });
        const path = fake.dialogs.open.shift();
        return path === undefined
          ? { canceled: true, filePaths: [] }
          : { canceled: false, filePaths: [path] };
      },
      async showMessageBox(_window, messageOptions) {
        fake.dialogCalls.push({ kind: 'message', options: { ...messageOptions } });
        return { response: fake.dialogs.message.shift() ?? 0 };
      },
    },
    ipcMain: {
      handle(channel, listener) {
        calls.push(`ipcMain.handle ${channel}`);
        fake.ipc.set(channel, listener as (event: unknown, ...args: unknown[]) => unknown);
      },
    },
    Menu: {
      buildFromTemplate: (template) => {
        fake.menus.push(template);
        return template;
      },
      setApplicationMenu: () => void calls.push('Menu.setApplicationMenu'),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes) => {
        calls.push('protocol.registerSchemesAsPrivileged');
        fake.schemes.push(...schemes);
      },
      handle: (scheme, handler) => {
        calls.push(`protocol.handle ${scheme}`);
        fake.protocolHandlers.set(scheme, handler);
      },
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    session: {
      defaultSession: {
        webRequest: {
          onHeadersReceived: ((listener: never) => {
            calls.push('session.webRequest.onHeadersReceived');
            fake.session.headersListener = listener;
          }) as never,
        },
        setPermissionRequestHandler: ((handler: never) => {
          calls.push('session.setPermissionRequestHandler');
          fake.session.permissionRequest = handler;
        }) as never,
        setPermissionCheckHandler: ((handler: never) => {
          calls.push('session.setPermissionCheckHandler');
          fake.session.permissionCheck = handler;
        }) as never,
      },
    },
  };
  FakeWindow.current = fake;
  return fake;
}
