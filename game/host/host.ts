// The one interface between the renderer and whatever hosts it: a browser tab (IndexedDB and
// downloads, game/host/browser-host.ts) or the desktop shell (files on disk through the
// preload, issue 4). The game never touches storage or files any other way.

import type { Locale } from '../i18n/locale.ts';

export type { Locale };

export interface OpenedFile {
  name: string;
  text: string;
  /** The file's size in bytes, when the host knows it (`text` may stop at the host's limit). */
  size?: number;
  /** The desktop's name for this opening, passed back in `confirmLoaded`. */
  token?: string;
}

export interface Host {
  readonly kind: 'browser' | 'electron';
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
