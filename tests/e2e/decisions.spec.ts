// The decision panel: a refused End quarter says why and leads to the first error; the End
// quarter bar never covers an input being edited; Chinese money inputs are in 亿元 like the
// cash and limits around them. Screens under test-results/screens/.

import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { NAMES, skipWithoutBrowser, startGame } from './helpers.ts';

skipWithoutBrowser();

async function begin(page: Page, lang: 'en' | 'zh'): Promise<void> {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('./?renderer=canvas');
  if (lang === 'zh') await page.getByRole('button', { name: '中文', exact: true }).click();
  await startGame(page);
  const skip = page.getByRole('button', { name: /^(Skip guide|跳过引导)$/ });
  if (await skip.isVisible()) await skip.click();
}

test('an over-budget draft disables End quarter with its reason, and trying it focuses the error', async ({
  page,
}) => {
  await begin(page, 'en');
  const end = page.getByRole('button', { name: NAMES.endQuarter });
  await expect(end).toBeEnabled();
  const rnd = page.getByRole('spinbutton', { name: 'Model R&D (CNY B)' });
  await rnd.fill('5000');
  await rnd.blur();
  await expect(end).toBeDisabled();
  const reason = page.locator('#end-reason');
  await expect(reason).toContainText('End quarter is blocked');
  await expect(end).toHaveAccessibleDescription(/fix 1 problem/);
  await page.screenshot({ path: 'test-results/screens/end-blocked-en.png' });
  await end.click({ force: true });
  // The over-budget error belongs to no single input: focus lands on its message.
  await expect(page.locator('#err-dec-budget')).toBeFocused();
  await expect(page.getByRole('heading', { name: /^Report / })).toHaveCount(0);

  // A field error: focus goes to that input, and the E shortcut does the same.
  await rnd.fill('1');
  await rnd.blur();
  await expect(end).toBeEnabled();
  const gpu = page.getByRole('spinbutton', { name: 'GPU capex (CNY B)' });
  await gpu.fill('-3');
  await gpu.blur();
  await expect(end).toBeDisabled();
  await page.locator('body').press('e');
  await expect(gpu).toBeFocused();
});

test('the End quarter bar never covers an input that has focus', async ({ page }) => {
  await begin(page, 'en');
  const end = page.locator('#btn-end');
  const controls = page.locator('#decisions input:not([disabled])');
  const count = await controls.count();
  expect(count).toBeGreaterThan(10);
  for (let i = 0; i < count; i++) {
    const control = controls.nth(i);
    await control.focus();
    const a = (await control.boundingBox())!;
    const b = (await end.boundingBox())!;
    const overlap = a.y < b.y + b.height && b.y < a.y + a.height;
    expect(overlap, `input ${i} (${await control.getAttribute('id')}) is under End quarter`).toBe(
      false,
    );
  }
});

test('Chinese money inputs are in 亿元: 19.5 typed is 19.5 亿元', async ({ page }) => {
  await begin(page, 'zh');
  const rnd = page.getByRole('spinbutton', { name: '模型研发（亿元）' });
  await expect(rnd).toBeVisible();
  const before = await page.locator('#dec-budget').innerText();
  await rnd.fill('19.5');
  await rnd.blur();
  await expect(rnd).toHaveValue('19.5');
  await expect(page.locator('#dec-budget')).not.toHaveText(before);
  // The GPU limit in the hint (亿元) and the input's max (亿元) agree.
  const gpu = page.getByRole('spinbutton', { name: /^GPU 资本开支（亿元）$/ });
  const max = Number(await gpu.getAttribute('max'));
  const hint = await page.locator('#dec-gpuCapex-max').innerText();
  const shown = Number(/([\d,.]+) 亿元/.exec(hint)![1]!.replace(/,/g, ''));
  expect(Math.abs(max - shown)).toBeLessThanOrEqual(1);
  await page.screenshot({ path: 'test-results/screens/decisions-zh.png' });
  // In English the same draft reads in CNY B: 19.5 亿元 = CNY 1.95 B.
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(page.getByRole('spinbutton', { name: 'Model R&D (CNY B)' })).toHaveValue('1.95');
});

// A click that also blurs an edited field commits the field (its `change` fires on blur) and
// redraws the panels before the click lands: the button under the pointer must be the same
// element, so the click still does what it says. No Tab, no blur() first.
test('type in a field, then click a button directly: the click lands on the same button', async ({
  page,
}) => {
  await begin(page, 'en');
  const rnd = page.getByRole('spinbutton', { name: 'Model R&D (CNY B)' });
  const held = await rnd.inputValue();
  const hold = page.getByRole('button', { name: 'Hold last quarter' });
  // A mark on the element itself: a button rebuilt by the redraw would not carry it.
  await hold.evaluate((el) => el.setAttribute('data-probe', 'kept'));
  await rnd.fill(String(Number(held) + 2));
  await hold.click();
  await expect(rnd).toHaveValue(held);
  await expect(hold).toHaveAttribute('data-probe', 'kept');

  // The same through the top bar's map switch.
  await rnd.fill(String(Number(held) + 3));
  await page.locator('#btn-map-revenue').click();
  await expect(page.locator('#btn-map-revenue')).toHaveAttribute('aria-pressed', 'true');
  await expect(rnd).toHaveValue(String(Number(held) + 3));

  // And End quarter: the typed R&D is what the quarter ran with.
  await rnd.fill('4');
  await page.getByRole('button', { name: NAMES.endQuarter }).click();
  await expect(page.getByRole('heading', { name: /^Report / })).toBeVisible();
  await page.getByRole('button', { name: NAMES.next }).click();
  await expect(rnd).toHaveValue('4');
});
