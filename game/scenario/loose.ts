// Defensive readers for the raw parsed YAML. Cross-reference and citation checks run on the
// raw data even when the schema found problems elsewhere, so that a file's problems are
// all reported at once; these helpers make each check skip what is malformed instead of
// throwing.

/** A location in the file's data: keys and list indexes from the top. */
export type Path = (string | number)[];

export function asRecord(x: unknown): Record<string, unknown> | undefined {
  return typeof x === 'object' && x !== null && !Array.isArray(x)
    ? (x as Record<string, unknown>)
    : undefined;
}

export function asList(x: unknown): unknown[] {
  return Array.isArray(x) ? x : [];
}

/** A finite number, written plain or as `{value, source}`. */
export function asNumber(x: unknown): number | undefined {
  const v = asRecord(x)?.['value'] ?? x;
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

export function asString(x: unknown): string | undefined {
  return typeof x === 'string' ? x : undefined;
}

/** Own property only: a key like `constructor` must not reach Object.prototype. */
export function field(x: unknown, key: string): unknown {
  const rec = asRecord(x);
  return rec && Object.prototype.hasOwnProperty.call(rec, key) ? rec[key] : undefined;
}

/** "providers[2].trust0": the path notation of every problem and citation. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^[A-Za-z0-9_$-]+$/.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}
