// The save file (DESIGN.md §3): `{format, version, appVersion, scenario: {id, sha256}, seed,
// humans, handicap?, player?, rules, log}` as JSON text. `handicap` (easy | normal | hard) is the
// start screen's rival difficulty; it is written only when not 'normal', so a file without it
// reads as a normal game. `rules` (version 2 on) is the engine rules the hashes were computed
// under (game/engine/rules-version.ts): a version-1 file was recorded under rules 1, and a
// replay that diverges under other rules is reported as such, not as an edited file. A save holds no game state, only what the engine needs to rebuild
// it: the replay (run by the store when the save is loaded) checks every quarter's recorded
// hash. Reading never throws: whatever the bytes, the caller gets a result with a code the UI
// can translate and an English message it can show as is.

import { z } from 'zod';
import packageJson from '../../package.json' with { type: 'json' };
import { DECISION_FIELDS, DEFAULT_HANDICAP, ENGINE_RULES, HANDICAPS } from '../engine/index.ts';
import type { Decision, DecisionField, Handicap, LogEntry, Scenario } from '../engine/index.ts';

import type { SavedLog } from '../session/index.ts';
import { injectedEventSchema } from '../scenario/injected-event.ts';
import { sha256Hex } from './sha256.ts';

export const SAVE_FORMAT = 'cloudwar-save';
export const SAVE_VERSION = 2;
export const APP_VERSION: string = packageJson.version;
/** The extension offered for save files; the content is JSON. */
export const SAVE_EXTENSION = '.cloudwar.json';
export const SAVE_MIME = 'application/json';

/** Limits that bound the work a hostile or broken file can ask for. */
export const SAVE_LIMITS = {
  /** UTF-8 bytes of the whole file. */
  bytes: 5 * 1024 * 1024,
  /** Quarters in the log: a scenario has at most 400. */
  quarters: 400,
  /** Humans (and decisions per quarter): a scenario has at most 40 providers. */
  humans: 40,
  idLength: 64,
  /** Characters of the player's or team's name. */
  playerLength: 80,
  /** Events a teacher injected into one quarter. */
  injected: 20,
} as const;

/** What a scenario the save can name looks like (the shipped scenarios, or a test's). */
export interface KnownScenario {
  id: string;
  /** The scenario file's text as bundled; its digest pins the save to this exact file. */
  text: string;
  scenario: Scenario;
}

export interface SaveData {
  scenarioId: string;
  scenarioText: string;
  seed: number;
  humans: readonly string[];
  /** The handicap the game was played at (default 'normal'). */
  handicap?: Handicap | undefined;
  /** The player's or team's name; written only when given. */
  player?: string | undefined;
  log: readonly LogEntry[];
}

/** What makeSave needs of a running game (a GameData, or the game store's state). */
export interface GameLike {
  scenario: { id: string };
  seed: number;
  humans: readonly string[];
  log: readonly LogEntry[];
}

export type SaveErrorCode =
  | 'empty'
  | 'too_large'
  | 'corrupt'
  | 'truncated'
  | 'foreign'
  | 'newer_version'
  | 'unsupported_version'
  | 'migration_failed'
  | 'invalid'
  | 'unknown_scenario'
  | 'unknown_provider'
  | 'scenario_changed'
  | 'internal';

export type ReadSaveResult =
  | {
      ok: true;
      /** The shipped scenario the save was played on; `saved.handicap` is applied to it. */
      scenario: Scenario;
      saved: SavedLog;
      handicap: Handicap;
      /**
       * The save was made on another text of its scenario file (its digest differs). It may
       * still be the same game: an edit of texts alone (a translation, a typo) leaves every
       * quarter's state hash as it was, so the replay decides (replayFailure).
       */
      scenarioEdited: boolean;
    }
  | { ok: false; code: SaveErrorCode; message: string };

/** Upgrades a parsed save of version N (the key) to version N + 1. */
export type Migration = (save: Record<string, unknown>) => Record<string, unknown>;

/**
 * Migrations from older save versions, keyed by the version they upgrade from.
 * 1 -> 2: version 2 records the engine rules (`rules`); a version-1 save has none and was
 * recorded under rules 1, which readSave reports when the field is absent. Nothing else moved,
 * so the step only renumbers; an older build meeting a version-2 save says "update the game"
 * instead of calling the file damaged.
 */
export const migrations: Readonly<Record<number, Migration>> = {
  1: (save) => save,
};

