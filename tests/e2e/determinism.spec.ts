// The engine gives the same bits in Node (a class server, the CLI) and in Chromium (the web game,
// Electron's renderer): every scenario played through by the computer hashes alike in both.
// Before game/engine/portable-math.ts the start states already differed, because Math.exp, log
// and pow round differently in the two V8 builds.

import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { build } from 'vite';
import type { Rollup } from 'vite';
import { playThrough } from './fixtures/engine-probe.ts';
import type { PlayedHashes } from './fixtures/engine-probe.ts';
import { skipWithoutBrowser } from './helpers.ts';

skipWithoutBrowser();

const SEED = 11;
const scenarioDir = resolve('scenarios');
const scenarios = readdirSync(scenarioDir).filter((f) => f.endsWith('.yaml'));

/** The probe bundled for the browser, as one script that sets globalThis.engineProbe. */
async function bundledProbe(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: {
        entry: resolve('tests/e2e/fixtures/engine-probe.ts'),
        formats: ['iife'],
        name: 'engineProbe',
        fileName: 'engine-probe',
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  const chunk = outputs[0]?.output.find((o) => o.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('vite built no script for the probe');
  return chunk.code;
}

test('every scenario hashes alike, quarter by quarter, in Node and in Chromium', async ({
  page,
}) => {
  test.setTimeout(300_000);
  expect(scenarios.length, 'the scenarios folder holds the shipped scenarios').toBeGreaterThan(3);
  await page.addScriptTag({ content: await bundledProbe() });
  for (const file of scenarios) {
    const text = readFileSync(join(scenarioDir, file), 'utf8');
    const inNode = playThrough(text, SEED);
    const inBrowser = await page.evaluate(
      ([t, seed]) =>
        (
          globalThis as unknown as {
            engineProbe: { playThrough(text: string, seed: number): PlayedHashes };
          }
        ).engineProbe.playThrough(t, seed),
      [text, SEED] as const,
    );
    expect(inNode.quarters.length, `${file} plays some quarters`).toBeGreaterThan(3);
    expect(inBrowser, `${file}: Chromium's game against Node's`).toEqual(inNode);
  }
});
