// IPC: payload validation with bad inputs of every kind, sender checks, and the handlers run
// for real against temp folders with stand-in dialogs. A refused request touches no file.

import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS, type InvokeName } from '../../electron/shared/ipc-contract.ts';
import {
  checkSender,
  createIpcHandlers,
  filtersFor,
  registerIpcHandlers,
  type IpcDeps,
  type IpcEventLike,
} from '../../electron/main/ipc.ts';
import { acceptToExtensions, validatePayload } from '../../electron/main/ipc-validate.ts';
import { SAVE_ACCEPT, SCENARIO_ACCEPT } from '../../electron/shared/file-types.ts';
import { saveText, tempDir } from './helpers.ts';

const origin = { webRoot: '/opt/cloudwar/resources/app.asar/dist-web' };
const appUrl = 'app://cloudwar/index.html';
const good: IpcEventLike = { senderFrame: { url: appUrl, parent: null }, sender: 'wc' };

describe('payload validation', () => {
  const bad: Array<[string, InvokeName, unknown, RegExp]> = [
    ['a missing payload', 'writeAutosave', undefined, /payload: .*expected (a plain )?object/i],
    ['null', 'readAutosave', null, /payload: .*expected (a plain )?object/i],
    [
      'a string instead of an object',
      'openFile',
      '.json',
      /payload: .*expected (a plain )?object/i,
    ],
    ['an array', 'setUnsavedDecisions', [true], /payload: .*expected (a plain )?object/i],
    ['a wrong type', 'writeAutosave', { text: 42 }, /payload\.text: .*expected string/i],
    ['a missing field', 'saveFileAs', { text: 'a', mime: 'text/csv' }, /payload\.suggestedName/],
    ['an extra field', 'readAutosave', { path: '/etc/passwd' }, /unrecognized key.*path/i],
    [
      'an extra field next to good ones',
      'setUnsavedDecisions',
      { unsaved: true, x: 1 },
      /unrecognized/i,
    ],
    ['a boolean as string', 'setUnsavedDecisions', { unsaved: 'true' }, /payload\.unsaved/],
    ['a Date', 'writeAutosave', { text: new Date() }, /payload\.text/],
    ['a Map', 'listRecentFiles', new Map(), /payload/],
    ['a typed array', 'writeAutosave', { text: new Uint8Array(4) }, /payload\.text/],
    ['a bigint', 'setUnsavedDecisions', { unsaved: 1n }, /payload\.unsaved/],
    [
      'a huge string',
      'writeAutosave',
      { text: 'x'.repeat(8 * 1024 * 1024 + 1) },
      /payload\.text: .*too big/i,
    ],
    [
      'path traversal',
      'saveFileAs',
      { suggestedName: '../../.bashrc.txt', text: '', mime: 'text/plain' },
      /payload\.suggestedName: must be a file name/,
    ],
    [
      'a Windows path',
      'saveFileAs',
      { suggestedName: 'C:\\Windows\\x.csv', text: '', mime: 'text/csv' },
      /payload\.suggestedName/,
    ],
    [
      'a dot file',
      'saveFileAs',
      { suggestedName: '.profile.txt', text: '', mime: 'text/plain' },
      /must not start with "\."/,
    ],
    [
      'a NUL byte',
      'saveFileAs',
      { suggestedName: 'a\u0000.csv', text: '', mime: 'text/csv' },
      /control characters/,
    ],
    [
      'a device name',
      'saveFileAs',
      { suggestedName: 'CON.txt', text: '', mime: 'text/plain' },
      /reserved device name/,
    ],
    [
      'an executable extension',
      'saveFileAs',
      { suggestedName: 'run.sh', text: '', mime: 'text/plain' },
      /must end with/,
    ],
    [
      'a huge name',
      'saveFile',
      { suggestedName: 'a'.repeat(200) + '.json', text: '' },
      /payload\.suggestedName: .*too big/i,
    ],
    [
      'an unknown MIME type',
      'saveFileAs',
      { suggestedName: 'a.json', text: '', mime: 'text/html' },
      /payload\.mime/,
    ],
    ['a bad accept list', 'openFile', { accept: '*; rm -rf /' }, /payload\.accept/],
    ['a control character in a path', 'openRecentFile', { path: '/tmp/a\nb' }, /payload\.path/],
  ];

  it.each(bad)('rejects %s with a located error', (_label, name, payload, message) => {
    const result = validatePayload(name, payload);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('ipc/bad_payload');
    expect(result.error.message).toMatch(message);
    expect(result.error.issues?.[0]?.path).toMatch(/^payload/);
  });

  it('accepts the declared shapes', () => {
    expect(validatePayload('writeAutosave', { text: saveText() }).ok).toBe(true);
    expect(validatePayload('readAutosave', {}).ok).toBe(true);
    expect(
      validatePayload('saveFileAs', { suggestedName: 'run-2023.csv', text: 'a', mime: 'text/csv' })
        .ok,
    ).toBe(true);
    expect(
      validatePayload('saveFile', { suggestedName: '云价格战.cloudwar.json', text: '' }).ok,
    ).toBe(true);
    expect(validatePayload('openFile', { accept: '.yaml,.yml, application/json' }).ok).toBe(true);
    expect(validatePayload('setUnsavedDecisions', { unsaved: false }).ok).toBe(true);
  });

  it('maps an accept list to dialog extensions from the shared list', () => {
    expect(acceptToExtensions('.yaml, application/json')).toEqual([
      'yaml',
      'cloudwar.json',
      'json',
    ]);
    expect(acceptToExtensions(SAVE_ACCEPT)).toEqual(['cloudwar.json', 'json']);
  });

  it("accepts the game's own accept lists (two-dot save extension included)", () => {
    // The game asks for these (game/save/game-save.ts, game/ui/import-scenario.ts).
    expect(SAVE_ACCEPT).toBe('.cloudwar.json,.json,application/json');
    for (const accept of [SAVE_ACCEPT, SCENARIO_ACCEPT, '.yaml,.yml'])
      expect(validatePayload('openFile', { accept }), accept).toEqual({
        ok: true,
        value: { accept },
      });
  });

  it.each(['.pem,.key', '.json,.pem', '*', '.exe', 'text/html', 'application/octet-stream', ''])(
    'refuses an accept list naming a type the game never opens: %j',
    (accept) => {
      const result = validatePayload('openFile', { accept });
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error.message).toMatch(/payload\.accept: .*not a file type/);
    },
  );
});

