// Scenario text -> typed, frozen Scenario, or every problem of the file at once, each with
// the line and column of the YAML node it concerns. Runs in the browser and in Node (no
// file access here; see load-file.ts). It never throws: whatever the input, the caller gets
// a result it can show.
import { type Document, LineCounter, isAlias, parseDocument, visit } from 'yaml';
import type { Scenario } from '../engine/index.ts';
import { type Citation, checkSourceRefs } from './citations.ts';
import { crossCheck } from './checks.ts';
import { deepFreeze } from './freeze.ts';
import { type RawProblem, describeIssues } from './issues.ts';
import { locate } from './locate.ts';
import { field, formatPath } from './loose.ts';
import { normalise } from './normalise.ts';
import { LIMITS } from './limits.ts';
import { FORMAT_VERSION, scenarioFileSchema } from './schema.ts';

export interface ScenarioProblem {
  file: string;
  line: number;
  column: number;
  /** Like "providers[2].trust0"; empty for the file as a whole. */
  path: string;
  message: string;
  hint?: string;
}

export type LoadResult =
  | { ok: true; scenario: Scenario; citations: Citation[] }
  | { ok: false; errors: ScenarioProblem[] };

const fail = (errors: ScenarioProblem[]): LoadResult => ({ ok: false, errors });

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4; // a surrogate pair is one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function syntaxMessage(e: Document['errors'][number], text: string): string {
  // The library appends " at line L, column C:" and a source excerpt; we give those apart.
  const first = (e.message.split('\n')[0] ?? e.message).replace(/ at line \d+, column \d+:?$/, '');
  if (/call stack/i.test(first)) return 'the file is nested too deeply to read';
  if (e.code === 'DUPLICATE_KEY') {
    // The error marks where the key starts; the key runs to its colon.
    const key = (/^[^:\n]{0,64}/.exec(text.slice(e.pos[0], e.pos[0] + 64))?.[0] ?? '').trim();
    return `YAML: the key \`${key}\` appears twice in one mapping`;
  }
  return `YAML syntax: ${first}`;
}

function syntaxProblems(
  doc: Document,
  lines: LineCounter,
  text: string,
  file: string,
): ScenarioProblem[] {
  return doc.errors.map((e) => {
    const pos = e.linePos?.[0] ?? lines.linePos(e.pos[0]);
    return {
      file,
      line: Math.max(1, pos.line),
      column: Math.max(1, pos.col),
      path: '',
      message: syntaxMessage(e, text),
    };
  });
}

function firstAlias(doc: Document, lines: LineCounter): { line: number; column: number } {
  let offset: number | undefined;
  visit(doc, {
    Alias(_, node) {
      if (isAlias(node)) offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  const pos = offset === undefined ? { line: 1, col: 1 } : lines.linePos(offset);
  return { line: pos.line, column: pos.col };
}

function located(
  raw: RawProblem[],
  doc: Document,
  lines: LineCounter,
  file: string,
): ScenarioProblem[] {
  const seen = new Set<string>();
  const out: ScenarioProblem[] = [];
  for (const p of raw) {
    const path = formatPath(p.path);
    const key = `${path}\n${p.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const pos = locate(doc, lines, p.path, p.atKey === true);
    out.push({ file, ...pos, path, message: p.message, ...(p.hint ? { hint: p.hint } : {}) });
  }
  // File order reads best; the sort is stable, so problems at one place keep their order.
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}

function load(text: string, file: string): LoadResult {
  const bytes = utf8Length(text);
  if (bytes > LIMITS.bytes) {
    const kib = Math.ceil(bytes / 1024);
    return fail([
      {
        file,
        line: 1,
        column: 1,
        path: '',
        message: `the file is ${kib} KiB; the limit is ${LIMITS.bytes / 1024} KiB`,
      },
    ]);
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, stringKeys: true, logLevel: 'silent' });
  if (doc.errors.length > 0) return fail(syntaxProblems(doc, lines, text, file));

  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: LIMITS.aliases });
  } catch (e) {
    if (!(e instanceof ReferenceError)) throw e;
    return fail([
      {
        file,
        ...firstAlias(doc, lines),
        path: '',
        message: `YAML aliases expand too much (limit ${LIMITS.aliases}); write the values out instead`,
      },
    ]);
  }

  const version = field(raw, 'version');
  if (typeof version === 'number' && version > FORMAT_VERSION) {
    return fail([
      {
        file,
        ...locate(doc, lines, ['version']),
        path: 'version',
        message: `this file was made for a newer version of Cloud Price War (format version ${version}); this version reads format version ${FORMAT_VERSION}`,
        hint: 'update the game to open it',
      },
    ]);
  }

  const parsed = scenarioFileSchema.safeParse(raw);
  const problems = [
    ...(parsed.success ? [] : describeIssues(parsed.error.issues, raw, scenarioFileSchema)),
    ...crossCheck(raw),
    ...checkSourceRefs(raw),
  ];
  if (problems.length > 0 || !parsed.success) {
    return fail(located(problems, doc, lines, file));
  }
  const { scenario, citations } = normalise(parsed.data);
  return { ok: true, scenario: deepFreeze(scenario), citations: deepFreeze(citations) };
}

export function loadScenarioText(text: string, file: string): LoadResult {
  try {
    return load(text, file);
  } catch (e) {
    // Deep nesting can exhaust the stack in the YAML composer; anything else is our bug,
    // but the caller still gets a problem to show rather than a crash.
    const message =
      e instanceof RangeError
        ? 'the file is nested too deeply to read'
        : `internal error while reading the file: ${e instanceof Error ? e.message : String(e)}`;
    return fail([{ file, line: 1, column: 1, path: '', message }]);
  }
}
