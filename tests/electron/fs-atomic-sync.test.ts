// The durability steps of an atomic write, observed: the temporary file's data is fsynced
// before the rename, and the folder is fsynced after it (so the rename survives a power cut).
// node:fs/promises is wrapped to record the calls; the writes themselves happen for real.

import type * as FsPromisesModule from 'node:fs/promises';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempDir } from './helpers.ts';

type FsPromises = typeof FsPromisesModule;

const events: string[] = [];

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<FsPromises>();
  const name = (path: unknown) =>
    String(path).includes('.cloudwar-tmp-') ? 'temp' : basename(String(path));
  return {
    ...real,
    async open(path: Parameters<typeof real.open>[0], ...rest: unknown[]) {
      const handle = await (real.open as (...a: unknown[]) => ReturnType<typeof real.open>)(
        path,
        ...rest,
      );
      const label = name(path);
      events.push(`open ${label}`);
      const sync = handle.sync.bind(handle);
      handle.sync = async () => {
        events.push(`sync ${label}`);
        return sync();
      };
      return handle;
    },
    async rename(from: string, to: string) {
      events.push(`rename ${name(from)} -> ${name(to)}`);
      return real.rename(from, to);
    },
  };
});

describe.skipIf(process.platform === 'win32')('writeFileAtomic durability', () => {
  it('fsyncs the data before the rename and the folder after it', async () => {
    const { writeFileAtomic } = await import('../../electron/main/fs-atomic.ts');
    const dir = await tempDir();
    const target = join(dir, 'game.cloudwar.json');
    events.length = 0;
    await writeFileAtomic(target, 'hello');
    expect(await readFile(target, 'utf8')).toBe('hello');
    const folder = basename(dir);
    expect(events).toEqual([
      'open temp',
      'sync temp',
      'rename temp -> game.cloudwar.json',
      `open ${folder}`,
      `sync ${folder}`,
    ]);
  });
});
