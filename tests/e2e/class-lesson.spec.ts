// A whole lesson in browsers over a real class server (issue 10): one teacher on the console and
// three students in their own Chromium contexts (two devices of team Red on one seat, team Blue
// in Chinese on the other) play two one-minute quarters of the classroom duopoly. Quarter 1:
// Red's draft is shared live between its devices and never reaches Blue while sealed; the
// teacher sends a shock; both seal; the report's news shows the shock. Quarter 2: nobody seals,
// the deadline passes and the server plays the held decisions. The teacher undoes quarter 2,
// exports, and the exported archive verifies by replay in the console.

import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { join } from '../classroom/class-client.ts';
import type { Watched } from '../classroom/class-client.ts';
import type { DraftMessage, QuarterMessage, RewindMessage } from '../../game/wire/messages.ts';
import { hostClassForSpec, studentPages } from './class-specs.ts';
import { closeBriefing, quarterLabel, skipWithoutBrowser } from './helpers.ts';

skipWithoutBrowser();

const open = studentPages();

let blueWatcher: Watched | null = null;

/** The price cut Red drafts in quarter 1 (a slider value, as the range input reports it). */
const RED_CUT = '-0.13';
/** The cut Red drafts in quarter 2 but never seals: the deadline must not play it. */
const UNSEALED_CUT = '-0.05';
const COMPUTE = '#dec-price-C';
const LONG = { timeout: 30_000 };

test.afterAll(async () => {
  await blueWatcher?.room.leave().catch(() => undefined);
});
// Declared after the hook above: its clients leave before the server stops.
const live = hostClassForSpec({ quarterMinutes: 1 });

/** Joins seat `seat` from the join page, naming a new team or typing a teammate's team code. */
async function joinAs(
  page: Page,
  seat: string,
  who: ({ team: string } | { teamCode: string }) & { member?: string },
) {
  await page.goto(`http://127.0.0.1:${live.server.port}/`);
  await expect(page.locator('#join-title')).toBeVisible(LONG);
  await page.fill('#join-code', live.fixture.code);
  await page.selectOption('#join-seat', seat);
  if ('team' in who) await page.fill('#join-team', who.team);
  else await page.fill('#join-team-code', who.teamCode);
  if (who.member) await page.fill('#join-member', who.member);
  await page.click('#btn-join');
  await expect(page.locator('#app')).toHaveAttribute('data-screen', 'quarter', LONG);
}

/** The team code shown on the device that named the team. */
async function teamCode(page: Page): Promise<string> {
  const text = await page.locator('#class-team').innerText();
  const code = /([A-Z2-9]{6})\s*$/.exec(text)?.[1];
  expect(code, `a team code in "${text}"`).toBeTruthy();
  return code!;
}

/** Messages to Blue's seat that carry Red's draft or its drafted cut (a resolved quarter may). */
function leaksRed(watcher: Watched): string[] {
  return watcher.received
    .filter(
      (r) =>
        (r.type === 'draft' && (r.message as DraftMessage).seat !== 'SCL') ||
        (r.type !== 'quarter' && JSON.stringify(r.message).includes(`"C":${RED_CUT}`)),
    )
    .map((r) => `${r.type}: ${JSON.stringify(r.message).slice(0, 200)}`);
}

