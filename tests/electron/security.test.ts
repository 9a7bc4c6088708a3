// The window's security settings, checked without Electron: web preferences, the CSP (header
// equal to the page's meta tag, no remote origins), navigation, new windows, permissions;
// and the preload bundle's shape (one CommonJS file exposing exactly the contract).

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../../electron/shared/ipc-contract.ts';
import {
  contentSecurityPolicy,
  CSP_DIRECTIVES,
  cspHeadersHandler,
  navigationGuard,
  permissionCheckHandler,
  permissionRequestHandler,
  webPreferences,
  windowOpenHandler,
  windowOptions,
} from '../../electron/main/window.ts';
import { tempDir } from './helpers.ts';

const origin = { webRoot: '/opt/cloudwar/resources/app.asar/dist-web' };

function parseCsp(policy: string): Map<string, string> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!, values.join(' ')]),
  );
}

describe('web preferences', () => {
  it('isolate the page, sandbox it, and give it no Node', () => {
    const prefs = webPreferences('/app/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(prefs).not.toHaveProperty('enableRemoteModule');
    expect(prefs).not.toHaveProperty('experimentalFeatures');
    expect(
      windowOptions({ width: 1200, height: 800, maximized: false }, '/p.cjs').webPreferences,
    ).toEqual(webPreferences('/p.cjs'));
  });
});

describe('content security policy', () => {
  const policy = parseCsp(contentSecurityPolicy());

  it('allows only the app itself: no remote origins, no eval, no inline scripts', () => {
    for (const [name, value] of policy) {
      expect(value, name).not.toMatch(/https?:|wss?:|\*/);
      expect(value, name).not.toContain("'unsafe-eval'");
    }
    expect(policy.get('default-src')).toBe("'self'");
    expect(policy.get('script-src')).toBe("'self'");
    expect(policy.get('object-src')).toBe("'none'");
    expect(policy.get('base-uri')).toBe("'none'");
  });

  it('is the same policy as the meta tag in game/index.html', () => {
    const html = readFileSync('game/index.html', 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta, 'game/index.html has a CSP meta tag').not.toBeNull();
    expect(parseCsp(meta![1]!)).toEqual(new Map(CSP_DIRECTIVES.map(([n, v]) => [n, v])));
  });

  it('adds only the dev server websocket in development', () => {
    const dev = parseCsp(contentSecurityPolicy('http://127.0.0.1:5173'));
    expect(dev.get('connect-src')).toBe("'self' data: blob: ws://127.0.0.1:5173");
    expect(dev.get('script-src')).toBe("'self'");
  });

  it('is sent as a header on every response, replacing any other CSP', () => {
    let answer: { responseHeaders?: Record<string, string | string[]> } = {};
    cspHeadersHandler()(
      { responseHeaders: { 'content-security-policy': ['default-src *'], 'X-Other': ['1'] } },
      (response) => {
        answer = response;
      },
    );
    expect(answer.responseHeaders).toEqual({
      'X-Other': ['1'],
      'Content-Security-Policy': [contentSecurityPolicy()],
    });
  });
});

describe('navigation, new windows and permissions', () => {
  const guard = navigationGuard(origin);
  const attempt = (url: string) => {
    let prevented = false;
    guard({ preventDefault: () => (prevented = true) }, url);
    return prevented;
  };

  it.each([
    'https://evil.example/',
    'http://127.0.0.1:5173/',
    'file:///etc/passwd',
    'file:///opt/cloudwar/resources/app.asar/dist-web/index.html',
    'app://other/index.html',
    'javascript:alert(1)',
    'data:text/html,<script>1</script>',
    'not a url',
  ])('denies navigation to %s', (url) => {
    expect(attempt(url)).toBe(true);
  });

  it('allows reloading the app page itself', () => {
    expect(attempt('app://cloudwar/index.html#start')).toBe(false);
  });

  it('denies every new window and opens nothing externally', () => {
    for (const url of ['https://example.com', 'file:///etc/passwd', 'about:blank'])
      expect(windowOpenHandler({ url } as Parameters<typeof windowOpenHandler>[0])).toEqual({
        action: 'deny',
      });
    const source =
      readFileSync('electron/main/window.ts', 'utf8') +
      readFileSync('electron/main/app-main.ts', 'utf8') +
      readFileSync('electron/main/index.ts', 'utf8');
    expect(source).not.toMatch(/openExternal\s*\(/);
  });

  it('denies every permission request', () => {
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read'])
      permissionRequestHandler({}, permission, (granted) => answers.push(granted));
    expect(answers).toEqual([false, false, false, false]);
    expect(permissionCheckHandler()).toBe(false);
  });
});

describe('preload bundle', () => {
  it('is one CommonJS file that exposes exactly one function per channel', async () => {
    const out = await tempDir();
    execFileSync(process.execPath, ['electron/build.mjs', '--out', out], { stdio: 'pipe' });
    const code = readFileSync(join(out, 'preload.cjs'), 'utf8');
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    const required = [...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));

    const exposed: Array<[string, Record<string, unknown>]> = [];
    const invoked: Array<[string, unknown[]]> = [];
    const listeners = new Map<string, unknown>();
    const electron = {
      contextBridge: {
        exposeInMainWorld: (key: string, api: Record<string, unknown>) => exposed.push([key, api]),
      },
      ipcRenderer: {
        invoke: (channel: string, ...args: unknown[]) => {
          invoked.push([channel, args]);
          return Promise.resolve({ ok: true, value: null });
        },
        on: (channel: string, listener: unknown) => listeners.set(channel, listener),
        removeListener: (channel: string) => listeners.delete(channel),
      },
    };
    const module = { exports: {} };
    runInNewContext(code, {
      require: (id: string) => {
        if (id !== 'electron') throw new Error(`sandboxed preload cannot require ${id}`);
        return electron;
      },
      module,
      exports: module.exports,
    });

    expect(exposed.map(([key]) => key)).toEqual(['cloudwar']);
    const api = exposed[0]![1];
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.keys(api).sort()).toEqual(
      [...Object.keys(INVOKE_CHANNELS), 'onMenuCommand'].sort(),
    );
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(api).not.toHaveProperty('ipcRenderer');

    for (const [name, channel] of Object.entries(INVOKE_CHANNELS)) {
      await (api[name] as (...args: unknown[]) => Promise<unknown>)({ probe: name }, 'dropped');
      expect(invoked.at(-1)).toEqual([channel, [{ probe: name }]]);
    }

    const got: unknown[] = [];
    const off = (api['onMenuCommand'] as (l: (c: unknown) => void) => () => void)((c) =>
      got.push(c),
    );
    const listener = listeners.get(EVENT_CHANNELS.menuCommand) as (e: unknown, c: unknown) => void;
    listener({ sender: 'secret event object' }, { command: 'save' });
    expect(got).toEqual([{ command: 'save' }]);
    off();
    expect(listeners.has(EVENT_CHANNELS.menuCommand)).toBe(false);
  });
});
