// The one interface between the renderer and whatever hosts it: a browser tab (IndexedDB and
// downloads, game/host/browser-host.ts) or the desktop shell (files on disk through the
// preload, issue 4). The game never touches storage or files any other way.

import type {
  HostClassRequest,
  HostedClassDto,
  MenuCommand,
  RecentFileDto,
} from '../../electron/shared/ipc-contract.ts';
import type { Locale } from '../i18n/locale.ts';

export type { HostClassRequest, HostedClassDto, Locale, MenuCommand };
/** A file in the desktop's Open Recent list. */
export type RecentFile = RecentFileDto;

export interface OpenedFile {
  name: string;
  text: string;
  /** The file's size in bytes, when the host knows it (`text` may stop at the host's limit). */
  size?: number;
  /** The desktop's name for this opening, passed back in `confirmLoaded`. */
  token?: string;
}

/** What every host offers. */
interface HostBase {
  /** Stores the autosave (a save file's text); resolves once it is durable. */
  writeAutosave(text: string): Promise<void>;
  /** The last autosave's text, or undefined when there is none. */
  readAutosave(): Promise<string | undefined>;
  /** The autosave before the last one (kept when a new one is written), if the host keeps it. */
  readAutosaveBackup?(): Promise<string | undefined>;
  /**
   * Offers a file to the player (a download in the browser, a Save dialog on the desktop).
   * Resolves false when the player cancelled, so nothing claims a file was written.
   */
  saveFile(suggestedName: string, text: string, mime: string): Promise<boolean>;
  /** Lets the player pick a file (an upload in the browser, an Open dialog on the desktop). */
  openFile(accept: string): Promise<OpenedFile | undefined>;
  /** The game replayed `file` (from openFile): the desktop makes it the file Save writes to
   * and lists it in Open Recent. Hosts without a current file leave this out. */
  confirmLoaded?(file: OpenedFile): Promise<void>;
  /** The locale the host prefers at start (the browser's or the OS's language). */
  preferredLocale(): Locale;
  /** Opens the print dialog for the current page (the printable report). */
  print(): void;
}

/** Hosting a class from this computer (the desktop app only). Failures throw the shell's
 * error, whose `issues` name the request field at fault (`payload.markets`). */
export interface ClassHosting {
  /** Creates and hosts a class; undefined when the teacher cancelled the folder picker. */
  hostClass(request: HostClassRequest): Promise<HostedClassDto | undefined>;
  /** Asks for a class folder and hosts it again; undefined when cancelled. */
  resumeClass(port: number): Promise<HostedClassDto | undefined>;
  /** Stops the hosted class (its folder stays resumable); false when none was hosted. */
  stopClass(): Promise<boolean>;
  /** The class being hosted, if any. */
  classStatus(): Promise<HostedClassDto | undefined>;
  /** Opens (or brings forward) the teacher console's window. */
  openClassConsole(): Promise<boolean>;
}

/** A browser tab: IndexedDB for the autosave, downloads and uploads for files. */
export interface BrowserHost extends HostBase {
  readonly kind: 'browser';
}

/**
 * The desktop shell: Host plus what only the desktop has (menus, the quit guard, Save to the
 * current file, Open Recent, a file handed over by the OS). The optional ones may be missing in
 * an older or reduced shell; callers fall back to the plain Host calls.
 */
export interface DesktopHost extends HostBase {
  readonly kind: 'electron';
  /** Menu commands (New game, Open, Save...). Returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Tells the shell whether there are decisions that would be lost on quit. */
  setUnsavedDecisions(unsaved: boolean): void;
  /** Saves to the file last opened or saved (asks for a name the first time). */
  saveToCurrentFile?(suggestedName: string, text: string): Promise<boolean>;
  listRecentFiles?(): Promise<RecentFile[]>;
  openRecentFile?(path: string): Promise<OpenedFile>;
  /** The file the desktop handed over (double-click, second instance), once; else undefined. */
  takeOfferedFile?(): Promise<OpenedFile | undefined>;
  /** Another game replaced the loaded one: Save asks for a file again. */
  clearCurrentFile?(): void;
  /** "Host a class": present in a shell that can host one. */
  classHosting?: ClassHosting;
}

/** The host the game runs in; `kind` says which capabilities it declares. */
export type Host = BrowserHost | DesktopHost;

/** Whether `host` is the desktop shell (narrows to its declared capabilities). */
export function isDesktopHost(host: Host): host is DesktopHost {
  return host.kind === 'electron';
}
