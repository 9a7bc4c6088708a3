// The preload: exposes `window.cloudwar`, one function per invoke channel of the contract and
// one subscription to menu commands, and nothing else (never ipcRenderer itself). Sandboxed
// preloads run as plain CommonJS, so this file is bundled into one dist-electron/preload.cjs.

import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import {
  EVENT_CHANNELS,
  INVOKE_CHANNELS,
  type CloudwarApi,
  type InvokeName,
  type MenuCommand,
} from '../shared/ipc-contract.ts';

function invoker(name: InvokeName) {
  const channel = INVOKE_CHANNELS[name];
  // Exactly one argument crosses; the event object never reaches the page.
  return (req: unknown) => ipcRenderer.invoke(channel, req);
}

const api = {
  ...Object.fromEntries((Object.keys(INVOKE_CHANNELS) as InvokeName[]).map((n) => [n, invoker(n)])),
  onMenuCommand(listener: (command: MenuCommand) => void): () => void {
    const wrapped = (_event: IpcRendererEvent, command: MenuCommand) => listener(command);
    ipcRenderer.on(EVENT_CHANNELS.menuCommand, wrapped);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNELS.menuCommand, wrapped);
    };
  },
} as CloudwarApi;

contextBridge.exposeInMainWorld('cloudwar', Object.freeze(api));
