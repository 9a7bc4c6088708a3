// Importing a scenario file from the start screen: a bad file is refused with located errors
// (file:line:column: field: message) and changes nothing; a good one becomes a playable card.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { skipWithoutBrowser } from './helpers.ts';

skipWithoutBrowser();

test('imports a scenario file with located errors, then a valid one', async ({ page }) => {
  await page.goto('./?renderer=canvas');
  const good = readFileSync('scenarios/classroom-duopoly.yaml', 'utf8')
    .replace('id: classroom-duopoly', 'id: my-class')
    .replace('en: Classroom duopoly', 'en: My own class');
  const bad = good.replace('quarters: 8', 'quartrs: 8');

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import scenario…' }).click();
  await (
    await chooser
  ).setFiles({ name: 'bad.yaml', mimeType: 'text/yaml', buffer: Buffer.from(bad) });
  const alert = page.locator('#ui-alert');
  await expect(alert).toContainText('not imported');
  await expect(alert).toContainText(/bad\.yaml:\d+:\d+: quartrs/);
  await expect(alert).toContainText('did you mean');
  await expect(page.getByRole('radio', { name: /My own class/ })).toHaveCount(0);

  const chooser2 = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import scenario…' }).click();
  await (
    await chooser2
  ).setFiles({ name: 'mine.yaml', mimeType: 'text/yaml', buffer: Buffer.from(good) });
  await expect(page.getByRole('radio', { name: /My own class/ })).toBeChecked();
  await page.getByRole('button', { name: 'Start game' }).click();
  await expect(page.getByRole('button', { name: 'End quarter' })).toBeVisible();
});
