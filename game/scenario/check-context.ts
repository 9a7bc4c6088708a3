// What the cross-reference checks share: the ids declared in the file and the span of
// quarters the engine will resolve, all read loosely from the raw data.
import { quarterIndex, quarterLabel } from './fields.ts';
import type { RawProblem } from './issues.ts';
import { type Path, asList, asNumber, asRecord, asString, field } from './loose.ts';

export interface ProviderInfo {
  iaas: boolean | undefined;
}

export interface CheckContext {
  raw: Record<string, unknown>;
  providers: Map<string, ProviderInfo>;
  segments: Map<string, number>;
  /** Quarters the engine resolves: after origin, up to the last quarter played. */
  span: { first: number; last: number } | undefined;
  problems: RawProblem[];
}

export function report(ctx: CheckContext, path: Path, message: string, hint?: string): void {
  ctx.problems.push({ path, message, ...(hint ? { hint } : {}) });
}

/** Records each id once; a repeated id is reported at the repeat. */
function collectIds(
  ctx: CheckContext,
  listKey: string,
  what: string,
  info: (entry: unknown) => void,
): Map<string, number> {
  const seen = new Map<string, number>();
  asList(ctx.raw[listKey]).forEach((entry, i) => {
    const id = asString(field(entry, 'id'));
    if (id === undefined) return;
    const first = seen.get(id);
    if (first !== undefined) {
      report(ctx, [listKey, i, 'id'], `${what} id ${id} is used twice (also ${listKey}[${first}])`);
      return;
    }
    seen.set(id, i);
    info(entry);
  });
  return seen;
}

function spanOf(raw: Record<string, unknown>): CheckContext['span'] {
  const origin = quarterIndex(raw['origin']);
  const start = quarterIndex(raw['start']);
  const quarters = asNumber(raw['quarters']);
  if (origin === undefined || start === undefined || quarters === undefined) return undefined;
  if (!Number.isInteger(quarters) || quarters < 1 || start <= origin) return undefined;
  return { first: origin + 1, last: start + quarters - 1 };
}

export function makeContext(rawTop: unknown): CheckContext | undefined {
  const raw = asRecord(rawTop);
  if (!raw) return undefined;
  const ctx: CheckContext = {
    raw,
    providers: new Map(),
    segments: new Map(),
    span: spanOf(raw),
    problems: [],
  };
  collectIds(ctx, 'providers', 'provider', (entry) => {
    const iaas = field(entry, 'iaas');
    ctx.providers.set(String(field(entry, 'id')), {
      iaas: typeof iaas === 'boolean' ? iaas : undefined,
    });
  });
  ctx.segments = collectIds(ctx, 'segments', 'segment', () => {});
  return ctx;
}

export function spanText(ctx: CheckContext): string {
  return ctx.span ? `${quarterLabel(ctx.span.first)}-${quarterLabel(ctx.span.last)}` : '';
}

/** Reports a quarter that the engine never resolves. */
export function checkInSpan(ctx: CheckContext, path: Path, label: unknown, what: string): void {
  const q = quarterIndex(label);
  if (q === undefined || !ctx.span) return;
  if (q < ctx.span.first || q > ctx.span.last) {
    report(
      ctx,
      path,
      `${what} in ${String(label)} would never happen: quarters run ${spanText(ctx)} (after origin, up to the last quarter)`,
    );
  }
}

/** Path points and script moves must come in strictly increasing quarter order. */
export function checkOrdered(ctx: CheckContext, items: unknown, path: Path, what: string): void {
  let previous: { q: number; label: string } | undefined;
  asList(items).forEach((item, i) => {
    const label = field(item, 'quarter');
    const q = quarterIndex(label);
    if (q === undefined) return;
    if (previous && q <= previous.q) {
      report(
        ctx,
        [...path, i, 'quarter'],
        `${what} must be in increasing quarter order: ${String(label)} comes after ${previous.label}`,
      );
    }
    previous = { q, label: String(label) };
  });
}

/** Reports list entries given twice (lines, segments of an effect). */
export function checkUnique(ctx: CheckContext, items: unknown, path: Path, what: string): void {
  const seen = new Set<unknown>();
  asList(items).forEach((item, i) => {
    if (seen.has(item)) report(ctx, [...path, i], `${what} ${String(item)} is listed twice`);
    seen.add(item);
  });
}

/** Sum of a numeric field over a list, or undefined if any entry is not a number. */
export function sumOf(items: unknown, get: (item: unknown) => unknown): number | undefined {
  let total = 0;
  for (const item of asList(items)) {
    const n = asNumber(get(item));
    if (n === undefined) return undefined;
    total += n;
  }
  return total;
}
