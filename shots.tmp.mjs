import { chromium } from '@playwright/test';
const ARGS = ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run','--enable-unsafe-swiftshader'];
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
for (const [w,hh] of [[1366,768],[1024,640]]) {
const page = await b.newPage({ viewport: { width: w, height: hh } });
await page.goto('http://127.0.0.1:4303/?renderer=canvas');
const s = (n) => page.screenshot({ path: `/tmp/scr/${n}-${w}.png` });
await s('start-en');
await page.getByRole('radio', { name: /Classroom duopoly/ }).check();
await page.getByRole('button', { name: 'Start game' }).click();
await page.locator('#briefing').waitFor(); await page.keyboard.press('Enter'); await page.waitForTimeout(400);
await page.getByRole('button', { name: 'End quarter' }).click();
await page.getByRole('button', { name: 'Next quarter' }).waitFor();
await s('report-en');
await page.getByRole('button', { name: '中文', exact: true }).click(); await page.waitForTimeout(300);
await s('report-zh');
await page.getByRole('button', { name: '下一季度' }).click();
await page.getByRole('button', { name: '帮助' }).click(); await page.waitForTimeout(300);
await s('help-zh');
await page.keyboard.press('Escape');
for (let i = 0; i < 10; i++) {
  await page.getByRole('button', { name: /^结束本季度/ }).click();
  const d = page.getByRole('button', { name: '查看复盘' });
  await page.getByRole('button', { name: /^(下一季度|查看复盘)$/ }).waitFor();
  if (await d.isVisible()) { await d.click(); break; }
  await page.getByRole('button', { name: '下一季度' }).click();
}
await page.waitForTimeout(500);
await s('debrief-zh');
await page.getByRole('button', { name: 'English', exact: true }).click(); await page.waitForTimeout(300);
await s('debrief-en');
await page.close();
}
await b.close();
