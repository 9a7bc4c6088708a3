// Finds the field names the schema allows at a data path, so an unknown key can be matched
// to the closest known one. Zod's issue names the unknown key but not the allowed ones.
import type { z } from 'zod';
import { asRecord, field } from './loose.ts';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
  innerType?: z.ZodType;
  discriminator?: string;
  values?: unknown[];
}

const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

const WRAPPERS = new Set(['optional', 'default', 'nullable', 'prefault', 'readonly', 'catch']);

function unwrap(s: z.ZodType): z.ZodType {
  let def = defOf(s);
  while (WRAPPERS.has(def.type) && def.innerType) {
    s = def.innerType;
    def = defOf(s);
  }
  return s;
}

/** Of a union, the object branch that fits `value` (by discriminator when there is one). */
function objectBranch(s: z.ZodType, value: unknown): z.ZodType | undefined {
  const def = defOf(s);
  if (def.type !== 'union') return def.type === 'object' ? s : undefined;
  const objects = (def.options ?? []).map(unwrap).filter((o) => defOf(o).type === 'object');
  const disc = def.discriminator;
  if (disc === undefined) return objects[0];
  const wanted = field(value, disc);
  return objects.find((o) => {
    const lit = defOf(o).shape?.[disc];
    return lit !== undefined && (defOf(unwrap(lit)).values ?? []).includes(wanted);
  });
}

function child(s: z.ZodType, seg: PropertyKey, value: unknown): z.ZodType | undefined {
  const def = defOf(s);
  if (def.type === 'array' && typeof seg === 'number') return def.element;
  if (def.type === 'record') return def.valueType;
  const obj = objectBranch(s, value);
  return typeof seg === 'string' ? defOf(obj ?? s).shape?.[seg] : undefined;
}

export function knownKeysAt(
  schema: z.ZodType,
  path: readonly PropertyKey[],
  raw: unknown,
): string[] {
  let s: z.ZodType | undefined = unwrap(schema);
  let value = raw;
  for (const seg of path) {
    const next = child(s, seg, value);
    if (!next) return [];
    s = unwrap(next);
    value =
      Array.isArray(value) && typeof seg === 'number' ? value[seg] : field(value, String(seg));
  }
  const obj = objectBranch(s, value);
  return obj && asRecord(defOf(obj).shape) ? Object.keys(defOf(obj).shape ?? {}) : [];
}
