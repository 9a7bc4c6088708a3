// Child process for the crash test: starts a save and kills itself with SIGKILL at the point
// named by argv[4] ("after-temp-write" or "before-rename"), like a power cut mid-write.
// Usage: node --import tsx tests/electron/crash-writer.ts TARGET TEXT_FILE POINT

import { readFileSync } from 'node:fs';
import { writeSaveFile } from '../../electron/main/saves.ts';

const [, , target, textFile, point] = process.argv;
if (!target || !textFile || !point) throw new Error('usage: crash-writer TARGET TEXT_FILE POINT');
const die = () => {
  process.kill(process.pid, 'SIGKILL');
};
await writeSaveFile(target, readFileSync(textFile, 'utf8'), {
  hooks: point === 'after-temp-write' ? { afterTempWrite: die } : { beforeRename: die },
});
console.log('not killed');
