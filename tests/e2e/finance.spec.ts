// Finance in plain sight, as a player sees it in English and in Chinese: the top bar shows debt
// with its units, credit limit, interest and cash floor; spending GPU capex to the limit for four
// quarters runs cash down until the decision panel warns, before committing, that the plan
// draws on the credit line; the report and the ticker then carry the draw, for the same amount.
// Screens are saved under test-results/screens/ (finance-warning-*, finance-report-*).

import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { NAMES, closeBriefing, quarterLabel, skipWithoutBrowser, topBar } from './helpers.ts';

skipWithoutBrowser();

interface Words {
  lang: 'en' | 'zh';
  debt: string;
  interest: string;
  /** A money amount with its unit, as the page writes it. */
  money: RegExp;
  limit: RegExp;
  floor: RegExp;
  perQuarter: RegExp;
  gpu: RegExp;
  skip: string;
  warning: RegExp;
  /** The warning's draw: "the credit line lends CNY 7.2 B" → "CNY 7.2 B". */
  lends: RegExp;
  drew: (amount: string) => string;
  report: (quarter: string) => string;
}

const EN: Words = {
  lang: 'en',
  debt: 'Debt',
  interest: 'Interest',
  money: /^CNY [\d,.]+ B$/,
  limit: /^limit CNY [\d,.]+ B$/,
  floor: /^cash floor CNY [\d,.]+ B$/,
  perQuarter: /^CNY [\d,.]+ B\/qtr$/,
  gpu: /^GPU capex/,
  skip: 'Skip guide',
  warning:
    /below the CNY [\d,.]+ B floor: the credit line lends CNY [\d,.]+ B at \d+(\.\d)?% a year/,
  lends: /the credit line lends (CNY [\d,.]+ B)/,
  drew: (amount) => `Alibaba Cloud drew ${amount} on its credit line`,
  report: (quarter) => `Report ${quarter}`,
};

const ZH: Words = {
  lang: 'zh',
  debt: '负债',
  interest: '利息',
  money: /^[\d,.]+ 亿元$/,
  limit: /^额度 [\d,.]+ 亿元$/,
  floor: /^现金底线 [\d,.]+ 亿元$/,
  perQuarter: /^[\d,.]+ 亿元\/季$/,
  gpu: /^GPU 资本开支/,
  skip: '跳过引导',
  warning: /低于 [\d,.]+ 亿元 的底线：将动用信贷额度 [\d,.]+ 亿元，年利率 \d+(\.\d)?%/,
  lends: /将动用信贷额度 ([\d,.]+ 亿元)/,
  drew: (amount) => `阿里云动用信贷额度 ${amount}`,
  report: (quarter) => `${quarter} 季报`,
};

/** The Debt and Interest stats as "value" and "sub-line". */
async function financeStats(page: Page, w: Words) {
  const bar = await topBar(page);
  const [debt = '', limit = ''] = (bar[w.debt] ?? '').split('\n').map((s) => s.trim());
  const [interest = '', floor = ''] = (bar[w.interest] ?? '').split('\n').map((s) => s.trim());
  return { debt, limit, interest, floor };
}

/** Puts as much into GPU capex as suppliers deliver and the budget allows. */
async function maxGpuCapex(page: Page, w: Words): Promise<void> {
  const gpu = page.getByRole('spinbutton', { name: w.gpu });
  // The shared budget is shown once, in the input's unit (CNY B, or 亿元 in Chinese).
  const budget = await page.locator('#dec-budget').innerText();
  const room = Number(/([\d,.]+)\D*$/.exec(budget)![1]!.replace(/,/g, ''));
  const max = Number(await gpu.getAttribute('max'));
  await gpu.fill(String(Math.floor(Math.min(max, 0.9 * room) * 10) / 10));
  await gpu.blur();
}

for (const w of [EN, ZH]) {
  test(`debt, credit limit, interest and the credit-line draw are shown (${w.lang})`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.goto('./?renderer=canvas');
    if (w.lang === 'zh') await page.getByRole('button', { name: '中文', exact: true }).click();
    await page.getByRole('button', { name: NAMES.start }).click();
    const end = page.getByRole('button', { name: NAMES.endQuarter }).first();
    await expect(end).toBeVisible();
    await closeBriefing(page);
    const skip = page.getByRole('button', { name: w.skip });
    if (await skip.isVisible()) await skip.click();

    // At the start: no debt yet, and every figure carries its unit.
    const first = await financeStats(page, w);
    expect(first.debt).toMatch(w.money);
    expect(Number(first.debt.replace(/[^\d.]/g, ''))).toBe(0);
    expect(first.limit).toMatch(w.limit);
    expect(first.interest).toMatch(w.perQuarter);
    expect(first.floor).toMatch(w.floor);

    // Heavy capex until the plan draws on the credit line; the warning comes before committing.
    const warning = page.locator('#dec-funding');
    let quarter = '';
    for (let i = 0; i < 6; i++) {
      quarter = (await quarterLabel(page).innerText()).trim();
      await maxGpuCapex(page, w);
      await expect(page.locator('#dec-gpuCapex')).not.toHaveAttribute('aria-invalid', 'true');
      if (await warning.isVisible()) break;
      await end.click();
      await expect(page.getByRole('heading', { name: w.report(quarter) })).toBeVisible();
      await page.getByRole('button', { name: NAMES.next }).click();
      await expect(quarterLabel(page)).not.toHaveText(quarter);
    }
    await expect(warning).toBeVisible();
    await expect(warning).toContainText(w.warning);
    const lent = w.lends.exec(await warning.innerText())![1]!;
    await warning.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/screens/finance-warning-${w.lang}.png` });

    // The report carries the draw, for the amount the warning foretold.
    await end.click();
    await expect(page.getByRole('heading', { name: w.report(quarter) })).toBeVisible();
    const report = page.getByRole('article');
    await expect(report.getByRole('listitem').filter({ hasText: w.drew(lent) })).toBeVisible();
    await page.screenshot({ path: `test-results/screens/finance-report-${w.lang}.png` });

    // Next quarter: the ticker has it, and the top bar shows the debt it left.
    await page.getByRole('button', { name: NAMES.next }).click();
    await expect(quarterLabel(page)).not.toHaveText(quarter);
    const ticker = page.locator('#ticker');
    await expect(ticker.getByRole('listitem').first()).toHaveText(w.drew(lent));
    const after = await financeStats(page, w);
    expect(after.debt).toMatch(w.money);
    expect(after.debt).toBe(lent);
    expect(after.interest).toMatch(w.perQuarter);
    expect(Number(after.interest.replace(/[^\d.]/g, ''))).toBeGreaterThan(0);
  });
}
