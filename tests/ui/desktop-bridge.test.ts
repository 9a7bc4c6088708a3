// The desktop bridge: each menu command runs its UI action, the bridge is a no-op outside the
// desktop shell, and the shell is told (only on change) whether quitting would lose decisions.
// No DOM: stub actions and a stub host stand in for the UI and the shell.

import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { MenuCommand } from '../../electron/shared/ipc-contract.ts';
import type { Host } from '../../game/host/host.ts';
import type { KnownScenario } from '../../game/save/save-file.ts';
import type { ShippedScenario } from '../../game/shipped-scenarios.ts';
import { createSessionStore, createViewStore } from '../../game/store/index.ts';
import type { UiContext } from '../../game/ui/context.ts';
import {
  clearFileOnNewGame,
  desktopActions,
  hasPendingDecisions,
  installDesktopBridge,
  isDesktopHost,
  isUnsaved,
  runMenuCommand,
  watchUnsaved,
} from '../../game/ui/desktop-bridge.ts';
import type { DesktopActions, DesktopHost } from '../../game/ui/desktop-bridge.ts';
import { known, knownScenarios, playQuarter, playedSession } from '../save/fixtures.ts';

let scenarios: (KnownScenario & ShippedScenario)[];

beforeAll(async () => {
  scenarios = (await knownScenarios()).map((s) => ({ ...s, file: `${s.id}.yaml` }));
});

function stubActions(): DesktopActions & { calls: unknown[][] } {
  const calls: unknown[][] = [];
  const log =
    (name: string, result?: boolean) =>
    (...args: unknown[]): never => {
      calls.push([name, ...args]);
      return (result === undefined ? undefined : Promise.resolve(result)) as never;
    };
  return {
    calls,
    newGame: log('newGame'),
    open: log('open', true),
    openRecent: log('openRecent', true),
    openOffered: log('openOffered', true),
    save: log('save', true),
    saveAs: log('saveAs', false),
    exportCsv: log('exportCsv', true),
    print: log('print'),
    setLocale: log('setLocale'),
    about: log('about'),
    hostClass: log('hostClass'),
    resumeClass: log('resumeClass'),
    classChanged: log('classChanged'),
  };
}

function stubHost(extra: Partial<DesktopHost> = {}): DesktopHost & { flags: boolean[] } {
  const flags: boolean[] = [];
  return {
    kind: 'electron',
    flags,
    writeAutosave: async () => {},
    readAutosave: async () => undefined,
    saveFile: async () => true,
    openFile: async () => undefined,
    preferredLocale: () => 'en',
    print: vi.fn(),
    onMenuCommand: () => () => {},
    setUnsavedDecisions: (value: boolean) => void flags.push(value),
    ...extra,
  };
}

describe('runMenuCommand', () => {
  const cases: [MenuCommand, unknown[]][] = [
    [{ command: 'new-game' }, ['newGame']],
    [{ command: 'open' }, ['open']],
    [
      { command: 'open-recent', path: '/tmp/a.cloudwar.json' },
      ['openRecent', '/tmp/a.cloudwar.json'],
    ],
    [{ command: 'open-offered' }, ['openOffered']],
    [{ command: 'save' }, ['save']],
    [{ command: 'save-as' }, ['saveAs']],
    [{ command: 'export-csv' }, ['exportCsv']],
    [{ command: 'print-report' }, ['print']],
    [{ command: 'language', locale: 'zh' }, ['setLocale', 'zh']],
    [{ command: 'about' }, ['about']],
    [{ command: 'host-class' }, ['hostClass']],
    [{ command: 'resume-class' }, ['resumeClass']],
    [{ command: 'class-changed' }, ['classChanged']],
  ];
  it.each(cases)('%j runs exactly its action', async (command, call) => {
    const actions = stubActions();
    await runMenuCommand(command, actions);
    expect(actions.calls).toEqual([call]);
  });

  it("passes on the action's success", async () => {
    expect(await runMenuCommand({ command: 'save' }, stubActions())).toBe(true);
    expect(await runMenuCommand({ command: 'save-as' }, stubActions())).toBe(false);
  });
});