// ------------------------------------------------------------------ schema ---------------------

const id = z.string().min(1).max(SAVE_LIMITS.idLength);
const num = z.number(); // zod 4 refuses NaN and ±Infinity

/** One field's schema, from its unit in the engine's DECISION_FIELDS. */
function fieldSchema(field: DecisionField): z.ZodType {
  switch (field.unit) {
    case 'cnyB':
    case 'fraction':
    case 'change':
      return num;
    case 'boolean':
      return z.boolean();
    case 'list':
      return z.array(id).max(SAVE_LIMITS.humans);
    case 'answers':
      return z
        .record(id, id)
        .refine((d) => Object.keys(d).length <= 40, 'too many dilemma answers');
  }
}

/**
 * A decision's schema, built from DECISION_FIELDS: 'price.C' and 'creditDeal.amount' nest, and
 * every level is strict, so a field the engine does not know is refused, not carried along.
 */
function buildDecisionSchema(): z.ZodType<Decision> {
  const top: Record<string, z.ZodType> = {};
  const nested = new Map<string, Record<string, z.ZodType>>();
  for (const f of DECISION_FIELDS) {
    const schema = f.optional ? fieldSchema(f).optional() : fieldSchema(f);
    const [head, tail] = f.path.split('.') as [string, string | undefined];
    if (tail === undefined) top[head] = schema;
    else {
      let inner = nested.get(head);
      if (!inner) {
        inner = {};
        nested.set(head, inner);
        top[head] = z.never(); // holds the key's place; the object is built below
      }
      inner[tail] = schema;
    }
  }
  for (const [head, inner] of nested) top[head] = z.strictObject(inner);
  return z.strictObject(top) as unknown as z.ZodType<Decision>;
}

export const decisionSchema = buildDecisionSchema();

const entrySchema = z.strictObject({
  quarter: z.string().regex(/^\d{4}Q[1-4]$/, 'a quarter looks like 2023Q2'),
  decisions: z
    .record(id, decisionSchema)
    .refine((d) => Object.keys(d).length <= SAVE_LIMITS.humans, 'too many decisions'),
  hash: z.string().regex(/^[0-9a-f]{8,64}$/, 'a state hash is 8-64 hex digits'),
  // A class game's shocks: the events the teacher injected into this quarter, replayed with it.
  injected: z.array(injectedEventSchema).min(1).max(SAVE_LIMITS.injected).optional(),
});

