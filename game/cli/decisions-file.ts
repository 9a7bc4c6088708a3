// `--decisions FILE`: scripted decisions for human providers, as YAML or JSON (JSON is YAML):
//
//   2023Q2:
//     ALI: { price: { C: -0.15 }, gpuCapex: 4 }
//
// quarter label -> provider id -> decision in the engine's shape, every field optional (what is
// left out is held from the provider's previous decision; see decision-script.ts). This module
// reads the file and checks everything that does not need the game state: syntax, field names
// and types, quarter labels, provider ids and segment ids. Every problem carries file, line,
// column, field and, where one is likely, a "did you mean" hint.

import { readFile, stat } from 'node:fs/promises';
import { type Document, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { labelAt, tOf } from '../engine/index.ts';
import type { Scenario } from '../engine/index.ts';
import { closest } from '../scenario/hints.ts';
import { describeIssues } from '../scenario/issues.ts';
import type { RawProblem } from '../scenario/issues.ts';
import type { ScenarioProblem } from '../scenario/load.ts';
import { locate } from '../scenario/locate.ts';
import type { Position } from '../scenario/locate.ts';
import { formatPath } from '../scenario/loose.ts';
import type { Path } from '../scenario/loose.ts';
import { formatProblems } from '../scenario/format-problem.ts';
import { UsageError } from './usage.ts';

/** A decision file is a script, not a dataset: 1 MiB is far more than any game needs. */
export const DECISIONS_MAX_BYTES = 1024 * 1024;
const MAX_ALIASES = 50;

const num = z.number(); // zod 4 refuses NaN and ±Infinity

/** The engine's Decision with every field optional: the rest is held from last quarter. */
const partialDecisionSchema = z
  .strictObject({
    price: z.strictObject({ C: num, S: num, T: num }).partial(),
    gpuCapex: num,
    dcCapex: num,
    rnd: num,
    trainShare: num,
    ecosystem: num,
    creditDeal: z.strictObject({ amount: num, creditFraction: num }).partial(),
    security: num,
    projectExit: num,
    openSource: z.boolean(),
    priority: z.array(z.string()),
  })
  .partial();

export type PartialDecision = z.infer<typeof partialDecisionSchema>;

const fileSchema = z.record(z.string(), z.record(z.string(), partialDecisionSchema));

/** What the file says, checked, with the positions needed to locate later (state) problems. */
export interface DecisionScript {
  file: string;
  /** quarter label -> provider id -> the fields given. */
  entries: Record<string, Record<string, PartialDecision>>;
  /** Where a field of an entry is in the file (its entry, its quarter, or line 1 if absent). */
  locate: (path: Path) => Position;
}

export interface ScriptContext {
  scenario: Scenario;
  /** Human providers of this run; the file may name only these. */
  humans: readonly string[];
}

/** The quarter labels the players decide in this scenario, in order. */
export function playedQuarters(scenario: Scenario): string[] {
  const first = tOf(scenario.origin, scenario.start);
  return Array.from({ length: scenario.quarters }, (_, i) => labelAt(scenario.origin, first + i));
}

function hinted(word: string, known: readonly string[]): { hint?: string } {
  const best = closest(word, known);
  return best ? { hint: `did you mean \`${best}\`?` } : {};
}

function mapping(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/**
 * Problems zod cannot see: unknown quarters, providers who are not humans, unknown segments.
 * It reads the raw file loosely, so that these come out together with zod's problems.
 */
function crossCheck(raw: unknown, context: ScriptContext): RawProblem[] {
  const { scenario, humans } = context;
  const quarters = playedQuarters(scenario);
  const providers = scenario.providers.map((p) => p.id);
  const segments = scenario.segments.map((s) => s.id);
  const problems: RawProblem[] = [];
  for (const [quarter, byProvider] of Object.entries(mapping(raw) ?? {})) {
    if (!quarters.includes(quarter))
      problems.push({
        path: [quarter],
        atKey: true,
        message: `\`${quarter}\` is not a quarter the players decide in ${scenario.id} (${quarters[0]} to ${quarters[quarters.length - 1]})`,
        ...hinted(quarter, quarters),
      });
    for (const [provider, decision] of Object.entries(mapping(byProvider) ?? {})) {
      if (!providers.includes(provider))
        problems.push({
          path: [quarter, provider],
          atKey: true,
          message: `unknown provider \`${provider}\` in ${scenario.id}; valid providers: ${providers.join(', ')}`,
          ...hinted(provider, providers),
        });
      else if (!humans.includes(provider))
        problems.push({
          path: [quarter, provider],
          atKey: true,
          message: `${provider} is not played by a human in this run (humans: ${humans.join(', ') || 'none'})`,
          hint: `add --human ${provider}`,
        });
      const priority = mapping(decision)?.priority;
      (Array.isArray(priority) ? priority : []).forEach((segment: unknown, i) => {
        if (typeof segment === 'string' && !segments.includes(segment))
          problems.push({
            path: [quarter, provider, 'priority', i],
            message: `unknown segment \`${segment}\`; valid segments: ${segments.join(', ')}`,
            ...hinted(segment, segments),
          });
      });
    }
  }
  return problems;
}

function positioned(
  raw: readonly RawProblem[],
  doc: Document,
  lines: LineCounter,
  file: string,
): ScenarioProblem[] {
  return raw
    .map((p) => ({
      file,
      ...locate(doc, lines, p.path, p.atKey === true),
      path: formatPath(p.path),
      message: p.message,
      ...(p.hint ? { hint: p.hint } : {}),
    }))
    .sort((a, b) => a.line - b.line || a.column - b.column);
}

export type ScriptResult =
  { ok: true; script: DecisionScript } | { ok: false; problems: ScenarioProblem[] };

/** The providers a file names, whatever else is wrong with it (to default --human). */
export function providersNamed(text: string): string[] {
  const doc = parseDocument(text, { stringKeys: true, logLevel: 'silent' });
  if (doc.errors.length > 0) return [];
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch {
    return [];
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return [];
  const names = new Set<string>();
  for (const byProvider of Object.values(raw as Record<string, unknown>))
    if (typeof byProvider === 'object' && byProvider !== null && !Array.isArray(byProvider))
      for (const id of Object.keys(byProvider)) names.add(id);
  return [...names];
}

export function parseDecisionsText(
  text: string,
  file: string,
  context: ScriptContext,
): ScriptResult {
  const at = (message: string, line = 1, column = 1): ScriptResult => ({
    ok: false,
    problems: [{ file, line, column, path: '', message }],
  });
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, stringKeys: true, logLevel: 'silent' });
  if (doc.errors.length > 0)
    return {
      ok: false,
      problems: doc.errors.map((e) => {
        const pos = e.linePos?.[0] ?? lines.linePos(e.pos[0]);
        return {
          file,
          line: Math.max(1, pos.line),
          column: Math.max(1, pos.col),
          path: '',
          message: e.message.split('\n')[0] ?? 'syntax error',
        };
      }),
    };
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    if (e instanceof ReferenceError)
      return at(`YAML aliases expand too much (limit ${MAX_ALIASES}); write the values out`);
    throw e;
  }
  if (raw === null || raw === undefined)
    return at('the file is empty: write `QUARTER: { PROVIDER: { field: value } }`');
  const parsed = fileSchema.safeParse(raw);
  const problems = [
    ...(parsed.success ? [] : describeIssues(parsed.error.issues, raw, fileSchema)),
    ...crossCheck(raw, context),
  ];
  if (!parsed.success || problems.length > 0)
    return { ok: false, problems: positioned(problems, doc, lines, file) };
  return {
    ok: true,
    script: { file, entries: parsed.data, locate: (path) => locate(doc, lines, path) },
  };
}

/** Reads and checks a decisions file; every problem at once in a UsageError (exit 2). */
export async function loadDecisionsFile(
  path: string,
  context: ScriptContext,
): Promise<DecisionScript> {
  const text = await readDecisionsText(path);
  const result = parseDecisionsText(text, path, context);
  if (result.ok) return result.script;
  throw new UsageError(
    `decisions file ${path} has ${result.problems.length} problem(s):\n${formatProblems(result.problems)}`,
  );
}

export async function readDecisionsText(path: string): Promise<string> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new UsageError(`--decisions ${path}: not a file`);
    size = info.size;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`--decisions ${path}: no such file`);
  }
  if (size > DECISIONS_MAX_BYTES)
    throw new UsageError(
      `--decisions ${path}: the file is ${Math.ceil(size / 1024)} KiB; the limit is ${DECISIONS_MAX_BYTES / 1024} KiB`,
    );
  return readFile(path, 'utf8');
}
