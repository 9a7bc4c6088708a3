// The host when the game runs as a web page: the autosave lives in IndexedDB (with the one
// before it kept as a backup), "Save" is a download, "Open" a file picker, "Print" the
// browser's print dialog.

import type { Host, Locale, OpenedFile } from './host.ts';
import { openAutosaveSlot } from './idb-autosave.ts';
import type { AutosaveSlot } from './idb-autosave.ts';

/** At most this much of a picked file is read (a save is far smaller; see pickFile). */
export const OPEN_FILE_LIMIT = 5 * 1024 * 1024;

export function localeOf(languages: readonly string[]): Locale {
  for (const language of languages) {
    const tag = language.toLowerCase();
    if (tag.startsWith('zh')) return 'zh';
    if (tag.startsWith('en')) return 'en';
  }
  return 'en';
}

function download(name: string, text: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; free the blob once the browser has taken it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function pickFile(accept: string): Promise<OpenedFile | undefined> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.hidden = true;
    document.body.append(input);
    const done = () => input.remove();
    input.addEventListener('cancel', () => {
      done();
      resolve(undefined);
    });
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      done();
      if (!file) return resolve(undefined);
      // Never more than the limit (plus one byte) in memory: a bigger file arrives cut at the
      // limit, so the reader's size check names the problem (it sees more than it allows).
      file
        .slice(0, OPEN_FILE_LIMIT + 1)
        .text()
        .then(
          (text) => resolve({ name: file.name, text, size: file.size }),
          (e: unknown) => reject(new Error(`cannot read ${file.name}: ${String(e)}`)),
        );
    });
    input.click();
  });
}

export function createBrowserHost(slot: AutosaveSlot = openAutosaveSlot()): Host {
  return {
    kind: 'browser',
    writeAutosave: (text) => slot.write(text),
    readAutosave: () => slot.read(),
    readAutosaveBackup: () => slot.readBackup(),
    async saveFile(suggestedName, text, mime) {
      // A download cannot be cancelled from the page's side: the browser has the file now.
      download(suggestedName, text, mime);
      return true;
    },
    openFile: (accept) => pickFile(accept),
    preferredLocale: () =>
      localeOf(navigator.languages?.length ? navigator.languages : [navigator.language]),
    print() {
      window.print();
    },
  };
}
