// Which Chromium the end-to-end tests and the web bench drive (docs: TOOLCHAIN.md). Never
// downloads one: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own browser
// if it is already installed. With none, `missing` says why, and the tests skip with that reason.

import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--enable-unsafe-swiftshader',
];

export interface BrowserChoice {
  /** The executable to launch; undefined = Playwright's own (installed) browser. */
  executablePath: string | undefined;
  /** Why no browser can run, or undefined when one can. */
  missing: string | undefined;
  describe: string;
}

export function chooseChromium(env: NodeJS.ProcessEnv = process.env): BrowserChoice {
  const configured = env.CHROMIUM_PATH;
  if (configured) {
    if (existsSync(configured))
      return { executablePath: configured, missing: undefined, describe: configured };
    return {
      executablePath: undefined,
      missing: `CHROMIUM_PATH=${configured} does not exist`,
      describe: 'none',
    };
  }
  if (existsSync('/usr/bin/chromium'))
    return {
      executablePath: '/usr/bin/chromium',
      missing: undefined,
      describe: '/usr/bin/chromium',
    };
  let own: string;
  try {
    own = chromium.executablePath();
  } catch {
    own = '';
  }
  if (own && existsSync(own))
    return { executablePath: undefined, missing: undefined, describe: `Playwright's ${own}` };
  return {
    executablePath: undefined,
    missing:
      'no Chromium found (no $CHROMIUM_PATH, no /usr/bin/chromium, no Playwright browser); ' +
      'install one with `apt-get install chromium` (see .ci/run)',
    describe: 'none',
  };
}