const saveSchema = z.strictObject({
  format: z.literal(SAVE_FORMAT),
  version: z.literal(SAVE_VERSION),
  appVersion: z.string().max(64),
  scenario: z.strictObject({ id, sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
  seed: z.int().min(0).max(0xffffffff),
  humans: z.array(id).max(SAVE_LIMITS.humans),
  handicap: z
    .enum(HANDICAPS, {
      error: (issue) =>
        `unknown handicap ${JSON.stringify(issue.input)}; a handicap is one of ${HANDICAPS.join(', ')}`,
    })
    .optional(),
  // Optional like the handicap, so every earlier save still reads; printed on the debrief.
  player: z.string().max(SAVE_LIMITS.playerLength).optional(),
  // The engine rules the hashes were computed under; absent in saves from before rules 2.
  rules: z.int().min(1).max(9999).optional(),
  log: z.array(entrySchema).max(SAVE_LIMITS.quarters),
});

// Compile-time check that a parsed entry is an engine LogEntry (its decisions are Decisions by
// construction from DECISION_FIELDS; tests/save checks the built schema field by field).
const _entryFits: (e: z.infer<typeof entrySchema>) => LogEntry = (e) => e;
void _entryFits;

// ------------------------------------------------------------------ writing --------------------

/** The digest a save records for its scenario file (line endings normalised, so a checkout
 * with CRLF endings makes the same digest as one with LF). */
export function scenarioDigest(text: string): Promise<string> {
  return sha256Hex(text.replace(/\r\n?/g, '\n'));
}

/**
 * The save file's text: JSON, one log entry a line, so a teacher can read or diff it.
 * Throws if the data could not be read back (a NaN in a decision, a 401st quarter): writing a
 * save that would later be refused is a bug to surface, not a file to hand out.
 */
export async function makeSave(data: SaveData): Promise<string>;
/** The same from a running game's data (the game store's state), its scenario file's text (the
 * shipped file, before any handicap) and the handicap it is played at. */
export async function makeSave(
  game: GameLike,
  scenarioText: string,
  handicap?: Handicap,
): Promise<string>;
export async function makeSave(
  input: SaveData | GameLike,
  scenarioText?: string,
  handicap?: Handicap,
): Promise<string> {
  const data: SaveData =
    scenarioText === undefined
      ? (input as SaveData)
      : {
          scenarioId: (input as GameLike).scenario.id,
          scenarioText,
          seed: input.seed,
          humans: input.humans,
          handicap,
          log: input.log,
        };
  const level = data.handicap ?? DEFAULT_HANDICAP;
  const doc = {
    format: SAVE_FORMAT,
    version: SAVE_VERSION,
    appVersion: APP_VERSION,
    scenario: { id: data.scenarioId, sha256: await scenarioDigest(data.scenarioText) },
    seed: data.seed,
    humans: data.humans.slice(),
    // Written only when it matters, so a normal game's file is what older builds wrote.
    ...(level === DEFAULT_HANDICAP ? {} : { handicap: level }),
    ...(data.player ? { player: data.player } : {}),
    rules: ENGINE_RULES,
    log: data.log.map((e) => ({
      quarter: e.quarter,
      decisions: e.decisions,
      hash: e.hash,
      ...(e.injected && e.injected.length > 0 ? { injected: e.injected } : {}),
    })),
  };
  const checked = saveSchema.safeParse(doc);
  if (!checked.success) throw new Error(`cannot write this save: ${describeIssues(checked.error)}`);
  const { log, ...head } = doc;
  const headText = JSON.stringify(head);
  const logText = log.map((e) => JSON.stringify(e)).join(',\n');
  return `${headText.slice(0, -1)},"log":[${log.length ? `\n${logText}\n` : ''}]}\n`;
}

/** A file name for a save: `cloudwar-<scenario>-<quarter>.cloudwar.json`. */
export function saveFileName(scenarioId: string, quarter: string): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 64);
  return `cloudwar-${safe(scenarioId)}-${safe(quarter)}${SAVE_EXTENSION}`;
}

// ------------------------------------------------------------------ reading --------------------

const fail = (code: SaveErrorCode, message: string): ReadSaveResult => ({
  ok: false,
  code,
  message,
});

function utf8Length(text: string): number {
  // Enough to compare with the limit without allocating the encoded bytes.
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Whether JSON text that does not parse ends inside a string or an open bracket, with every
 * bracket before that matched: the shape of a file cut off while it was written or copied. */
export function looksTruncated(text: string): boolean {
  const open: string[] = [];
  let inString = false;
  let escaped = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === '\\') escaped = true;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') open.push(ch);
    else if (ch === '}' || ch === ']') {
      if (open.pop() !== (ch === '}' ? '{' : '[')) return false;
      if (open.length === 0) return false; // the top-level value closed: not a cut-off file
    }
  }
  return inString || open.length > 0;
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(the file)';
}

