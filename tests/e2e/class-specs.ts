// What the class specs share: a class served from the build under test (E2E_DIST) for one spec
// file, and student pages in browser contexts of their own that are closed after each test (a
// game page left open keeps drawing and starves the specs that run after it).

import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { test } from '@playwright/test';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { ClassFile } from '../../game/classroom/class-file.ts';
import { makeClass } from '../classroom/class-fixture.ts';
import type { ClassFixture } from '../classroom/class-fixture.ts';
import { serveClass } from '../classroom/class-client.ts';
import type { ServerProcess } from '../classroom/class-client.ts';

/** The web build the class serves: the one under test. */
export const WEB_ROOT = resolve(process.env.E2E_DIST ?? 'dist-web');

export interface SpecClass {
  fixture: ClassFixture;
  /** The running server; a spec that restarts it assigns the new one here, so it is stopped. */
  server: ServerProcess;
}

/** A class hosted before the file's tests and stopped and removed after them. */
export function hostClassForSpec(overrides: Partial<ClassFile> = {}): SpecClass {
  const live = {} as SpecClass;
  test.beforeAll(async () => {
    live.fixture = await makeClass(overrides);
    live.server = await serveClass(live.fixture.classDir, WEB_ROOT);
  });
  test.afterAll(async () => {
    await live.server?.kill();
    if (live.fixture) await rm(live.fixture.root, { recursive: true, force: true });
  });
  return live;
}

/** Opens pages, each in its own context with `locale`, closed after each test. */
export function studentPages(): (browser: Browser, locale: string) => Promise<Page> {
  const contexts: BrowserContext[] = [];
  test.afterEach(async () => {
    for (const context of contexts.splice(0)) await context.close();
  });
  return async (browser, locale) => {
    const context = await browser.newContext({ locale });
    contexts.push(context);
    return context.newPage();
  };
}
