// Saves on disk, for real in temp folders: atomic writes, backups, crashes mid-write, and
// every kind of unreadable file reported clearly and never overwritten.

import { spawnSync } from 'node:child_process';
import { readdir, readFile, stat, truncate, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTempFile, removeStaleTemps, writeFileAtomic } from '../../electron/main/fs-atomic.ts';
import {
  autosavePath,
  checkSaveText,
  MAX_EXPORT_BYTES,
  MAX_SAVE_BYTES,
  SAVE_VERSION,
  readAutosave,
  readSaveFile,
  writeAutosave,
  writeExportFile,
  writeSaveFile,
} from '../../electron/main/saves.ts';
import { SAVE_VERSION as GAME_SAVE_VERSION } from '../../game/save/save-file.ts';
import { saveText, tempDir } from './helpers.ts';

async function filesIn(dir: string): Promise<string[]> {
  return (await readdir(dir)).sort();
}

describe('atomic writes', () => {
  it('writes the file and leaves no temporary file behind', async () => {
    const dir = await tempDir();
    const target = join(dir, 'game.cloudwar.json');
    await writeFileAtomic(target, 'hello');
    expect(await readFile(target, 'utf8')).toBe('hello');
    expect(await filesIn(dir)).toEqual(['game.cloudwar.json']);
  });

  it('keeps the old file and removes the temp file when the write fails before the rename', async () => {
    const dir = await tempDir();
    const target = join(dir, 'game.cloudwar.json');
    await writeFile(target, 'old');
    const failing = writeFileAtomic(target, 'new', {
      beforeRename: () => {
        throw new Error('simulated crash');
      },
    });
    await expect(failing).rejects.toThrow('simulated crash');
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await filesIn(dir)).toEqual(['game.cloudwar.json']);
  });

  it('creates files readable by the user only', async () => {
    if (process.platform === 'win32') return;
    const dir = await tempDir();
    const target = join(dir, 'a.json');
    await writeFileAtomic(target, '{}');
    expect((await stat(target)).mode & 0o077).toBe(0);
  });
});

describe('saving', () => {
  it('writes a save and reads it back with its header', async () => {
    const dir = await tempDir();
    const target = join(dir, 'game.cloudwar.json');
    const text = saveText(3);
    const written = await writeSaveFile(target, text);
    expect(written).toEqual({ ok: true, value: { backedUp: false, movedAside: null } });
    const read = await readSaveFile(target);
    expect(read.ok && read.value.text).toBe(text);
    expect(read.ok && read.value.quarters).toBe(3);
    expect(read.ok && read.value.scenarioId).toBe('china-2023-price-war');
  });

  it('keeps the previous save as .bak when overwriting', async () => {
    const dir = await tempDir();
    const target = join(dir, 'game.cloudwar.json');
    const first = saveText(1);
    const second = saveText(2);
    await writeSaveFile(target, first);
    const written = await writeSaveFile(target, second);
    expect(written.ok && written.value.backedUp).toBe(true);
    expect(await readFile(target, 'utf8')).toBe(second);
    expect(await readFile(target + '.bak', 'utf8')).toBe(first);
    expect(await filesIn(dir)).toEqual(['game.cloudwar.json', 'game.cloudwar.json.bak']);
  });

  it('refuses to write a text that is not a valid save, touching nothing', async () => {
    const dir = await tempDir();
    const target = join(dir, 'game.cloudwar.json');
    const result = await writeSaveFile(target, '{"format":"cloudwar-save","version":1}');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('save/bad_shape');
    expect(await filesIn(dir)).toEqual([]);
  });

  it.each(['after-temp-write', 'before-rename'])(
    'leaves the previous save intact when the process is killed %s',
    async (point) => {
      const dir = await tempDir();
      const target = join(dir, 'game.cloudwar.json');
      const previous = saveText(1);
      await writeSaveFile(target, previous);
      const next = join(dir, 'next.txt');
      // A large save, so the kill lands in the middle of real work.
      await writeFile(next, saveText(2000));
      const child = spawnSync(
        process.execPath,
        ['--import', 'tsx', 'tests/electron/crash-writer.ts', target, next, point],
        { encoding: 'utf8' },
      );
      expect(child.signal).toBe('SIGKILL');
      expect(child.stdout).not.toContain('not killed');
      expect(await readFile(target, 'utf8')).toBe(previous);
      const read = await readSaveFile(target);
      expect(read.ok).toBe(true);
      // The crash left a temp file; the next start removes it.
      const leftovers = (await filesIn(dir)).filter(isTempFile);
      expect(leftovers.length).toBe(1);
      const old = new Date(Date.now() - 120_000);
      await utimes(join(dir, leftovers[0]!), old, old);
      expect(await removeStaleTemps(dir)).toEqual(leftovers);
      expect((await filesIn(dir)).filter(isTempFile)).toEqual([]);
    },
  );
});

