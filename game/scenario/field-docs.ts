// The field reference of scenarios/README.md, generated from the JSON Schema so that the
// documented units, ranges and defaults are the ones the loader enforces.

type Json = Record<string, unknown>;

const asJson = (x: unknown): Json | undefined =>
  typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Json) : undefined;

interface Row {
  path: string;
  type: string;
  required: boolean;
  dflt: unknown;
  description: string;
  indent: number;
}

/** A cited number: `anyOf: [number, {value, source}]`. */
function plainOfCited(node: Json): Json | undefined {
  const options = Array.isArray(node['anyOf']) ? node['anyOf'].map(asJson) : [];
  const [plain, cited] = options;
  const props = asJson(cited?.['properties']);
  return plain && props && 'value' in props && 'source' in props ? plain : undefined;
}

const isText = (node: Json): boolean =>
  Object.keys(asJson(node['properties']) ?? {}).join() === 'en,zh';

function kindOf(option: Json | undefined): string | undefined {
  const kind = asJson(asJson(option?.['properties'])?.['kind']);
  return kind && 'const' in kind ? String(kind['const']) : undefined;
}

function kindOptions(node: Json): Json[] {
  const options = Array.isArray(node['oneOf']) ? node['oneOf'] : (node['anyOf'] ?? []);
  const objects = (Array.isArray(options) ? options : []).map(asJson);
  return objects.every((o) => kindOf(o) !== undefined) ? (objects as Json[]) : [];
}

function typeOf(node: Json): string {
  const plain = plainOfCited(node);
  if (plain) return plain['type'] === 'integer' ? 'whole number' : 'number';
  if (isText(node)) return 'text in English and Chinese: {en, zh}';
  if (kindOptions(node).length > 0) return 'mapping; `kind` picks one of the forms below';
  if ('const' in node) return `\`${String(node['const'])}\``;
  if (Array.isArray(node['enum'])) {
    return `one of ${node['enum'].map((v) => `\`${String(v)}\``).join(', ')}`;
  }
  const types: Record<string, string> = {
    string: 'text',
    boolean: 'true or false',
    array: 'list',
    object: 'mapping',
  };
  return types[String(node['type'])] ?? 'value';
}

class Walker {
  readonly rows: Row[] = [];
  private readonly seen = new Map<string, string>();

  walk(node: Json, path: string, required: boolean, indent = 0): void {
    const description = typeof node['description'] === 'string' ? node['description'] : '';
    const row = { path, type: typeOf(node), required, dflt: node['default'], description, indent };
    if (path !== '') this.rows.push(row);
    if (plainOfCited(node) || isText(node)) return;
    // The effect forms are documented under events and referred to from the random cards.
    const shape =
      indent === 0 && kindOptions(asJson(node['items']) ?? {}).length > 0
        ? JSON.stringify(node)
        : '';
    const first = this.seen.get(shape);
    if (shape !== '' && first !== undefined) {
      row.description = `${description} Same fields as \`${first}\`.`.trim();
      return;
    }
    if (shape !== '') this.seen.set(shape, path);
    this.children(node, path, indent);
  }

  private children(node: Json, path: string, indent: number): void {
    const join = (key: string) => (path === '' ? key : `${path}.${key}`);
    const props = asJson(node['properties']);
    if (props) {
      const required = new Set(Array.isArray(node['required']) ? node['required'] : []);
      const entries = Object.entries(props);
      const first = entries[0];
      const same =
        entries.length > 1 &&
        entries.every(([, v]) => JSON.stringify(v) === JSON.stringify(first?.[1]));
      if (same && first) {
        this.walk(
          asJson(first[1]) ?? {},
          join(`<${entries.map(([k]) => k).join('|')}>`),
          true,
          indent,
        );
        return;
      }
      for (const [key, value] of entries) {
        const child = asJson(value);
        if (child) this.walk(child, join(key), required.has(key), indent);
      }
    }
    const items = asJson(node['items']);
    if (items) this.walk(items, `${path}[]`, true, indent);
    const values = asJson(node['additionalProperties']);
    if (values) {
      const keyName = asJson(node['propertyNames'])?.['description'];
      this.walk(values, join(`<${typeof keyName === 'string' ? keyName : 'key'}>`), false, indent);
    }
    for (const option of kindOptions(node)) {
      const fields = Object.fromEntries(
        Object.entries(asJson(option['properties']) ?? {}).filter(([key]) => key !== 'kind'),
      );
      const description = String(
        asJson(asJson(option['properties'])?.['kind'])?.['description'] ?? '',
      );
      this.rows.push({
        path: `kind: ${kindOf(option) ?? ''}`,
        type: 'form',
        required: true,
        dflt: undefined,
        description,
        indent: indent + 1,
      });
      this.children({ ...option, properties: fields }, '', indent + 2);
    }
  }
}

function line(row: Row): string {
  const status =
    row.dflt !== undefined
      ? `default ${JSON.stringify(row.dflt)}`
      : row.required
        ? 'required'
        : 'optional';
  const description = row.description.replace(/\s+/g, ' ').trim();
  const pad = '  '.repeat(row.indent);
  if (row.type === 'form')
    return `${pad}- ${row.path.replace(/^kind: (.*)$/, 'kind `$1`')}: ${description}`;
  return `${pad}- \`${row.path}\` (${row.type}; ${status})${description ? `: ${description}` : ''}`;
}

/** Markdown list of every field, grouped by top-level section. */
export function fieldDocs(schema: Json): string {
  const walker = new Walker();
  walker.walk(schema, '', true);
  const rows = walker.rows;
  const out: string[] = [];
  let section = '';
  for (const row of rows) {
    const top = row.indent > 0 ? section : (/^[A-Za-z0-9]+/.exec(row.path)?.[0] ?? '');
    const heading = [
      'lines',
      'market',
      'segments',
      'providers',
      'events',
      'randomEvents',
      'dilemmas',
      'objectives',
      'sources',
    ].includes(top)
      ? top
      : 'top level';
    if (heading !== section) {
      if (out.length > 0) out.push('');
      out.push(`### ${heading}`, '');
      section = heading;
    }
    out.push(line(row));
  }
  return `${out.join('\n')}\n`;
}

export const FIELDS_START = '<!-- fields:start (generated by `npm run schema`; do not edit) -->';
export const FIELDS_END = '<!-- fields:end -->';

/** The README with its generated field reference replaced; undefined without the markers. */
export function withFieldDocs(readme: string, docs: string): string | undefined {
  const start = readme.indexOf(FIELDS_START);
  const end = readme.indexOf(FIELDS_END);
  if (start < 0 || end < start) return undefined;
  return `${readme.slice(0, start + FIELDS_START.length)}\n\n${docs}\n${readme.slice(end)}`;
}
