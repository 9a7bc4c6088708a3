// The browser host's autosave slot, on fake-indexeddb: a write keeps the previous save as the
// backup in the same transaction, resolves once committed, and survives reopening.

import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { BACKUP, DB_NAME, LATEST, STORE, openAutosaveSlot } from '../../game/host/idb-autosave.ts';
import { createBrowserHost, localeOf } from '../../game/host/browser-host.ts';

describe('IndexedDB autosave slot', () => {
  it('is empty at first', async () => {
    const slot = openAutosaveSlot(new IDBFactory());
    expect(await slot.read()).toBeUndefined();
    expect(await slot.readBackup()).toBeUndefined();
  });

  it('keeps the newest save and the one before it', async () => {
    const slot = openAutosaveSlot(new IDBFactory());
    await slot.write('one');
    expect(await slot.read()).toBe('one');
    expect(await slot.readBackup()).toBeUndefined();
    await slot.write('two');
    await slot.write('three');
    expect(await slot.read()).toBe('three');
    expect(await slot.readBackup()).toBe('two');
    // Writing the same text again does not push the backup out.
    await slot.write('three');
    expect(await slot.readBackup()).toBe('two');
  });

  it('has committed the write when the promise resolves (a fresh connection sees it)', async () => {
    const factory = new IDBFactory();
    const slot = openAutosaveSlot(factory);
    await slot.write('before');
    await slot.write('a'.repeat(100_000));
    slot.close();
    const again = openAutosaveSlot(factory);
    expect(await again.read()).toHaveLength(100_000);
    expect(await again.readBackup()).toBe('before');
    // And it is where the raw API says: one object store, two keys.
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open(DB_NAME);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    expect(Array.from(db.objectStoreNames)).toEqual([STORE]);
    const keys = await new Promise<IDBValidKey[]>((resolve) => {
      const request = db.transaction(STORE).objectStore(STORE).getAllKeys();
      request.onsuccess = () => resolve(request.result);
    });
    expect(keys.sort()).toEqual([BACKUP, LATEST].sort());
    db.close();
    again.close();
  });

  it('lands concurrent writes in order', async () => {
    const slot = openAutosaveSlot(new IDBFactory());
    await Promise.all(['q1', 'q2', 'q3', 'q4'].map((t) => slot.write(t)));
    expect(await slot.read()).toBe('q4');
    expect(await slot.readBackup()).toBe('q3');
  });

  it('rejects with a message when the browser has no storage, and can retry', async () => {
    const none = openAutosaveSlot(null);
    await expect(none.write('x')).rejects.toThrow(/no storage/);
    let calls = 0;
    const real = new IDBFactory();
    const flaky = {
      open(name: string, version?: number) {
        calls++;
        if (calls === 1) throw new DOMException('denied', 'SecurityError');
        return real.open(name, version);
      },
    } as unknown as IDBFactory;
    const slot = openAutosaveSlot(flaky);
    await expect(slot.read()).rejects.toThrow(/does not allow saving/);
    await slot.write('later');
    expect(await slot.read()).toBe('later');
  });

  it('backs the browser host (global indexedDB)', async () => {
    const host = createBrowserHost(openAutosaveSlot(globalThis.indexedDB, 'host-test'));
    expect(host.kind).toBe('browser');
    await host.writeAutosave('first');
    await host.writeAutosave('second');
    expect(await host.readAutosave()).toBe('second');
    expect(await host.readAutosaveBackup!()).toBe('first');
  });
});

describe('preferred locale', () => {
  it('follows the first Chinese or English language the browser lists', () => {
    expect(localeOf(['zh-CN', 'en'])).toBe('zh');
    expect(localeOf(['zh-Hant-TW'])).toBe('zh');
    expect(localeOf(['en-GB', 'zh'])).toBe('en');
    expect(localeOf(['fr-FR', 'zh-CN'])).toBe('zh');
    expect(localeOf(['de'])).toBe('en');
    expect(localeOf([])).toBe('en');
  });
});
