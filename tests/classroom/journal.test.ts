import { mkdtemp, open, readFile, writeFile } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Journal, JournalError } from '../../game/classroom/journal.ts';

interface Entry {
  kind: string;
  n: number;
}
const parseEntry = (raw: unknown): Entry => {
  const e = raw as Partial<Entry> | null;
  if (typeof e?.kind !== 'string' || typeof e.n !== 'number') throw new Error('not an entry');
  return { kind: e.kind, n: e.n };
};

async function fresh(): Promise<string> {
  return join(await mkdtemp(join(tmpdir(), 'journal-')), 'class.jsonl');
}

describe('Journal', () => {
  it('reads back every entry in order after a reopen', async () => {
    const path = await fresh();
    const a = await Journal.open(path, parseEntry);
    expect(a.entries).toEqual([]);
    await Promise.all([1, 2, 3].map((n) => a.journal.append({ kind: 'commit', n })));
    await a.journal.close();
    const b = await Journal.open(path, parseEntry);
    expect(b.entries.map((e) => e.n)).toEqual([1, 2, 3]);
    expect(await b.journal.append({ kind: 'draft', n: 4 })).toBe(4);
    await b.journal.close();
  });

  it('drops a line torn by a crash mid-write and appends cleanly after it', async () => {
    const path = await fresh();
    await writeFile(path, '{"seq":1,"entry":{"kind":"a","n":1}}\n{"seq":2,"entry":{"ki');
    const opened = await Journal.open(path, parseEntry);
    expect(opened.entries).toHaveLength(1);
    expect(opened.droppedTail).toBe('{"seq":2,"entry":{"ki');
    await opened.journal.append({ kind: 'b', n: 2 });
    await opened.journal.close();
    expect((await readFile(path, 'utf8')).split('\n')).toEqual([
      '{"seq":1,"entry":{"kind":"a","n":1}}',
      '{"seq":2,"entry":{"kind":"b","n":2}}',
      '',
    ]);
  });

  it.each([
    [
      'a damaged line',
      '{"seq":1,"entry":{"kind":"a","n":1}}\nnot json\n',
      2,
      'not a JSON line (the journal was edited or damaged)',
    ],
    [
      'a missing line',
      '{"seq":1,"entry":{"kind":"a","n":1}}\n{"seq":3,"entry":{}}\n',
      2,
      'expected entry 2, found 3',
    ],
    ['a bad entry', '{"seq":1,"entry":{"kind":7}}\n', 1, 'not an entry'],
  ])('refuses %s, naming the file and line', async (_what, text, line, detail) => {
    const path = await fresh();
    await writeFile(path, text);
    const refused = await Journal.open(path, parseEntry).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(JournalError);
    expect((refused as JournalError).message).toBe(`${path}:${line}: ${detail}`);
    expect(await readFile(path, 'utf8')).toBe(text);
  });

  it('syncs a new journal’s folder, then each entry before acknowledging it', async () => {
    const path = await fresh();
    const calls: string[] = [];
    const recording = async (p: string, flags: string, mode?: number): Promise<FileHandle> => {
      const handle = await open(p, flags, mode);
      const appendFile = handle.appendFile.bind(handle);
      const sync = handle.sync.bind(handle);
      return Object.assign(handle, {
        appendFile: async (...args: Parameters<FileHandle['appendFile']>) => {
          calls.push('write');
          return appendFile(...args);
        },
        sync: async () => {
          calls.push(p === path ? 'sync' : 'sync folder');
          return sync();
        },
      });
    };
    const { journal } = await Journal.open(path, parseEntry, recording);
    await journal.append({ kind: 'a', n: 1 }).then(() => calls.push('ack'));
    await journal.append({ kind: 'b', n: 2 }).then(() => calls.push('ack'));
    await journal.close();
    // A new journal's folder entry is made durable before the first entry is taken.
    expect(calls).toEqual(['sync folder', 'write', 'sync', 'ack', 'write', 'sync', 'ack']);
  });

  it('writes nothing more after a failed write, so no entry number is skipped on disk', async () => {
    const path = await fresh();
    let fail = true;
    const flaky = async (p: string, flags: string, mode?: number): Promise<FileHandle> => {
      const handle = await open(p, flags, mode);
      const appendFile = handle.appendFile.bind(handle);
      return Object.assign(handle, {
        appendFile: async (...args: Parameters<FileHandle['appendFile']>) => {
          if (fail) throw new Error('disk full');
          return appendFile(...args);
        },
      });
    };
    const { journal } = await Journal.open(path, parseEntry, flaky);
    await expect(journal.append({ kind: 'a', n: 1 })).rejects.toThrow('disk full');
    fail = false;
    await expect(journal.append({ kind: 'b', n: 2 })).rejects.toThrow('disk full');
    await journal.close();
    expect(await readFile(path, 'utf8')).toBe('');
  });
});
