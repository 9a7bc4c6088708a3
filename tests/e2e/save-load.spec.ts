// Saving and loading in the web page: a saved replay file, and the autosave behind Continue,
// both bring back the same game after the page is reloaded. The UI shows no state hash, so
// "the same game" is checked twice over: on what the player sees (the quarter label and every
// number of the top bar), and on the engine's state hash as the saves record it: each log entry
// holds the hash after its quarter, so playing the same next quarter in the restored game and
// in the original must record the same hash (it covers the whole state, not just the top bar).

import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { DB_NAME, LATEST, STORE } from '../../game/host/idb-autosave.ts';
import {
  NAMES,
  endQuarter,
  loadReplay,
  quarterLabel,
  skipWithoutBrowser,
  startGame,
  topBar,
} from './helpers.ts';

skipWithoutBrowser();

interface SaveFile {
  format: string;
  seed: number;
  humans: string[];
  log: { quarter: string; hash: string }[];
}

/** Clicks Save replay; returns the downloaded file's path and its parsed content. */
async function saveReplay(page: Page, name: string): Promise<{ path: string; save: SaveFile }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: NAMES.save }).click();
  const path = test.info().outputPath(name);
  await (await download).saveAs(path);
  const save = JSON.parse(readFileSync(path, 'utf8')) as SaveFile;
  expect(save.format).toBe('cloudwar-save');
  return { path, save };
}

const lastHash = (save: SaveFile) => save.log[save.log.length - 1]!.hash;

/** Waits until the autosave in IndexedDB (game/host/idb-autosave.ts) holds `quarters` quarters. */
async function waitForAutosave(page: Page, quarters: number): Promise<void> {
  const count = () =>
    page.evaluate(
      ([db, store, key]) =>
        new Promise<number>((resolve) => {
          const open = indexedDB.open(db!);
          open.onerror = () => resolve(-1);
          open.onsuccess = () => {
            const handle = open.result;
            if (!handle.objectStoreNames.contains(store!)) return resolve(-1);
            const get = handle.transaction(store!).objectStore(store!).get(key!);
            get.onsuccess = () => {
              handle.close();
              try {
                resolve((JSON.parse(String(get.result)) as { log: unknown[] }).log.length);
              } catch {
                resolve(-1);
              }
            };
          };
        }),
      [DB_NAME, STORE, LATEST],
    );
  await expect
    .poll(count, {
      message: 'the autosave holds the last quarter (game/main.ts must call startAutosave)',
    })
    .toBe(quarters);
}

test('a saved replay loads back to the same game after a reload', async ({ page }) => {
  await page.goto('./');
  await startGame(page);
  await endQuarter(page);
  await endQuarter(page);
  const before = await topBar(page);
  const saved = await saveReplay(page, 'after-2.json');
  expect(saved.save.log).toHaveLength(2);
  // The original game goes one quarter further (the suggested decisions): the hash to match.
  await endQuarter(page);
  const original = await saveReplay(page, 'original-3.json');

  await page.reload();
  await expect(page.getByRole('button', { name: NAMES.start })).toBeVisible();
  await loadReplay(page, saved.path);
  await expect(quarterLabel(page)).toHaveText(Object.values(before)[0]!);
  expect(await topBar(page)).toEqual(before);
  await page.screenshot({ path: test.info().outputPath('loaded.png') });

  await endQuarter(page);
  const restored = await saveReplay(page, 'restored-3.json');
  expect(restored.save.log.map((e) => e.quarter)).toEqual(original.save.log.map((e) => e.quarter));
  expect(lastHash(restored.save)).toBe(lastHash(original.save));
});

test('after a reload, Continue resumes the autosaved game', async ({ page }) => {
  await page.goto('./');
  await startGame(page);
  await endQuarter(page);
  await endQuarter(page);
  await endQuarter(page);
  const before = await topBar(page);
  const original = await saveReplay(page, 'before-reload.json');
  await waitForAutosave(page, 3);

  await page.reload();
  const resume = page.getByRole('button', { name: NAMES.continue });
  await expect(
    resume,
    'the start screen offers Continue (game/main.ts must call startAutosave)',
  ).toBeVisible();
  await resume.click();
  await expect(quarterLabel(page)).toHaveText(Object.values(before)[0]!);
  expect(await topBar(page)).toEqual(before);
  const restored = await saveReplay(page, 'after-continue.json');
  expect(restored.save.log).toEqual(original.save.log);
  expect(lastHash(restored.save)).toBe(lastHash(original.save));
});
