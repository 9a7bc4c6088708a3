// The desktop app end to end: launch, play one quarter, save, quit, launch again, load the
// save, and get the same state hash. Runs wherever an Electron binary is installed; elsewhere
// it is skipped with the reason (never passes silently).
//
// Native dialogs cannot be clicked, so the test replaces dialog.showSaveDialog/showOpenDialog
// in the main process with answers naming a temp file, and sends menu commands the way the
// menu does. The page shows no state hash; the engine's hash after each quarter is recorded in
// every save's log, so the test compares the last log hash of the saved file with that of the
// autosave the restarted app writes after loading it, and the top bar before and after.

import {
  _electron as electron,
  expect,
  test,
  type ElectronApplication,
  type Page,
} from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');

/** The Electron executable, found without triggering electron's download-on-require. */
function electronBinary(): { path?: string; missing?: string } {
  const pkg = join(root, 'node_modules', 'electron');
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const pathFile = join(pkg, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const candidate = override
    ? join(override, relative ?? 'electron')
    : relative
      ? join(pkg, 'dist', relative)
      : undefined;
  if (!candidate)
    return {
      missing:
        'no Electron binary: node_modules/electron/path.txt is absent (the download failed or was skipped)',
    };
  if (!existsSync(candidate)) return { missing: `no Electron binary at ${candidate}` };
  return { path: candidate };
}

const binary = electronBinary();
if (binary.missing) console.warn(`electron e2e: skipping, ${binary.missing}`);
const built =
  existsSync(join(root, 'dist-electron', 'main.js')) &&
  existsSync(join(root, 'dist-web', 'index.html'));

test.skip(Boolean(binary.missing), binary.missing ?? '');
test.skip(!built, 'build first: vite build && node electron/build.mjs');

async function launch(userData: string): Promise<{ app: ElectronApplication; page: Page }> {
  const app = await electron.launch({
    executablePath: binary.path!,
    args: [root, ...(process.platform === 'linux' ? ['--no-sandbox'] : [])],
    env: { ...process.env, CLOUDWAR_USER_DATA_DIR: userData, LANG: 'en_US.UTF-8' },
  });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  return { app, page };
}

async function menu(app: ElectronApplication, command: object): Promise<void> {
  await app.evaluate(({ BrowserWindow }, c) => {
    BrowserWindow.getAllWindows()[0]!.webContents.send('cloudwar:menu:command', c);
  }, command);
}

/** The state hash recorded after the last quarter of a save file's log. */
function lastHash(path: string): string | undefined {
  if (!existsSync(path)) return undefined;
  try {
    const save = JSON.parse(readFileSync(path, 'utf8')) as { log?: { hash?: string }[] };
    return save.log?.at(-1)?.hash;
  } catch {
    return undefined; // being written
  }
}

async function topBar(page: Page): Promise<string> {
  return (await page.locator('#topbar').innerText()).replace(/\s+/g, ' ').trim();
}

test('plays a quarter, saves, restarts and loads the same state', async () => {
  const userData = mkdtempSync(join(tmpdir(), 'cloudwar-e2e-'));
  const saveFile = join(userData, 'e2e.cloudwar.json');
  try {
    const first = await launch(userData);
    // The page is sandboxed: no Node, only the contract's functions.
    expect(await first.page.evaluate(() => typeof (window as { require?: unknown }).require)).toBe(
      'undefined',
    );
    expect(await first.page.evaluate(() => Object.keys(window.cloudwar ?? {}).sort())).toContain(
      'saveFileAs',
    );

    await first.page.getByRole('button', { name: /^Start game$/ }).click();
    await first.page.getByRole('button', { name: /^End quarter$/ }).click();
    await first.page.getByRole('button', { name: /^Next quarter$/ }).click();
    const autosave = join(userData, 'saves', 'autosave.cloudwar.json');
    await expect.poll(() => lastHash(autosave), { timeout: 15_000 }).toBeTruthy();
    const hash = lastHash(autosave)!;
    const shown = await topBar(first.page);

    await first.app.evaluate(({ dialog }, path) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath: path })) as never;
    }, saveFile);
    await menu(first.app, { command: 'save-as' });
    await expect.poll(() => lastHash(saveFile)).toBe(hash);
    await first.app.close();
    rmSync(autosave, { force: true });

    const second = await launch(userData);
    await second.app.evaluate(({ dialog }, path) => {
      dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [path] })) as never;
    }, saveFile);
    await menu(second.app, { command: 'open' });
    // Loading replays the log (every recorded hash is checked) and autosaves what is on screen.
    await expect.poll(() => lastHash(autosave), { timeout: 15_000 }).toBe(hash);
    await expect.poll(() => topBar(second.page)).toBe(shown);
    await second.app.close();
  } finally {
    rmSync(userData, { recursive: true, force: true });
  }
});
