// IPC handlers. Each one first checks who is asking (the top frame of the app's own page,
// checklist item 17), then validates the payload (ipc-validate.ts), and only then touches a
// file. Every answer is an IpcResult: a bad sender or payload gets `{ok: false, error}` and
// nothing is read or written. Electron is reached only through the small interfaces below,
// so the handlers run for real in tests.

import { randomBytes } from 'node:crypto';
import { basename, join } from 'node:path';
import { SAVE_AS_EXTENSIONS } from '../shared/file-types.ts';
import type {
  InvokeName,
  IpcError,
  IpcRequest,
  IpcResponse,
  IpcResult,
  OpenedFileDto,
  RecentFileDto,
} from '../shared/ipc-contract.ts';
import { INVOKE_CHANNELS, SAVE_EXTENSION } from '../shared/ipc-contract.ts';
import { acceptToExtensions, validatePayload } from './ipc-validate.ts';
import { addRecent, loadRecent, removeRecent, samePath, saveRecent } from './recent-files.ts';
import {
  checkSaveText,
  ensureDir,
  looksLikeSave,
  MAX_OPEN_BYTES,
  readAutosave,
  readSaveFile,
  readTextFile,
  savesDir,
  writeAutosave,
  writeExportFile,
  writeSaveFile,
  type Result,
} from './saves.ts';
import { isAppUrl, type AppOrigin } from './window.ts';
import type { ClassHost } from '../class/class-host.ts';

/** What a handler needs from Electron's IpcMainInvokeEvent. */
export interface SenderFrameLike {
  url: string;
  parent: unknown;
}
export interface IpcEventLike {
  senderFrame: SenderFrameLike | null | undefined;
  sender: unknown;
}

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface IpcDeps {
  userData: string;
  /** Default folder for exports (the user's Documents). */
  documentsDir: string;
  origin: AppOrigin;
  showSaveDialog(options: {
    defaultPath: string;
    filters: FileFilter[];
  }): Promise<string | undefined>;
  showOpenDialog(options: {
    defaultPath: string;
    filters: FileFilter[];
  }): Promise<string | undefined>;
  print(sender: unknown): void;
  setUnsaved(sender: unknown, unsaved: boolean): void;
  /** The desktop's class host ("Host a class"); without it those requests are refused. */
  classHost?: ClassHost;
  /** Called after the recent list changed (the menu shows it). */
  onRecentChanged?(files: readonly RecentFileDto[]): void;
  now?(): Date;
}

export type Handler<K extends InvokeName> = (
  event: IpcEventLike,
  payload: unknown,
  ...extra: unknown[]
) => Promise<IpcResult<IpcResponse<K>>>;

export type Handlers = { [K in InvokeName]: Handler<K> };

const failure = (code: string, message: string): { ok: false; error: IpcError } => ({
  ok: false,
  error: { code, message },
});

const noClassHost = () => failure('class/unavailable', 'this app cannot host a class');

/** The sender must be the top frame showing the app's own page. */
export function checkSender(event: IpcEventLike, origin: AppOrigin): IpcError | null {
  const frame = event.senderFrame;
  if (!frame)
    return { code: 'ipc/bad_sender', message: 'request from a frame that no longer exists' };
  if (frame.parent !== null && frame.parent !== undefined)
    return { code: 'ipc/bad_sender', message: 'request from a sub-frame' };
  if (!isAppUrl(frame.url, origin))
    return {
      code: 'ipc/bad_sender',
      message: `request from a foreign page (${frame.url.slice(0, 100)})`,
    };
  return null;
}

/** The Save dialog's filter for a suggested name, from the shared list of extensions (the
 * longest that matches, so a save gets "cloudwar.json", not "json"). */
export function filtersFor(name: string): FileFilter[] {
  const lower = name.toLowerCase();
  if (lower.endsWith(SAVE_EXTENSION))
    return [{ name: 'Cloud Price War save', extensions: [SAVE_EXTENSION.slice(1)] }];
  const ext = [...SAVE_AS_EXTENSIONS]
    .sort((a, b) => b.length - a.length)
    .find((candidate) => lower.endsWith(candidate));
  if (!ext) return [];
  return [{ name: ext.slice(1).toUpperCase(), extensions: [ext.slice(1)] }];
}

