// A hosted class on disk: one folder holding class.json (what the teacher chose, the class code
// and the teacher token's hash), scenario.yaml (the scenario text as hosted, so a restart plays
// the same rules) and one journal per market. class.json is written once, never overwritten.

import { mkdir, open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Scenario } from '../engine/index.ts';
import { loadScenarioText } from '../scenario/load.ts';
import { formatProblems } from '../scenario/format-problem.ts';
import { codeSchema } from './protocol.ts';

export const CLASS_FORMAT = 'cloudwar-class';

const classSchema = z.strictObject({
  format: z.literal(CLASS_FORMAT),
  version: z.literal(1),
  code: codeSchema,
  teacherTokenHash: z.string().regex(/^[0-9a-f]{64}$/),
  scenarioId: z.string().min(1).max(80),
  seed: z.number().int(),
  seats: z.array(z.string().min(1).max(40)).min(1).max(12),
  markets: z.number().int().min(1).max(20),
  quarterMinutes: z.number().min(1).max(60),
  advance: z.enum(['all', 'teacher']),
  /** Begin with a practice quarter that is rewound before the game counts. */
  practice: z.boolean().optional(),
  lang: z.enum(['en', 'zh']),
  createdAt: z.string(),
});
export type ClassFile = z.infer<typeof classSchema>;

const CLASS_JSON = 'class.json';
const SCENARIO_YAML = 'scenario.yaml';

export function journalPath(dir: string, market: number): string {
  return join(dir, `market-${market}.jsonl`);
}

/** Writes a new file, synced; refuses (EEXIST) to overwrite one: a class never loses a file. */
export async function writeNewFile(path: string, text: string): Promise<void> {
  const handle = await open(path, 'wx', 0o600);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Creates the class folder; refuses a folder that already holds a class. */
export async function createClassFolder(
  dir: string,
  file: ClassFile,
  scenarioText: string,
): Promise<void> {
  const checked = classSchema.parse(file);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await writeNewFile(join(dir, SCENARIO_YAML), scenarioText);
  await writeNewFile(join(dir, CLASS_JSON), `${JSON.stringify(checked, null, 2)}\n`);
}

export interface OpenedClass {
  file: ClassFile;
  scenario: Scenario;
  scenarioText: string;
}

/** Reads a class folder, with errors that name the file and what is wrong. */
export async function readClassFolder(dir: string): Promise<OpenedClass> {
  const path = join(dir, CLASS_JSON);
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch (e) {
    throw new Error(`${path}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  const parsed = classSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${path}: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'}`);
  }
  const scenarioPath = join(dir, SCENARIO_YAML);
  const scenarioText = await readFile(scenarioPath, 'utf8');
  const loaded = loadScenarioText(scenarioText, scenarioPath);
  if (!loaded.ok)
    throw new Error(`${scenarioPath} has problems:\n${formatProblems(loaded.errors)}`);
  return { file: parsed.data, scenario: loaded.scenario, scenarioText };
}
