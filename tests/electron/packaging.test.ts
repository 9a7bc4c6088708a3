// Packaging: builds main and preload, then runs electron-builder `--linux dir` offline with
// electronDist pointing at a stand-in Electron folder (the real binary cannot be downloaded
// here, TOOLCHAIN.md), lists app.asar, and checks it holds the built renderer, main and
// preload and nothing else: no sources, tests or node_modules. Works in a temp copy, so the
// checkout is not touched; a missing dist-web (renderer not built) gets a placeholder page.

import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { extractFile, listPackage } from '@electron/asar';
import { describe, expect, it } from 'vitest';
import { tempDir } from './helpers.ts';

const root = resolve('.');

describe.skipIf(process.platform !== 'linux')('packaging (electron-builder --linux dir)', () => {
  it('packs the built app only', async () => {
    const work = await tempDir('cloudwar-pack-');
    const project = join(work, 'project');
    const standIn = join(work, 'electron-dist');
    mkdirSync(join(project, 'assets'), { recursive: true });
    mkdirSync(standIn);
    // The stand-in: any executable named `electron`, and no (empty) default_app.asar.
    writeFileSync(join(standIn, 'electron'), '#!/bin/sh\nexit 0\n');
    chmodSync(join(standIn, 'electron'), 0o755);

    for (const file of ['package.json', 'electron-builder.yml', 'assets/icon.png'])
      cpSync(join(root, file), join(project, file));
    if (existsSync(join(root, 'dist-web', 'index.html')))
      cpSync(join(root, 'dist-web'), join(project, 'dist-web'), { recursive: true });
    else {
      mkdirSync(join(project, 'dist-web'));
      writeFileSync(
        join(project, 'dist-web', 'index.html'),
        '<!doctype html><title>stand-in</title>',
      );
    }
    // Decoys that must not be packed.
    mkdirSync(join(project, 'electron', 'main'), { recursive: true });
    writeFileSync(join(project, 'electron', 'main', 'index.ts'), 'export {};');
    mkdirSync(join(project, 'tests'));
    writeFileSync(join(project, 'tests', 'a.test.ts'), 'export {};');
    symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'), 'dir');

    const started = Date.now();
    execFileSync(
      process.execPath,
      [join(root, 'electron', 'build.mjs'), '--out', join(project, 'dist-electron')],
      {
        stdio: 'pipe',
      },
    );
    execFileSync(
      process.execPath,
      [
        join(root, 'node_modules', 'electron-builder', 'cli.js'),
        '--linux',
        'dir',
        '--projectDir',
        project,
        `-c.electronDist=${standIn}`,
        `-c.directories.output=${join(work, 'release')}`,
      ],
      { stdio: 'pipe', timeout: 90_000, env: { ...process.env, CI: '1' } },
    );
    const seconds = ((Date.now() - started) / 1000).toFixed(1);

    const asar = join(work, 'release', 'linux-unpacked', 'resources', 'app.asar');
    const files = listPackage(asar, { isPack: false }).map((f) => f.replaceAll('\\', '/'));
    expect(files).toContain('/dist-web/index.html');
    expect(files).toContain('/dist-electron/main.js');
    expect(files).toContain('/dist-electron/preload.cjs');
    expect(files).toContain('/package.json');
    const tops = new Set(files.map((f) => f.split('/')[1]));
    expect([...tops].sort()).toEqual(['dist-electron', 'dist-web', 'package.json']);
    expect(files.filter((f) => /\.(ts|tsx|mts|cts|map)$/.test(f))).toEqual([]);
    expect(files.filter((f) => /node_modules|\/tests?\/|\.test\./.test(f))).toEqual([]);

    const manifest = JSON.parse(extractFile(asar, 'package.json').toString('utf8')) as {
      main: string;
    };
    expect(manifest.main).toBe('dist-electron/main.js');

    const size = statSync(asar).size;
    console.log(
      `packaging: app.asar ${(size / 1024 / 1024).toFixed(2)} MiB, ${files.length} entries, built and packed in ${seconds} s`,
    );
    expect(size).toBeLessThan(50 * 1024 * 1024);
  }, 120_000);
});