describe('desktopActions', () => {
  function context(host: Host, session = createSessionStore('en')): UiContext {
    return { session, view: createViewStore(), host, scenarios };
  }

  it('maps new game, language and print onto the session and the host', () => {
    const host = stubHost();
    const ctx = context(host, playedSession(scenarios, 1));
    const actions = desktopActions(
      ctx,
      host,
      () => {},
      () => {},
    );
    actions.setLocale('zh');
    expect(ctx.session.getState().locale).toBe('zh');
    actions.newGame();
    expect(ctx.session.getState().screen).toBe('start');
    actions.print();
    expect(host.print).toHaveBeenCalledOnce();
  });

  it('saves through saveToCurrentFile and reports the save', async () => {
    const saveToCurrentFile = vi.fn(async () => true);
    const saveFile = vi.fn(async () => true);
    const host = stubHost({ saveToCurrentFile, saveFile });
    const onSaved = vi.fn();
    const actions = desktopActions(context(host, playedSession(scenarios, 2)), host, onSaved);
    expect(await actions.save()).toBe(true);
    expect(saveToCurrentFile).toHaveBeenCalledOnce();
    const [name, text] = saveToCurrentFile.mock.calls[0] as unknown as [string, string];
    expect(name).toMatch(/^cloudwar-classroom-duopoly-.*\.cloudwar\.json$/);
    expect(JSON.parse(text).log).toHaveLength(2);
    expect(saveFile).not.toHaveBeenCalled();
    expect(onSaved).toHaveBeenCalledOnce();
  });
  it('says nothing and counts nothing as saved when the Save dialog is cancelled', async () => {
    const saveToCurrentFile = vi.fn(async () => false);
    const host = stubHost({ saveToCurrentFile, saveFile: vi.fn(async () => false) });
    const onSaved = vi.fn();
    const actions = desktopActions(context(host, playedSession(scenarios, 2)), host, onSaved);
    expect(await actions.save()).toBe(false);
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('a failed save is not reported as saved', async () => {
    const host = stubHost({
      saveToCurrentFile: async () => {
        throw new Error('disk full');
      },
    });
    const onSaved = vi.fn();
    const actions = desktopActions(context(host, playedSession(scenarios, 1)), host, onSaved);
    expect(await actions.save()).toBe(false);
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('open recent loads the file the shell reads, then confirms it to the shell', async () => {
    const source = playedSession(scenarios, 3);
    const { saveTextOf } = await import('../../game/save/game-save.ts');
    const text = await saveTextOf(source.getState().game!.getState(), scenarios);
    const openRecentFile = vi.fn(async () => ({ name: 'a.cloudwar.json', text, token: 't1' }));
    const confirmLoaded = vi.fn(async () => {});
    const host = stubHost({ openRecentFile, confirmLoaded });
    const ctx = context(host);
    expect(await desktopActions(ctx, host, () => {}).openRecent('/x/a.cloudwar.json')).toBe(true);
    expect(openRecentFile).toHaveBeenCalledWith('/x/a.cloudwar.json');
    expect(ctx.session.getState().game?.getState().log).toHaveLength(3);
    expect(confirmLoaded).toHaveBeenCalledWith(expect.objectContaining({ token: 't1' }));
  });

  it('open recent with a bad file leaves the running game alone and confirms nothing', async () => {
    const confirmLoaded = vi.fn(async () => {});
    const host = stubHost({
      openRecentFile: async () => ({ name: 'a', text: 'not json', token: 't2' }),
      confirmLoaded,
    });
    const ctx = context(host, playedSession(scenarios, 1));
    const before = ctx.session.getState().game;
    expect(await desktopActions(ctx, host, () => {}).openRecent('/x/a')).toBe(false);
    expect(ctx.session.getState().game).toBe(before);
    expect(confirmLoaded).not.toHaveBeenCalled();
  });

  it('open offered loads the file the desktop handed over, once', async () => {
    const source = playedSession(scenarios, 2);
    const { saveTextOf } = await import('../../game/save/game-save.ts');
    const text = await saveTextOf(source.getState().game!.getState(), scenarios);
    const takeOfferedFile = vi
      .fn<() => Promise<{ name: string; text: string } | undefined>>()
      .mockResolvedValueOnce({ name: 'b.cloudwar.json', text })
      .mockResolvedValue(undefined);
    const host = stubHost({ takeOfferedFile });
    const ctx = context(host);
    const actions = desktopActions(ctx, host, () => {});
    expect(await actions.openOffered()).toBe(true);
    expect(ctx.session.getState().game?.getState().log).toHaveLength(2);
    expect(await actions.openOffered()).toBe(false);
  });
});

describe('clearFileOnNewGame', () => {
  it('tells the shell to forget its current file each time another game replaces the running one', () => {
    const session = playedSession(scenarios, 1);
    const clearCurrentFile = vi.fn();
    const stop = clearFileOnNewGame(session, { clearCurrentFile });
    session.getState().setScreen('start');
    expect(clearCurrentFile).not.toHaveBeenCalled();
    const other = playedSession(scenarios, 2).getState().game!;
    session.setState({ game: other });
    expect(clearCurrentFile).toHaveBeenCalledTimes(1);
    stop();
    session.setState({ game: null });
    expect(clearCurrentFile).toHaveBeenCalledTimes(1);
  });
});

describe('isDesktopHost / installDesktopBridge', () => {
  it('is a no-op in the browser', () => {
    const subscribe = vi.fn(() => () => {});
    const host = { ...stubHost({ onMenuCommand: subscribe }), kind: 'browser' as const };
    expect(isDesktopHost(host)).toBe(false);
    const ctx = { session: createSessionStore('en'), view: createViewStore(), host, scenarios };
    installDesktopBridge(ctx)();
    expect(subscribe).not.toHaveBeenCalled();
  });

  it('subscribes to the menu in the desktop shell and unsubscribes on uninstall', () => {
    const unsubscribe = vi.fn();
    const subscribe = vi.fn(() => unsubscribe);
    const host = stubHost({ onMenuCommand: subscribe });
    expect(isDesktopHost(host)).toBe(true);
    const ctx = { session: createSessionStore('en'), view: createViewStore(), host, scenarios };
    const uninstall = installDesktopBridge(ctx);
    expect(subscribe).toHaveBeenCalledOnce();
    uninstall();
    expect(unsubscribe).toHaveBeenCalledOnce();
  });
});

describe('unsaved decisions', () => {
  const base = {
    humans: ['A'],
    drafts: { A: { x: 1 } },
    committed: { A: false },
    undo: { A: [] },
    log: [],
  } as unknown as Parameters<typeof isUnsaved>[0] & object;

  it('no game, or an untouched quarter with nothing played, is saved', () => {
    expect(isUnsaved(null, 0)).toBe(false);
    expect(isUnsaved(base, 0)).toBe(false);
  });

  it('an edited draft is unsaved; one edited back to where it started is not', () => {
    const edited = { ...base, undo: { A: [{ x: 0 }] } } as typeof base;
    expect(hasPendingDecisions(edited)).toBe(true);
    const back = { ...base, undo: { A: [{ x: 1 }, { x: 2 }] } } as typeof base;
    expect(hasPendingDecisions(back)).toBe(false);
  });

  it('a committed draft waiting for the quarter to end is unsaved', () => {
    expect(isUnsaved({ ...base, committed: { A: true } } as typeof base, 0)).toBe(true);
  });

  it('quarters played since the last save are unsaved', () => {
    const played = { ...base, log: [{}, {}] } as unknown as typeof base;
    expect(isUnsaved(played, 1)).toBe(true);
    expect(isUnsaved(played, 2)).toBe(false);
  });

  it('watchUnsaved reports only changes, across edits, quarters, saves and new games', () => {
    const session = createSessionStore('en');
    const flags: boolean[] = [];
    const watch = watchUnsaved(session, (v) => flags.push(v));
    const game = session
      .getState()
      .startGame(known(scenarios, 'classroom-duopoly').scenario, { seed: 3, humans: ['NCL'] });
    expect(flags).toEqual([]);
    const draft = game.getState().drafts.NCL!;
    game.getState().setDraft('NCL', { ...draft, price: { ...draft.price, C: -0.02 } });
    expect(flags).toEqual([true]);
    game.getState().setDraft('NCL', { ...draft, price: { ...draft.price, C: -0.03 } });
    expect(flags).toEqual([true]);
    game.getState().undoDraft('NCL');
    game.getState().undoDraft('NCL');
    expect(flags).toEqual([true, false]);
    playQuarter(game);
    expect(flags).toEqual([true, false, true]);
    watch.markSaved();
    expect(flags).toEqual([true, false, true, false]);
    playQuarter(game);
    expect(flags).toEqual([true, false, true, false, true]);
    session
      .getState()
      .startGame(known(scenarios, 'classroom-duopoly').scenario, { seed: 4, humans: ['NCL'] });
    expect(flags).toEqual([true, false, true, false, true, false]);
    watch.stop();
    playQuarter(session.getState().game!);
    expect(flags).toHaveLength(6);
  });
});
