// `npm run bench:web` (DESIGN.md §6), measured in one run in headless Chromium:
//  (a) time to interactive of the built game page against a bare Phaser page booting one empty
//      scene (tests/bench/web/bare), as a ratio (goal <= 1.5x);
//  (b) the gzipped JavaScript of the game build;
//  (c) frames per second while a quarter's animation plays, counted with requestAnimationFrame
//      in the page after End quarter (median; goal >= 55), in Canvas mode when the page honours
//      `?renderer=canvas`, else in whatever renderer it picked (reported).
// Options: --runs N (page loads per page, default 9), --seconds S (fps window, default 3).
// fps is the median over sliding 0.5 s windows; the worst window and the mean are shown too.
// Builds into tmp/bench-web/ so it never disturbs dist-web.

import { createReadStream, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism, cpus } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import { build } from 'vite';
import { alignTable } from '../../../game/cli/table.ts';
import { CHROMIUM_ARGS, chooseChromium } from '../../e2e/browser.ts';
import { median } from '../measure.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const OUT = join(ROOT, 'tmp/bench-web');
const GOAL_TTI_RATIO = 1.5;
const GOAL_FPS = 55;
const START = /^(Start game|开始游戏)$/;
const END_QUARTER = /^(End quarter|结束本季度|结束季度)/;

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

async function buildPages(): Promise<{ game: string; bare: string }> {
  const game = join(OUT, 'game');
  const bare = join(OUT, 'bare');
  await build({
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: game, emptyOutDir: true },
  });
  await build({
    configFile: false,
    root: join(ROOT, 'tests/bench/web/bare'),
    base: './',
    logLevel: 'warn',
    build: { outDir: bare, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 5000 },
  });
  return { game, bare };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/** A static server for both builds: /game/... and /bare/... */
function serve(dirs: Record<string, string>): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const [, site, ...rest] = url.pathname.split('/');
    const dir = site ? dirs[site] : undefined;
    const file = dir ? normalize(join(dir, rest.join('/') || 'index.html')) : '';
    if (!dir || !file.startsWith(dir) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      done({ server, base: `http://127.0.0.1:${port}` });
    }),
  );
}

function gzippedJs(dir: string): { raw: number; gzip: number; files: number } {
  let raw = 0;
  let gzip = 0;
  let files = 0;
  const walk = (d: string): void => {
    for (const name of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, name.name);
      if (name.isDirectory()) walk(path);
      else if (/\.(m?js)$/.test(name.name)) {
        const bytes = readFileSync(path);
        raw += bytes.length;
        gzip += gzipSync(bytes, { level: 9 }).length;
        files++;
      }
    }
  };
  walk(dir);
  return { raw, gzip, files };
}

/**
 * Installed before any page script: records (performance.now(), ms from navigation start) the
 * first frame after the page is interactive. The bare page is interactive when its scene was
 * created; the game when its map has a renderer and the start screen's Start button is enabled.
 */
const READY_PROBE = `(() => {
  const w = window;
  w.__bench = { mapAt: undefined, uiAt: undefined, tti: undefined };
  const start = ${START.toString()};
  const check = () => {
    const b = w.__bench;
    if (b.mapAt === undefined && document.querySelector('[data-renderer]')) b.mapAt = performance.now();
    if (b.uiAt === undefined && Array.from(document.querySelectorAll('button')).some(
        (x) => start.test((x.textContent || '').trim()) && !x.disabled)) b.uiAt = performance.now();
    const needUi = location.pathname.startsWith('/game/');
    if (b.tti === undefined && b.mapAt !== undefined && (!needUi || b.uiAt !== undefined)) {
      b.tti = -1;
      requestAnimationFrame(() => { b.tti = performance.now(); });
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
})();`;

interface Load {
  tti: number | undefined;
  /** When the last script file had arrived (the rest is parsing and start-up). */
  scriptsAt: number | undefined;
  mapAt: number | undefined;
  uiAt: number | undefined;
  renderer: string | null;
}

