// The one contract between the desktop shell's main process and the page: channel names,
// request and response payloads, and the shape of `window.cloudwar`. Imports nothing, so the
// main process, the preload and the renderer's electron host can all share it.
//
// Every channel is prefixed `cloudwar:`. Each invoke channel has exactly one function on
// `window.cloudwar` (same name as its key below); the one event channel (menu commands sent
// by main) has one subscribe function. Nothing else crosses the bridge.

/** Renderer → main, answered with an `IpcResult`. */
export const INVOKE_CHANNELS = {
  writeAutosave: 'cloudwar:autosave:write',
  readAutosave: 'cloudwar:autosave:read',
  readAutosaveBackup: 'cloudwar:autosave:read-backup',
  saveFileAs: 'cloudwar:file:save-as',
  saveFile: 'cloudwar:file:save',
  openFile: 'cloudwar:file:open',
  listRecentFiles: 'cloudwar:recent:list',
  openRecentFile: 'cloudwar:recent:open',
  takeOfferedFile: 'cloudwar:file:take-offered',
  confirmLoaded: 'cloudwar:file:confirm-loaded',
  clearCurrentFile: 'cloudwar:file:clear-current',
  setUnsavedDecisions: 'cloudwar:app:set-unsaved',
  printReport: 'cloudwar:app:print',
} as const;

/** Main → renderer, no answer. */
export const EVENT_CHANNELS = {
  menuCommand: 'cloudwar:menu:command',
} as const;

export type InvokeName = keyof typeof INVOKE_CHANNELS;

/** File name suffix of a save (the shared list of file types holds it). */
export { SAVE_EXTENSION } from './file-types.ts';

export interface OpenedFileDto {
  /** The file's base name (never a full path: the page does not learn the folder layout). */
  name: string;
  text: string;
  /** Names this opening in `confirmLoaded`: only a file the game has replayed becomes the file
   * Save writes to and enters Open Recent. */
  token: string;
}

export interface RecentFileDto {
  path: string;
  name: string;
  /** ISO time of the last open or save. */
  at: string;
}

/** Request and response payload of each invoke channel. */
export interface InvokePayloads {
  writeAutosave: { req: { text: string }; res: null };
  readAutosave: { req: Record<string, never>; res: { text: string | null } };
  /** The autosave before the last one (`<autosave>.bak`), null when there is none. */
  readAutosaveBackup: { req: Record<string, never>; res: { text: string | null } };
  /** Shows a Save dialog. A save text is checked and backed up; anything else is an export. */
  saveFileAs: {
    req: { suggestedName: string; text: string; mime: string };
    res: { saved: boolean; name: string | null };
  };
  /** Saves to the current save file (the last one opened or saved), or asks like saveFileAs. */
  saveFile: {
    req: { suggestedName: string; text: string };
    res: { saved: boolean; name: string | null };
  };
  /** Shows an Open dialog filtered by `accept` (".yaml,.json" style, as in an <input>). */
  openFile: { req: { accept: string }; res: { file: OpenedFileDto | null } };
  listRecentFiles: { req: Record<string, never>; res: { files: RecentFileDto[] } };
  /** Opens a file from the recent list (a path not in that list is refused). */
  openRecentFile: { req: { path: string }; res: { file: OpenedFileDto } };
  /** The file the desktop handed to the app (double-click, second instance), read once; null
   * when there is none. Announced by the menu command `open-offered`. */
  takeOfferedFile: { req: Record<string, never>; res: { file: OpenedFileDto | null } };
  /** The game has loaded the file opened with this token: Save now writes to it, and it enters
   * Open Recent. An unknown or stale token changes nothing (`confirmed: false`). */
  confirmLoaded: { req: { token: string }; res: { confirmed: boolean } };
  /** Another game replaced the one from a file (New game, Continue): Save asks again. */
  clearCurrentFile: { req: Record<string, never>; res: null };
  setUnsavedDecisions: { req: { unsaved: boolean }; res: null };
  printReport: { req: Record<string, never>; res: null };
}

export type IpcRequest<K extends InvokeName> = InvokePayloads[K]['req'];
export type IpcResponse<K extends InvokeName> = InvokePayloads[K]['res'];

export interface IpcIssue {
  /** Where in the payload, e.g. `payload.suggestedName`. */
  path: string;
  message: string;
}

export interface IpcError {
  /** Namespaced code, e.g. `ipc/bad_payload`, `ipc/bad_sender`, `save/newer_version`. */
  code: string;
  message: string;
  issues?: IpcIssue[];
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export type MenuCommand =
  | { command: 'new-game' }
  | { command: 'open' }
  | { command: 'open-recent'; path: string }
  | { command: 'open-offered' }
  | { command: 'save' }
  | { command: 'save-as' }
  | { command: 'export-csv' }
  | { command: 'print-report' }
  | { command: 'language'; locale: 'zh' | 'en' }
  | { command: 'about' };

/** `window.cloudwar`: one function per invoke channel, plus the menu subscription. */
export type CloudwarApi = {
  readonly [K in InvokeName]: (req: IpcRequest<K>) => Promise<IpcResult<IpcResponse<K>>>;
} & {
  /** Calls `listener` for each menu command; returns the unsubscribe function. */
  readonly onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
};
