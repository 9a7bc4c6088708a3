// The browser's autosave slot in IndexedDB (the raw API: one database, one object store). A
// write puts the new save under `autosave` and moves the one it replaces to `autosave-backup`
// in the same transaction, so a crash leaves either the old pair or the new pair, never a
// half-written save; the promise resolves when the transaction has committed.

export const DB_NAME = 'cloudwar';
export const DB_VERSION = 1;
export const STORE = 'saves';
export const LATEST = 'autosave';
export const BACKUP = 'autosave-backup';

export interface AutosaveSlot {
  write(text: string): Promise<void>;
  read(): Promise<string | undefined>;
  readBackup(): Promise<string | undefined>;
  close(): void;
}

const failure = (what: string, error: DOMException | null | undefined): Error =>
  new Error(
    `${what}: ${error?.message || error?.name || 'the browser refused the storage request'}`,
  );

function openDatabase(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, DB_VERSION);
    } catch (e) {
      // Some private-browsing modes throw here instead of failing the request.
      reject(new Error(`this browser does not allow saving (${String(e)})`));
      return;
    }
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE);
    };
    request.onsuccess = () => {
      const db = request.result;
      // Another tab with a newer version of the game wants to upgrade: let it.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = () => reject(failure('cannot open the save storage', request.error));
    request.onblocked = () =>
      reject(new Error('cannot open the save storage: another tab of the game holds it open'));
  });
}

export function openAutosaveSlot(
  factory: IDBFactory | null = globalThis.indexedDB ?? null,
  name = DB_NAME,
): AutosaveSlot {
  let db: Promise<IDBDatabase> | null = null;
  const database = (): Promise<IDBDatabase> => {
    if (!factory) return Promise.reject(new Error('this browser has no storage for saves'));
    if (!db) {
      db = openDatabase(factory, name);
      db.catch(() => (db = null)); // let a later call try again
    }
    return db;
  };

  const get = async (key: string): Promise<string | undefined> => {
    const handle = await database();
    return new Promise((resolve, reject) => {
      const tx = handle.transaction(STORE, 'readonly');
      const request = tx.objectStore(STORE).get(key);
      tx.oncomplete = () => {
        const value: unknown = request.result;
        resolve(typeof value === 'string' ? value : undefined);
      };
      tx.onabort = () => reject(failure('cannot read the autosave', tx.error ?? request.error));
    });
  };

  return {
    async write(text) {
      const handle = await database();
      await new Promise<void>((resolve, reject) => {
        // 'strict': resolve only once the browser has flushed the write to disk.
        const tx = handle.transaction(STORE, 'readwrite', { durability: 'strict' });
        const store = tx.objectStore(STORE);
        const previous = store.get(LATEST);
        previous.onsuccess = () => {
          if (typeof previous.result === 'string' && previous.result !== text)
            store.put(previous.result, BACKUP);
          store.put(text, LATEST);
        };
        tx.oncomplete = () => resolve();
        tx.onabort = () => reject(failure('cannot write the autosave', tx.error));
      });
    },
    read: () => get(LATEST),
    readBackup: () => get(BACKUP),
    close() {
      void db?.then((handle) => handle.close()).catch(() => undefined);
      db = null;
    },
  };
}
