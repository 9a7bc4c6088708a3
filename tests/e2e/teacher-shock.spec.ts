// A class game's replay holds the teacher's shock in its log; loaded in the web page, it replays
// (the page's own engine reproduces every recorded hash) and the news of that quarter shows the
// shock marked as the teacher's, in English and in Chinese.

import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { holdDecision, playQuarter, startGame as engineStart } from '../../game/engine/index.ts';
import type { InjectedEvent, LogEntry } from '../../game/engine/index.ts';
import { makeSave } from '../../game/save/save-file.ts';
import { SCENARIO_DIR, loadScenario } from '../helpers/scenarios.ts';
import { loadReplay, skipWithoutBrowser, startGame } from './helpers.ts';

skipWithoutBrowser();

const FILE = `${SCENARIO_DIR}china-2023-price-war.yaml`;
const shock: InjectedEvent = {
  id: 'teacher-gpu-shortage',
  title: { en: 'GPU shortage in the classroom', zh: '课堂上的 GPU 短缺' },
  effects: [
    {
      kind: 'gpu-supply',
      supply: 'all',
      capMultiplier: 0.5,
      costMultiplier: 1.5,
      lead: 2,
      quarters: 2,
    },
  ],
};

/** Two quarters of ALI holding its course, the second with the teacher's shock. */
async function shockedSave(): Promise<string> {
  const scenario = await loadScenario(FILE);
  let state = engineStart(scenario, { seed: 3, humans: ['ALI'] }).state;
  const log: LogEntry[] = [];
  for (let q = 0; q < 2; q++) {
    const decision = holdDecision(scenario, state, 'ALI', log.at(-1)?.decisions.ALI);
    const step = playQuarter(scenario, state, { ALI: decision }, q === 1 ? [shock] : []);
    log.push(step.entry);
    state = step.state;
  }
  return makeSave({
    scenarioId: scenario.id,
    scenarioText: readFileSync(FILE, 'utf8'),
    seed: 3,
    humans: ['ALI'],
    log,
  });
}

test("the replay of a class game shows the teacher's shock in the news", async ({ page }) => {
  const text = await shockedSave();
  await page.goto('./');
  await startGame(page);
  await loadReplay(page, {
    name: 'class.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  const item = page.locator('.ticker-items li.news-teacher');
  await expect(item).toHaveText('Teacher’s shock: GPU shortage in the classroom');
  await page.screenshot({ path: test.info().outputPath('teacher-shock-en.png') });
  await page.getByRole('button', { name: '中文', exact: true }).click();
  await expect(item).toHaveText('教师设置的冲击：课堂上的 GPU 短缺');
  await page.screenshot({ path: test.info().outputPath('teacher-shock-zh.png') });
});