describe('sender checks', () => {
  const cases: Array<[string, IpcEventLike]> = [
    ['a missing frame', { senderFrame: null, sender: 'wc' }],
    ['an undefined frame', { senderFrame: undefined, sender: 'wc' }],
    ['http://evil', { senderFrame: { url: 'http://evil.example/', parent: null }, sender: 'wc' }],
    [
      'https origin',
      { senderFrame: { url: 'https://127.0.0.1:5173/', parent: null }, sender: 'wc' },
    ],
    [
      'another local file',
      { senderFrame: { url: 'file:///tmp/evil/index.html', parent: null }, sender: 'wc' },
    ],
    [
      'the app page as a file',
      {
        senderFrame: {
          url: 'file:///opt/cloudwar/resources/app.asar/dist-web/index.html',
          parent: null,
        },
        sender: 'wc',
      },
    ],
    [
      'another host on the app scheme',
      { senderFrame: { url: 'app://evil/index.html', parent: null }, sender: 'wc' },
    ],
    [
      'credentials on the app scheme',
      { senderFrame: { url: 'app://x@cloudwar/index.html', parent: null }, sender: 'wc' },
    ],
    [
      'a sub-frame of the app',
      { senderFrame: { url: appUrl, parent: { url: appUrl } }, sender: 'wc' },
    ],
    ['not a URL', { senderFrame: { url: 'not a url', parent: null }, sender: 'wc' }],
    ['about:blank', { senderFrame: { url: 'about:blank', parent: null }, sender: 'wc' }],
  ];

  it.each(cases)('refuses %s', (_label, event) => {
    expect(checkSender(event, origin)?.code).toBe('ipc/bad_sender');
  });

  it('accepts the app page, with a hash or query', () => {
    expect(checkSender(good, origin)).toBeNull();
    expect(
      checkSender({ senderFrame: { url: appUrl + '#debrief', parent: null }, sender: 1 }, origin),
    ).toBeNull();
  });

  it('accepts the dev server origin only when one is configured', () => {
    const dev = {
      senderFrame: { url: 'http://127.0.0.1:5173/index.html', parent: null },
      sender: 1,
    };
    expect(checkSender(dev, origin)?.code).toBe('ipc/bad_sender');
    expect(checkSender(dev, { ...origin, devServerUrl: 'http://127.0.0.1:5173' })).toBeNull();
    const other = { senderFrame: { url: 'http://127.0.0.1:5174/', parent: null }, sender: 1 };
    expect(checkSender(other, { ...origin, devServerUrl: 'http://127.0.0.1:5173' })?.code).toBe(
      'ipc/bad_sender',
    );
  });
});