async function loadOnce(browser: Browser, url: string): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(READY_PROBE);
    await page.goto(url, { waitUntil: 'commit' });
    const done = await page
      .waitForFunction(
        () => ((window as unknown as { __bench: { tti?: number } }).__bench.tti ?? -1) > 0,
        undefined,
        { timeout: 20_000 },
      )
      .then(() => true)
      .catch(() => false);
    const probe = await page.evaluate(
      () =>
        (window as unknown as { __bench: { mapAt?: number; uiAt?: number; tti?: number } }).__bench,
    );
    const scriptsAt = await page.evaluate(`Math.max(0, ...performance.getEntriesByType('resource')
      .filter((e) => e.name.endsWith('.js')).map((e) => e.responseEnd))`);
    return {
      tti: done ? probe.tti : undefined,
      scriptsAt: typeof scriptsAt === 'number' && scriptsAt > 0 ? scriptsAt : undefined,
      mapAt: probe.mapAt,
      uiAt: probe.uiAt,
      renderer: await page
        .locator('[data-renderer]')
        .first()
        .getAttribute('data-renderer', { timeout: 1000 })
        .catch(() => null),
    };
  } finally {
    await context.close();
  }
}

interface Fps {
  renderer: string | null;
  medianFps: number | undefined;
  worstWindowFps: number | undefined;
  frames: number;
  note: string;
}

