// Saves on disk. Main stores bytes and checks only the SHAPE of a save
// ({format, version, appVersion, scenario: {id, sha256}, seed, humans, log}); replaying the
// log and checking its hashes is the renderer's job. Rules kept here:
// - every write is atomic (fs-atomic.ts); overwriting a good save keeps it as `<name>.bak`;
// - a file that cannot be read as a save is reported with a clear message and never
//   overwritten (the autosave moves it aside instead, so autosaving keeps working);
// - sizes are checked before reading, so a huge file is never loaded into memory.

import { mkdir, readFile, rename, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { z } from 'zod';
import type { IpcError } from '../shared/ipc-contract.ts';
import { SAVE_EXTENSION } from '../shared/ipc-contract.ts';
import { writeFileAtomic, type AtomicWriteHooks } from './fs-atomic.ts';

export const SAVE_FORMAT = 'cloudwar-save';
/**
 * The newest save format this app reads and writes: the renderer's (game/save/save-file.ts, which
 * main does not import; tests/electron/saves.test.ts keeps the two equal). Older versions pass
 * here and the renderer migrates them.
 */
export const SAVE_VERSION = 2;
export const MAX_SAVE_BYTES = 8 * 1024 * 1024;
/** CSV and other exports may be larger than saves (batch results). */
export const MAX_EXPORT_BYTES = 32 * 1024 * 1024;
/**
 * Files opened for the renderer (saves, scenarios, decision files): the save limit, on purpose.
 * @alias
 */
export const MAX_OPEN_BYTES = MAX_SAVE_BYTES;
export const AUTOSAVE_NAME = `autosave${SAVE_EXTENSION}`;
export const BACKUP_SUFFIX = '.bak';

export type Result<T> = { ok: true; value: T } | { ok: false; error: IpcError };

const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const fail = <T>(code: string, message: string, issues?: IpcError['issues']): Result<T> => ({
  ok: false,
  error: issues ? { code, message, issues } : { code, message },
});

const logEntry = z.looseObject({
  quarter: z.string().min(1).max(16),
  decisions: z.record(z.string().max(64), z.unknown()),
  hash: z.string().min(1).max(128),
});

/** The save's shape. Extra top-level fields are allowed (same version, newer writer). */
const saveShape = z.looseObject({
  format: z.literal(SAVE_FORMAT),
  version: z.number().int().min(1).max(SAVE_VERSION),
  appVersion: z.string().min(1).max(64),
  scenario: z.looseObject({
    id: z
      .string()
      .min(1)
      .max(128)
      .regex(/^[A-Za-z0-9._-]+$/, 'letters, digits, ".", "_" and "-" only'),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, '64 lowercase hex digits'),
  }),
  seed: z.number().int().min(0).max(0xffffffff),
  humans: z.array(z.string().min(1).max(64)).min(1).max(32),
  log: z.array(logEntry).max(10_000),
});

export interface SaveHeader {
  appVersion: string;
  scenarioId: string;
  quarters: number;
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

function kib(bytes: number): string {
  return `${Math.ceil(bytes / 1024)} KiB`;
}

function issuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : `${acc}.${String(key)}`),
    'save',
  );
}

