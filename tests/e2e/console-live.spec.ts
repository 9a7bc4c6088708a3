// The teacher console while a quarter is open, over a real class server in its own process: the
// shocks sent for the quarter are listed with what they hit and their size (minus signs U+2212,
// units), in English and Chinese, and hidden in projector mode; one is withdrawn; a refused
// command reads in the teacher's language; then the host is killed and started again and the
// console, without a reload, says it is joining again and shows the market (and the shock still
// waiting, from the restarted host's journal) once it is back. Screenshots at 1280x800.

import { expect, test } from '@playwright/test';
import { serveClass } from '../classroom/class-client.ts';
import { WEB_ROOT, hostClassForSpec } from './class-specs.ts';
import { skipWithoutBrowser } from './helpers.ts';

skipWithoutBrowser();

const SHOTS = process.env.CONSOLE_SHOTS ?? 'test-results/console';
const live = hostClassForSpec({ markets: 1 });

test('pending shocks, withdrawal, translated refusals and reconnection after a host restart', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await page.goto(`http://127.0.0.1:${live.server.port}/#teacher=${live.fixture.teacherToken}`);
  await expect(page.locator('#phase-1')).toHaveText('Waiting to start');
  await page.click('#cmd-all-start');
  await expect(page.locator('#phase-1')).toHaveText('Drafting');

  // A demand swing of −20 % in the first segment, then a GPU shortage: both wait, listed.
  await page.selectOption('#cmd-1-shock-kind', 'demand');
  await page.fill('#cmd-1-shock-size', '-20');
  await page.press('#cmd-1-shock-size', 'Tab');
  await page.click('#cmd-1-shock');
  await page.click('#cmd-1-shock-yes');
  const shocks = page.locator('#shocks-1 tbody tr');
  await expect(shocks).toHaveCount(1);
  await expect(shocks.first()).toContainText('demand \u221220%');
  await expect(shocks.first()).toContainText('Compute, Storage & network');
  await page.selectOption('#cmd-1-shock-kind', 'gpu');
  await page.click('#cmd-1-shock');
  await page.click('#cmd-1-shock-yes');
  await expect(shocks).toHaveCount(2);
  await expect(shocks.nth(1)).toContainText(
    'GPU orders \u221250%, GPU cost +50%, for 2 quarter(s)',
  );
  await expect(page.locator('#shocks-1 caption')).toContainText(
    'Shocks waiting for this quarter (2)',
  );
  await page.screenshot({ path: `${SHOTS}/console-shocks-en.png`, fullPage: true });

  // In Chinese: the headlines, sizes and a refusal (resume when not paused) in the teacher's
  // language, with no hyphen for a minus.
  await page.click('#console-lang');
  await expect(shocks.first()).toContainText('需求 \u221220%');
  await expect(shocks.first()).toContainText('需求减少 20%');
  await page.click('#cmd-1-resume');
  await expect(page.locator('#console-feedback li.tone-refused').first()).toHaveText(
    '市场 1 拒绝：课堂没有暂停。',
  );
  await page.screenshot({ path: `${SHOTS}/console-shocks-zh.png`, fullPage: true });

  // Withdraw the demand swing: only the GPU shortage waits.
  const demandId = await shocks.first().getAttribute('data-shock');
  await page.click(`#withdraw-1-${demandId}`);
  await expect(shocks).toHaveCount(1);
  await expect(shocks.first()).toContainText('GPU 订单 \u221250%');

  // The projector never shows what waits: the teams meet it in the news.
  await page.locator('#console-title').click();
  await page.keyboard.press('p');
  await expect(page.locator('.console.projector')).toBeVisible();
  await expect(page.locator('#shocks-1')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/console-projector-live-zh.png`, fullPage: true });
  await page.keyboard.press('p');

  // The host dies (kill -9) and comes back on the same folder and port: the console says it is
  // joining again, then shows the market and the shock still waiting, all without a reload.
  await page.evaluate(() => ((window as unknown as { sameLoad: boolean }).sameLoad = true));
  const port = live.server.port;
  await live.server.kill();
  await expect(page.locator('#reconnecting-1')).toHaveText('与课堂的连接中断，正在重新加入…');
  await expect(page.locator('#cmd-1-pause')).toBeDisabled();
  await page.screenshot({ path: `${SHOTS}/console-reconnecting-zh.png`, fullPage: true });
  live.server = await serveClass(live.fixture.classDir, WEB_ROOT, port);
  await expect(page.locator('#reconnecting-1')).toHaveCount(0, { timeout: 30_000 });
  await expect(page.locator('#phase-1')).toHaveText('决策中');
  await expect(shocks).toHaveCount(1);
  await expect(page.locator('#cmd-1-pause')).toBeEnabled();
  expect(await page.evaluate(() => (window as unknown as { sameLoad?: boolean }).sameLoad)).toBe(
    true,
  );

  // Commands reach the restarted host: resolving plays the shock, and nothing waits any more.
  await page.click('#cmd-1-resolve');
  await page.click('#cmd-1-resolve-yes');
  await expect(page.locator('#market-1 .console-quarter')).toContainText('第 2');
  await expect(page.locator('#shocks-1')).toHaveCount(0);
});
