// Turns zod issues into problems a scenario author can act on: plain-language messages,
// one problem per unknown key (pointing at the key, with a "did you mean" hint), the
// relevant branch of a union instead of zod's generic "Invalid input", and "missing
// required field" instead of "expected number, received undefined".
import type { z } from 'zod';
import { closest } from './hints.ts';
import { type Path, asRecord, field } from './loose.ts';
import { knownKeysAt } from './schema-walk.ts';

export interface RawProblem {
  path: Path;
  message: string;
  hint?: string;
  /** Point at the field's name rather than its value (unknown keys, bad record keys). */
  atKey?: boolean;
  /** For an unknown key: the known field it probably means. */
  meant?: string;
  /** A required field is absent. */
  missing?: boolean;
}

type Issue = z.core.$ZodIssue;

export function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let node = raw;
  for (const seg of path) {
    if (Array.isArray(node) && typeof seg === 'number') node = node[seg];
    else if (typeof seg === 'string') node = field(node, seg);
    else return undefined;
  }
  return node;
}

function isMissing(raw: unknown, path: readonly PropertyKey[]): boolean {
  const last = path[path.length - 1];
  const parent = asRecord(valueAt(raw, path.slice(0, -1)));
  return (
    typeof last === 'string' &&
    parent !== undefined &&
    !Object.prototype.hasOwnProperty.call(parent, last)
  );
}

export function describeValue(v: unknown): string {
  if (v === undefined || v === null) return 'an empty value';
  if (typeof v === 'number') {
    if (Number.isNaN(v)) return '.nan (not a number)';
    if (!Number.isFinite(v)) return 'an infinite number';
    return `the number ${v}`;
  }
  if (typeof v === 'string') {
    const shown = v.length > 24 ? `${v.slice(0, 24)}…` : v;
    return `text ${JSON.stringify(shown)}`;
  }
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return 'a list';
  if (v instanceof Date) return 'a date';
  return 'a mapping';
}

const EXPECTED: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of fields',
  record: 'a mapping',
};

function toPath(path: readonly PropertyKey[]): Path {
  return path.map((seg) => (typeof seg === 'number' ? seg : String(seg)));
}

/** Whether a union branch failed because the value has another shape altogether. */
function wrongShape(branch: readonly Issue[]): boolean {
  return branch.some(
    (i) =>
      i.path.length === 0 &&
      // zod reports a non-integer as invalid_type "int": right shape, wrong value.
      ((i.code === 'invalid_type' && i.expected !== 'int') || i.code === 'invalid_value'),
  );
}

/** The union branch that fits the value's shape, if exactly one does. */
function fittingBranch(issue: Issue & { code: 'invalid_union' }): Issue[] | undefined {
  const fits = issue.errors.filter((branch) => !wrongShape(branch));
  return fits.length === 1 ? fits[0] : undefined;
}

function describe(issue: Issue, base: readonly PropertyKey[], ctx: Ctx): RawProblem[] {
  const path = [...base, ...issue.path];
  const value = valueAt(ctx.raw, path);
  const missing = (): RawProblem => ({
    path: toPath(path),
    message: `missing required field \`${String(path[path.length - 1])}\``,
    missing: true,
  });
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeysAt(ctx.schema, path, ctx.raw);
      return issue.keys.map((key) => {
        const hint = closest(key, known);
        return {
          path: toPath([...path, key]),
          message: `unknown field \`${key}\``,
          ...(hint ? { hint: `did you mean \`${hint}\`?`, meant: hint } : {}),
          atKey: true,
        };
      });
    }
    case 'invalid_union': {
      if (issue.errors.length === 0 && issue.discriminator !== undefined) {
        const options = ('options' in issue ? (issue.options ?? []) : []).map(String);
        if (value === undefined && isMissing(ctx.raw, path)) return [missing()];
        const hint = typeof value === 'string' ? closest(value, options) : undefined;
        return [
          {
            path: toPath(path),
            message: `unknown ${issue.discriminator} ${describeValue(value)}: expected one of ${options.join(', ')}`,
            ...(hint ? { hint: `did you mean \`${hint}\`?` } : {}),
          },
        ];
      }
      const branch = fittingBranch(issue);
      if (branch) return branch.flatMap((inner) => describe(inner, path, ctx));
      if (value === undefined && isMissing(ctx.raw, path)) return [missing()];
      return [{ path: toPath(path), message: `${issue.message}, got ${describeValue(value)}` }];
    }
    case 'invalid_type': {
      if (value === undefined && isMissing(ctx.raw, path)) return [missing()];
      if (issue.expected === 'int') return [{ path: toPath(path), message: issue.message }];
      if (path.length === 0 && (value === null || value === undefined)) {
        return [
          {
            path: [],
            message: 'the file is empty: a scenario starts with `format: cloudwar-scenario`',
          },
        ];
      }
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      return [{ path: toPath(path), message: `expected ${expected}, got ${describeValue(value)}` }];
    }
    case 'invalid_value': {
      const options = issue.values.map((v) => `\`${String(v)}\``);
      const strings = issue.values.filter((v): v is string => typeof v === 'string');
      const hint = typeof value === 'string' ? closest(value, strings) : undefined;
      return [
        {
          path: toPath(path),
          message: `must be ${options.length > 1 ? 'one of ' : ''}${options.join(', ')}, got ${describeValue(value)}`,
          ...(hint ? { hint: `did you mean \`${hint}\`?` } : {}),
        },
      ];
    }
    case 'invalid_key': {
      const key = String(path[path.length - 1]);
      const why = issue.issues.map((i) => i.message).join('; ');
      return [{ path: toPath(path), message: `bad key \`${key}\`: ${why}`, atKey: true }];
    }
    case 'too_big':
    case 'too_small': {
      const got = typeof value === 'number' ? `, got ${value}` : '';
      return [{ path: toPath(path), message: `${issue.message}${got}` }];
    }
    default:
      return [{ path: toPath(path), message: issue.message }];
  }
}

interface Ctx {
  raw: unknown;
  schema: z.ZodType;
}

export function describeIssues(
  issues: readonly Issue[],
  raw: unknown,
  schema: z.ZodType,
): RawProblem[] {
  const ctx = { raw, schema };
  const problems = issues.flatMap((issue) => describe(issue, [], ctx));
  // `growht:` gives "unknown field, did you mean `growth`?" and "missing field `growth`";
  // the first says it all.
  const meant = new Set(
    problems.flatMap((p) => (p.meant ? [JSON.stringify([...p.path.slice(0, -1), p.meant])] : [])),
  );
  return problems.filter((p) => !(p.missing === true && meant.has(JSON.stringify(p.path))));
}
