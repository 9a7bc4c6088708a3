// A class in browsers: the page a class server serves starts on the join screen; two teams join
// from their own browser contexts (English and Chinese), the teacher starts, both seal, and both
// see the report of the quarter the server resolved. Then the host is killed and started again:
// both devices join again on their own and an edit made while it was down reaches it. The server
// runs in its own process on the build under test (E2E_DIST), as `npm run class` serves it.

import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { Client } from 'colyseus.js';
import { serveClass } from '../classroom/class-client.ts';
import type { QuarterMessage } from '../../game/wire/messages.ts';
import { WEB_ROOT, hostClassForSpec, studentPages } from './class-specs.ts';
import { closeBriefing, skipWithoutBrowser } from './helpers.ts';

skipWithoutBrowser();

const live = hostClassForSpec();
const open = studentPages();

async function joinAs(page: Page, seat: string, team: string): Promise<void> {
  await page.goto(`http://127.0.0.1:${live.server.port}/`);
  await expect(page.locator('#join-title')).toBeVisible();
  await page.fill('#join-code', live.fixture.code.toLowerCase());
  await page.selectOption('#join-seat', seat);
  await page.fill('#join-team', team);
  await page.click('#btn-join');
  await expect(page.locator('#app')).toHaveAttribute('data-screen', 'quarter');
}

test('two teams join from their browsers, seal, see the quarter, and come back after the host dies', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const red = await open(browser, 'en-US');
  const blue = await open(browser, 'zh-CN');
  // A mistyped class code is refused in the student's language, naming what is wrong.
  await blue.goto(`http://127.0.0.1:${live.server.port}/`);
  await blue.fill('#join-code', 'AAAAAA');
  await blue.fill('#join-team', 'Blue');
  await blue.click('#btn-join');
  await expect(blue.locator('#join-error')).toHaveText('课堂码不正确，请核对投影上的课堂码。');

  await joinAs(red, 'NCL', 'Red');
  await joinAs(blue, 'SCL', 'Blue');
  await expect(red.getByText(/Playing: North Cloud/)).toBeVisible();
  // The class strip: no clock until the teacher starts; the team code for teammates.
  await expect(red.locator('#class-strip')).toContainText('Waiting for the teacher to start');
  await expect(red.locator('#class-team')).toContainText(
    /Team Red · team code for teammates: [A-Z2-9]{6}/,
  );
  await expect(red.locator('#class-clock')).toHaveCount(0);

  const teacher = await new Client(`ws://127.0.0.1:${live.server.port}`).joinById('market-1', {
    teacherToken: live.fixture.teacherToken,
  });
  teacher.onMessage('*', () => undefined);

  teacher.send('teacher', { command: 'start' });

  await closeBriefing(red);
  await expect(red.locator('#class-sealed')).toHaveText(' · 0 of 2 teams sealed');
  await expect(red.locator('#class-clock')).toHaveText(/ · (10:00|9:\d\d) left/);
  const seal = red.getByRole('button', { name: 'Seal decisions' });
  await seal.click();
  await expect(seal).toBeDisabled();
  await expect(red.locator('#class-sealed')).toHaveText(' · 1 of 2 teams sealed');
  await expect(blue.locator('#class-sealed')).toHaveText(' · 已封存 1/2 支队伍');

  await closeBriefing(blue);
  await blue.getByRole('button', { name: '封存决策' }).click();
  for (const page of [red, blue])
    await expect(page.locator('#app')).toHaveAttribute('data-screen', 'report', {
      timeout: 20_000,
    });
  // A reload brings the device back to its seat with its token, past the join form.
  await red.reload();
  await expect(red.locator('#join-title')).toBeVisible();
  await red.fill('#join-code', live.fixture.code);
  await red.click('#btn-join');
  await expect(red.getByText(/Playing: North Cloud/)).toBeVisible();
  await teacher.leave();

  // The host dies mid-quarter (kill -9) and is started again on the class folder: both devices
  // join again on their own, and the price cut made while the host was down reaches it.
  const port = live.server.port;
  await live.server.kill();
  await expect(red.locator('#class-strip')).toContainText('Connection to the class lost');
  const compute = red.getByRole('slider', { name: 'Price change: Compute' });
  await compute.focus();
  for (let i = 0; i < 3; i++) await red.keyboard.press('ArrowLeft');
  live.server = await serveClass(live.fixture.classDir, WEB_ROOT, port);
  await expect(red.locator('#class-strip')).toContainText('Drafting', { timeout: 30_000 });
  await expect(blue.locator('#class-strip')).toContainText('决策中', { timeout: 30_000 });

  const watcher = await new Client(`ws://127.0.0.1:${port}`).joinById('market-1', {
    teacherToken: live.fixture.teacherToken,
  });
  const quarters: QuarterMessage[] = [];
  watcher.onMessage('*', (type, message) => {
    if (type === 'quarter') quarters.push(message as QuarterMessage);
  });
  await red.getByRole('button', { name: 'Seal decisions' }).click();
  await blue.getByRole('button', { name: '下一季度' }).click();
  await blue.getByRole('button', { name: '封存决策' }).click();
  await expect.poll(() => quarters.length, { timeout: 20_000 }).toBe(1);
  expect(quarters[0]!.entry.decisions.NCL!.price.C).toBeLessThan(0);
  await watcher.leave();
});