export interface IpcSession {
  handlers: Handlers;
  /** The save file that Save writes to: the last one saved, or opened AND confirmed loaded. */
  currentSavePath(): string | null;
  recentFiles(): readonly RecentFileDto[];
  /** A file handed to the app by the desktop (double-click, second instance): the page takes
   * it with takeOfferedFile after the `open-offered` menu command. */
  offerFile(path: string): void;
}

export async function createIpcHandlers(deps: IpcDeps): Promise<IpcSession> {
  const now = deps.now ?? (() => new Date());
  let recent = await loadRecent(deps.userData);
  let currentSave: string | null = null;
  // The last file read for the page, waiting for the game to confirm it loaded (one at a time:
  // a newer opening replaces it, so a stale token confirms nothing).
  let pending: { token: string; path: string; isSave: boolean } | null = null;
  let offered: string | null = null;

  async function remember(path: string): Promise<void> {
    recent = addRecent(recent, path, now());
    await saveRecent(deps.userData, recent).catch(() => undefined);
    deps.onRecentChanged?.(recent);
  }

  async function forget(path: string): Promise<void> {
    recent = removeRecent(recent, path);
    await saveRecent(deps.userData, recent).catch(() => undefined);
    deps.onRecentChanged?.(recent);
  }

  /** Reads a file for the page: saves are checked in full, other files only for size/text.
   * Nothing is remembered yet: the file becomes current (and recent) only when the game
   * confirms it replayed (confirmLoaded), so a file the game refuses is never written over. */
  async function readDocument(path: string): Promise<Result<OpenedFileDto>> {
    const name = basename(path);
    let text: string;
    let isSave = true;
    if (name.toLowerCase().endsWith(SAVE_EXTENSION)) {
      const save = await readSaveFile(path);
      if (!save.ok) return save;
      text = save.value.text;
    } else {
      const read = await readTextFile(path, MAX_OPEN_BYTES);
      if (!read.ok) return read;
      isSave = looksLikeSave(read.value.text);
      if (isSave) {
        const checked = checkSaveText(read.value.text, name);
        if (!checked.ok) return checked;
      }
      text = read.value.text;
    }
    const token = randomBytes(16).toString('hex');
    pending = { token, path, isSave };
    return { ok: true, value: { name, text, token } };
  }

  async function writeChosenSave(path: string, text: string) {
    const written = await writeSaveFile(path, text, { onUnreadable: 'refuse' });
    if (!written.ok) return written;
    currentSave = path;
    await remember(path);
    return { ok: true as const, value: { saved: true, name: basename(path) } };
  }

  async function saveAs(suggestedName: string, text: string, isSave: boolean) {
    if (isSave) {
      // Check before asking, so a bad save never reaches the disk or even a dialog.
      const checked = checkSaveText(text);
      if (!checked.ok) return checked;
      await ensureDir(savesDir(deps.userData));
    }
    const defaultPath = join(isSave ? savesDir(deps.userData) : deps.documentsDir, suggestedName);
    const path = await deps.showSaveDialog({ defaultPath, filters: filtersFor(suggestedName) });
    if (!path) return { ok: true as const, value: { saved: false, name: null } };
    if (isSave) return writeChosenSave(path, text);
    const written = await writeExportFile(path, text);
    if (!written.ok) return written;
    return { ok: true as const, value: { saved: true, name: basename(path) } };
  }

  const bodies: {
    [K in InvokeName]: (req: IpcRequest<K>, event: IpcEventLike) => Promise<Result<IpcResponse<K>>>;
  } = {
    async writeAutosave(req) {
      const written = await writeAutosave(deps.userData, req.text, { now });
      return written.ok ? { ok: true, value: null } : written;
    },
    async readAutosave() {
      const read = await readAutosave(deps.userData);
      return read.ok ? { ok: true, value: { text: read.value } } : read;
    },
    async readAutosaveBackup() {
      const read = await readAutosave(deps.userData, 'backup');
      return read.ok ? { ok: true, value: { text: read.value } } : read;
    },
    async saveFileAs(req) {
      const isSave =
        req.suggestedName.toLowerCase().endsWith(SAVE_EXTENSION) || looksLikeSave(req.text);
      return saveAs(req.suggestedName, req.text, isSave);
    },
    async saveFile(req) {
      if (currentSave === null) return saveAs(req.suggestedName, req.text, true);
      return writeChosenSave(currentSave, req.text);
    },
    async openFile(req) {
      const extensions = acceptToExtensions(req.accept);
      const path = await deps.showOpenDialog({
        defaultPath: savesDir(deps.userData),
        filters: extensions.length > 0 ? [{ name: 'Cloud Price War', extensions }] : [],
      });
      if (!path) return { ok: true, value: { file: null } };
      const read = await readDocument(path);
      if (!read.ok) return read;
      return { ok: true, value: { file: read.value } };
    },
    async listRecentFiles() {
      return { ok: true, value: { files: [...recent] } };
    },
    async openRecentFile(req) {
      const known = recent.find((item) => samePath(item.path, req.path));
      if (!known) return failure('ipc/not_recent', 'that file is not in the recent files list');
      const read = await readDocument(known.path);
      if (!read.ok) {
        if (read.error.code === 'file/not_found') await forget(known.path);
        return read;
      }
      return { ok: true, value: { file: read.value } };
    },
    async takeOfferedFile() {
      const path = offered;
      offered = null;
      if (path === null) return { ok: true, value: { file: null } };
      const read = await readDocument(path);
      if (!read.ok) return read;
      return { ok: true, value: { file: read.value } };
    },
    async confirmLoaded(req) {
      if (pending === null || pending.token !== req.token)
        return { ok: true, value: { confirmed: false } };
      const { path, isSave } = pending;
      pending = null;
      // Only a save can become the file Save writes to; a scenario file never does.
      if (!isSave) return { ok: true, value: { confirmed: false } };
      currentSave = path;
      await remember(path);
      return { ok: true, value: { confirmed: true } };
    },
    async clearCurrentFile() {
      currentSave = null;
      pending = null;
      return { ok: true, value: null };
    },
    async setUnsavedDecisions(req, event) {
      deps.setUnsaved(event.sender, req.unsaved);
      return { ok: true, value: null };
    },
    async printReport(_req, event) {
      deps.print(event.sender);
      return { ok: true, value: null };
    },
    async hostClass(req) {
      return deps.classHost ? deps.classHost.start(req) : noClassHost();
    },
    async resumeClass(req) {
      return deps.classHost ? deps.classHost.resume(req.port) : noClassHost();
    },
    async stopClass() {
      return { ok: true, value: { stopped: (await deps.classHost?.stop()) ?? false } };
    },
    async classStatus() {
      return { ok: true, value: { hosted: deps.classHost?.current() ?? null } };
    },
    async openClassConsole() {
      return { ok: true, value: { opened: deps.classHost?.openConsole() ?? false } };
    },
  };

  function wrap<K extends InvokeName>(name: K): Handler<K> {
    return async (event, payload, ...extra) => {
      const sender = checkSender(event, deps.origin);
      if (sender) return { ok: false, error: sender };
      if (extra.length > 0)
        return failure('ipc/bad_payload', `bad request to ${name}: expected one argument`);
      const valid = validatePayload(name, payload);
      if (!valid.ok) return valid;
      try {
        return await bodies[name](valid.value as never, event);
      } catch (error) {
        return failure(
          'ipc/internal',
          `${name} failed: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    };
  }

  const handlers = Object.fromEntries(
    (Object.keys(INVOKE_CHANNELS) as InvokeName[]).map((name) => [name, wrap(name)]),
  ) as Handlers;

  return {
    handlers,
    currentSavePath: () => currentSave,
    recentFiles: () => recent,
    offerFile(path) {
      offered = path;
    },
  };
}

/** Registers every handler on `ipcMain` under its channel name. */
export function registerIpcHandlers(
  ipcMain: {
    handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => unknown): void;
  },
  handlers: Handlers,
): void {
  for (const name of Object.keys(INVOKE_CHANNELS) as InvokeName[]) {
    const handler = handlers[name] as Handler<InvokeName>;
    ipcMain.handle(INVOKE_CHANNELS[name], (event: IpcEventLike, payload: unknown, ...extra) =>
      handler(event, payload, ...extra),
    );
  }
}