describe('save versions', () => {
  it('main reads up to the version the game writes, and every older one', () => {
    // Main does not import the game: a save format bump must be made in both places, or the
    // desktop refuses every new save as "newer" (it did, for a build).
    expect(SAVE_VERSION).toBe(GAME_SAVE_VERSION);
    for (let version = 1; version <= SAVE_VERSION; version++)
      expect(checkSaveText(saveText(1, { version })).ok).toBe(true);
  });
});

describe('unreadable saves are reported clearly and never overwritten', () => {
  const cases: Array<[string, string | Buffer, string, RegExp]> = [
    ['empty', '', 'save/empty', /is empty/],
    ['whitespace only', '  \n ', 'save/empty', /is empty/],
    ['truncated', saveText(3).slice(0, 200), 'save/truncated', /cut off after 200 bytes/],
    ['not JSON', 'hello, world', 'save/not_json', /not JSON/],
    ['a JSON array', '[1,2,3]', 'save/foreign', /not a JSON object/],
    ['another program’s JSON', '{"name":"my-package"}', 'save/foreign', /format is null/],
    ['a foreign format', '{"format":"other-game"}', 'save/foreign', /"other-game"/],
    [
      'a newer version',
      saveText(1, { version: 3 }),
      'save/newer_version',
      /newer Cloud Price War \(save format 3; this app reads up to 2\)/,
    ],
    ['a damaged field', saveText(1, { seed: -1 }), 'save/bad_shape', /save\.seed/],
    [
      'a damaged log entry',
      saveText(1, { log: [{ quarter: '2023Q1', decisions: {} }] }),
      'save/bad_shape',
      /save\.log\[0\]\.hash/,
    ],
    [
      'bad scenario hash',
      saveText(1, { scenario: { id: 'x', sha256: 'nope' } }),
      'save/bad_shape',
      /save\.scenario\.sha256/,
    ],
    [
      'binary bytes',
      Buffer.from([0xff, 0xfe, 0x00, 0x81, 0x7b]),
      'file/not_text',
      /not a text file/,
    ],
  ];

  it.each(cases)('rejects %s', async (_label, content, code, message) => {
    const dir = await tempDir();
    const target = join(dir, 'game.cloudwar.json');
    await writeFile(target, content);
    const read = await readSaveFile(target);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.error.code).toBe(code);
    expect(!read.ok && read.error.message).toMatch(message);
    expect(!read.ok && read.error.message).toContain('game.cloudwar.json');

    const write = await writeSaveFile(target, saveText(1));
    expect(!write.ok && write.error.code).toBe('save/target_unreadable');
    expect(!write.ok && write.error.message).toMatch(/left untouched/);
    expect(await readFile(target)).toEqual(Buffer.from(content));
    expect(await filesIn(dir)).toEqual(['game.cloudwar.json']);
  });

  it('rejects an oversize file without reading it', async () => {
    const dir = await tempDir();
    const target = join(dir, 'huge.cloudwar.json');
    await writeFile(target, '');
    await truncate(target, MAX_SAVE_BYTES + 1); // sparse: costs no disk
    const read = await readSaveFile(target);
    expect(!read.ok && read.error.code).toBe('save/too_large');
    expect(!read.ok && read.error.message).toMatch(/8193 KiB; the limit is 8192 KiB/);
    const write = await writeSaveFile(target, saveText(1));
    expect(!write.ok && write.error.code).toBe('save/target_unreadable');
    expect((await stat(target)).size).toBe(MAX_SAVE_BYTES + 1);
  });

  it('rejects an oversize save text before writing', () => {
    const big = saveText(1, { padding: 'x'.repeat(MAX_SAVE_BYTES) });
    const checked = checkSaveText(big);
    expect(!checked.ok && checked.error.code).toBe('save/too_large');
  });

  it('reports a missing file as not found', async () => {
    const dir = await tempDir();
    const read = await readSaveFile(join(dir, 'nope.cloudwar.json'));
    expect(!read.ok && read.error).toMatchObject({ code: 'file/not_found' });
  });

  it('accepts unknown extra top-level fields and a byte-order mark', () => {
    expect(checkSaveText('\uFEFF' + saveText(1, { notes: 'class 3B' })).ok).toBe(true);
  });
});

