// A class folder for the server tests: the classroom duopoly, two team seats, one market, a web
// root with an index page, and a secret file beside it that must never be served.

import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLASS_FORMAT, createClassFolder } from '../../game/classroom/class-file.ts';
import type { ClassFile } from '../../game/classroom/class-file.ts';
import { hashToken, newToken } from '../../game/classroom/tokens.ts';
import { CLASSROOM } from '../store/fixtures.ts';

export interface ClassFixture {
  root: string;
  classDir: string;
  webRoot: string;
  code: string;
  teacherToken: string;
}

export async function makeClass(overrides: Partial<ClassFile> = {}): Promise<ClassFixture> {
  const root = await mkdtemp(join(tmpdir(), 'class-'));
  const classDir = join(root, 'class');
  const webRoot = join(root, 'web');
  await mkdir(webRoot);
  await writeFile(join(webRoot, 'index.html'), '<!doctype html><title>Cloud Price War</title>');
  await writeFile(join(root, 'secret.txt'), 'not for students');
  const teacherToken = newToken();
  const code = 'K7P2QX';
  await createClassFolder(
    classDir,
    {
      format: CLASS_FORMAT,
      version: 1,
      code,
      teacherTokenHash: hashToken(teacherToken),
      scenarioId: 'classroom-duopoly',
      seed: 11,
      seats: ['NCL', 'SCL'],
      markets: 1,
      quarterMinutes: 10,
      advance: 'all',
      lang: 'en',
      createdAt: '2026-12-01T00:00:00Z',
      ...overrides,
    },
    await readFile(CLASSROOM, 'utf8'),
  );
  return { root, classDir, webRoot, code, teacherToken };
}
