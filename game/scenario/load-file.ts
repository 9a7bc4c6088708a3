// Node-only: read a scenario file from disk. Checks the size before reading, so a huge file
// is refused without being loaded into memory.
import { readFile, stat } from 'node:fs/promises';
import { type LoadResult, loadScenarioText } from './load.ts';
import { LIMITS } from './limits.ts';

export async function loadScenarioFile(path: string): Promise<LoadResult> {
  const problem = (message: string): LoadResult => ({
    ok: false,
    errors: [{ file: path, line: 1, column: 1, path: '', message }],
  });
  try {
    const info = await stat(path);
    if (!info.isFile()) return problem('not a file');
    if (info.size > LIMITS.bytes) {
      return problem(
        `the file is ${Math.ceil(info.size / 1024)} KiB; the limit is ${LIMITS.bytes / 1024} KiB`,
      );
    }
    return loadScenarioText(await readFile(path, 'utf8'), path);
  } catch (e) {
    return problem(`cannot read the file: ${e instanceof Error ? e.message : String(e)}`);
  }
}
