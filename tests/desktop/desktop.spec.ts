// The desktop app as a player uses it, without its binary (tests/desktop/harness.ts): the real
// renderer in Chromium, the real main process in Node, real files in a temporary user-data
// folder. Each test names the defect or path it guards.

import { mkdir, readFile, readdir, truncate, writeFile } from 'node:fs/promises';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { NAMES, endQuarter, quarterLabel, skipWithoutBrowser, startGame } from '../e2e/helpers.ts';
import { launchDesktop, type Desktop } from './harness.ts';

skipWithoutBrowser();

interface Folders {
  userData: string;
  documents: string;
}

function folders(): Folders {
  const root = mkdtempSync(join(tmpdir(), 'cloudwar-desktop-'));
  return { userData: join(root, 'user-data'), documents: join(root, 'documents') };
}

const SAVE = { accelerator: 'CmdOrCtrl+S' };
const SAVE_AS = { accelerator: 'CmdOrCtrl+Shift+S' };
const OPEN = { accelerator: 'CmdOrCtrl+O' };
const NEW_GAME = { accelerator: 'CmdOrCtrl+N' };

const alert = (page: Page) => page.getByRole('alert');
const autosave = (f: Folders) => join(f.userData, 'saves', 'autosave.cloudwar.json');

async function quartersIn(path: string): Promise<number> {
  return (JSON.parse(await readFile(path, 'utf8')) as { log: unknown[] }).log.length;
}

/** Waits until the autosave on disk holds `quarters` quarters. */
async function waitForAutosave(f: Folders, quarters: number): Promise<void> {
  await expect
    .poll(async () => quartersIn(autosave(f)).catch(() => -1), { timeout: 15_000 })
    .toBe(quarters);
}

async function newGameTwoQuarters(page: Page, f: Folders): Promise<void> {
  await startGame(page);
  await endQuarter(page);
  await endQuarter(page);
  await waitForAutosave(f, 2);
}

