import { defineConfig } from 'vite';

// The renderer is one page, game/index.html. `base: './'` keeps asset paths relative so the
// same build runs from a web server and from the desktop shell's file:// URL.
export default defineConfig({
  root: 'game',
  base: './',
  publicDir: '../assets',
  build: {
    outDir: '../dist-web',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
