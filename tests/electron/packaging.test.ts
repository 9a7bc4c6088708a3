// Packaging, offline: builds the real renderer (vite) and main/preload into a temp copy of the
// project, then runs electron-builder `--linux deb` with electronDist pointing at a stand-in
// Electron folder (the real binary cannot be downloaded here, TOOLCHAIN.md). The stand-in
// carries Electron's fuse wire (sentinel + version + eight fuses, at Electron's defaults), so
// the fuses electron-builder flips can be read back. Packing and fuses happen offline; the
// .deb itself needs fpm, which electron-builder downloads from GitHub: with USE_SYSTEM_FPM the
// run stops there at once (no fpm here) instead of retrying the download for ~45 s, and the
// test checks it got that far and no further. The asar must hold exactly the built files.

import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { extractFile, listPackage } from '@electron/asar';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { SAVE_FILE_ASSOCIATION } from '../../electron/shared/file-types.ts';
import { tempDir } from './helpers.ts';

const root = resolve('.');
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// Electron's defaults: RunAsNode on, cookie encryption off, NODE_OPTIONS on, --inspect on,
// asar integrity off, only-app.asar off, browser V8 snapshot off, file:// privileges on.
const DEFAULT_WIRE = '10111101';
const FUSES = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges',
] as const;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.replaceAll('\\', '/'));
}

/** The fuse wire after the sentinel in a binary, as { fuseName: on }. */
function readFuses(binary: string): Record<string, boolean> {
  const bytes = readFileSync(binary);
  const at = bytes.indexOf(SENTINEL) + SENTINEL.length;
  expect(bytes.indexOf(SENTINEL), 'the binary carries the fuse sentinel').toBeGreaterThan(0);
  const length = bytes[at + 1]!;
  return Object.fromEntries(
    FUSES.slice(0, length).map((name, i) => [name, bytes[at + 2 + i] === '1'.charCodeAt(0)]),
  );
}

interface BuilderConfig {
  linux: { target: string[]; icon: string };
  win: { target: string[]; icon: string };
  mac: { target: string[]; icon: string };
  fileAssociations: { ext: string; mimeType: string; name: string }[];
  publish: unknown;
  electronFuses: Record<string, boolean>;
}

describe('packaging configuration', () => {
  const config = parse(readFileSync('electron-builder.yml', 'utf8')) as BuilderConfig;
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as Record<string, unknown>;

  it('names the four targets, each with the icon', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    for (const platform of [config.linux, config.win, config.mac])
      expect(statSync(platform.icon).size).toBeGreaterThan(1000);
  });

  it('has the metadata the Linux packages require, and never publishes', () => {
    expect(pkg['homepage']).toMatch(/^https:\/\//);
    expect(pkg['desktopName']).toBe('cloud-price-war.desktop');
    expect(pkg['author']).toMatchObject({ email: expect.any(String) });
    expect(config.publish).toBeNull();
    expect(pkg['scripts']).toMatchObject({ dist: expect.stringContaining('--publish never') });
  });

  it('associates the save extension of the shared file-type list', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({
        ext: SAVE_FILE_ASSOCIATION.ext,
        mimeType: SAVE_FILE_ASSOCIATION.mimeType,
      }),
    ]);
  });
});