/** Checks a save's text; `where` names the file in messages. */
export function checkSaveText(text: string, where = 'the save'): Result<SaveHeader> {
  const size = byteLength(text);
  if (size > MAX_SAVE_BYTES)
    return fail(
      'save/too_large',
      `${where} is ${kib(size)}; saves are limited to ${kib(MAX_SAVE_BYTES)}`,
    );
  const body = text.replace(/^\uFEFF/, '').trim();
  if (body === '') return fail('save/empty', `${where} is empty (0 bytes of content)`);
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    if (body.startsWith('{') && !body.endsWith('}'))
      return fail(
        'save/truncated',
        `${where} is cut off after ${size} bytes (truncated: the end of the file is missing, ` +
          `probably from an interrupted copy or crash); a backup may exist next to it as *${BACKUP_SUFFIX}`,
      );
    return fail(
      'save/not_json',
      `${where} is not a Cloud Price War save: it is not JSON (${detail})`,
    );
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return fail('save/foreign', `${where} is not a Cloud Price War save (not a JSON object)`);
  const record = data as Record<string, unknown>;
  if (record['format'] !== SAVE_FORMAT)
    return fail(
      'save/foreign',
      `${where} is not a Cloud Price War save (format is ${JSON.stringify(record['format'] ?? null)}, expected "${SAVE_FORMAT}")`,
    );
  const version = record['version'];
  if (typeof version === 'number' && Number.isInteger(version) && version > SAVE_VERSION)
    return fail(
      'save/newer_version',
      `${where} was written by a newer Cloud Price War (save format ${version}; this app reads up to ${SAVE_VERSION}). Update the app to open it.`,
    );
  const parsed = saveShape.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 20).map((issue) => ({
      path: issuePath(issue.path),
      message: issue.message,
    }));
    const first = issues[0];
    return fail(
      'save/bad_shape',
      `${where} is damaged: ${first ? `${first.path}: ${first.message}` : 'unexpected content'}` +
        (issues.length > 1 ? ` (and ${issues.length - 1} more problems)` : ''),
      issues,
    );
  }
  return ok({
    appVersion: parsed.data.appVersion,
    scenarioId: parsed.data.scenario.id,
    quarters: parsed.data.log.length,
  });
}

export interface ReadText {
  text: string;
  bytes: Buffer;
}

/** Reads a text file with a size limit, refusing non-UTF-8 bytes. Never throws. */
export async function readTextFile(path: string, maxBytes: number): Promise<Result<ReadText>> {
  const name = basename(path);
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) return fail('file/not_a_file', `${name} is not a file`);
    size = info.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fail('file/not_found', `${name} does not exist`);
    return fail('file/io', `${name} could not be read (${code ?? String(error)})`);
  }
  if (size > maxBytes)
    return fail('file/too_large', `${name} is ${kib(size)}; the limit is ${kib(maxBytes)}`);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail('file/io', `${name} could not be read (${code ?? String(error)})`);
  }
  if (bytes.length > maxBytes)
    return fail('file/too_large', `${name} is ${kib(bytes.length)}; the limit is ${kib(maxBytes)}`);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return ok({ text, bytes });
  } catch {
    return fail('file/not_text', `${name} is not a text file (it holds bytes that are not UTF-8)`);
  }
}

/** Reads and checks a save file. */
export async function readSaveFile(path: string): Promise<Result<ReadText & SaveHeader>> {
  const name = basename(path);
  const read = await readTextFile(path, MAX_SAVE_BYTES);
  if (!read.ok) {
    if (read.error.code === 'file/too_large')
      return fail('save/too_large', `${read.error.message} (saves are limited)`);
    return read;
  }
  const checked = checkSaveText(read.value.text, name);
  if (!checked.ok) return checked;
  return ok({ ...read.value, ...checked.value });
}

export interface WriteSaveOptions {
  /** What to do when the target exists but is not a readable save: refuse (default) or move
   * it aside to `<name>.unreadable-<time>` first (used by the autosave). */
  onUnreadable?: 'refuse' | 'move-aside';
  hooks?: AtomicWriteHooks;
  /** For the move-aside name; defaults to the clock. */
  now?: () => Date;
}

export interface WriteSaveResult {
  backedUp: boolean;
  movedAside: string | null;
}

