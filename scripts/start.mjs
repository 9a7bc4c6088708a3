// `npm start`: build the game and open it as a desktop app. Electron downloads its binary on
// first use; where that is impossible (no internet, as on our CI machines) the same build is
// served as a web page instead, and the terminal version stays available as `npm run play`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** The Electron executable if it is installed, without triggering its download. */
function electronBinary() {
  try {
    const require = createRequire(import.meta.url);
    const folder = dirname(require.resolve('electron/package.json'));
    const pathFile = join(folder, 'path.txt');
    if (!existsSync(pathFile)) return undefined;
    const binary = join(folder, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

run('npx', ['vite', 'build', '--logLevel', 'warn']);
run('node', ['electron/build.mjs']);
let binary = electronBinary();
if (!binary) {
  // First run on a player's machine: let Electron fetch its binary (needs internet).
  spawnSync('node', ['node_modules/electron/install.js'], { stdio: 'inherit' });
  binary = electronBinary();
}
if (binary) run(binary, ['.', ...process.argv.slice(2)]);
else {
  console.log(
    '\nThe Electron binary could not be downloaded here, so the desktop window cannot open.\n' +
      'Serving the same game in the browser instead: open http://127.0.0.1:4173 (Ctrl+C stops).\n',
  );
  run('npx', ['vite', 'preview']);
}
