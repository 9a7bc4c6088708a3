// The desktop shell's side of the UI: its menu commands run the same actions as the top bar's
// buttons (failures go to the alert region like theirs), and the shell is told whether quitting
// now would lose decisions. Does nothing in the browser. The command mapping and the unsaved
// flag are plain functions over stores and stubs (no DOM), so tests can drive them in node.

import { isFinished } from '../engine/index.ts';
import { isDesktopHost } from '../host/host.ts';
import type { DesktopHost, MenuCommand, OpenedFile } from '../host/host.ts';
import { t } from '../i18n/index.ts';
import type { Locale } from '../i18n/index.ts';
import { confirmLoaded, loadGameFromText, saveTextOf } from '../save/game-save.ts';
import { APP_VERSION, saveFileName } from '../save/save-file.ts';
import type { GameData, GameStore, SessionStore } from '../store/index.ts';
import { showAlert } from './alert.ts';
import type { UiContext } from './context.ts';
import { h, replaceChildren } from './dom.ts';
import { gameState, locale } from './game-view.ts';
import { exportCsv, loadReplay, saveReplay } from './save-actions.ts';
import { openHostClassDialog, refreshHostClassDialog } from './host-class/HostClassDialog.tsx';

// The host declares what the desktop offers (game/host/host.ts); these names stay exported here
// for callers that knew them from this file.
export { isDesktopHost };
export type { DesktopHost, MenuCommand };

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

// ------------------------------------------------------------------ menu commands --------------

/** One action per menu command; the async ones resolve to whether they succeeded. */
export interface DesktopActions {
  newGame(): void;
  open(): Promise<boolean>;
  openRecent(path: string): Promise<boolean>;
  /** Loads the file the desktop handed over (double-click on a save, second instance). */
  openOffered(): Promise<boolean>;
  save(): Promise<boolean>;
  saveAs(): Promise<boolean>;
  exportCsv(): Promise<boolean>;
  print(): void;
  setLocale(locale: Locale): void;
  about(): void;
  /** Host a class: the dialog with its options (or the class already hosted). */
  hostClass(): void;
  /** Resume a class: the dialog, asking for the class folder at once. */
  resumeClass(): void;
  /** The hosted class started or stopped elsewhere (menu, console window). */
  classChanged(): void;
}

/** Runs the action of a menu command; resolves to whether it succeeded. */
export async function runMenuCommand(
  command: MenuCommand,
  actions: DesktopActions,
): Promise<boolean> {
  switch (command.command) {
    case 'new-game':
      actions.newGame();
      return true;
    case 'open':
      return actions.open();
    case 'open-recent':
      return actions.openRecent(command.path);
    case 'open-offered':
      return actions.openOffered();
    case 'save':
      return actions.save();
    case 'save-as':
      return actions.saveAs();
    case 'export-csv':
      return actions.exportCsv();
    case 'print-report':
      actions.print();
      return true;
    case 'language':
      actions.setLocale(command.locale);
      return true;
    case 'about':
      actions.about();
      return true;
    case 'host-class':
      actions.hostClass();
      return true;
    case 'resume-class':
      actions.resumeClass();
      return true;
    case 'class-changed':
      actions.classChanged();
      return true;
    default: {
      const unknown: never = command;
      throw new Error(`unknown menu command ${JSON.stringify(unknown)}`);
    }
  }
}

/** After a game was loaded: a finished game opens on its debrief; tells the player (as the
 * top bar's Load replay does). */
function loaded(ctx: UiContext): void {
  const g = gameState(ctx);
  if (g && isFinished(g.scenario, g.game)) ctx.session.getState().setScreen('debrief');
  showAlert(t('save.loaded', locale(ctx)), 'info');
}

/** Loads a file the shell has read (from Open Recent, or handed over by the desktop) like Load
 * replay does; the shell makes it the current file only once it replayed. */
