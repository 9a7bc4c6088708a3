// Payload validation for every invoke channel. The page is not trusted: each payload must be
// exactly the declared shape (no extra fields, bounded strings, file names without folders),
// and a failure names where it is (`payload.suggestedName: ...`).

import { z } from 'zod';
import {
  OPEN_EXTENSIONS,
  OPEN_MIME,
  SAVE_AS_EXTENSIONS,
  SAVE_AS_MIME,
} from '../shared/file-types.ts';
import type { InvokeName, IpcError, IpcRequest } from '../shared/ipc-contract.ts';
import { MAX_EXPORT_BYTES, MAX_SAVE_BYTES } from './saves.ts';

export const MAX_NAME_CHARS = 128;
export const MAX_PATH_CHARS = 4096;
/** Extensions a suggested file name may end with (the shared list, electron/shared). */
export const ALLOWED_EXTENSIONS = SAVE_AS_EXTENSIONS;
export const ALLOWED_MIME = SAVE_AS_MIME;

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/** A bare file name the Save dialog may suggest: no folders, no traversal, a known extension. */
export const fileName = z
  .string()
  .min(1)
  .max(MAX_NAME_CHARS)
  .refine((s) => !CONTROL.test(s), 'must not contain control characters')
  .refine((s) => !/[/\\]/.test(s), 'must be a file name, not a path (no "/" or "\\")')
  .refine((s) => !/[:*?"<>|]/.test(s), 'must not contain : * ? " < > |')
  .refine((s) => !s.startsWith('.') && !s.includes('..'), 'must not start with "." or contain ".."')
  .refine((s) => s.trim() === s, 'must not start or end with spaces')
  .refine((s) => !WINDOWS_RESERVED.test(s), 'is a reserved device name on Windows')
  .refine(
    (s) => ALLOWED_EXTENSIONS.some((ext) => s.toLowerCase().endsWith(ext)),
    `must end with ${ALLOWED_EXTENSIONS.join(', ')}`,
  );

/** The items of an <input accept> style list, trimmed and lower-cased. */
function acceptItems(value: string): string[] {
  return value.split(',').map((item) => item.trim().toLowerCase());
}

/** An <input accept> style list (".cloudwar.json,.json,application/json"), where every item
 * must be one of the shared list of types the page may open: anything else (".pem", ".key",
 * "*") never reaches a dialog. */
const accept = z
  .string()
  .max(256)
  .superRefine((value, ctx) => {
    for (const item of acceptItems(value)) {
      if (OPEN_EXTENSIONS.includes(item) || item in OPEN_MIME) continue;
      ctx.addIssue({
        code: 'custom',
        message:
          `"${item.slice(0, 40)}" is not a file type the game opens ` +
          `(allowed: ${[...OPEN_EXTENSIONS, ...Object.keys(OPEN_MIME)].join(', ')})`,
      });
      return;
    }
  });

const empty = z.strictObject({});

/** A port as the page sends it: any finite number; its range is the CLI parser's to judge. */
const anyNumber = z.number();

/** "Host a class": types and sizes only here; the values are judged by the same parser as
 * `npm run class` (electron/class/class-host.ts), so both refuse with the same messages. */
const hostClassRequest = z.strictObject({
  scenario: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$/, 'must be the id of a scenario the app ships'),
  markets: anyNumber,
  seats: z
    .array(
      z.string().regex(/^[A-Za-z0-9_.-]{1,40}$/, 'must be a provider id (letters, digits, _ . -)'),
    )
    .max(12),
  deadlineMinutes: anyNumber,
  advance: z.enum(['all', 'teacher']),
  practice: z.boolean(),
  lang: z.enum(['zh', 'en']),
  seed: anyNumber,
  port: anyNumber,
  folder: z.enum(['app', 'choose']),
});

export const payloadSchemas = {
  writeAutosave: z.strictObject({ text: z.string().max(MAX_SAVE_BYTES) }),
  readAutosave: empty,
  readAutosaveBackup: empty,
  saveFileAs: z.strictObject({
    suggestedName: fileName,
    text: z.string().max(MAX_EXPORT_BYTES),
    mime: z.enum(ALLOWED_MIME),
  }),
  saveFile: z.strictObject({ suggestedName: fileName, text: z.string().max(MAX_SAVE_BYTES) }),
  openFile: z.strictObject({ accept }),
  listRecentFiles: empty,
  openRecentFile: z.strictObject({
    path: z
      .string()
      .min(1)
      .max(MAX_PATH_CHARS)
      .refine((s) => !CONTROL.test(s), 'must not contain control characters'),
  }),
  takeOfferedFile: empty,
  confirmLoaded: z.strictObject({
    token: z.string().regex(/^[0-9a-f]{32}$/, 'must be the token of an opened file'),
  }),
  clearCurrentFile: empty,
  setUnsavedDecisions: z.strictObject({ unsaved: z.boolean() }),
  printReport: empty,
  hostClass: hostClassRequest,
  resumeClass: z.strictObject({ port: anyNumber }),
  stopClass: empty,
  classStatus: empty,
  openClassConsole: empty,
} satisfies { [K in InvokeName]: z.ZodType<IpcRequest<K>> };

function locate(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : `${acc}.${String(key)}`),
    'payload',
  );
}

export type Validated<K extends InvokeName> =
  { ok: true; value: IpcRequest<K> } | { ok: false; error: IpcError };

function isPlainObject(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

export function validatePayload<K extends InvokeName>(name: K, payload: unknown): Validated<K> {
  // Structured clone can carry Maps, Sets, Dates and typed arrays: only plain objects pass.
  if (typeof payload === 'object' && payload !== null && !isPlainObject(payload)) {
    const kind = Object.prototype.toString.call(payload).slice(8, -1);
    return {
      ok: false,
      error: {
        code: 'ipc/bad_payload',
        message: `bad request to ${name}: payload: expected a plain object, received ${kind}`,
        issues: [{ path: 'payload', message: `expected a plain object, received ${kind}` }],
      },
    };
  }
  const schema = payloadSchemas[name] as z.ZodType<IpcRequest<K>>;
  const parsed = schema.safeParse(payload);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issues = parsed.error.issues.slice(0, 10).map((issue) => ({
    path: locate(issue.path),
    message: issue.message.length > 200 ? issue.message.slice(0, 200) + '…' : issue.message,
  }));
  const first = issues[0];
  return {
    ok: false,
    error: {
      code: 'ipc/bad_payload',
      message: `bad request to ${name}: ${first ? `${first.path}: ${first.message}` : 'invalid'}`,
      issues,
    },
  };
}

/** The Open dialog's filter extensions for a validated accept list: no leading dot, MIME types
 * mapped through the shared list ("cloudwar.json" stays whole: dialogs match it as a suffix). */
export function acceptToExtensions(value: string): string[] {
  const out = new Set<string>();
  for (const item of acceptItems(value)) {
    const extensions = item.startsWith('.') ? [item] : (OPEN_MIME[item] ?? []);
    for (const ext of extensions) if (OPEN_EXTENSIONS.includes(ext)) out.add(ext.slice(1));
  }
  return [...out];
}
