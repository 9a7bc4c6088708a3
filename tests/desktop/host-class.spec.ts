// "Host a class" in the desktop app, without its binary (tests/desktop/harness.ts): the real
// renderer in Chromium, the real main process in Node hosting a real class server on this
// machine. The start screen's button opens the options; a bad option comes back with the CLI's
// message beside its field; a good one shows the class code, addresses and QR code, opens the
// teacher console's window, and Stop closes the port. The menu opens the same dialog.

import { mkdtempSync } from 'node:fs';
import { mkdir, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { skipWithoutBrowser } from '../e2e/helpers.ts';
import { launchDesktop } from './harness.ts';
import { freePort, classServerListening as listening } from '../helpers/ports.ts';

skipWithoutBrowser();

async function folders() {
  const root = mkdtempSync(join(tmpdir(), 'cloudwar-host-class-'));
  const f = { userData: join(root, 'user-data'), documents: join(root, 'documents') };
  await mkdir(f.documents, { recursive: true });
  return f;
}

test('the start screen hosts a class: a bad option is refused at its field, a good one runs until Stop', async ({
  page,
}) => {
  const f = await folders();
  const desktop = await launchDesktop(page, f);
  const dialog = page.getByRole('dialog', { name: 'Host a class' });
  await page.getByRole('button', { name: 'Host a class…' }).click();
  await expect(dialog).toBeVisible();

  const markets = dialog.getByRole('spinbutton', {
    name: 'Markets (parallel copies of the scenario)',
  });
  await markets.fill('25');
  await dialog.getByRole('button', { name: 'Host the class' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'Markets (parallel copies of the scenario): --markets must be a whole number from 1 to 20, got "25"',
  );
  await expect(markets).toHaveAttribute('aria-invalid', 'true');
  await expect(readdir(join(f.userData, 'classes'))).rejects.toThrow(/ENOENT/);

  await markets.fill('2');
  await dialog.getByRole('checkbox', { name: /South/ }).uncheck();
  await dialog.getByText('Advanced').click();
  const port = await freePort();
  await dialog.getByRole('spinbutton', { name: 'Port' }).fill(String(port));
  await dialog.getByRole('button', { name: 'Host the class' }).click();

  const code = page.locator('#hosted-class-code');
  await expect(code).toHaveText(/^[2-9A-HJKMNP-Z]{6}$/);
  await expect(page.getByRole('dialog', { name: 'Hosting a class' })).toBeVisible();
  await expect(page.locator('#hosted-class-addresses li').last()).toHaveText(
    `http://localhost:${port}/`,
  );
  await expect(page.locator('#hosted-class-summary')).toContainText(
    '2 market(s) · seats North Cloud ·',
  );
  // The QR code is an image from a data: URL, which the page's CSP allows and the browser drew.
  const qr = page.locator('#hosted-class-qr');
  await expect
    .poll(() => qr.evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBeGreaterThan(0);
  const folder = (await page.locator('#hosted-class-folder').textContent()) ?? '';
  expect(folder.startsWith(join(f.userData, 'classes'))).toBe(true);
  expect(folder.endsWith(`-${await code.textContent()}`)).toBe(true);

  // The teacher console opened in a window of its own, at the loopback console address.
  expect(desktop.fake.windows).toHaveLength(2);
  expect(desktop.fake.windows[1]!.loaded[0]).toMatch(
    new RegExp(`^http://127\\.0\\.0\\.1:${port}/#teacher=[A-Za-z0-9_-]{22}$`),
  );
  expect(await listening(port)).toBe(true);
  await page.screenshot({ path: 'test-results/desktop/host-class-hosted-en.png' });

  await page.getByRole('button', { name: 'Stop the class' }).click();
  await expect(page.locator('#host-class-stopped')).toHaveText(
    'The class has stopped. Everything accepted is kept in its folder.',
  );
  await expect.poll(() => listening(port)).toBe(false);
  expect(desktop.fake.windows[1]!.closed).toBe(true);
  await expect(dialog.getByRole('button', { name: 'Host the class' })).toBeVisible();
});

test('the menu opens the dialog in Chinese, and Stop the Class in the menu stops it', async ({
  page,
}) => {
  const f = await folders();
  const desktop = await launchDesktop(page, f);
  desktop.menu({ label: '中文' });
  await expect(page.locator('#btn-host-class')).toHaveText('开设课堂…');
  desktop.menu({ label: '开设课堂…' });
  const dialog = page.getByRole('dialog', { name: '开设课堂' });
  await expect(dialog).toBeVisible();
  await dialog.getByText('高级').click();
  const port = await freePort();
  await dialog.getByRole('spinbutton', { name: '端口' }).fill(String(port));
  await page.screenshot({ path: 'test-results/desktop/host-class-form-zh.png' });
  await dialog.getByRole('button', { name: '开设课堂', exact: true }).click();
  await expect(page.getByRole('dialog', { name: '课堂进行中' })).toBeVisible();
  await expect(page.locator('#hosted-class-summary')).toContainText('席位 北方云、南方云');
  await page.screenshot({ path: 'test-results/desktop/host-class-hosted-zh.png' });

  desktop.menu({ label: '结束课堂' });
  await expect.poll(() => listening(port)).toBe(false);
  // The page follows: the dialog says so and shows the form again.
  await expect(page.locator('#host-class-stopped')).toHaveText(
    '课堂已结束。已接受的一切都保存在其文件夹中。',
  );
  await expect(dialog.getByRole('button', { name: '开设课堂', exact: true })).toBeVisible();
});
