// Loading a bad replay file in the web page: the reason is shown in the alert region and the
// game in play stays exactly as it was (same quarter, same numbers, play goes on).

import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { NAMES, endQuarter, loadReplay, skipWithoutBrowser, startGame, topBar } from './helpers.ts';

skipWithoutBrowser();

const asFile = (name: string, text: string) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(text, 'utf8'),
});

/** Plays a quarter and saves the replay; returns the saved text. */
async function playAndSave(page: Page): Promise<string> {
  await page.goto('./');
  await startGame(page);
  await endQuarter(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: NAMES.save }).click();
  const path = test.info().outputPath('good.json');
  await (await download).saveAs(path);
  return readFileSync(path, 'utf8');
}

async function expectRefused(page: Page, text: string, name: string, reason: RegExp) {
  const before = await topBar(page);
  await loadReplay(page, asFile(name, text));
  const alert = page.getByRole('alert').filter({ hasText: reason });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(/Could not load the replay|无法载入回放/);
  expect(await topBar(page)).toEqual(before);
}

test('a corrupt, cut-off or tampered replay is refused with a message and changes nothing', async ({
  page,
}) => {
  const good = await playAndSave(page);
  await endQuarter(page); // the game in play is now one quarter past the file

  await expectRefused(page, '\u0000\u0001garbage{{', 'garbage.json', /not valid JSON/);
  await expectRefused(page, good.slice(0, good.length / 2), 'cut.json', /cut off/);
  await expectRefused(
    page,
    '{"name":"something else"}',
    'foreign.json',
    /not a Cloud Price War save/,
  );
  const newer = good.replace(/"version":\d+/, '"version":99');
  expect(newer).not.toBe(good);
  await expectRefused(page, newer, 'newer.json', /newer version of the game/);
  // A well-formed file whose recorded state hash does not match the replay.
  const tampered = good.replace(/"hash":"[0-9a-f]{6}/, '"hash":"000000');
  expect(tampered).not.toBe(good);
  await expectRefused(page, tampered, 'tampered.json', /replay diverged/);
  // A huge file is read only up to the limit and refused for its size.
  await expectRefused(page, ' '.repeat(6 * 1024 * 1024), 'huge.json', /larger than 5 MB/);
  await page.screenshot({ path: test.info().outputPath('refused.png') });

  // The game in play carries on.
  const before = await topBar(page);
  await endQuarter(page);
  expect(await topBar(page)).not.toEqual(before);
});