describe.skipIf(process.platform !== 'linux')('packaging (electron-builder --linux deb)', () => {
  it('packs exactly the built app, flips the fuses, and stops only at fpm', async () => {
    const work = await tempDir('cloudwar-pack-');
    const project = join(work, 'project');
    const standIn = join(work, 'electron-dist');
    mkdirSync(project);
    mkdirSync(standIn);
    // The stand-in: an executable named `electron` holding the fuse wire; no default_app.asar.
    writeFileSync(
      join(standIn, 'electron'),
      Buffer.concat([
        Buffer.from(`#!/bin/sh\nexit 0\n# ${SENTINEL}`),
        Buffer.from([1, DEFAULT_WIRE.length]),
        Buffer.from(`${DEFAULT_WIRE}\n`),
      ]),
    );
    chmodSync(join(standIn, 'electron'), 0o755);

    for (const file of ['package.json', 'electron-builder.yml', 'assets'])
      cpSync(join(root, file), join(project, file), { recursive: true });
    // Decoys that must not be packed.
    mkdirSync(join(project, 'electron', 'main'), { recursive: true });
    writeFileSync(join(project, 'electron', 'main', 'index.ts'), 'export {};');
    mkdirSync(join(project, 'tests'));
    writeFileSync(join(project, 'tests', 'a.test.ts'), 'export {};');
    symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'), 'dir');

    const started = Date.now();
    // The real page, always built here (never a placeholder, never whatever dist-web holds).
    const web = spawnSync(
      process.execPath,
      [
        join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
        'build',
        '--logLevel',
        'warn',
        '--outDir',
        join(project, 'dist-web'),
        '--emptyOutDir',
      ],
      { cwd: root, encoding: 'utf8' },
    );
    expect(web.status, web.stderr).toBe(0);
    const shell = spawnSync(
      process.execPath,
      [join(root, 'electron', 'build.mjs'), '--out', join(project, 'dist-electron')],
      { encoding: 'utf8' },
    );
    expect(shell.status, shell.stderr).toBe(0);
    const builder = spawnSync(
      process.execPath,
      [
        join(root, 'node_modules', 'electron-builder', 'cli.js'),
        '--linux',
        'deb',
        '--projectDir',
        project,
        `-c.electronDist=${standIn}`,
        `-c.directories.output=${join(work, 'release')}`,
      ],
      {
        cwd: project,
        encoding: 'utf8',
        timeout: 120_000,
        // VITEST would silence electron-builder's progress lines, which this test reads.
        env: { ...process.env, VITEST: '', CI: '1', USE_SYSTEM_FPM: 'true', PATH: '/usr/bin:/bin' },
      },
    );
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const log = `${builder.stdout}\n${builder.stderr}`;
    // Configuration passed (homepage, maintainer, desktop entry...), the app was packed and
    // the fuses flipped; the .deb step then needs fpm, which only the network can provide.
    expect(log).not.toMatch(/Please specify|is required|Invalid configuration/i);
    expect(log).toMatch(/executing @electron\/fuses/);
    expect(log).toMatch(/building\s+target=deb/);
    expect(log).toMatch(/spawn fpm ENOENT/);
    expect(builder.status).not.toBe(0);

    const unpacked = join(work, 'release', 'linux-unpacked');
    expect(readFuses(join(unpacked, 'cloud-price-war'))).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });

    const asar = join(unpacked, 'resources', 'app.asar');
    const packed = listPackage(asar, { isPack: false })
      .map((f) => f.replaceAll('\\', '/'))
      .filter((f) => {
        try {
          extractFile(asar, f.slice(1));
          return true;
        } catch {
          return false; // a folder entry
        }
      })
      .sort();
    const built = [
      ...filesUnder(join(project, 'dist-web'))
        .filter((f) => !f.endsWith('.map'))
        .map((f) => `/dist-web/${f}`),
      '/dist-electron/main.js',
      '/dist-electron/preload.cjs',
      '/package.json',
    ].sort();
    expect(packed).toEqual(built);
    expect(packed).toContain('/dist-web/index.html');
    expect(
      packed.filter((f) => /\.(ts|map)$|node_modules|\/tests?\/|^\/(electron|game)\//.test(f)),
    ).toEqual([]);
    const html = extractFile(asar, 'dist-web/index.html').toString('utf8');
    expect(html).toMatch(/<script type="module"[^>]+src="[^"]+\.js"/);

    const manifest = JSON.parse(extractFile(asar, 'package.json').toString('utf8')) as {
      main: string;
    };
    expect(manifest.main).toBe('dist-electron/main.js');
    const size = statSync(asar).size;
    console.log(
      `packaging: app.asar ${(size / 1024 / 1024).toFixed(2)} MiB, ${packed.length} files, ` +
        `built and packed in ${seconds} s (${relative(work, asar)})`,
    );
    expect(size).toBeLessThan(50 * 1024 * 1024);
  }, 240_000);
});
