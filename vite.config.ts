import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import { formatProblems } from './game/scenario/format-problem.ts';
import { loadScenarioText } from './game/scenario/load.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * `virtual:shipped-scenarios`: every scenarios/*.yaml, validated and normalised at build time
 * with the same loader as the command line. A bad file fails the build with its located
 * errors, and the page starts without parsing YAML (it keeps each file's text for the save's
 * digest).
 */
function shippedScenarios(): Plugin {
  const id = 'virtual:shipped-scenarios';
  const resolvedId = `\0${id}`;
  return {
    name: 'cloudwar-shipped-scenarios',
    resolveId: (source) => (source === id ? resolvedId : undefined),
    load(source) {
      if (source !== resolvedId) return undefined;
      const dir = resolve(root, 'scenarios');
      const list = readdirSync(dir)
        .filter((file) => file.endsWith('.yaml'))
        .sort()
        .map((file) => {
          const path = join(dir, file);
          this.addWatchFile(path);
          const text = readFileSync(path, 'utf8');
          const loaded = loadScenarioText(text, file);
          if (!loaded.ok)
            this.error(
              `scenarios/${file} has ${loaded.errors.length} problem(s):\n${formatProblems(loaded.errors)}`,
            );
          return { id: loaded.scenario.id, file, text, scenario: loaded.scenario };
        });
      return `export default ${JSON.stringify(list)};`;
    },
  };
}

// The renderer is one page, game/index.html. `base: './'` keeps asset paths relative so the
// same build runs from a web server and from the desktop shell's file:// URL.
export default defineConfig({
  root: 'game',
  base: './',
  publicDir: '../assets',
  plugins: [shippedScenarios()],
  build: {
    outDir: '../dist-web',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
