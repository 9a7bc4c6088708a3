// The layer table in eslint.config.mjs bites: an import across a forbidden line, into the
// engine past its index, or of a package the layer does not list, is a lint error; the imports
// the layers make today are not.

import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

/** The messages of no-restricted-imports for one import line in a file at `path`. */
async function refusals(path: string, line: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${line}\nvoid x;\n`, { filePath: path });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

describe('layer table', () => {
  it.each([
    ['game/session/x.ts', "import { x } from '../store/index.ts';", 'session may import only'],
    ['game/engine/x.ts', "import { x } from '../i18n/index.ts';", 'engine'],
    ['game/engine/policies/x.ts', "import { x } from '../../save/x.ts';", 'engine'],
    ['game/store/x.ts', "import { x } from '../ui/x.ts';", 'store may import only'],
    ['game/ui/x.ts', "import { x } from '../render/x.ts';", 'ui may import only'],
    ['game/ui/x.ts', "import { x } from 'phaser';", 'ui may import only these packages'],
    ['game/render/scenes/x.ts', "import { x } from '../../ui/x.ts';", 'render may import only'],
    ['game/calibration/x.ts', "import { x } from '../engine/explain.ts';", 'engine only through'],
    ['game/scenario/x.ts', "import type { x } from '../engine/types.ts';", 'engine only through'],
    ['game/i18n/x.ts', "import { x } from '../engine/index.ts';", 'i18n may import only'],
    ['game/host/x.ts', "import { x } from '../store/index.ts';", 'host may import only'],
    ['game/save/x.ts', "import { x } from '../ui/x.ts';", 'save may import only'],
    ['game/cli/x.ts', "import { x } from '../ui/x.ts';", 'cli may import only'],
    ['game/ui/x.ts', "import { x } from '../../tests/helpers/play.ts';", 'ui may import only'],
    ['electron/main/x.ts', "import { x } from '../../game/engine/index.ts';", 'electron/main'],
    ['electron/preload/x.ts', "import { x } from 'zod';", 'electron/preload may import only'],
    ['game/classroom/x.ts', "import { x } from '../ui/csv.ts';", 'classroom may import only'],
    ['game/classroom/x.ts', "import { x } from '../store/index.ts';", 'classroom may import only'],
    ['game/classroom/x.ts', "import { x } from '../engine/benchmarks.ts';", 'engine only through'],
    [
      'game/classroom/x.ts',
      "import { x } from 'yaml';",
      'classroom may import only these packages',
    ],
    // The layers that write files for machines (CLI output, saves and replays, the class's CSV
    // and JSON exports) cannot reach the screen formatters, whose minus sign is U+2212.
    ['game/cli/x.ts', "import { formatNumber } from '../i18n/index.ts';", 'cli may import only'],
    ['game/save/x.ts', "import { formatNumber } from '../i18n/index.ts';", 'save may import only'],
    [
      'game/classroom/x.ts',
      "import { formatNumber } from '../i18n/index.ts';",
      'classroom may import only',
    ],
    // The console may use the classroom's pure modules, and nothing else of the server.
    ['game/ui/x.ts', "import { x } from '../classroom/tokens.ts';", 'ui may import only'],
    ['game/ui/x.ts', "import { x } from '../classroom/server/grades.ts';", 'ui may import only'],
    ['game/net/x.ts', "import { x } from '../classroom/grades.ts';", 'net may import only'],
    [
      'game/classroom/grades.ts',
      "import { x } from 'node:fs';",
      'classroom-browser may import only these packages',
    ],
    [
      'game/classroom/dashboard.ts',
      "import { x } from '../store/index.ts';",
      'classroom-browser may import only',
    ],
  ])('%s: %s is refused', async (path, line, says) => {
    const messages = await refusals(path, line);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.join(' | ')).toContain(says);
  });

  it.each([
    ['game/session/x.ts', "import { x } from '../engine/index.ts';"],
    ['game/store/x.ts', "import { x } from '../session/index.ts';"],
    ['game/store/x.ts', "import { createStore } from 'zustand/vanilla';"],
    ['game/render/x.ts', "import { x } from '../i18n/index.ts';"],
    ['game/ui/x.ts', "import { x } from '../save/save-file.ts';"],
    ['game/host/x.ts', "import type { x } from '../../electron/shared/ipc-contract.ts';"],
    ['game/cli/x.ts', "import { x } from 'node:fs';"],
    ['game/engine/policies/x.ts', "import { x } from '../types.ts';"],
    ['game/classroom/x.ts', "import { x } from '../save/save-file.ts';"],
    ['game/classroom/x.ts', "import QRCode from 'qrcode';"],
    ['game/classroom/x.ts', "import { z } from 'zod';"],
    ['game/classroom/x.ts', "import { networkInterfaces } from 'node:os';"],
    ['game/ui/console/x.ts', "import { x } from '../../classroom/dashboard.ts';"],
    ['game/ui/x.ts', "import { x } from '../classroom/rank-replays.ts';"],
    ['game/classroom/grades.ts', "import { x } from './safe-csv.ts';"],
  ])('%s: %s is allowed', async (path, line) => {
    expect(await refusals(path, line)).toEqual([]);
  });
});

/** The rule ids that fire on `code` in a file at `path`. */
async function firedRules(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\n`, { filePath: path });
  return (result?.messages ?? []).map((m) => m.ruleId ?? 'parse');
}

describe('the engine computes the same bits in every runtime', () => {
  it.each([
    ['export const a = Math.exp(1);', 'no-restricted-properties'],
    ['export const a = Math.log(2);', 'no-restricted-properties'],
    ['export const a = Math.pow(2, 0.5);', 'no-restricted-properties'],
    ['export const a = Math.tanh(0.5);', 'no-restricted-properties'],
    ['export const a = 2 ** 0.5;', 'no-restricted-syntax'],
    ["export const a = 'A'.localeCompare('B');", 'no-restricted-properties'],
  ])('the engine refuses %s', async (code, rule) => {
    expect(await firedRules('game/engine/x.ts', code)).toEqual([rule]);
  });

  it('exact Math functions stay allowed in the engine, and the UI may use Math.exp', async () => {
    const exact = 'export const a = Math.max(Math.abs(-1), Math.floor(2.5), Math.round(0.5));';
    expect(await firedRules('game/engine/x.ts', exact)).toEqual([]);
    expect(await firedRules('game/render/x.ts', 'export const a = Math.exp(1);')).toEqual([]);
  });
});
