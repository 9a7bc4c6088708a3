// Durable file writes: a temporary file in the same folder, written and fsynced, then renamed
// over the target, then the folder fsynced. A crash at any point leaves either the old file or
// the new one, never a mix. Node only; no Electron.

import { randomBytes } from 'node:crypto';
import { open, readdir, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Test seams: called at the named points so a test can throw or kill the process there. */
export interface AtomicWriteHooks {
  afterTempWrite?: (tempPath: string) => void | Promise<void>;
  beforeRename?: (tempPath: string) => void | Promise<void>;
}

const TEMP_MARK = '.cloudwar-tmp-';

export function isTempFile(name: string): boolean {
  return name.startsWith('.') && name.includes(TEMP_MARK);
}

/** Flushes a folder's entry table (the rename) to disk. Windows cannot open folders: skipped. */
export async function fsyncDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export async function writeFileAtomic(
  target: string,
  data: string | Uint8Array,
  hooks: AtomicWriteHooks = {},
): Promise<void> {
  const dir = dirname(target);
  const temp = join(dir, `.${basename(target)}${TEMP_MARK}${randomBytes(6).toString('hex')}`);
  let renamed = false;
  try {
    // 'wx': never follow or reuse an existing path; 0o600: saves are the user's own.
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(data);
      await hooks.afterTempWrite?.(temp);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await hooks.beforeRename?.(temp);
    await rename(temp, target);
    renamed = true;
    await fsyncDir(dir);
  } finally {
    if (!renamed) await unlink(temp).catch(() => undefined);
  }
}

/** Removes temporary files left by a crash (older than `minAgeMs`) from a folder. */
export async function removeStaleTemps(dir: string, minAgeMs = 60_000): Promise<string[]> {
  const removed: string[] = [];
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return removed;
  }
  const now = Date.now();
  for (const name of names) {
    if (!isTempFile(name)) continue;
    const path = join(dir, name);
    try {
      const info = await stat(path);
      if (now - info.mtimeMs < minAgeMs) continue;
      await unlink(path);
      removed.push(name);
    } catch {
      // Gone already, or not ours to remove: leave it.
    }
  }
  return removed;
}