async function loadShellFile(
  ctx: UiContext,
  host: DesktopHost,
  read: () => Promise<OpenedFile | undefined>,
): Promise<boolean> {
  const loc = locale(ctx);
  try {
    const file = await read();
    if (!file) return false;
    const result = await loadGameFromText(ctx.session, file.text, ctx.scenarios);
    if (result.ok) {
      await confirmLoaded(host, file);
      loaded(ctx);
    } else showAlert(t('save.failed', loc, { message: result.message }));
    return result.ok;
  } catch (e) {
    showAlert(t('save.failed', loc, { message: errorText(e) }));
    return false;
  }
}

/** Save: to the file last opened or saved (the shell asks for a name the first time); the top
 * bar's Save replay where the host cannot. */
async function saveCurrent(ctx: UiContext, host: DesktopHost): Promise<boolean> {
  if (!host.saveToCurrentFile) return saveReplay(ctx);
  const loc = locale(ctx);
  const game = ctx.session.getState().game?.getState();
  if (!game) {
    showAlert(t('save.noGame', loc));
    return false;
  }
  try {
    const text = await saveTextOf(game, ctx.scenarios);
    const quarter = game.log[game.log.length - 1]?.quarter ?? 'start';
    const written = await host.saveToCurrentFile(saveFileName(game.scenario.id, quarter), text);
    if (!written) return false; // cancelled in the dialog: nothing was saved, nothing to say
  } catch (e) {
    showAlert(t('save.saveFailed', loc, { message: errorText(e) }));
    return false;
  }
  showAlert(t('save.saved', loc), 'info');
  return true;
}

/** The UI's actions for the menu; `onSaved` is told after each successful save. */
export function desktopActions(
  ctx: UiContext,
  host: DesktopHost,
  onSaved: () => void,
  about: () => void = () => openAbout(ctx),
): DesktopActions {
  const saved = (ok: boolean): boolean => {
    if (ok) onSaved();
    return ok;
  };
  return {
    newGame: () => ctx.session.getState().setScreen('start'),
    open: () => loadReplay(ctx),
    openRecent: (path) => {
      const open = host.openRecentFile;
      return open ? loadShellFile(ctx, host, () => open(path)) : loadReplay(ctx);
    },
    openOffered: () => {
      const take = host.takeOfferedFile;
      return take ? loadShellFile(ctx, host, () => take()) : Promise.resolve(false);
    },
    save: async () => saved(await saveCurrent(ctx, host)),
    saveAs: async () => saved(await saveReplay(ctx)),
    exportCsv: () => exportCsv(ctx),
    print: () => host.print(),
    setLocale: (next) => ctx.session.getState().setLocale(next),
    about,
    hostClass: () => {
      if (host.classHosting) void openHostClassDialog(ctx, host.classHosting);
    },
    resumeClass: () => {
      if (host.classHosting) void openHostClassDialog(ctx, host.classHosting, { resume: true });
    },
    classChanged: () => {
      if (host.classHosting) void refreshHostClassDialog(host.classHosting);
    },
  };
}

// ------------------------------------------------------------------ unsaved decisions ----------

export type UnsavedInput = Pick<GameData, 'humans' | 'drafts' | 'committed' | 'undo' | 'log'>;

/**
 * Whether a human has decisions this quarter that the log does not hold yet: a committed draft
 * (the quarter has not ended), or a draft edited away from the one the quarter started with
 * (the first entry of its undo list; an empty list means it was never touched).
 */
export function hasPendingDecisions(game: UnsavedInput): boolean {
  return game.humans.some((id) => {
    if (game.committed[id]) return true;
    const first = game.undo[id]?.[0];
    return first !== undefined && JSON.stringify(first) !== JSON.stringify(game.drafts[id]);
  });
}

/** Whether quitting now would lose something: pending decisions, or quarters played since the
 * last explicit save (`savedLogLength` entries were in the log then). */
export function isUnsaved(game: UnsavedInput | null, savedLogLength: number): boolean {
  if (!game) return false;
  return game.log.length > savedLogLength || hasPendingDecisions(game);
}

export interface UnsavedWatch {
  /** The running game was just saved explicitly: its log so far is safe. */
  markSaved(): void;
  stop(): void;
}

