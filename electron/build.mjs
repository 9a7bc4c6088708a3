// Builds the desktop shell into dist-electron/ (or --out DIR): the main process as one ES
// module (main.js, what package.json "main" names) and the preload as ONE CommonJS file
// (preload.cjs), because sandboxed preloads run without ESM and can require only `electron`
// and a few built-ins. Dependencies such as zod are bundled in, so the packaged app needs no
// node_modules. Usage: node electron/build.mjs [--out DIR]
import { build } from 'esbuild';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outIndex = process.argv.indexOf('--out');
const outDir = resolve(outIndex > 0 ? process.argv[outIndex + 1] : join(root, 'dist-electron'));

const common = {
  bundle: true,
  platform: 'node',
  // Electron 45 runs Node 22 and Chromium 140.
  target: ['node22', 'chrome140'],
  external: ['electron'],
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: root,
};

/** `virtual:class-scenarios`: every scenarios/*.yaml as {id, text}, for hosting a class (the
 * main process checks each with the scenario loader when a class is created). */
const classScenarios = {
  name: 'class-scenarios',
  setup(b) {
    b.onResolve({ filter: /^virtual:class-scenarios$/ }, (args) => ({
      path: args.path,
      namespace: 'class-scenarios',
    }));
    b.onLoad({ filter: /.*/, namespace: 'class-scenarios' }, () => {
      const dir = join(root, 'scenarios');
      const list = readdirSync(dir)
        .filter((name) => name.endsWith('.yaml'))
        .sort()
        .map((name) => ({
          id: name.replace(/\.yaml$/, ''),
          text: readFileSync(join(dir, name), 'utf8'),
        }));
      return {
        contents: `export default ${JSON.stringify(list)};`,
        loader: 'js',
        watchFiles: list.map((s) => join(dir, `${s.id}.yaml`)),
      };
    });
  },
};

const started = Date.now();
rmSync(outDir, { recursive: true, force: true });
await Promise.all([
  build({
    ...common,
    entryPoints: ['electron/main/index.ts'],
    outfile: join(outDir, 'main.js'),
    format: 'esm',
    plugins: [classScenarios],
    // The class server's dependencies are CommonJS; in an ES module bundle their require()
    // of Node's built-ins needs a real require.
    banner: {
      js: "import { createRequire as __cloudwarRequire } from 'node:module'; const require = __cloudwarRequire(import.meta.url);",
    },
  }),
  build({
    ...common,
    entryPoints: ['electron/preload/index.ts'],
    outfile: join(outDir, 'preload.cjs'),
    format: 'cjs',
  }),
]);
console.log(`electron: built main.js and preload.cjs into ${outDir} in ${Date.now() - started} ms`);
