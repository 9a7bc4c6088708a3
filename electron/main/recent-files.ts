// The recent-files list: most recent first, de-duplicated by path, bounded, persisted
// atomically as JSON in the user-data folder. A damaged list is our own metadata, so it is
// replaced by an empty one rather than reported.

import { readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { z } from 'zod';
import type { RecentFileDto } from '../shared/ipc-contract.ts';
import { writeFileAtomic } from './fs-atomic.ts';

export const MAX_RECENT = 10;
export const RECENT_FILE = 'recent-files.json';

const recentShape = z.object({
  version: z.literal(1),
  files: z.array(
    z.object({
      path: z.string().min(1).max(4096),
      name: z.string().min(1).max(255),
      at: z.string().max(40),
    }),
  ),
});

/** Paths compare case-insensitively where the file system usually does. */
export function samePath(a: string, b: string, platform: NodeJS.Platform = process.platform) {
  const ra = resolve(a);
  const rb = resolve(b);
  return platform === 'win32' || platform === 'darwin'
    ? ra.toLowerCase() === rb.toLowerCase()
    : ra === rb;
}

/** Puts `path` first, drops its older entry, keeps at most `MAX_RECENT`. Pure. */
export function addRecent(
  list: readonly RecentFileDto[],
  path: string,
  at: Date,
  platform: NodeJS.Platform = process.platform,
): RecentFileDto[] {
  const full = resolve(path);
  const entry: RecentFileDto = { path: full, name: basename(full), at: at.toISOString() };
  return [entry, ...list.filter((item) => !samePath(item.path, full, platform))].slice(
    0,
    MAX_RECENT,
  );
}

export function removeRecent(
  list: readonly RecentFileDto[],
  path: string,
  platform: NodeJS.Platform = process.platform,
): RecentFileDto[] {
  return list.filter((item) => !samePath(item.path, path, platform));
}

export function parseRecent(text: string): RecentFileDto[] {
  try {
    const parsed = recentShape.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.files.slice(0, MAX_RECENT) : [];
  } catch {
    return [];
  }
}

export async function loadRecent(userData: string): Promise<RecentFileDto[]> {
  try {
    return parseRecent(await readFile(join(userData, RECENT_FILE), 'utf8'));
  } catch {
    return [];
  }
}

export async function saveRecent(userData: string, files: readonly RecentFileDto[]) {
  const body = { version: 1, files: files.slice(0, MAX_RECENT) };
  await writeFileAtomic(join(userData, RECENT_FILE), JSON.stringify(body, null, 2) + '\n');
}
