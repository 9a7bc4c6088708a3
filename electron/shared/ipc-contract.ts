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
  hostClass: 'cloudwar:class:host',
  resumeClass: 'cloudwar:class:resume',
  stopClass: 'cloudwar:class:stop',
  classStatus: 'cloudwar:class:status',
  openClassConsole: 'cloudwar:class:open-console',
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

/** What the teacher chose for a new class (the same options as `npm run class`). */
export interface HostClassRequest {
  /** A shipped scenario's id. */
  scenario: string;
  markets: number;
  /** Providers played by teams; every provider when empty. */
  seats: string[];
  deadlineMinutes: number;
  advance: 'all' | 'teacher';
  practice: boolean;
  lang: 'zh' | 'en';
  seed: number;
  port: number;
  /** 'app': under the app's data folder; 'choose': in a folder the teacher picks. */
  folder: 'app' | 'choose';
}

/** A class the desktop app is hosting, as the page shows it. */
export interface HostedClassDto {
  /** The class folder (to resume it after a crash or for the next lesson). */
  folder: string;
  code: string;
  scenarioId: string;
  markets: number;
  seats: string[];
  quarterMinutes: number;
  advance: 'all' | 'teacher';
  practice: boolean;
  lang: 'zh' | 'en';
  port: number;
  /** Where students open the game, the best guess first. */
  addresses: string[];
  /** A QR code of addresses[0], as an SVG document. */
  qrSvg: string;
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
  /** Creates a class and hosts it (and opens the teacher console); `hosted: null` when the
   * teacher cancelled the folder picker. A bad option is refused with the CLI's message. */
  hostClass: { req: HostClassRequest; res: { hosted: HostedClassDto | null } };
  /** Asks for a class folder and hosts that class again, with everything it had accepted. */
  resumeClass: { req: { port: number }; res: { hosted: HostedClassDto | null } };
  /** Stops the class being hosted (its folder stays resumable); `stopped: false` when none was. */
  stopClass: { req: Record<string, never>; res: { stopped: boolean } };
  classStatus: { req: Record<string, never>; res: { hosted: HostedClassDto | null } };
  /** Opens (or focuses) the teacher console's window; `opened: false` when no class is hosted. */
  openClassConsole: { req: Record<string, never>; res: { opened: boolean } };
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
  | { command: 'about' }
  | { command: 'host-class' }
  | { command: 'resume-class' }
  /** The hosted class started or stopped outside the page (menu, console window): ask again. */
  | { command: 'class-changed' };

/** `window.cloudwar`: one function per invoke channel, plus the menu subscription. */
export type CloudwarApi = {
  readonly [K in InvokeName]: (req: IpcRequest<K>) => Promise<IpcResult<IpcResponse<K>>>;
} & {
  /** Calls `listener` for each menu command; returns the unsubscribe function. */
  readonly onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
};