async function quarterFps(browser: Browser, url: string, seconds: number): Promise<Fps> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page: Page = await context.newPage();
    await page.goto(url);
    await page.locator('[data-renderer]').first().waitFor({ timeout: 20_000 });
    const renderer = await page.locator('[data-renderer]').first().getAttribute('data-renderer');
    const start = page.getByRole('button', { name: START });
    if ((await start.count()) === 0)
      return {
        renderer,
        medianFps: undefined,
        worstWindowFps: undefined,
        frames: 0,
        note: 'no Start game button (UI not mounted)',
      };
    await start.first().click();
    const end = page.getByRole('button', { name: END_QUARTER });
    await end
      .first()
      .waitFor({ timeout: 20_000 })
      .catch(() => undefined);
    if ((await end.count()) === 0)
      return {
        renderer,
        medianFps: undefined,
        worstWindowFps: undefined,
        frames: 0,
        note: 'no End quarter button after Start game',
      };
    // A new game opens with the briefing (a modal dialog over End quarter): Enter closes it;
    // the guided first quarter is skipped too, so the click reaches End quarter.
    const briefing = page.locator('#briefing');
    if (await briefing.isVisible()) {
      await page.keyboard.press('Enter');
      await briefing.waitFor({ state: 'hidden' });
    }
    const skip = page.getByRole('button', { name: /^(Skip guide|跳过引导)$/ });
    if (await skip.isVisible()) await skip.click();
    // Let the first screen settle, then count frames from the click on.
    await page.waitForTimeout(500);
    // A string, not a function: tsx's transform would wrap a function in helpers the page lacks.
    await page.evaluate(`(() => {
      window.__frames = [];
      const tick = (t) => { window.__frames.push(t); requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
    })()`);
    await end.first().click();
    await page.waitForTimeout(seconds * 1000);
    const frames = await page.evaluate(
      () => (window as unknown as { __frames: number[] }).__frames,
    );
    // fps over sliding half-second windows (a quarter step apart): the median window is the
    // headline, the worst window shows stalls that a median of frame intervals would hide.
    const windows: number[] = [];
    for (let from = frames[0]!; from + 500 <= frames[frames.length - 1]!; from += 125) {
      const inside = frames.filter((t) => t >= from && t < from + 500).length;
      windows.push(inside * 2);
    }
    const span = (frames[frames.length - 1]! - frames[0]!) / 1000;
    return {
      renderer,
      medianFps: windows.length ? median(windows) : undefined,
      worstWindowFps: windows.length ? Math.min(...windows) : undefined,
      frames: frames.length,
      note: `${frames.length} frames in ${seconds} s after End quarter (mean ${(frames.length / Math.max(span, 1e-3)).toFixed(1)} fps)`,
    };
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const runs = option('--runs', 9);
  const seconds = option('--seconds', 3);
  const choice = chooseChromium();
  if (choice.missing) {
    console.log(`bench:web skipped: ${choice.missing}`);
    return;
  }
  console.error('bench:web: building the game and the bare Phaser page...');
  const dirs = await buildPages();
  const size = gzippedJs(dirs.game);
  const bareSize = gzippedJs(dirs.bare);
  const { server, base } = await serve(dirs);
  const browser = await chromium.launch({
    ...(choice.executablePath ? { executablePath: choice.executablePath } : {}),
    args: CHROMIUM_ARGS,
  });
  try {
    console.error(`bench:web: ${runs} loads of each page, alternating...`);
    await loadOnce(browser, `${base}/bare/`); // warm the browser process
    await loadOnce(browser, `${base}/game/`);
    const game: Load[] = [];
    const bare: Load[] = [];
    for (let i = 0; i < runs; i++) {
      bare.push(await loadOnce(browser, `${base}/bare/`));
      game.push(await loadOnce(browser, `${base}/game/`));
    }
    const times = (loads: Load[]) =>
      loads.map((l) => l.tti).filter((t): t is number => t !== undefined);
    const gameTimes = times(game);
    const bareTimes = times(bare);
    const gameTti = gameTimes.length ? median(gameTimes) : undefined;
    const bareTti = median(bareTimes);
    const at = (loads: Load[], key: 'mapAt' | 'uiAt' | 'scriptsAt') =>
      median(loads.map((l) => l[key]).filter((t): t is number => t !== undefined));
    const gameSteps = `scripts in ${at(game, 'scriptsAt').toFixed(0)} ms, start screen ${at(game, 'uiAt').toFixed(0)} ms, map ${at(game, 'mapAt').toFixed(0)} ms`;
    const ratio = gameTti === undefined ? undefined : gameTti / bareTti;

    console.error('bench:web: frames during a quarter (Canvas asked for with ?renderer=canvas)...');
    const canvas = await quarterFps(browser, `${base}/game/?renderer=canvas`, seconds);
    const auto = await quarterFps(browser, `${base}/game/`, seconds);

    const ms = (v: number | undefined) => (v === undefined ? 'n/a' : `${v.toFixed(0)} ms`);
    const kb = (v: number) => `${(v / 1024).toFixed(0)} KiB`;
    const fps = (v: number | undefined) => (v === undefined ? 'n/a' : `${v.toFixed(1)} fps`);
    const fpsNote = (f: Fps, asked: string) =>
      `${f.note}; renderer ${f.renderer ?? '?'}${asked && f.renderer !== asked ? ` (asked for ${asked}: flag not honoured)` : ''}; worst 0.5 s window ${fps(f.worstWindowFps)}`;
    const goal = (ok: boolean | undefined) => (ok === undefined ? 'n/a' : ok ? 'met' : 'MISSED');
    const rows = [
      [
        'time to interactive: game page',
        ms(gameTti),
        gameTti === undefined
          ? 'Start game button never appeared'
          : `median of ${gameTimes.length}; ${gameSteps}`,
      ],
      [
        'time to interactive: bare Phaser page',
        ms(bareTti),
        `median of ${bareTimes.length}; one empty scene; scripts in ${at(bare, 'scriptsAt').toFixed(0)} ms`,
      ],
      [
        '  ratio game / bare',
        ratio === undefined ? 'n/a' : `${ratio.toFixed(2)}x`,
        `goal <= ${GOAL_TTI_RATIO}x: ${goal(ratio === undefined ? undefined : ratio <= GOAL_TTI_RATIO)}`,
      ],
      ['JavaScript, gzip -9: game', kb(size.gzip), `${size.files} file(s), ${kb(size.raw)} raw`],
      ['JavaScript, gzip -9: bare Phaser page', kb(bareSize.gzip), `${kb(bareSize.raw)} raw`],
      [
        'fps during a quarter: ?renderer=canvas',
        fps(canvas.medianFps),
        `${fpsNote(canvas, 'canvas')}; goal >= ${GOAL_FPS}: ${goal(canvas.medianFps === undefined ? undefined : canvas.medianFps >= GOAL_FPS)}`,
      ],
      ['fps during a quarter: default (AUTO)', fps(auto.medianFps), fpsNote(auto, '')],
    ];
    console.log(
      `Cloud Price War web benchmarks (headless Chromium: ${choice.describe}, ${browser.version()})`,
    );
    console.log(
      `Node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'})\n`,
    );
    console.log(alignTable(['measure', 'value', 'note'], rows, ['left', 'right', 'left']));
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
