// "Open with": the save a file manager hands to the app on its command line (Windows, Linux: a
// double-click, or a second instance forwarding its own command line). Only a save file is
// taken; options and other arguments are ignored, and the page still checks the file in full.

import { isAbsolute, resolve } from 'node:path';
import { SAVE_EXTENSION } from '../shared/file-types.ts';

/** The last argument naming a save (`*.cloudwar.json`), made absolute against `cwd`; or null. */
export function fileFromArgv(argv: readonly string[], cwd?: string): string | null {
  for (let i = argv.length - 1; i >= 1; i--) {
    const arg = argv[i];
    if (arg === undefined || arg.startsWith('-')) continue;
    if (!arg.toLowerCase().endsWith(SAVE_EXTENSION)) continue;
    if (isAbsolute(arg)) return arg;
    return cwd ? resolve(cwd, arg) : null;
  }
  return null;
}
