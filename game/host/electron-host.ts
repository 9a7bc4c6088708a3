// The desktop host: implements Host over `window.cloudwar`, which electron/preload exposes
// (one function per IPC channel). Files live on disk in the user's data folder; the main
// process checks every request. game/main.ts picks this host when `window.cloudwar` exists.

import type {
  CloudwarApi,
  IpcError,
  IpcResult,
  OpenedFileDto,
} from '../../electron/shared/ipc-contract.ts';
import type { DesktopHost, Locale, OpenedFile } from './host.ts';

/** A failed request to the desktop shell, with the shell's code and clear message. */
export class HostError extends Error {
  readonly code: string;
  readonly issues: IpcError['issues'];
  constructor(error: IpcError) {
    super(error.message);
    this.name = 'HostError';
    this.code = error.code;
    this.issues = error.issues;
  }
}

/** The desktop host over the preload: every capability DesktopHost declares, all present. */
export type ElectronHost = Required<DesktopHost>;

async function unwrap<T>(pending: Promise<IpcResult<T>>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new HostError(result.error);
  return result.value;
}

function toOpened(file: OpenedFileDto): OpenedFile {
  return { name: file.name, text: file.text, token: file.token };
}

/** "text/csv; charset=utf-8" → "text/csv" (the shell accepts bare MIME types). */
function bareMime(mime: string): string {
  return (mime.split(';')[0] ?? '').trim().toLowerCase();
}

export function createElectronHost(
  api: CloudwarApi,
  language: () => string = () => navigator.language,
): ElectronHost {
  return {
    kind: 'electron',
    async writeAutosave(text) {
      await unwrap(api.writeAutosave({ text }));
    },
    async readAutosave() {
      const { text } = await unwrap(api.readAutosave({}));
      return text ?? undefined;
    },
    async readAutosaveBackup() {
      const { text } = await unwrap(api.readAutosaveBackup({}));
      return text ?? undefined;
    },
    async saveFile(suggestedName, text, mime) {
      return (await unwrap(api.saveFileAs({ suggestedName, text, mime: bareMime(mime) }))).saved;
    },
    async openFile(accept) {
      const { file } = await unwrap(api.openFile({ accept }));
      return file ? toOpened(file) : undefined;
    },
    preferredLocale(): Locale {
      return language().toLowerCase().startsWith('zh') ? 'zh' : 'en';
    },
    print() {
      void api.printReport({});
    },
    async saveToCurrentFile(suggestedName, text) {
      return (await unwrap(api.saveFile({ suggestedName, text }))).saved;
    },
    setUnsavedDecisions(unsaved) {
      void api.setUnsavedDecisions({ unsaved });
    },
    onMenuCommand(listener) {
      return api.onMenuCommand(listener);
    },
    async listRecentFiles() {
      return (await unwrap(api.listRecentFiles({}))).files;
    },
    async openRecentFile(path) {
      return toOpened((await unwrap(api.openRecentFile({ path }))).file);
    },
    async takeOfferedFile() {
      const { file } = await unwrap(api.takeOfferedFile({}));
      return file ? toOpened(file) : undefined;
    },
    async confirmLoaded(file) {
      if (file.token !== undefined) await unwrap(api.confirmLoaded({ token: file.token }));
    },
    clearCurrentFile() {
      void api.clearCurrentFile({});
    },
    classHosting: {
      async hostClass(request) {
        return (await unwrap(api.hostClass(request))).hosted ?? undefined;
      },
      async resumeClass(port) {
        return (await unwrap(api.resumeClass({ port }))).hosted ?? undefined;
      },
      async stopClass() {
        return (await unwrap(api.stopClass({}))).stopped;
      },
      async classStatus() {
        return (await unwrap(api.classStatus({}))).hosted ?? undefined;
      },
      async openClassConsole() {
        return (await unwrap(api.openClassConsole({}))).opened;
      },
    },
  };
}
