import { chromium } from '@playwright/test';
const ARGS = ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run','--enable-unsafe-swiftshader'];
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
const page = await b.newPage({ viewport: { width: 1366, height: 768 } });
await page.goto('http://127.0.0.1:4303/?renderer=canvas');
for (const loc of ['en','zh']) {
if (loc === 'zh') await page.getByRole('button', { name: '中文', exact: true }).click();
else { await page.getByRole('button', { name: /^(Start game|开始游戏)$/ }).click(); await page.locator('#briefing').waitFor(); await page.keyboard.press('Enter'); }
await page.waitForTimeout(800);
console.log(loc, await page.evaluate(() => {
  const out = [];
  for (const el of document.querySelectorAll('.stats > *, .top-actions > *, .brand')) { const r = el.getBoundingClientRect(); out.push(`${(el.className||el.id)}:${el.textContent.slice(0,18)}=${Math.round(r.width)}@${Math.round(r.top)}`); }
  out.push('topbar h=' + document.querySelector('.topbar').getBoundingClientRect().height);
  return out.join('\n');
}));
}
await b.close();
