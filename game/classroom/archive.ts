// The class archive: one JSON file holding the class's metadata and, for every market, its
// teams and its replay, stored as the very save text the game writes (game/save), so a market
// can be cut out and opened in any copy of the game. verifyArchive replays every market with
// the engine and says, per market, that it holds or where it first differs; a damaged archive
// gets a message that says what is wrong and where. Reading never throws.

import { z } from 'zod';
import { APP_VERSION, SAVE_LIMITS, looksTruncated, makeSave } from '../save/save-file.ts';
import type { KnownScenario } from '../save/save-file.ts';
import type { SessionData } from '../session/index.ts';
import { CLASS_LIMITS } from './class-options.ts';
import { verifySave } from './verify-save.ts';
import type { VerifyErrorCode } from './verify-save.ts';

export const ARCHIVE_FORMAT = 'cloudwar-class-archive';
export const ARCHIVE_VERSION = 1;
export const ARCHIVE_EXTENSION = '.cloudwar-class.json';

export const ARCHIVE_LIMITS = {
  /** UTF-16 code units of the whole text (a JS string's length): every market at its save limit would not fit; a real class is far smaller. */
  chars: 32 * 1024 * 1024,
  markets: CLASS_LIMITS.markets.max,
  nameLength: 80,
  membersPerTeam: 8,
  titleLength: 200,
} as const;

const id = z.string().min(1).max(SAVE_LIMITS.idLength);
const name = z.string().max(ARCHIVE_LIMITS.nameLength);

const teamSchema = z.strictObject({
  team: name,
  members: z.array(name).max(ARCHIVE_LIMITS.membersPerTeam),
});

const marketSchema = z.strictObject({
  market: z.int().min(1).max(ARCHIVE_LIMITS.markets),
  /** Team seats by provider id. */
  teams: z.record(id, teamSchema),
  /** The market's save file text, exactly as the game writes it. */
  save: z.string().max(SAVE_LIMITS.bytes),
});

const classSchema = z.strictObject({
  title: z.string().max(ARCHIVE_LIMITS.titleLength),
  scenario: id,
  /** When the class was played (ISO 8601, given by the server: this module has no clock). */
  playedAt: z.iso.datetime({ offset: true }),
});

const archiveSchema = z.strictObject({
  format: z.literal(ARCHIVE_FORMAT),
  version: z.literal(ARCHIVE_VERSION),
  appVersion: z.string().max(64),
  class: classSchema,
  markets: z.array(marketSchema).min(1).max(ARCHIVE_LIMITS.markets),
});

export type ClassMeta = z.infer<typeof classSchema>;
export type ArchivedMarket = z.infer<typeof marketSchema>;
export type ArchiveErrorCode =
  'too_large' | 'empty' | 'corrupt' | 'truncated' | 'foreign' | 'newer_version' | 'invalid';

export type MarketCheck =
  | { market: number; ok: true; quarters: number; finished: boolean; finalHash: string }
  | {
      market: number;
      ok: false;
      code: VerifyErrorCode | 'wrong_scenario' | 'unknown_seat';
      message: string;
    };

export type ArchiveCheck =
  | {
      ok: true;
      class: ClassMeta;
      /** Whether every market replays. */
      allOk: boolean;
      markets: MarketCheck[];
    }
  | { ok: false; code: ArchiveErrorCode; message: string };

// ------------------------------------------------------------------ writing --------------------

/** The save text of a market's session, as the game's Save would write it. */
export function marketSave(
  data: Pick<SessionData, 'baseScenario' | 'handicap' | 'seed' | 'humans' | 'log' | 'player'>,
  known: KnownScenario,
): Promise<string> {
  if (known.id !== data.baseScenario.id)
    throw new Error(`marketSave: the market plays ${data.baseScenario.id}, not ${known.id}`);
  return makeSave({
    scenarioId: known.id,
    scenarioText: known.text,
    seed: data.seed,
    humans: data.humans,
    handicap: data.handicap,
    player: data.player,
    log: data.log,
  });
}

/**
 * The archive's text. Throws if it could not be read back (a market twice, a team name too
 * long): an archive that verifyArchive would refuse is a bug to surface, not a file to hand out.
 */
export function makeArchive(meta: ClassMeta, markets: readonly ArchivedMarket[]): string {
  const doc = {
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_VERSION,
    appVersion: APP_VERSION,
    class: meta,
    markets: markets.map((m) => ({ market: m.market, teams: m.teams, save: m.save })),
  };
  const checked = archiveSchema.safeParse(doc);
  if (!checked.success) throw new Error(`cannot write this archive: ${describe(checked.error)}`);
  const twice = repeatedMarket(doc.markets);
  if (twice !== undefined)
    throw new Error(`cannot write this archive: market ${twice} appears twice`);
  return `${JSON.stringify(doc, null, 1)}\n`;
}

/** A file name for the archive: `cloudwar-class-<scenario>-<YYYY-MM-DD>.cloudwar-class.json`. */
export function archiveFileName(meta: Pick<ClassMeta, 'scenario' | 'playedAt'>): string {
  const safe = (text: string) => text.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 64);
  return `cloudwar-class-${safe(meta.scenario)}-${safe(meta.playedAt.slice(0, 10))}${ARCHIVE_EXTENSION}`;
}

