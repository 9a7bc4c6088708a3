// Electronegativity (Doyensec's Electron security scanner) over the shell's sources (electron/)
// and its built main and preload bundles (dist-electron/, built first if missing), in one run.
// Fails when any finding is above LOW. Offline: the check that downloads Electron's release
// list (AvailableSecurityFixesGlobalCheck) is excluded, and the Electron version is given.
// Prints one closing line, e.g. "electronegativity: 1 passed, 0 failed (2 low findings)".
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const ALLOWED = new Set(['INFORMATIONAL', 'LOW']);

if (!existsSync('dist-electron/main.js')) {
  const built = spawnSync(process.execPath, ['electron/build.mjs'], { stdio: 'inherit' });
  if (built.status !== 0) {
    console.log('electronegativity: 0 passed, 1 failed (electron build failed)');
    process.exit(1);
  }
}

/** Rows of a CSV text: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endCell();
    else if (c === '\n') {
      endCell();
      rows.push(row);
      row = [];
    } else if (c !== '\r') cell += c;
  }
  if (cell !== '' || row.length > 0) {
    endCell();
    rows.push(row);
  }
  return rows;
}

const work = mkdtempSync(join(tmpdir(), 'cloudwar-electronegativity-'));
const report = join(work, 'report.csv');
try {
  cpSync('electron', join(work, 'scan', 'electron'), { recursive: true });
  for (const file of ['main.js', 'preload.cjs'])
    cpSync(join('dist-electron', file), join(work, 'scan', 'dist-electron', file));
  const run = spawnSync(
    'npx',
    [
      'electronegativity',
      '--input',
      join(work, 'scan'),
      '--relative',
      '--verbose',
      'false',
      '--electron-version',
      electronVersion,
      '--exclude-checks',
      'AvailableSecurityFixesGlobalCheck',
      '--output',
      report,
    ],
    { encoding: 'utf8' },
  );
  if (run.status !== 0 || !existsSync(report)) {
    process.stdout.write(run.stdout ?? '');
    process.stderr.write(run.stderr ?? '');
    console.log('electronegativity: 0 passed, 1 failed (the scanner did not finish)');
    process.exit(1);
  }
  const rows = parseCsv(readFileSync(report, 'utf8'))
    .slice(1)
    .filter((cells) => cells.length >= 5)
    .map(([issue, severity, confidence, file, location]) => ({
      issue: issue.trim(),
      severity: severity.trim().toUpperCase(),
      confidence: confidence.trim(),
      where: `${file.trim()}:${location.trim()}`,
    }));
  const above = rows.filter((row) => !ALLOWED.has(row.severity));
  for (const row of rows)
    console.log(`  ${row.severity} ${row.confidence} ${row.issue} at ${row.where}`);
  const lows = rows.length - above.length;
  console.log(
    `electronegativity: ${above.length === 0 ? 1 : 0} passed, ${above.length === 0 ? 0 : 1} failed` +
      ` (${lows} low or informational finding${lows === 1 ? '' : 's'}` +
      (above.length ? `, ${above.length} above low` : '') +
      ')',
  );
  process.exit(above.length === 0 ? 0 : 1);
} finally {
  rmSync(work, { recursive: true, force: true });
}
