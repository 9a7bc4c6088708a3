// Menu template, quit guard, recent files, window state, and the renderer's electron host.

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import type { CloudwarApi, MenuCommand } from '../../electron/shared/ipc-contract.ts';
import { buildMenuTemplate } from '../../electron/main/menu.ts';
import { createQuitGuard } from '../../electron/main/quit-guard.ts';
import {
  addRecent,
  loadRecent,
  MAX_RECENT,
  parseRecent,
  RECENT_FILE,
  saveRecent,
} from '../../electron/main/recent-files.ts';
import {
  DEFAULT_STATE,
  fitToDisplays,
  loadWindowState,
  saveWindowState,
  WINDOW_STATE_FILE,
} from '../../electron/main/window-state.ts';
import { createElectronHost, HostError } from '../../game/host/electron-host.ts';
import { tempDir } from './helpers.ts';

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu) : []),
  ]);
}

function menu(platform: NodeJS.Platform, locale: 'zh' | 'en' = 'en') {
  const sent: MenuCommand[] = [];
  let abouts = 0;
  const items = flatten(
    buildMenuTemplate({
      platform,
      locale,
      appName: 'Cloud Price War',
      recent: [{ path: '/s/a.cloudwar.json', name: 'a.cloudwar.json', at: '2025-01-01T00:00:00Z' }],
      send: (c) => sent.push(c),
      about: () => abouts++,
    }),
  );
  const click = (label: string) => {
    const item = items.find((i) => i.label === label);
    if (!item?.click) throw new Error(`no item ${label}`);
    (item.click as () => void)();
  };
  return { items, sent, click, abouts: () => abouts };
}

describe('application menu', () => {
  it.each(['linux', 'win32', 'darwin'] as const)('has every command with shortcuts on %s', (p) => {
    const m = menu(p);
    const accel = (label: string) => m.items.find((i) => i.label === label)?.accelerator;
    expect(accel('New Game…')).toBe('CmdOrCtrl+N');
    expect(accel('Open…')).toBe('CmdOrCtrl+O');
    expect(accel('Save')).toBe('CmdOrCtrl+S');
    expect(accel('Save As…')).toBe('CmdOrCtrl+Shift+S');
    expect(accel('Export CSV…')).toBe('CmdOrCtrl+E');
    expect(accel('Print Report…')).toBe('CmdOrCtrl+P');
    expect(m.items.some((i) => i.role === 'togglefullscreen')).toBe(true);
    expect(m.items.some((i) => i.role === 'quit')).toBe(true);
    expect(m.items.some((i) => i.label === 'About Cloud Price War')).toBe(true);
    const accelerators = m.items.map((i) => i.accelerator).filter(Boolean);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('puts About and Quit in the app menu on macOS only', () => {
    const mac = buildMenuTemplate({
      platform: 'darwin',
      locale: 'en',
      appName: 'Cloud Price War',
      recent: [],
      send: () => {},
      about: () => {},
    });
    expect(mac[0]!.label).toBe('Cloud Price War');
    const linux = buildMenuTemplate({
      platform: 'linux',
      locale: 'en',
      appName: 'Cloud Price War',
      recent: [],
      send: () => {},
      about: () => {},
    });
    expect(linux[0]!.label).toBe('&File');
    expect(flatten(linux).find((i) => i.label === 'No recent files')?.enabled).toBe(false);
  });

  it('sends each command to the page', () => {
    const m = menu('linux');
    for (const label of ['New Game…', 'Open…', 'Save', 'Save As…', 'Export CSV…', 'Print Report…'])
      m.click(label);
    m.click('a.cloudwar.json');
    m.click('中文');
    m.click('About Cloud Price War');
    expect(m.sent).toEqual([
      { command: 'new-game' },
      { command: 'open' },
      { command: 'save' },
      { command: 'save-as' },
      { command: 'export-csv' },
      { command: 'print-report' },
      { command: 'open-recent', path: '/s/a.cloudwar.json' },
      { command: 'language', locale: 'zh' },
    ]);
    expect(m.abouts()).toBe(1);
  });

  it('speaks Chinese and checks the current language', () => {
    const m = menu('win32', 'zh');
    expect(m.items.some((i) => i.label === '另存为…')).toBe(true);
    expect(m.items.find((i) => i.label === '中文')?.checked).toBe(true);
    expect(m.items.find((i) => i.label === 'English')?.checked).toBe(false);
  });
});

describe('quit guard', () => {
  it('asks only with unsaved decisions, and once confirmed lets the close through', () => {
    const guard = createQuitGuard();
    expect(guard.mustAsk()).toBe(false);
    guard.setUnsaved(true);
    expect(guard.mustAsk()).toBe(true);
    guard.confirm();
    expect(guard.mustAsk()).toBe(false);
    guard.setUnsaved(true);
    expect(guard.mustAsk()).toBe(true);
    guard.setUnsaved(false);
    expect(guard.mustAsk()).toBe(false);
  });
});

describe('recent files', () => {
  const at = new Date('2025-01-01T00:00:00Z');

  it('puts the latest first, de-duplicates, and keeps at most ten', () => {
    let list = addRecent([], '/s/a.json', at, 'linux');
    list = addRecent(list, '/s/b.json', at, 'linux');
    list = addRecent(list, '/s/../s/a.json', at, 'linux');
    expect(list.map((f) => f.path)).toEqual(['/s/a.json', '/s/b.json']);
    for (let i = 0; i < 15; i++) list = addRecent(list, `/s/${i}.json`, at, 'linux');
    expect(list).toHaveLength(MAX_RECENT);
    expect(list[0]!.name).toBe('14.json');
  });

  it('compares paths case-insensitively on Windows and macOS', () => {
    const list = addRecent(addRecent([], '/s/A.json', at, 'win32'), '/s/a.json', at, 'win32');
    expect(list).toHaveLength(1);
    expect(
      addRecent(addRecent([], '/s/A.json', at, 'linux'), '/s/a.json', at, 'linux'),
    ).toHaveLength(2);
  });

  it('persists atomically and survives a damaged list', async () => {
    const dir = await tempDir();
    expect(await loadRecent(dir)).toEqual([]);
    const list = addRecent([], '/s/a.json', at);
    await saveRecent(dir, list);
    expect(await loadRecent(dir)).toEqual(list);
    await writeFile(join(dir, RECENT_FILE), '{"version":1,"files":[{"path":7}]}');
    expect(await loadRecent(dir)).toEqual([]);
    expect(parseRecent('not json')).toEqual([]);
  });
});

describe('window state', () => {
  const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }];

  it('round-trips bounds and the maximised flag', async () => {
    const dir = await tempDir();
    expect(await loadWindowState(dir, screen)).toEqual(DEFAULT_STATE);
    await saveWindowState(dir, { x: 100, y: 50, width: 1400, height: 900, maximized: true });
    expect(await loadWindowState(dir, screen)).toEqual({
      x: 100,
      y: 50,
      width: 1400,
      height: 900,
      maximized: true,
    });
  });

  it('drops a position on a display that is gone and clamps the size', () => {
    expect(
      fitToDisplays({ x: 3000, y: 0, width: 5000, height: 200, maximized: false }, screen),
    ).toEqual({ width: 1920, height: 640, maximized: false });
  });

  it('falls back to defaults for a damaged file', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, WINDOW_STATE_FILE), '{"width":"wide"}');
    expect(await loadWindowState(dir, screen)).toEqual(DEFAULT_STATE);
    await writeFile(join(dir, WINDOW_STATE_FILE), '\u0000\u0001');
    expect(await loadWindowState(dir, screen)).toEqual(DEFAULT_STATE);
    expect(await readFile(join(dir, WINDOW_STATE_FILE), 'utf8')).toBe('\u0000\u0001');
  });
});

