// --out FILE: the text goes to a temporary file next to the target, is flushed to disk and then
// renamed over it, so a reader (or a crash) never sees half a file and an old file is replaced
// only by a complete new one.

import { randomBytes } from 'node:crypto';
import { open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from './usage.ts';

/**
 * Checked before any work, so that a long run never ends in a failed write, and so that the
 * message names the folder the user typed rather than our temporary file.
 */
export async function checkOutFolder(path: string | undefined): Promise<void> {
  if (path === undefined) return;
  const folder = dirname(resolve(path));
  const info = await stat(folder).catch(() => undefined);
  if (!info)
    throw new UsageError(`--out ${path}: the folder ${folder} does not exist; create it first`);
  if (!info.isDirectory()) throw new UsageError(`--out ${path}: ${folder} is not a folder`);
  const target = await stat(path).catch(() => undefined);
  if (target?.isDirectory())
    throw new UsageError(`--out ${path} is a folder; give a file name inside it`);
}

export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const temp = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    const file = await open(temp, 'wx');
    try {
      await file.writeFile(text, 'utf8');
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temp, path);
  } catch (e) {
    await rm(temp, { force: true });
    // The system's message names the temporary file, which means nothing to the user.
    const code = (e as NodeJS.ErrnoException).code;
    throw new Error(`cannot write ${path}${code ? ` (${code})` : ''}`, { cause: e });
  }
}
