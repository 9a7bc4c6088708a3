// The map picks WebGL when the browser offers it (Phaser AUTO); headless Chromium offers it
// through SwiftShader. The render code marks the map's parent with the renderer it got.

import { expect, test } from '@playwright/test';
import { skipWithoutBrowser } from './helpers.ts';

skipWithoutBrowser();

test('the map renders with WebGL when WebGL is available', async ({ page }) => {
  await page.goto('./');
  const webgl = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  });
  const map = page.locator('#map');
  await expect(map).toHaveAttribute('data-renderer', /^(webgl|canvas)$/);
  expect(await map.getAttribute('data-renderer')).toBe(webgl ? 'webgl' : 'canvas');
  // This machine's Chromium has WebGL (SwiftShader); if it ever stops, say so loudly.
  expect(webgl, 'headless Chromium offers WebGL through SwiftShader').toBe(true);
  await expect(map.locator('canvas')).toHaveCount(1);
  await page.screenshot({ path: test.info().outputPath('renderer.png') });
});