describe('electron host', () => {
  function fakeApi(overrides: Partial<Record<keyof CloudwarApi, unknown>> = {}) {
    const calls: Array<[string, unknown]> = [];
    const reply =
      (name: string, value: unknown) =>
      async (req: unknown): Promise<unknown> => {
        calls.push([name, req]);
        return { ok: true, value };
      };
    const api = {
      writeAutosave: reply('writeAutosave', null),
      readAutosave: reply('readAutosave', { text: null }),
      readAutosaveBackup: reply('readAutosaveBackup', { text: 'old' }),
      saveFileAs: reply('saveFileAs', { saved: true, name: 'x.csv' }),
      saveFile: reply('saveFile', { saved: true, name: 'x.cloudwar.json' }),
      openFile: reply('openFile', { file: { name: 'a.yaml', text: 'id: a' } }),
      listRecentFiles: reply('listRecentFiles', { files: [] }),
      openRecentFile: reply('openRecentFile', { file: { name: 'b.json', text: '{}' } }),
      setUnsavedDecisions: reply('setUnsavedDecisions', null),
      printReport: reply('printReport', null),
      onMenuCommand: () => () => {},
      ...overrides,
    } as unknown as CloudwarApi;
    return { api, calls };
  }

  it('maps Host calls to one channel function each', async () => {
    const { api, calls } = fakeApi();
    const host = createElectronHost(api, () => 'zh-CN');
    expect(host.kind).toBe('electron');
    expect(host.preferredLocale()).toBe('zh');
    await host.writeAutosave('{}');
    expect(await host.readAutosave()).toBeUndefined();
    await host.saveFile('run.csv', 'a,b', 'text/csv; charset=utf-8');
    expect(await host.openFile('.yaml')).toEqual({ name: 'a.yaml', text: 'id: a' });
    host.setUnsavedDecisions(true);
    host.print();
    expect(calls).toEqual([
      ['writeAutosave', { text: '{}' }],
      ['readAutosave', {}],
      ['saveFileAs', { suggestedName: 'run.csv', text: 'a,b', mime: 'text/csv' }],
      ['openFile', { accept: '.yaml' }],
      ['setUnsavedDecisions', { unsaved: true }],
      ['printReport', {}],
    ]);
  });

  it('turns a refused request into a HostError with the shell’s message', async () => {
    const { api } = fakeApi({
      readAutosave: async () => ({
        ok: false,
        error: { code: 'save/truncated', message: 'autosave.cloudwar.json is cut off' },
      }),
    });
    const failing = createElectronHost(api, () => 'en').readAutosave();
    await expect(failing).rejects.toBeInstanceOf(HostError);
    await expect(failing).rejects.toMatchObject({
      code: 'save/truncated',
      message: 'autosave.cloudwar.json is cut off',
    });
  });
});
