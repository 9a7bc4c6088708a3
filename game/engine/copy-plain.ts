// A deep, unfrozen copy of plain data (objects, arrays, numbers, strings, booleans): what
// structuredClone does for a scenario or an injected event, without the DOM or Node the engine
// may not use.

export function copyPlain<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v: unknown) => copyPlain(v)) as T;
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = copyPlain(v);
    return out as T;
  }
  return value;
}
