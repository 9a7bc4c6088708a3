// axe-core (injected from node_modules, no Node-22 wrapper) on every screen a player meets, in
// both languages: start, decisions (the quarter), report, debrief and help. No serious or
// critical violation may remain; the message lists each rule with the elements it names.

import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { audit } from './axe.ts';
import { NAMES, skipWithoutBrowser } from './helpers.ts';
import { playToDebrief, startScenario, useLanguage } from './screens.ts';

skipWithoutBrowser();

const CLASSROOM = /^(Classroom duopoly|课堂双寡头)/;

async function expectClean(page: Page, screen: string): Promise<void> {
  const found = await audit(page);
  expect.soft(found, `${screen}: serious or critical axe violations`).toEqual([]);
}

for (const loc of ['en', 'zh'] as const) {
  test(`every screen passes axe without serious or critical violations (${loc})`, async ({
    page,
  }) => {
    test.setTimeout(150_000);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto('./?renderer=canvas');
    await useLanguage(page, loc);
    await expectClean(page, `start (${loc})`);

    await startScenario(page, CLASSROOM);
    await expectClean(page, `decisions (${loc})`);

    await page.getByRole('button', { name: NAMES.endQuarter }).first().click();
    await expect(page.getByRole('button', { name: NAMES.next })).toBeVisible();
    await expectClean(page, `report (${loc})`);
    await page.getByRole('button', { name: NAMES.next }).click();

    await page.getByRole('button', { name: /^(Help|帮助)$/ }).click();
    const help = page.getByRole('dialog');
    await expect(help).toBeVisible();
    await expectClean(page, `help (${loc})`);
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();

    await playToDebrief(page);
    await expectClean(page, `debrief (${loc})`);
  });
}
