// The teacher console in Chromium over a real class server (two markets of the classroom
// duopoly): it opens at #teacher=TOKEN and hides the token, sees a student (a Node client) take a
// seat and seal, starts the class, resolves a quarter after confirming, shows the dashboard and
// the leaderboard, shows a refusal with its market, exports (the server writes the files), and
// verifies the exported replay by replay next to a tampered copy. Screenshots: en, zh, projector.

import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { join } from '../classroom/class-client.ts';
import type { Watched } from '../classroom/class-client.ts';
import { audit } from './axe.ts';
import { hostClassForSpec } from './class-specs.ts';
import { skipWithoutBrowser } from './helpers.ts';

skipWithoutBrowser();

let student: Watched | null = null;
const SHOTS = process.env.CONSOLE_SHOTS ?? 'test-results/console';

test.afterAll(async () => {
  await student?.room.leave().catch(() => undefined);
});
// Declared after the hook above: its clients leave before the server stops.
// Quarters end on the teacher's click: Red's seal alone must not resolve market 1.
const live = hostClassForSpec({ markets: 2, advance: 'teacher' });

test('the teacher runs a class from the console', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`http://127.0.0.1:${live.server.port}/#teacher=${live.fixture.teacherToken}`);
  await expect(page.locator('#console-title')).toHaveText('Teacher console');
  // The token leaves the address bar (the projector shows it), and the game is not mounted.
  expect(new URL(page.url()).hash).toBe('#teacher');
  await expect(page.locator('#app')).toBeHidden();
  await expect(page.locator('#phase-1')).toHaveText('Waiting to start');
  await expect(page.locator('#phase-2')).toHaveText('Waiting to start');

  // A student takes seat NCL of market 1: the console sees the team, online, drafting.
  student = await join(
    live.server.port,
    { classCode: live.fixture.code, seat: 'NCL', team: 'Red' },
    1,
  );
  const seat = page.locator('#seats-1 tr[data-seat="NCL"]');
  await expect(seat).toHaveAttribute('data-state', 'waiting');
  await expect(seat).toContainText('Red');
  await expect(seat).toContainText('Online');
  await expect(page.locator('#seats-1 tr[data-seat="SCL"]')).toHaveAttribute('data-state', 'open');

  // Start every market: the clocks run (10 minutes a quarter in this class).
  await page.click('#cmd-all-start');
  await expect(page.locator('#phase-1')).toHaveText('Drafting');
  await expect(page.locator('#phase-2')).toHaveText('Drafting');
  await expect(page.locator('#market-1 .console-clock')).toHaveText(/^(10:00|09:\d\d) left$/);

  // The student seals: the seat turns sealed on the console, and the class count follows.
  await student.next('draft');
  student.room.send('seat', { action: 'commit' });
  await expect(seat).toHaveAttribute('data-state', 'sealed');
  // Only seats a team holds count: market 1's Red; the three open seats hold their course.
  await expect(page.locator('#console-progress')).toContainText('1 of 1 teams sealed');

  // Undo with nothing played is refused by market 2, and the console says which market.
  await page.click('#cmd-2-undo');
  await page.click('#cmd-2-undo-yes');
  await expect(page.locator('#console-feedback li[data-market="2"].tone-refused')).toContainText(
    'Market 2 refused',
  );

  // Resolve market 1 now: the button asks first; Cancel sends nothing.
  await page.click('#cmd-1-resolve');
  await expect(page.locator('#market-1 .console-confirm')).toContainText('Resolve the quarter now');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('#market-1 .console-confirm')).toHaveCount(0);
  expect(student.of('quarter')).toHaveLength(0);
  await page.click('#cmd-1-resolve');
  await page.click('#cmd-1-resolve-yes');
  await student.next('quarter');

  // The dashboard of market 1 draws its charts and the below-cost check; market 2 has none yet.
  const dashboard = page.locator('#dashboard-1');
  await expect(dashboard.locator('canvas')).toHaveCount(5);
  await expect(dashboard).toContainText('IaaS volume share (%)');
  await expect(page.locator('#below-cost-1 h4')).toContainText('Below-cost pricing in');
  await expect(page.locator('#market-2')).toContainText('No quarter played yet');
  await expect(page.locator('#market-1 .console-quarter')).toContainText('Quarter 2 of');
  // The leaderboard ranks the seated team with its score out of 100.
  const row = page.locator('#leaderboard tr[data-team="Red"]');
  await expect(row).toContainText('Market 1');
  await expect(row.locator('td').first()).toHaveText('1');
  await expect(row.locator('td.num')).toHaveText(/^\d+\.\d$/);
  await page.screenshot({ path: `${SHOTS}/console-en.png`, fullPage: true });
  expect.soft(await audit(page), 'console (en): serious or critical axe findings').toEqual([]);

  // Export: the server writes the grades and the archive into the class folder, and says where.
  await page.click('#cmd-export');
  const exported = page.locator('#console-feedback li', { hasText: 'Exported' });
  await expect(exported).toContainText('Exported 1 team(s) of 2 market(s)');
  const text = await exported.innerText();
  const grades = /Grades: (\S+-grades\.csv)/.exec(text)?.[1];
  const archive = /Archive: (\S+\.cloudwar-class\.json)/.exec(text)?.[1];
  expect(grades && archive && grades.startsWith(live.fixture.classDir)).toBeTruthy();
  expect(existsSync(grades!)).toBe(true);
  expect(await readFile(grades!, 'utf8')).toContain('Red');

  // The archive's replay of market 1 verifies by replay in the console; a tampered copy fails.
  const doc = JSON.parse(await readFile(archive!, 'utf8')) as {
    markets: { market: number; save: string }[];
  };
  const save = doc.markets.find((m) => m.market === 1)!.save;
  const bad = JSON.parse(save) as { log: { hash: string }[] };
  bad.log[0]!.hash = '0'.repeat(bad.log[0]!.hash.length);
  await page.setInputFiles('#replay-files', [
    { name: 'market-1.json', mimeType: 'application/json', buffer: Buffer.from(save) },
    {
      name: 'tampered.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bad)),
    },
  ]);
  await expect(page.locator('#replays-ranked tr[data-file="market-1.json"]')).toHaveCount(2);
  await expect(page.locator('#replays-rejected tr[data-file="tampered.json"]')).toContainText(
    'tampered.json',
  );

  // Chinese, then projector mode (key P): large type, no command bar.
  await page.click('#console-lang');
  await expect(page.locator('#console-title')).toHaveText('教师控制台');
  await expect(page.locator('#phase-1')).toHaveText('决策中');
  // Lines already shown follow the language: the command sent, the refusal with its market.
  await expect(page.locator('#console-feedback')).toContainText('已发送「立即结算」至市场 1。');
  await expect(page.locator('#console-feedback')).toContainText('市场 2 拒绝：没有可撤销的操作。');
  // The tampered file's reason, in Chinese, with the verifier's detail under it.
  await expect(page.locator('#replays-rejected tr[data-file="tampered.json"] td')).toContainText(
    '在本机重放后，对局与文件记录不符：文件已被改动。',
  );
  await page.screenshot({ path: `${SHOTS}/console-zh.png`, fullPage: true });
  await page.locator('#console-title').click();
  await page.keyboard.press('p');
  await expect(page.locator('.console.projector')).toBeVisible();
  await expect(page.locator('#cmd-all-start')).toHaveCount(0);
  const size = await page
    .locator('.console.projector')
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(20);
  await page.screenshot({ path: `${SHOTS}/console-projector-zh.png`, fullPage: true });
  // Nothing runs off the right edge at 1280 px, the header's controls included.
  const overflow = await page.evaluate(() => {
    const right = document.documentElement.clientWidth;
    return [...document.querySelectorAll('.console *')]
      .filter((el) => el.getBoundingClientRect().right > right + 0.5)
      .map((el) => el.id || el.className || el.tagName);
  });
  expect(overflow, 'console (zh, projector): elements past the right edge').toEqual([]);
  expect.soft(await audit(page), 'console (zh, projector): axe findings').toEqual([]);
  await page.selectOption('#console-focus', '1');
  await expect(page.locator('#market-2')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/console-projector-one.png`, fullPage: true });
  await page.keyboard.press('p');
  await expect(page.locator('#cmd-all-start')).toBeVisible();
});
