// The desktop shell's entry point: hands the real Electron to app-main.ts, where all the
// wiring lives (and is tested with a fake Electron, tests/electron/app-main.test.ts).

import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session } from 'electron';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import scenarios from 'virtual:class-scenarios';
import { startMain } from './app-main.ts';

const electron = { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session };

startMain(electron, {
  mainDir: dirname(fileURLToPath(import.meta.url)),
  env: process.env,
  argv: process.argv,
  platform: process.platform,
  versions: { electron: process.versions.electron, chrome: process.versions.chrome },
  scenarios,
});
