// Placeholder browser host; replaced by the IndexedDB/download implementation of issue 3.
import type { Host, Locale } from './host.ts';

export function createBrowserHost(): Host {
  let autosave: string | undefined;
  return {
    kind: 'browser',
    async writeAutosave(text) {
      autosave = text;
    },
    async readAutosave() {
      return autosave;
    },
    async saveFile() {},
    async openFile() {
      return undefined;
    },
    preferredLocale(): Locale {
      return navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
    },
    print() {
      window.print();
    },
  };
}