test('a teacher and three student browsers play a lesson of two quarters', async ({ browser }) => {
  test.setTimeout(300_000);
  const teacher = await open(browser, 'en-US');
  const red1 = await open(browser, 'en-US');
  const red2 = await open(browser, 'en-US');
  const blue = await open(browser, 'zh-CN');
  const students = [red1, red2, blue];

  await teacher.goto(`http://127.0.0.1:${live.server.port}/#teacher=${live.fixture.teacherToken}`);
  await expect(teacher.locator('#phase-1')).toHaveText('Waiting to start', LONG);

  // Red names its team on device 1; device 2 joins the same seat with the code device 1 shows.
  await joinAs(red1, 'NCL', { team: 'Red', member: 'Ann Lee' });
  await joinAs(blue, 'SCL', { team: 'Blue' });
  await joinAs(red2, 'NCL', { teamCode: await teamCode(red1), member: '李华' });
  await expect(red2.locator('#class-team')).toHaveText('Team Red');
  // A Node client as Blue's second device records every message Blue's seat is sent.
  blueWatcher = await join(live.server.port, {
    classCode: live.fixture.code,
    seat: 'SCL',
    teamCode: await teamCode(blue),
  });
  await expect(teacher.locator('#seats-1 tr[data-seat="NCL"]')).toContainText('Red');
  await expect(teacher.locator('#seats-1 tr[data-seat="SCL"]')).toContainText('Blue');

  // 1. The teacher starts from the console: every student sees the one-minute clock.
  await expect(red1.locator('#class-clock')).toHaveCount(0);
  await teacher.click('#cmd-1-start');
  await expect(teacher.locator('#phase-1')).toHaveText('Drafting');
  for (const page of students) await closeBriefing(page);
  for (const page of [red1, red2])
    await expect(page.locator('#class-clock')).toHaveText(/^ · (1:00|0:\d\d) left$/);
  await expect(blue.locator('#class-clock')).toHaveText(/^ · 剩余 (1:00|0:\d\d)$/);
  await expect(blue.locator('#class-sealed')).toHaveText(' · 已封存 0/2 支队伍');
  // One minute is short for the steps below on a loaded machine: the teacher extends quarter 1
  // by the console's default five minutes (quarter 2 keeps its one-minute clock).
  await expect(teacher.locator('#cmd-1-minutes')).toHaveValue('5');
  await teacher.click('#cmd-1-extend');
  await expect(red1.locator('#class-clock')).toHaveText(/^ · (6:00|5:\d\d) left$/);
  const q1 = await quarterLabel(red1).innerText();

  // 2. Quarter 1. Red cuts its compute price on device 1; device 2 shows the same draft.
  await red1.locator(COMPUTE).fill(RED_CUT);
  await expect(red2.locator(COMPUTE)).toHaveValue(RED_CUT, LONG);
  const cutText = await red1.locator(`output[for="${COMPUTE.slice(1)}"]`).innerText();
  await expect(red2.locator(`output[for="${COMPUTE.slice(1)}"]`)).toHaveText(cutText);
  // Blue never receives Red's numbers: not on its page, not in any message to its seat.
  await expect(blue.locator(COMPUTE)).not.toHaveValue(RED_CUT);
  await expect(blue.locator('output.value', { hasText: cutText })).toHaveCount(0);
  expect(leaksRed(blueWatcher)).toEqual([]);

  // The teacher sends a GPU shortage (the form's default size) to market 1, confirming first.
  await expect(teacher.locator('#cmd-1-shock-kind')).toHaveValue('gpu');
  await expect(teacher.locator('#cmd-1-shock-size')).toHaveValue('50');
  await teacher.click('#cmd-1-shock');
  await teacher.click('#cmd-1-shock-yes');
  const sent = teacher.locator('#console-feedback li[data-market="1"]', { hasText: 'Shock sent' });
  await expect(sent).toHaveText('Shock sent to Market 1.');
  await expect(teacher.locator('#console-feedback .tone-refused')).toHaveCount(0);

  // Both teams seal (Red from device 2, on the draft device 1 made); the quarter resolves.
  await red2.getByRole('button', { name: 'Seal decisions' }).click();
  await expect(red1.getByRole('button', { name: 'Seal decisions' })).toBeDisabled();
  await expect(blue.locator('#class-sealed')).toHaveText(' · 已封存 1/2 支队伍');
  expect(leaksRed(blueWatcher)).toEqual([]);
  await blue.getByRole('button', { name: '封存决策' }).click();
  const first = await blueWatcher.next<QuarterMessage>('quarter', () => true, 30_000);
  expect(first.index).toBe(0);
  expect(first.entry.decisions.NCL!.price.C).toBe(Number(RED_CUT));
  expect(first.entry.injected?.map((e) => e.id)).toEqual([expect.stringMatching(/^teacher-gpu-/)]);
  expect(leaksRed(blueWatcher)).toEqual([]);

  // Everyone sees the report, and its news shows the teacher's shock in the page's language.
  for (const page of students)
    await expect(page.locator('#app')).toHaveAttribute('data-screen', 'report', LONG);
  for (const page of [red1, red2]) {
    await expect(page.locator('.events .news-teacher')).toHaveText(
      'Teacher’s shock: GPU shortage: orders cut 50%, GPUs 50% dearer for two quarters',
    );
    await expect(page.locator('.ticker-items li.news-teacher')).toContainText('Teacher’s shock');
    // Said once: the shock has no text beyond its title.
    await expect(page.locator('.events li').filter({ hasText: 'Teacher’s shock' })).toHaveText(
      'Teacher’s shock: GPU shortage: orders cut 50%, GPUs 50% dearer for two quarters',
    );
  }
  await expect(blue.locator('.events .news-teacher')).toHaveText(
    '教师设置的冲击：GPU 短缺：订单削减 50%，GPU 价格上涨 50%，持续两个季度',
  );
  await red1.screenshot({ path: test.info().outputPath('lesson-red-report.png') });
  await expect(teacher.locator('#market-1 .console-quarter')).toContainText('Quarter 2 of');

  // 3. Quarter 2: nobody seals. Red drafts a cut it never seals; at the deadline (one minute)
  // the server plays every seat's held course, not the unsealed draft.
  for (const page of [red1, red2]) await page.getByRole('button', { name: 'Next quarter' }).click();
  await blue.getByRole('button', { name: '下一季度' }).click();
  const q2 = await quarterLabel(red1).innerText();
  expect(q2).not.toBe(q1);
  // The five minutes added to quarter 1 do not carry over: quarter 2 has its one-minute clock.
  await expect(red1.locator('#class-clock')).toHaveText(/^ · (1:00|0:\d\d) left$/);
  await red1.locator(COMPUTE).fill(UNSEALED_CUT);
  await expect(red2.locator(COMPUTE)).toHaveValue(UNSEALED_CUT, LONG);
  const second = await blueWatcher.next<QuarterMessage>('quarter', (m) => m.index === 1, 100_000);
  expect(second.entry.decisions.NCL!.price.C).toBe(0);
  expect(second.entry.decisions.SCL!.price.C).toBe(0);
  for (const page of students)
    await expect(page.locator('#app')).toHaveAttribute('data-screen', 'report', LONG);
  await expect(teacher.locator('#market-1 .console-quarter')).toContainText('Quarter 3 of');

  // 4. The teacher undoes the last quarter: every student is back drafting quarter 2.
  await teacher.click('#cmd-1-undo');
  await teacher.click('#cmd-1-undo-yes');
  const rewind = await blueWatcher.next<RewindMessage>('rewind', () => true, 30_000);
  expect(rewind.log.map((e) => e.hash)).toEqual([first.entry.hash]);
  for (const page of students)
    await expect(page.locator('#app')).toHaveAttribute('data-screen', 'quarter', LONG);
  for (const page of [red1, red2]) await expect(quarterLabel(page)).toHaveText(q2);
  await expect(teacher.locator('#market-1 .console-quarter')).toContainText('Quarter 2 of');
  await expect(blue.getByRole('button', { name: '封存决策' })).toBeEnabled();

  // 5. Export: the grades CSV starts with a UTF-8 BOM; the archive's replay of the market (the
  // shocked quarter 1 only, after the undo) verifies by replay in the console.
  await teacher.click('#cmd-export');
  const exported = teacher.locator('#console-feedback li', { hasText: 'Exported' });
  await expect(exported).toContainText('Exported 2 team(s) of 1 market(s)', LONG);
  const text = await exported.innerText();
  const grades = /Grades: (\S+-grades\.csv)/.exec(text)?.[1];
  const archive = /Archive: (\S+\.cloudwar-class\.json)/.exec(text)?.[1];
  expect(grades && archive, `file names in "${text}"`).toBeTruthy();
  const csv = await readFile(grades!);
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csv.toString('utf8')).toMatch(/Red[\s\S]*Blue|Blue[\s\S]*Red/);
  // The names the students typed on the join page are the team's members in the grades.
  expect(csv.toString('utf8')).toMatch(/^Red,Ann Lee; 李华,1,NCL,/m);
  const doc = JSON.parse(await readFile(archive!, 'utf8')) as {
    markets: { market: number; save: string }[];
  };
  const save = doc.markets.find((m) => m.market === 1)!.save;
  const log = (JSON.parse(save) as { log: { hash: string; injected?: { id: string }[] }[] }).log;
  expect(log.map((e) => e.hash)).toEqual([first.entry.hash]);
  expect(log[0]!.injected?.[0]?.id).toBe(first.entry.injected?.[0]?.id);
  await teacher.setInputFiles('#replay-files', {
    name: 'market-1.json',
    mimeType: 'application/json',
    buffer: Buffer.from(save),
  });
  await expect(teacher.locator('#replays-ranked tr[data-file="market-1.json"]')).toHaveCount(2);
  await expect(teacher.locator('#replays-rejected tr')).toHaveCount(0);
  await teacher.screenshot({ path: test.info().outputPath('lesson-console.png'), fullPage: true });
  await blue.screenshot({ path: test.info().outputPath('lesson-blue-zh.png') });
});