describe('autosave', () => {
  it('has none at first, then reads back what was written, with a backup', async () => {
    const userData = await tempDir();
    expect(await readAutosave(userData)).toEqual({ ok: true, value: null });
    await writeAutosave(userData, saveText(1));
    await writeAutosave(userData, saveText(2));
    expect(await readAutosave(userData)).toEqual({ ok: true, value: saveText(2) });
    expect(await readFile(autosavePath(userData) + '.bak', 'utf8')).toBe(saveText(1));
  });

  it('reports a corrupt autosave, then moves it aside (not over) on the next autosave', async () => {
    const userData = await tempDir();
    await writeAutosave(userData, saveText(1));
    await writeFile(autosavePath(userData), '{"format":"cloudwar-save","vers');
    const read = await readAutosave(userData);
    expect(!read.ok && read.error.code).toBe('save/truncated');
    const written = await writeAutosave(userData, saveText(2), {
      now: () => new Date('2025-01-02T03:04:05.678Z'),
    });
    expect(written.ok && written.value.movedAside).toMatch(
      /autosave\.cloudwar\.json\.unreadable-2025-01-02T03-04-05-678Z$/,
    );
    const aside = written.ok ? written.value.movedAside! : '';
    expect(await readFile(aside, 'utf8')).toBe('{"format":"cloudwar-save","vers');
    expect(await readAutosave(userData)).toEqual({ ok: true, value: saveText(2) });
  });
});

describe('a damaged autosave beside a good backup', () => {
  it("keeps the good backup through the new game's autosaves, and never puts the damaged one in .bak", async () => {
    const userData = await tempDir();
    await writeAutosave(userData, saveText(5));
    await writeAutosave(userData, saveText(6));
    const good = saveText(5);
    expect(await readFile(autosavePath(userData) + '.bak', 'utf8')).toBe(good);
    await truncate(autosavePath(userData), 60);
    // The reader still finds the backup (the page offers Continue from it).
    expect(await readAutosave(userData, 'backup')).toEqual({ ok: true, value: good });

    const first = await writeAutosave(userData, saveText(1), {
      now: () => new Date('2025-01-02T03:04:05.678Z'),
    });
    expect(first.ok && first.value.keptBackup).toMatch(/\.bak\.kept-2025-01-02T03-04-05-678Z$/);
    const kept = first.ok ? first.value.keptBackup! : '';
    expect(await readFile(kept, 'utf8')).toBe(good);
    // The damaged file went aside, not into .bak.
    expect(await readFile(autosavePath(userData) + '.bak', 'utf8')).toBe(good);
    // Two quarters into the new game the rotation replaces .bak, but the kept copy stays.
    await writeAutosave(userData, saveText(2));
    await writeAutosave(userData, saveText(3));
    expect(await readFile(autosavePath(userData) + '.bak', 'utf8')).toBe(saveText(2));
    expect(await readFile(kept, 'utf8')).toBe(good);
    const names = await filesIn(join(userData, 'saves'));
    expect(names.filter((n) => n.includes('.kept-'))).toHaveLength(1);
    expect(names.filter((n) => n.includes('.unreadable-'))).toHaveLength(1);
  });

  it('keeps nothing extra when the autosave is healthy or missing', async () => {
    const userData = await tempDir();
    const first = await writeAutosave(userData, saveText(1));
    expect(first.ok && first.value.keptBackup).toBeNull();
    await writeAutosave(userData, saveText(2));
    await writeAutosave(userData, saveText(3));
    expect((await filesIn(join(userData, 'saves'))).filter((n) => n.includes('.kept-'))).toEqual(
      [],
    );
  });
});

describe('exports', () => {
  it('writes a CSV atomically and refuses an oversize one', async () => {
    const dir = await tempDir();
    const target = join(dir, 'report.csv');
    expect(await writeExportFile(target, 'a,b\n1,2\n')).toEqual({ ok: true, value: null });
    expect(await readFile(target, 'utf8')).toBe('a,b\n1,2\n');
    const big = await writeExportFile(join(dir, 'big.csv'), 'x'.repeat(MAX_EXPORT_BYTES + 1));
    expect(!big.ok && big.error.code).toBe('file/too_large');
    expect(await filesIn(dir)).toEqual(['report.csv']);
  });
});