interface Harness {
  userData: string;
  docs: string;
  deps: IpcDeps;
  calls: { save: number; open: number; print: number; unsaved: boolean[] };
  nextSavePath: string | undefined;
  nextOpenPath: string | undefined;
}

async function harness(): Promise<Harness> {
  const userData = await tempDir();
  const docs = await tempDir();
  const h: Harness = {
    userData,
    docs,
    calls: { save: 0, open: 0, print: 0, unsaved: [] },
    nextSavePath: undefined,
    nextOpenPath: undefined,
    deps: undefined as unknown as IpcDeps,
  };
  h.deps = {
    userData,
    documentsDir: docs,
    origin,
    async showSaveDialog() {
      h.calls.save++;
      return h.nextSavePath;
    },
    async showOpenDialog() {
      h.calls.open++;
      return h.nextOpenPath;
    },
    print: () => h.calls.print++,
    setUnsaved: (_sender, unsaved) => h.calls.unsaved.push(unsaved),
    now: () => new Date('2025-03-01T00:00:00Z'),
  };
  return h;
}

async function tree(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).map(String).sort();
}

describe('handlers', () => {
  it('registers exactly one handler per channel', async () => {
    const h = await harness();
    const { handlers } = await createIpcHandlers(h.deps);
    const seen: string[] = [];
    registerIpcHandlers({ handle: (channel) => seen.push(channel) }, handlers);
    expect(seen.sort()).toEqual(Object.values(INVOKE_CHANNELS).sort());
    expect(seen.every((c) => c.startsWith('cloudwar:'))).toBe(true);
  });

  it('answers a bad sender or payload with an error and touches no file', async () => {
    const h = await harness();
    const { handlers } = await createIpcHandlers(h.deps);
    const before = await tree(h.userData);
    const evil = { senderFrame: { url: 'http://evil/', parent: null }, sender: 'wc' };
    expect(await handlers.writeAutosave(evil, { text: saveText() })).toMatchObject({
      ok: false,
      error: { code: 'ipc/bad_sender' },
    });
    expect(await handlers.writeAutosave(good, { text: 1 })).toMatchObject({
      ok: false,
      error: { code: 'ipc/bad_payload' },
    });
    expect(await handlers.writeAutosave(good, { text: saveText() }, 'extra')).toMatchObject({
      ok: false,
      error: { code: 'ipc/bad_payload' },
    });
    expect(await handlers.writeAutosave(good, { text: 'not a save' })).toMatchObject({
      ok: false,
      error: { code: 'save/not_json' },
    });
    expect(
      await handlers.saveFileAs(good, { suggestedName: '../x.csv', text: 'a', mime: 'text/csv' }),
    ).toMatchObject({ ok: false });
    expect(
      await handlers.saveFileAs(good, {
        suggestedName: 'g.cloudwar.json',
        text: saveText(1, { version: 9 }),
        mime: 'application/json',
      }),
    ).toMatchObject({ ok: false, error: { code: 'save/newer_version' } });
    expect(await handlers.setUnsavedDecisions(evil, { unsaved: true })).toMatchObject({
      ok: false,
    });
    expect(await handlers.printReport(evil, {})).toMatchObject({ ok: false });
    expect(h.calls).toEqual({ save: 0, open: 0, print: 0, unsaved: [] });
    expect(await tree(h.userData)).toEqual(before);
  });

  it('autosaves and reads the autosave back', async () => {
    const h = await harness();
    const { handlers } = await createIpcHandlers(h.deps);
    expect(await handlers.readAutosave(good, {})).toEqual({ ok: true, value: { text: null } });
    expect(await handlers.writeAutosave(good, { text: saveText(2) })).toEqual({
      ok: true,
      value: null,
    });
    expect(await handlers.readAutosave(good, {})).toEqual({
      ok: true,
      value: { text: saveText(2) },
    });
    expect(await handlers.readAutosaveBackup(good, {})).toEqual({
      ok: true,
      value: { text: null },
    });
    await handlers.writeAutosave(good, { text: saveText(3) });
    expect(await handlers.readAutosaveBackup(good, {})).toEqual({
      ok: true,
      value: { text: saveText(2) },
    });
  });

  it('Save As writes the chosen file, then Save reuses it with a backup', async () => {
    const h = await harness();
    const session = await createIpcHandlers(h.deps);
    const target = join(h.docs, 'mine.cloudwar.json');
    h.nextSavePath = target;
    const first = await session.handlers.saveFile(good, {
      suggestedName: 'mine.cloudwar.json',
      text: saveText(1),
    });
    expect(first).toEqual({ ok: true, value: { saved: true, name: 'mine.cloudwar.json' } });
    expect(h.calls.save).toBe(1);
    const second = await session.handlers.saveFile(good, {
      suggestedName: 'ignored.cloudwar.json',
      text: saveText(2),
    });
    expect(second.ok).toBe(true);
    expect(h.calls.save).toBe(1); // no dialog the second time
    expect(await readFile(target, 'utf8')).toBe(saveText(2));
    expect(await readFile(target + '.bak', 'utf8')).toBe(saveText(1));
    expect(session.currentSavePath()).toBe(target);
    const recent = await session.handlers.listRecentFiles(good, {});
    expect(recent.ok && recent.value.files.map((f) => f.name)).toEqual(['mine.cloudwar.json']);
  });

  it('a cancelled dialog writes nothing', async () => {
    const h = await harness();
    const { handlers } = await createIpcHandlers(h.deps);
    const result = await handlers.saveFileAs(good, {
      suggestedName: 'report.csv',
      text: 'a,b',
      mime: 'text/csv',
    });
    expect(result).toEqual({ ok: true, value: { saved: false, name: null } });
    expect(await tree(h.docs)).toEqual([]);
  });

  it('exports a CSV without save checks', async () => {
    const h = await harness();
    const { handlers } = await createIpcHandlers(h.deps);
    h.nextSavePath = join(h.docs, 'run.csv');
    const result = await handlers.saveFileAs(good, {
      suggestedName: 'run.csv',
      text: 'q,share\n2023Q1,0.3\n',
      mime: 'text/csv',
    });
    expect(result).toEqual({ ok: true, value: { saved: true, name: 'run.csv' } });
    expect(await readFile(h.nextSavePath, 'utf8')).toBe('q,share\n2023Q1,0.3\n');
  });

  it('refuses to Save As over a file that is not a readable save', async () => {
    const h = await harness();
    const { handlers } = await createIpcHandlers(h.deps);
    const target = join(h.docs, 'thesis.cloudwar.json');
    await writeFile(target, 'my thesis, not a save');
    h.nextSavePath = target;
    const result = await handlers.saveFileAs(good, {
      suggestedName: 'thesis.cloudwar.json',
      text: saveText(1),
      mime: 'application/json',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'save/target_unreadable' } });
    expect(await readFile(target, 'utf8')).toBe('my thesis, not a save');
  });

  it('opens saves and scenarios, reports corrupt saves, and returns only the base name', async () => {
    const h = await harness();
    const { handlers } = await createIpcHandlers(h.deps);
    const scenario = join(h.docs, 'class.yaml');
    await writeFile(scenario, 'id: class\n');
    h.nextOpenPath = scenario;
    expect(await handlers.openFile(good, { accept: '.yaml,.yml' })).toEqual({
      ok: true,
      value: {
        file: {
          name: 'class.yaml',
          text: 'id: class\n',
          token: expect.stringMatching(/^[0-9a-f]{32}$/),
        },
      },
    });
    const corrupt = join(h.docs, 'broken.cloudwar.json');
    await writeFile(corrupt, saveText(2).slice(0, 50));
    h.nextOpenPath = corrupt;
    const bad = await handlers.openFile(good, { accept: '.json' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'save/truncated' } });
    expect(!bad.ok && bad.error.message).toContain('broken.cloudwar.json');
    const renamed = join(h.docs, 'renamed.json');
    await writeFile(renamed, saveText(1, { version: 3 }));
    h.nextOpenPath = renamed;
    expect(await handlers.openFile(good, { accept: '.json' })).toMatchObject({
      ok: false,
      error: { code: 'save/newer_version' },
    });
    h.nextOpenPath = undefined;
    expect(await handlers.openFile(good, { accept: '.json' })).toEqual({
      ok: true,
      value: { file: null },
    });
  });

  it('opens recent files only from the list, and forgets missing ones', async () => {
    const h = await harness();
    const session = await createIpcHandlers(h.deps);
    const file = join(h.docs, 'a.cloudwar.json');
    await writeFile(file, saveText(1));
    h.nextOpenPath = file;
    const opened = await session.handlers.openFile(good, { accept: '.json' });
    await session.handlers.confirmLoaded(good, {
      token: opened.ok ? opened.value.file!.token : '',
    });
    expect(await session.handlers.openRecentFile(good, { path: file })).toMatchObject({
      ok: true,
      value: { file: { name: 'a.cloudwar.json' } },
    });
    expect(await session.handlers.openRecentFile(good, { path: '/etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'ipc/not_recent' },
    });
    const { rm } = await import('node:fs/promises');
    await rm(file);
    expect(await session.handlers.openRecentFile(good, { path: file })).toMatchObject({
      ok: false,
      error: { code: 'file/not_found' },
    });
    expect(session.recentFiles()).toEqual([]);
    // The list persists: a new session sees the same (now empty) list.
    const again = await createIpcHandlers(h.deps);
    expect(again.recentFiles()).toEqual([]);
  });

  it('a file the game has not confirmed never becomes the file Save writes to', async () => {
    // A save whose scenario hash was tampered with passes the shell's shape check, but the game
    // refuses it and so never confirms it: Save must ask, and the file must stay as it was.
    const h = await harness();
    const session = await createIpcHandlers(h.deps);
    const refused = join(h.docs, 'tampered.cloudwar.json');
    const original = saveText(2, {
      scenario: { id: 'china-2023-price-war', sha256: 'b'.repeat(64) },
    });
    await writeFile(refused, original);
    h.nextOpenPath = refused;
    const opened = await session.handlers.openFile(good, { accept: SAVE_ACCEPT });
    expect(opened).toMatchObject({ ok: true, value: { file: { name: 'tampered.cloudwar.json' } } });
    expect(session.currentSavePath()).toBeNull();
    expect(session.recentFiles()).toEqual([]);

    const elsewhere = join(h.docs, 'new.cloudwar.json');
    h.nextSavePath = elsewhere;
    for (const quarters of [3, 4]) {
      const saved = await session.handlers.saveFile(good, {
        suggestedName: 'x.cloudwar.json',
        text: saveText(quarters),
      });
      expect(saved).toEqual({ ok: true, value: { saved: true, name: 'new.cloudwar.json' } });
    }
    expect(h.calls.save).toBe(1); // the first Save asked where to write
    expect(await readFile(refused, 'utf8')).toBe(original);
    expect(await tree(h.docs)).toEqual([
      'new.cloudwar.json',
      'new.cloudwar.json.bak',
      'tampered.cloudwar.json',
    ]);
    expect(session.recentFiles().map((f) => f.name)).toEqual(['new.cloudwar.json']);
  });

  it('a confirmed load becomes current and recent; a new game clears it; stale tokens do nothing', async () => {
    const h = await harness();
    const session = await createIpcHandlers(h.deps);
    const a = join(h.docs, 'a.cloudwar.json');
    const b = join(h.docs, 'b.cloudwar.json');
    await writeFile(a, saveText(1));
    await writeFile(b, saveText(1));
    h.nextOpenPath = a;
    const first = await session.handlers.openFile(good, { accept: SAVE_ACCEPT });
    const tokenA = first.ok ? first.value.file!.token : '';
    h.nextOpenPath = b;
    const second = await session.handlers.openFile(good, { accept: SAVE_ACCEPT });
    const tokenB = second.ok ? second.value.file!.token : '';
    // Only the newest opening can be confirmed.
    expect(await session.handlers.confirmLoaded(good, { token: tokenA })).toEqual({
      ok: true,
      value: { confirmed: false },
    });
    expect(session.currentSavePath()).toBeNull();
    expect(await session.handlers.confirmLoaded(good, { token: tokenB })).toEqual({
      ok: true,
      value: { confirmed: true },
    });
    expect(session.currentSavePath()).toBe(b);
    expect(session.recentFiles().map((f) => f.name)).toEqual(['b.cloudwar.json']);
    // Confirming twice does nothing more.
    expect(await session.handlers.confirmLoaded(good, { token: tokenB })).toMatchObject({
      value: { confirmed: false },
    });

    await session.handlers.saveFile(good, { suggestedName: 'x.cloudwar.json', text: saveText(2) });
    expect(h.calls.save).toBe(0);
    expect(await readFile(b, 'utf8')).toBe(saveText(2));

    // New game (or Continue): the page clears the current file, and Save asks again.
    expect(await session.handlers.clearCurrentFile(good, {})).toEqual({ ok: true, value: null });
    expect(session.currentSavePath()).toBeNull();
    h.nextSavePath = undefined; // the player cancels the dialog
    expect(
      await session.handlers.saveFile(good, {
        suggestedName: 'x.cloudwar.json',
        text: saveText(3),
      }),
    ).toEqual({ ok: true, value: { saved: false, name: null } });
    expect(h.calls.save).toBe(1);
    expect(await readFile(b, 'utf8')).toBe(saveText(2));
  });

  it('a scenario file can be confirmed but never becomes the current save', async () => {
    const h = await harness();
    const session = await createIpcHandlers(h.deps);
    const scenario = join(h.docs, 'class.yaml');
    await writeFile(scenario, 'id: class\n');
    h.nextOpenPath = scenario;
    const opened = await session.handlers.openFile(good, { accept: SCENARIO_ACCEPT });
    const token = opened.ok ? opened.value.file!.token : '';
    expect(await session.handlers.confirmLoaded(good, { token })).toMatchObject({
      value: { confirmed: false },
    });
    expect(session.currentSavePath()).toBeNull();
    expect(session.recentFiles()).toEqual([]);
  });

  it('refuses a malformed token', async () => {
    const h = await harness();
    const { handlers } = await createIpcHandlers(h.deps);
    expect(await handlers.confirmLoaded(good, { token: '../../etc' })).toMatchObject({
      ok: false,
      error: { code: 'ipc/bad_payload', message: expect.stringMatching(/payload\.token/) },
    });
  });

  it('hands over an offered file once, for the page to confirm', async () => {
    const h = await harness();
    const session = await createIpcHandlers(h.deps);
    expect(await session.handlers.takeOfferedFile(good, {})).toEqual({
      ok: true,
      value: { file: null },
    });
    const file = join(h.docs, 'double-clicked.cloudwar.json');
    await writeFile(file, saveText(1));
    session.offerFile(file);
    const taken = await session.handlers.takeOfferedFile(good, {});
    expect(taken).toMatchObject({
      ok: true,
      value: { file: { name: 'double-clicked.cloudwar.json' } },
    });
    expect(await session.handlers.takeOfferedFile(good, {})).toEqual({
      ok: true,
      value: { file: null },
    });
    await session.handlers.confirmLoaded(good, { token: taken.ok ? taken.value.file!.token : '' });
    expect(session.currentSavePath()).toBe(file);
  });

  it('gives dialogs filters from the shared list only', async () => {
    const h = await harness();
    const seen: unknown[] = [];
    const { handlers } = await createIpcHandlers({
      ...h.deps,
      async showOpenDialog(options) {
        seen.push(options.filters);
        return undefined;
      },
      async showSaveDialog(options) {
        seen.push(options.filters);
        return undefined;
      },
    });
    await handlers.openFile(good, { accept: SAVE_ACCEPT });
    await handlers.saveFileAs(good, {
      suggestedName: 'a.cloudwar.json',
      text: saveText(1),
      mime: 'application/json',
    });
    await handlers.saveFileAs(good, { suggestedName: 'run.csv', text: 'a', mime: 'text/csv' });
    expect(seen).toEqual([
      [{ name: 'Cloud Price War', extensions: ['cloudwar.json', 'json'] }],
      [{ name: 'Cloud Price War save', extensions: ['cloudwar.json'] }],
      [{ name: 'CSV', extensions: ['csv'] }],
    ]);
    expect(filtersFor('notes.exe')).toEqual([]);
  });

  it('forwards the unsaved flag and print requests from the app page', async () => {
    const h = await harness();
    const { handlers } = await createIpcHandlers(h.deps);
    await handlers.setUnsavedDecisions(good, { unsaved: true });
    await handlers.setUnsavedDecisions(good, { unsaved: false });
    await handlers.printReport(good, {});
    expect(h.calls.unsaved).toEqual([true, false]);
    expect(h.calls.print).toBe(1);
  });
});
