// Finds half-width punctuation written against Chinese text: "(你)", "北方云: ", "好,的".
// Chinese text takes the full-width forms （ ） ： ， ； ？ ！. Half-width marks between
// Latin words or digits ("EBITA (CNY B)", "1:2", "{{value}} / 100") are left alone.

const CJK = '[\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff]';
const HALF = '[(),:;?!]';
// A mark right after a CJK character (spaces between allowed), or an opening bracket right
// before one: "云: ", "云 (", "(你".
const AFTER = new RegExp(`${CJK}\\s*${HALF}`, 'gu');
const BEFORE = new RegExp(`\\(\\s*${CJK}`, 'gu');
// A closing bracket, comma or colon right before a CJK character: ") 的", ", 的".
const CLOSE = new RegExp(`[),:;?!]\\s*${CJK}`, 'gu');

/** Every offending fragment of `text`, empty when the punctuation is right. */
export function halfWidthNextToCjk(text: string): string[] {
  const hits: string[] = [];
  for (const re of [AFTER, BEFORE, CLOSE]) for (const m of text.matchAll(re)) hits.push(m[0]);
  return hits;
}

/** Every string leaf of a nested object, with its dotted key. */
export function stringLeaves(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) =>
      stringLeaves(v, prefix ? `${prefix}.${k}` : k),
    );
  return [];
}