test.describe('the desktop app over the real main process', () => {
  let f: Folders;
  let desktop: Desktop;

  test.beforeEach(async ({ page }) => {
    f = folders();
    await mkdir(f.documents, { recursive: true });
    desktop = await launchDesktop(page, f);
  });

  test('new game, two quarters, Save (asks once), Save again (no dialog, .bak kept), Save As', async ({
    page,
  }) => {
    await newGameTwoQuarters(page, f);
    const first = join(f.documents, 'first.cloudwar.json');
    desktop.fake.dialogs.save.push(first);
    desktop.menu(SAVE);
    await expect(alert(page)).toHaveText('Replay saved.');
    expect(desktop.fake.dialogCalls.filter((c) => c.kind === 'save')).toHaveLength(1);
    expect(await quartersIn(first)).toBe(2);

    await endQuarter(page);
    desktop.menu(SAVE);
    await expect.poll(() => quartersIn(first)).toBe(3);
    expect(desktop.fake.dialogCalls.filter((c) => c.kind === 'save')).toHaveLength(1);
    expect(await quartersIn(first + '.bak')).toBe(2);

    const copy = join(f.documents, 'copy.cloudwar.json');
    desktop.fake.dialogs.save.push(copy);
    desktop.menu(SAVE_AS);
    await expect.poll(() => quartersIn(copy).catch(() => -1)).toBe(3);
    const saveAs = desktop.fake.dialogCalls.filter((c) => c.kind === 'save');
    expect(saveAs).toHaveLength(2);
    expect(saveAs[1]!.options['filters']).toEqual([
      { name: 'Cloud Price War save', extensions: ['cloudwar.json'] },
    ]);
    // Save now writes to the file chosen last.
    await endQuarter(page);
    desktop.menu(SAVE);
    await expect.poll(() => quartersIn(copy)).toBe(4);
    expect(await quartersIn(first)).toBe(3);
  });

  test('Open (the two-dot save type) and Open Recent load the saved game', async ({ page }) => {
    await newGameTwoQuarters(page, f);
    const file = join(f.documents, 'class.cloudwar.json');
    desktop.fake.dialogs.save.push(file);
    desktop.menu(SAVE);
    await expect(alert(page)).toHaveText('Replay saved.');
    await endQuarter(page);
    const playedLabel = await quarterLabel(page).innerText();

    desktop.fake.dialogs.open.push(file);
    desktop.menu(OPEN);
    await expect(alert(page)).toHaveText('Replay loaded.');
    const open = desktop.fake.dialogCalls.find((c) => c.kind === 'open')!;
    expect(open.options['filters']).toEqual([
      { name: 'Cloud Price War', extensions: ['cloudwar.json', 'json'] },
    ]);
    const loadedLabel = await quarterLabel(page).innerText();
    expect(loadedLabel).not.toBe(playedLabel);

    // Open Recent lists it (the menu is rebuilt) and loads it again.
    await endQuarter(page);
    desktop.menu({ label: 'class.cloudwar.json' });
    await expect(quarterLabel(page)).toHaveText(loadedLabel);
  });

  test('a refused file followed by Ctrl+S overwrites nothing and stays out of Open Recent', async ({
    page,
  }) => {
    await newGameTwoQuarters(page, f);
    // The running game's own save with a tampered state hash in its log: the shell's shape
    // check passes it, the game's replay refuses it.
    const tampered = join(f.documents, 'tampered.cloudwar.json');
    const genuine = await readFile(autosave(f), 'utf8');
    const text = genuine.replace(
      /("hash":\s*")([0-9a-f])/,
      (_all, head: string, digit: string) => head + (digit === '0' ? '1' : '0'),
    );
    expect(text).not.toBe(genuine);
    await writeFile(tampered, text);
    desktop.fake.dialogs.open.push(tampered);
    desktop.menu(OPEN);
    await expect(alert(page)).toContainText('Could not load the replay');

    // Ctrl+S twice: each asks where to save (the player cancels); the refused file is intact.
    desktop.menu(SAVE);
    await expect
      .poll(() => desktop.fake.dialogCalls.filter((c) => c.kind === 'save').length)
      .toBe(1);
    await endQuarter(page);
    desktop.menu(SAVE);
    await expect
      .poll(() => desktop.fake.dialogCalls.filter((c) => c.kind === 'save').length)
      .toBe(2);
    expect(await readFile(tampered, 'utf8')).toBe(text);
    expect(await readdir(f.documents)).toEqual(['tampered.cloudwar.json']);
    const recent = await readFile(join(f.userData, 'recent-files.json'), 'utf8').catch(() => '');
    expect(recent).not.toContain('tampered');
  });

  test('New Game forgets the current file: Save asks again', async ({ page }) => {
    await newGameTwoQuarters(page, f);
    const old = join(f.documents, 'old.cloudwar.json');
    desktop.fake.dialogs.save.push(old);
    desktop.menu(SAVE);
    await expect(alert(page)).toHaveText('Replay saved.');
    const before = await readFile(old, 'utf8');
    desktop.menu(NEW_GAME);
    await startGame(page);
    await endQuarter(page);
    desktop.menu(SAVE); // the dialog is cancelled (no answer queued)
    await expect
      .poll(() => desktop.fake.dialogCalls.filter((c) => c.kind === 'save').length)
      .toBe(2);
    expect(await readFile(old, 'utf8')).toBe(before);
  });

  test('menu commands: language, About, Export CSV, Print', async ({ page }) => {
    await startGame(page);
    desktop.menu({ label: '中文' });
    await expect(page.getByRole('button', { name: NAMES.endQuarter }).first()).toHaveText(
      /结束本季度/,
    );
    // The main process rebuilt its menu in Chinese.
    expect(desktop.fake.menus.at(-1)![0]!.label).toBe('文件(&F)');
    desktop.menu({ label: 'English' });
    await expect(page.getByRole('button', { name: NAMES.endQuarter }).first()).toHaveText(
      /End quarter/,
    );
    desktop.menu({ label: 'About Cloud Price War' });
    // About is the shell's own message box, with the app's version.
    expect(desktop.fake.dialogCalls.at(-1)).toMatchObject({
      kind: 'message',
      options: { message: expect.stringContaining('Cloud Price War · 云价格战 0.1.0') },
    });
    const csv = join(f.documents, 'run.csv');
    desktop.fake.dialogs.save.push(csv);
    desktop.menu({ accelerator: 'CmdOrCtrl+E' });
    await expect
      .poll(async () => (await readFile(csv, 'utf8').catch(() => '')).length)
      .toBeGreaterThan(10);
    desktop.menu({ accelerator: 'CmdOrCtrl+P' });
    await expect.poll(() => desktop.window.webContents.printed).toBe(1);
  });
});

test.describe('starting again over the same user data', () => {
  test('Continue after a killed process brings back the autosaved game', async ({ browser }) => {
    const f = folders();
    await mkdir(f.documents, { recursive: true });
    const firstRun = await browser.newContext();
    const page = await firstRun.newPage();
    await launchDesktop(page, f);
    await newGameTwoQuarters(page, f);
    const label = await quarterLabel(page).innerText();
    await firstRun.close(); // no clean shutdown: the page and its main process are dropped

    const secondRun = await browser.newContext();
    const again = await secondRun.newPage();
    await launchDesktop(again, f);
    await again.getByRole('button', { name: NAMES.continue }).click();
    await expect(quarterLabel(again)).toHaveText(label);
    await secondRun.close();
  });

  test('a truncated autosave beside a good backup: Continue is offered and loads the backup', async ({
    browser,
  }) => {
    const f = folders();
    await mkdir(f.documents, { recursive: true });
    const firstRun = await browser.newContext();
    const page = await firstRun.newPage();
    await launchDesktop(page, f);
    await startGame(page);
    await endQuarter(page);
    await waitForAutosave(f, 1);
    const oneQuarter = await quarterLabel(page).innerText();
    await endQuarter(page);
    await waitForAutosave(f, 2);
    await firstRun.close();
    const backup = await readFile(autosave(f) + '.bak', 'utf8');
    await truncate(autosave(f), 200);

    const secondRun = await browser.newContext();
    const again = await secondRun.newPage();
    await launchDesktop(again, f);
    await again.getByRole('button', { name: NAMES.continue }).click();
    await expect(alert(again)).toHaveText(
      'The latest autosave was unreadable; the one before it was loaded.',
    );
    await expect(quarterLabel(again)).toHaveText(oneQuarter);
    // Two quarters on, the good backup of the damaged autosave is still on disk.
    await endQuarter(again);
    await endQuarter(again);
    await waitForAutosave(f, 3);
    const names = await readdir(join(f.userData, 'saves'));
    const kept = names.find((n) => n.includes('.bak.kept-'));
    expect(kept, names.join(', ')).toBeDefined();
    expect(await readFile(join(f.userData, 'saves', kept!), 'utf8')).toBe(backup);
    await secondRun.close();
  });

  test('a save double-clicked in the file manager opens in the app', async ({ browser }) => {
    const f = folders();
    await mkdir(f.documents, { recursive: true });
    const firstRun = await browser.newContext();
    const page = await firstRun.newPage();
    const desktop = await launchDesktop(page, f);
    await newGameTwoQuarters(page, f);
    const label = await quarterLabel(page).innerText();
    const file = join(f.documents, 'shared.cloudwar.json');
    desktop.fake.dialogs.save.push(file);
    desktop.menu(SAVE);
    await expect(alert(page)).toHaveText('Replay saved.');
    await firstRun.close();

    const secondRun = await browser.newContext();
    const again = await secondRun.newPage();
    await launchDesktop(again, f, ['/opt/cloud-price-war/cloud-price-war', file]);
    await expect(alert(again)).toHaveText('Replay loaded.');
    await expect(quarterLabel(again)).toHaveText(label);
    await secondRun.close();
  });
});
