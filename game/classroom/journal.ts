// A class's append-only journal: one JSON line per entry, each written and fsynced before the
// server acknowledges it, so `kill -9` loses nothing a client was told had reached the server.
// The engine is deterministic, so the class's whole state is re-derived from these entries.
// Node only.

import { open as openFile } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';

interface JournalLine<T> {
  /** 1, 2, 3 ... with no gaps: a gap means a line was lost or edited. */
  seq: number;
  entry: T;
}

/** Turns a parsed line's entry into T, or throws with what is wrong (the journal adds where). */
export type EntryParser<T> = (raw: unknown) => T;

export class JournalError extends Error {
  constructor(
    readonly path: string,
    readonly line: number,
    detail: string,
  ) {
    super(`${path}:${line}: ${detail}`);
    this.name = 'JournalError';
  }
}

export interface OpenedJournal<T> {
  journal: Journal<T>;
  entries: T[];
  /** A last line cut short by a crash mid-write: dropped and truncated away, never acknowledged. */
  droppedTail: string | null;
}

/** Test seam: the file opener, so a test can record the order of writes and syncs. */
export type Opener = (path: string, flags: string, mode?: number) => Promise<FileHandle>;

/** Makes a new journal's folder entry durable. Windows cannot open folders: skipped there. */
async function syncFolder(dir: string, opener: Opener): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await opener(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function parseLines<T>(path: string, text: string, parse: EntryParser<T>) {
  const complete = text.endsWith('\n') ? text : text.slice(0, text.lastIndexOf('\n') + 1);
  const tail = text.slice(complete.length);
  const entries: T[] = [];
  const lines = complete === '' ? [] : complete.slice(0, -1).split('\n');
  lines.forEach((line, i) => {
    const where = i + 1;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      throw new JournalError(path, where, 'not a JSON line (the journal was edited or damaged)');
    }
    const seq = (raw as { seq?: unknown } | null)?.seq;
    if (seq !== where)
      throw new JournalError(path, where, `expected entry ${where}, found ${String(seq)}`);
    try {
      entries.push(parse((raw as { entry?: unknown }).entry));
    } catch (e) {
      throw new JournalError(path, where, e instanceof Error ? e.message : String(e));
    }
  });
  return { entries, keepBytes: Buffer.byteLength(complete), tail: tail === '' ? null : tail };
}

export class Journal<T> {
  private queue: Promise<void> = Promise.resolve();
  /** After a failed write the file may end mid-line: nothing more is written to it. */
  private failure: Error | null = null;

  private constructor(
    private readonly handle: FileHandle,
    private seq: number,
  ) {}

  /** Opens (or creates) a journal and reads every entry; a torn last line is cut away. */
  static async open<T>(
    path: string,
    parse: EntryParser<T>,
    opener: Opener = openFile,
  ): Promise<OpenedJournal<T>> {
    const handle = await opener(path, 'a+', 0o600);
    try {
      const text = await handle.readFile('utf8');
      const { entries, keepBytes, tail } = parseLines(path, text, parse);
      if (tail !== null) {
        await handle.truncate(keepBytes);
        await handle.sync();
      }
      if (text === '') await syncFolder(dirname(path), opener);
      return { journal: new Journal<T>(handle, entries.length), entries, droppedTail: tail };
    } catch (e) {
      await handle.close();
      throw e;
    }
  }

  /** Resolves once the entry is on disk; entries are written in call order. */
  append(entry: T): Promise<number> {
    const seq = ++this.seq;
    const written: JournalLine<T> = { seq, entry };
    const line = `${JSON.stringify(written)}\n`;
    const done = this.queue.then(async () => {
      if (this.failure) throw this.failure;
      try {
        await this.handle.appendFile(line, 'utf8');
        await this.handle.sync();
      } catch (e) {
        this.failure = e instanceof Error ? e : new Error(String(e));
        throw this.failure;
      }
    });
    this.queue = done.catch(() => undefined);
    return done.then(() => seq);
  }

  async close(): Promise<void> {
    await this.queue;
    await this.handle.close();
  }
}