// ------------------------------------------------------------------ reading --------------------

function repeatedMarket(markets: readonly { market: number }[]): number | undefined {
  const seen = new Set<number>();
  for (const { market } of markets) {
    if (seen.has(market)) return market;
    seen.add(market);
  }
  return undefined;
}

/** Where an issue is, in the archive's own words: "market 3 (markets[2].teams.NCL.team)". */
function where(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path)
    text += typeof key === 'number' ? `[${key}]` : text ? `.${String(key)}` : String(key);
  if (path[0] === 'markets' && typeof path[1] === 'number')
    return `market entry ${path[1] + 1} (${text})`;
  return text || '(the archive)';
}

function describe(error: z.ZodError): string {
  const shown = error.issues.slice(0, 3).map((i) => `${where(i.path)}: ${i.message}`);
  const more = error.issues.length - shown.length;
  return shown.join('; ') + (more > 0 ? `; and ${more} more` : '');
}

const refuse = (code: ArchiveErrorCode, message: string): ArchiveCheck => ({
  ok: false,
  code,
  message,
});

/** Parses and checks the envelope; the markets' saves are checked by replay afterwards. */
function readEnvelope(
  input: string,
): { ok: true; archive: z.infer<typeof archiveSchema> } | { ok: false; check: ArchiveCheck } {
  if (input.length > ARCHIVE_LIMITS.chars)
    return {
      ok: false,
      check: refuse(
        'too_large',
        `The archive is larger than ${ARCHIVE_LIMITS.chars / 1024 / 1024} M characters; a class archive is far smaller.`,
      ),
    };
  const text = input.replace(/^\uFEFF/, '');
  if (text.trim() === '') return { ok: false, check: refuse('empty', 'The archive is empty.') };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? ` (${e.message})` : '';
    return {
      ok: false,
      check: looksTruncated(text)
        ? refuse(
            'truncated',
            'The archive is cut off before its end (an interrupted download or copy?).',
          )
        : refuse('corrupt', `The archive is damaged: it is not valid JSON${detail}.`),
    };
  }
  const record =
    typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  if (record.format !== ARCHIVE_FORMAT)
    return {
      ok: false,
      check: refuse(
        'foreign',
        record.format === 'cloudwar-save'
          ? 'This is a single game save, not a class archive: open it with Load, or import it with the replay files.'
          : 'This file is not a Cloud Price War class archive.',
      ),
    };
  if (typeof record.version === 'number' && record.version > ARCHIVE_VERSION)
    return {
      ok: false,
      check: refuse(
        'newer_version',
        `This archive was made by a newer version of the game (archive format ${record.version}); this version reads format ${ARCHIVE_VERSION}.`,
      ),
    };
  const checked = archiveSchema.safeParse(parsed);
  if (!checked.success)
    return {
      ok: false,
      check: refuse('invalid', `The archive is damaged: ${describe(checked.error)}.`),
    };
  const twice = repeatedMarket(checked.data.markets);
  if (twice !== undefined)
    return {
      ok: false,
      check: refuse('invalid', `The archive is damaged: market ${twice} appears twice.`),
    };
  return { ok: true, archive: checked.data };
}

async function checkMarket(
  market: ArchivedMarket,
  scenarioId: string,
  scenarios: readonly KnownScenario[],
): Promise<MarketCheck> {
  const verified = await verifySave(market.save, scenarios);
  const at = `Market ${market.market}`;
  if (!verified.ok)
    return {
      market: market.market,
      ok: false,
      code: verified.code,
      message: `${at}: ${verified.message}`,
    };
  if (verified.scenario.id !== scenarioId)
    return {
      market: market.market,
      ok: false,
      code: 'wrong_scenario',
      message: `${at}: its replay is of the scenario ${verified.scenario.id}, but the class played ${scenarioId}.`,
    };
  const stranger = Object.keys(market.teams).find((seat) => !verified.saved.humans.includes(seat));
  if (stranger !== undefined)
    return {
      market: market.market,
      ok: false,
      code: 'unknown_seat',
      message: `${at}: the team seat ${stranger} is not one of the replay's players (${verified.saved.humans.join(', ')}).`,
    };
  return {
    market: market.market,
    ok: true,
    quarters: verified.quarters,
    finished: verified.finished,
    finalHash: verified.finalHash,
  };
}

/** Checks an archive's text and replays every market against the known scenarios. */
export async function verifyArchive(
  text: string,
  scenarios: readonly KnownScenario[],
): Promise<ArchiveCheck> {
  if (typeof text !== 'string') return refuse('corrupt', 'The archive is not text.');
  const read = readEnvelope(text);
  if (!read.ok) return read.check;
  const { archive } = read;
  const markets: MarketCheck[] = [];
  // One market at a time, in file order: a replay is CPU work, and the order is the teacher's.
  for (const market of archive.markets)
    markets.push(await checkMarket(market, archive.class.scenario, scenarios));
  return { ok: true, class: archive.class, allOk: markets.every((m) => m.ok), markets };
}

/** A market's save text out of a verified archive's text, for opening in the game. */
export function marketSaveText(text: string, market: number): string | null {
  const read = readEnvelope(text);
  if (!read.ok) return null;
  return read.archive.markets.find((m) => m.market === market)?.save ?? null;
}
