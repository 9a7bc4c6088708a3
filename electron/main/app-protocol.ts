// The page's own scheme, app://cloudwar/ (security checklist item 18: no file:// pages). The
// scheme is registered as privileged (standard, secure, fetch) before the app is ready; its
// handler serves files of dist-web only, never a path outside it, with the CSP and nosniff as
// response headers. Plain Node (fetch's Response), so tests run it against a real folder.

import { readFile, stat } from 'node:fs/promises';
import { extname, relative, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME, contentSecurityPolicy } from './window.ts';

/** For protocol.registerSchemesAsPrivileged: a standard, secure origin with fetch, and CORS
 * enabled so the page's `<script type="module" crossorigin>` loads (Chromium refuses CORS-mode
 * requests to schemes outside its CORS list; responses carry no Access-Control headers, so no
 * other origin can read them). No CSP bypass, no service workers, no streaming. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
} as const;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

function refuse(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** The file under `webRoot` that `url` names, or null when it names anything else. */
export function resolveAppPath(webRoot: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\')) return null;
  const root = resolve(webRoot);
  const full = resolve(root, '.' + (path === '/' ? '/index.html' : path));
  const inside = relative(root, full);
  if (inside === '' || inside.startsWith('..') || inside.startsWith(sep)) return null;
  return full;
}

/** protocol.handle's handler for app://: files of `webRoot` with the CSP header. */
export function appProtocolHandler(webRoot: string) {
  const csp = contentSecurityPolicy();
  return async (request: { url: string; method?: string }): Promise<Response> => {
    if (request.method && request.method !== 'GET' && request.method !== 'HEAD')
      return refuse(405, 'only GET');
    const path = resolveAppPath(webRoot, request.url);
    if (!path) return refuse(404, 'not found');
    try {
      if (!(await stat(path)).isFile()) return refuse(404, 'not found');
      const body = await readFile(path);
      return new Response(new Uint8Array(body), {
        status: 200,
        headers: {
          'Content-Type': TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
          'Content-Security-Policy': csp,
          'X-Content-Type-Options': 'nosniff',
        },
      });
    } catch {
      return refuse(404, 'not found');
    }
  };
}