/**
 * Follows the session and its running game and calls `report` each time the unsaved flag
 * changes (starting from false, the shell's own default). A game that replaces the running one
 * (new, loaded, continued) starts with its current log counted as saved: a loaded game is on
 * disk, a new one has played nothing.
 */
export function watchUnsaved(
  session: SessionStore,
  report: (unsaved: boolean) => void,
): UnsavedWatch {
  let last = false;
  let savedLength = 0;
  let store: GameStore | null = null;
  let unwatchGame: (() => void) | null = null;

  const check = (): void => {
    const value = isUnsaved(store?.getState() ?? null, savedLength);
    if (value !== last) {
      last = value;
      report(value);
    }
  };
  const follow = (next: GameStore | null): void => {
    if (next === store) return;
    unwatchGame?.();
    store = next;
    savedLength = next?.getState().log.length ?? 0;
    unwatchGame = next ? next.subscribe(check) : null;
  };
  follow(session.getState().game);
  check();
  const unwatchSession = session.subscribe((state) => {
    follow(state.game);
    check();
  });

  return {
    markSaved() {
      savedLength = store?.getState().log.length ?? 0;
      check();
    },
    stop() {
      unwatchSession();
      unwatchGame?.();
      unwatchGame = null;
    },
  };
}

// ------------------------------------------------------------------ current file ---------------

/**
 * Each game that replaces the running one (New game, Continue, a load) makes the shell forget
 * its current file, so Save never writes a new game into the file of an old one. A load from a
 * file confirms that file right after (game-save.ts confirmLoaded), after this clear.
 */
export function clearFileOnNewGame(
  session: SessionStore,
  host: Pick<DesktopHost, 'clearCurrentFile'>,
): () => void {
  return session.subscribe((state, previous) => {
    if (state.game !== previous.game) host.clearCurrentFile?.();
  });
}

// ------------------------------------------------------------------ about dialog ---------------

let aboutDialog: HTMLDialogElement | null = null;

/** About: the app's name, version and what it is, in both languages; Escape or Close shut it. */
export function openAbout(ctx: UiContext): void {
  const loc = locale(ctx);
  if (!aboutDialog) {
    aboutDialog = h('dialog', {
      id: 'about-dialog',
      class: 'dialog',
      role: 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': 'about-title',
      'aria-describedby': 'about-desc',
    });
    document.body.appendChild(aboutDialog);
  }
  const dialog = aboutDialog;
  const close = h(
    'button',
    { type: 'button', class: 'primary', id: 'about-close', onclick: () => dialog.close() },
    t('about.close', loc),
  );
  const other: Locale = loc === 'en' ? 'zh' : 'en';
  const langTag = (l: Locale): string => (l === 'zh' ? 'zh-CN' : 'en');
  replaceChildren(
    dialog,
    h('h2', { id: 'about-title' }, t('app.title', loc)),
    h('p', {}, t('about.version', loc, { version: APP_VERSION })),
    h(
      'div',
      { id: 'about-desc' },
      h('p', { lang: langTag(loc) }, t('about.description', loc)),
      h('p', { lang: langTag(other) }, t('about.description', other)),
    ),
    close,
  );
  if (!dialog.open) dialog.showModal();
  close.focus();
}

// ------------------------------------------------------------------ install --------------------

/** Wires the desktop menu and the unsaved flag; returns the uninstall function (a no-op outside
 * the desktop shell). */
export function installDesktopBridge(ctx: UiContext): () => void {
  const host = ctx.host;
  if (!isDesktopHost(host)) return () => {};
  const unsaved = watchUnsaved(ctx.session, (value) => host.setUnsavedDecisions(value));
  const actions = desktopActions(ctx, host, () => unsaved.markSaved());
  const unsubscribe = host.onMenuCommand((command) => {
    runMenuCommand(command, actions).catch((e: unknown) =>
      showAlert(t('save.failed', locale(ctx), { message: errorText(e) })),
    );
  });
  const unwatchFile = clearFileOnNewGame(ctx.session, host);
  return () => {
    unsubscribe();
    unsaved.stop();
    unwatchFile();
  };
}