function describeIssues(error: z.ZodError): string {
  const shown = error.issues.slice(0, 3).map((i) => `${formatPath(i.path)}: ${i.message}`);
  const more = error.issues.length - shown.length;
  return shown.join('; ') + (more > 0 ? `; and ${more} more` : '');
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export interface ReadOptions {
  /** The version this build writes (tests pass a higher one to exercise migrations). */
  version: number;
  migrations: Readonly<Record<number, Migration>>;
}

/** Brings a parsed save of an older version up to `target` through the migrations table. */
export function migrate(
  save: Record<string, unknown>,
  from: number,
  options: ReadOptions,
):
  | { ok: true; save: Record<string, unknown> }
  | { ok: false; code: SaveErrorCode; message: string } {
  let current = save;
  for (let v = from; v < options.version; v++) {
    const step = Object.prototype.hasOwnProperty.call(options.migrations, v)
      ? options.migrations[v]
      : undefined;
    if (!step)
      return {
        ok: false,
        code: 'unsupported_version',
        message: `This save uses format version ${from}, which this version of the game can no longer read (no migration from version ${v}).`,
      };
    try {
      const next = step(current);
      if (!isRecord(next)) throw new Error('the migration returned no save');
      current = { ...next, version: v + 1 };
    } catch (error) {
      return {
        ok: false,
        code: 'migration_failed',
        message: `This save uses format version ${from} and could not be upgraded (step ${v} to ${v + 1}): ${error instanceof Error ? error.message : String(error)}`,
      };
    }
  }
  return { ok: true, save: current };
}

/** Reads a save file's text against the known scenarios. Never throws. */
export async function readSave(
  text: string,
  scenarios: readonly KnownScenario[],
): Promise<ReadSaveResult> {
  return readSaveWith(text, scenarios, { version: SAVE_VERSION, migrations });
}

/** readSave with the version and migrations given (for tests of the migration mechanism). */
export async function readSaveWith(
  text: string,
  scenarios: readonly KnownScenario[],
  options: ReadOptions,
): Promise<ReadSaveResult> {
  try {
    return await readUnsafe(text, scenarios, options);
  } catch (error) {
    return fail(
      'internal',
      `The save could not be read: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

async function readUnsafe(
  input: unknown,
  scenarios: readonly KnownScenario[],
  options: ReadOptions,
): Promise<ReadSaveResult> {
  if (typeof input !== 'string') return fail('corrupt', 'The save file is not text.');
  if (input.length > SAVE_LIMITS.bytes || utf8Length(input) > SAVE_LIMITS.bytes)
    return fail(
      'too_large',
      `The file is larger than ${SAVE_LIMITS.bytes / 1024 / 1024} MB; a Cloud Price War save is far smaller.`,
    );
  const text = input.replace(/^\uFEFF/, '');
  if (text.trim() === '') return fail('empty', 'The save file is empty.');

  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    const start = text.trimStart()[0];
    if ((start === '{' || start === '[') && looksTruncated(text))
      return fail(
        'truncated',
        'The save file is cut off before its end (an interrupted download or copy?).',
      );
    return fail('corrupt', 'The file is damaged or is not a save: it is not valid JSON.');
  }

  if (!isRecord(parsed) || parsed.format !== SAVE_FORMAT)
    return fail('foreign', 'This file is not a Cloud Price War save.');

  const version = parsed.version;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1)
    return fail('invalid', 'The save file is damaged: its format version is missing or wrong.');
  if (version > options.version)
    return fail(
      'newer_version',
      `This save was made by a newer version of the game (save format ${version}${
        typeof parsed.appVersion === 'string' ? `, app ${parsed.appVersion.slice(0, 32)}` : ''
      }); this is version ${APP_VERSION}, which reads format ${options.version}. Update the game to open it.`,
    );
  let doc = parsed;
  if (version < options.version) {
    const migrated = migrate(parsed, version, options);
    if (!migrated.ok) return migrated;
    doc = migrated.save;
  }

  // The current schema names `version: SAVE_VERSION`; a test build may read a higher one.
  const checked = saveSchema.safeParse({ ...doc, version: SAVE_VERSION });
  if (!checked.success)
    return fail('invalid', `The save file is damaged: ${describeIssues(checked.error)}.`);
  const save = checked.data;

  const known = scenarios.find((s) => s.id === save.scenario.id);
  if (!known)
    return fail(
      'unknown_scenario',
      `This save is for the scenario "${save.scenario.id}", which this version of the game does not have.`,
    );
  // A digest that differs is not refused here: the replay compares every quarter's state hash,
  // so it tells a changed game from changed texts (a player's saves survive a typo fixed in the
  // scenario's briefing). replayFailure names the scenario when such a replay fails.
  const scenarioEdited = (await scenarioDigest(known.text)) !== save.scenario.sha256;
  const providers = new Set(known.scenario.providers.map((p) => p.id));
  const stranger = save.humans.find((h) => !providers.has(h));
  if (stranger !== undefined)
    return fail(
      'unknown_provider',
      `The save names the provider "${stranger}", which the scenario "${save.scenario.id}" does not have.`,
    );
  if (new Set(save.humans).size !== save.humans.length)
    return fail(
      'invalid',
      'The save file is damaged: a provider is listed twice among the humans.',
    );

  // The digest pins the shipped file; the session applies the handicap to it (a game option,
  // as at the start screen), so the replay runs on the very scenario that was played.
  const handicap = save.handicap ?? DEFAULT_HANDICAP;
  return {
    ok: true,
    scenario: known.scenario,
    saved: {
      seed: save.seed,
      humans: save.humans,
      handicap,
      log: save.log,
      ...(save.player ? { player: save.player } : {}),
      rules: save.rules ?? 1,
    },
    handicap,
    scenarioEdited,
  };
}
