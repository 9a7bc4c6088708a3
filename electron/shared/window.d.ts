// `window.cloudwar` exists only inside the desktop shell (exposed by electron/preload); in a
// browser tab it is undefined, which is how game/main.ts picks its host.
import type { CloudwarApi } from './ipc-contract.ts';

declare global {
  interface Window {
    readonly cloudwar?: CloudwarApi;
  }
}

export {};