/** Writes a save atomically; the previous good save becomes `<name>.bak`. */
export async function writeSaveFile(
  path: string,
  text: string,
  options: WriteSaveOptions = {},
): Promise<Result<WriteSaveResult>> {
  const name = basename(path);
  const checked = checkSaveText(text, 'the save to write');
  if (!checked.ok) return checked;

  let backedUp = false;
  let movedAside: string | null = null;
  const previous = await readSaveFile(path);
  try {
    if (previous.ok) {
      await writeFileAtomic(path + BACKUP_SUFFIX, previous.value.bytes);
      backedUp = true;
    } else if (previous.error.code !== 'file/not_found') {
      if (options.onUnreadable !== 'move-aside')
        return fail(
          'save/target_unreadable',
          `${name} already exists and is not a save this app can read (${previous.error.message}); ` +
            'it was left untouched. Save under another name.',
        );
      const stamp = (options.now?.() ?? new Date()).toISOString().replace(/[:.]/g, '-');
      movedAside = `${path}.unreadable-${stamp}`;
      await rename(path, movedAside);
    }
    await writeFileAtomic(path, text, options.hooks);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(
      'file/io',
      `${name} could not be written (${code ?? (error instanceof Error ? error.message : String(error))}); the previous file is unchanged`,
    );
  }
  return ok({ backedUp, movedAside });
}

/** Writes an export (CSV, report text) atomically, with a size limit and no backup. */
export async function writeExportFile(
  path: string,
  text: string,
  hooks?: AtomicWriteHooks,
): Promise<Result<null>> {
  const size = byteLength(text);
  if (size > MAX_EXPORT_BYTES)
    return fail(
      'file/too_large',
      `the export is ${kib(size)}; the limit is ${kib(MAX_EXPORT_BYTES)}`,
    );
  try {
    await writeFileAtomic(path, text, hooks);
    return ok(null);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail('file/io', `${basename(path)} could not be written (${code ?? String(error)})`);
  }
}

/** True when the text claims to be a save (so it must pass the save checks to be written). */
export function looksLikeSave(text: string): boolean {
  return /"format"\s*:\s*"cloudwar-save"/.test(text.slice(0, 4096));
}

export function savesDir(userData: string): string {
  return join(userData, 'saves');
}

export function autosavePath(userData: string): string {
  return join(savesDir(userData), AUTOSAVE_NAME);
}

export async function ensureDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
}

/** Where a good backup is kept when the autosave beside it was found damaged. */
export function keptBackupPath(userData: string, at: Date): string {
  return `${autosavePath(userData)}${BACKUP_SUFFIX}.kept-${at.toISOString().replace(/[:.]/g, '-')}`;
}

/**
 * Writes the autosave; an unreadable old autosave is moved aside, never overwritten. When the
 * old autosave is damaged, its backup is the last good copy of that game: it is kept under its
 * own name first, so the rotation of the new game's autosaves (each good one becomes `.bak`)
 * can never push it out.
 */
export async function writeAutosave(
  userData: string,
  text: string,
  options: Omit<WriteSaveOptions, 'onUnreadable'> = {},
): Promise<Result<WriteSaveResult & { keptBackup: string | null }>> {
  // Check first: a bad text must not even create the folder.
  const checked = checkSaveText(text, 'the autosave to write');
  if (!checked.ok) return checked;
  await ensureDir(savesDir(userData));
  const path = autosavePath(userData);
  let keptBackup: string | null = null;
  const latest = await readSaveFile(path);
  if (!latest.ok && latest.error.code !== 'file/not_found') {
    const backup = await readSaveFile(path + BACKUP_SUFFIX);
    if (backup.ok) {
      keptBackup = keptBackupPath(userData, options.now?.() ?? new Date());
      try {
        await writeFileAtomic(keptBackup, backup.value.bytes);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        return fail(
          'file/io',
          `the autosave's backup could not be kept (${code ?? String(error)}); nothing was written`,
        );
      }
    }
  }
  const written = await writeSaveFile(path, text, { ...options, onUnreadable: 'move-aside' });
  return written.ok ? ok({ ...written.value, keptBackup }) : written;
}

/** The autosave's text (or its backup's), null when there is none, or a clear error. */
export async function readAutosave(
  userData: string,
  which: 'latest' | 'backup' = 'latest',
): Promise<Result<string | null>> {
  const path = autosavePath(userData) + (which === 'backup' ? BACKUP_SUFFIX : '');
  const read = await readSaveFile(path);
  if (read.ok) return ok(read.value.text);
  if (read.error.code === 'file/not_found') return ok(null);
  return read;
}
