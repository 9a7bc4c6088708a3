// Shared pieces of the desktop-shell tests: temp folders and valid/invalid save texts.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

const made: string[] = [];

/** A fresh temp folder, removed after the test. */
export async function tempDir(prefix = 'cloudwar-electron-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

afterEach(async () => {
  while (made.length > 0) await rm(made.pop()!, { recursive: true, force: true });
});

export interface SaveOverrides {
  [key: string]: unknown;
}

/** A save object with the declared shape; `quarters` log entries. */
export function makeSave(quarters = 2, overrides: SaveOverrides = {}): Record<string, unknown> {
  return {
    format: 'cloudwar-save',
    version: 2,
    appVersion: '0.1.0',
    scenario: { id: 'china-2023-price-war', sha256: 'a'.repeat(64) },
    seed: 42,
    humans: ['alibaba'],
    log: Array.from({ length: quarters }, (_, i) => ({
      quarter: `2023Q${i + 1}`,
      decisions: { alibaba: { prices: { compute: 1 } } },
      hash: `h${i}`,
    })),
    ...overrides,
  };
}

export function saveText(quarters = 2, overrides: SaveOverrides = {}): string {
  return JSON.stringify(makeSave(quarters, overrides), null, 2);
}
