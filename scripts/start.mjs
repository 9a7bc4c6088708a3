// `npm start`: build the game and open it as a desktop app. Electron downloads its binary on
// first use; where that is impossible (no internet, as on our CI machines) the same build is
// served as a web page instead: one plain paragraph says so (never the downloader's stack
// trace), the default browser opens at the page when there is a desktop session, and the
// player learns where saves then live and how to take them to the desktop app later.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const PORT = Number(process.env.PORT ?? 4173);
const URL_ = `http://127.0.0.1:${PORT}/`;

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

/** Whether a browser window can be shown: macOS and Windows always, Linux with a display. */
export function hasDesktopSession(env = process.env, platform = process.platform) {
  if (platform === 'darwin' || platform === 'win32') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/** The command that opens `url` in the default browser on this platform. */
export function openCommand(url, platform = process.platform) {
  if (platform === 'darwin') return ['open', [url]];
  if (platform === 'win32') return ['cmd', ['/c', 'start', '', url]];
  return ['xdg-open', [url]];
}

export function fallbackParagraph(url, willOpen) {
  return (
    `\nThe desktop window cannot open here: Electron's program could not be downloaded ` +
    `(it comes from GitHub on first use, which this machine cannot reach). The same game is ` +
    `served as a web page instead at ${url}` +
    (willOpen ? ', opening in your default browser now' : ' (open it in a browser)') +
    `; Ctrl+C stops it. In the browser, the autosave and Continue live in that browser's own ` +
    `storage, not in the desktop app's folder: to take a game to the desktop app later, use ` +
    `Save replay in the browser, then Open (Ctrl+O) in the desktop app.\n`
  );
}

async function serveInBrowser() {
  const willOpen = hasDesktopSession();
  console.log(fallbackParagraph(URL_, willOpen));
  const server = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
    { stdio: 'inherit' },
  );
  server.on('exit', (code) => process.exit(code ?? 0));
  if (!willOpen) return;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await globalThis.fetch(URL_)).ok) break;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  const [command, args] = openCommand(URL_);
  const opener = spawn(command, args, { stdio: 'ignore', detached: true });
  opener.on('error', () => console.log(`Could not open a browser; open ${URL_} yourself.`));
  opener.unref();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  run('npx', ['vite', 'build', '--logLevel', 'warn']);
  run('node', ['electron/build.mjs']);
  let binary = electronBinary();
  if (!binary) {
    // First run on a player's machine: let Electron fetch its binary (needs internet). Its
    // output is kept back: where the download fails, it is a stack trace, not an explanation.
    console.log('Fetching the Electron program (first start only)…');
    spawnSync(process.execPath, ['node_modules/electron/install.js'], {
      stdio: 'pipe',
      timeout: 180_000,
    });
    binary = electronBinary();
  }
  if (binary) run(binary, ['.', ...process.argv.slice(2)]);
  else await serveInBrowser();
}
