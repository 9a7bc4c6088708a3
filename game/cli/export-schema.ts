// `npm run schema`: writes scenarios/schema.json and the field reference in
// scenarios/README.md from the zod schema. `npm run schema -- --check` writes nothing and
// exits 1 if either file on disk is out of date (for CI and the test suite).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fieldDocs, withFieldDocs } from '../scenario/field-docs.ts';
import { scenarioJsonSchema, scenarioJsonSchemaText } from '../scenario/json-schema.ts';

const schemaPath = fileURLToPath(new URL('../../scenarios/schema.json', import.meta.url));
const readmePath = fileURLToPath(new URL('../../scenarios/README.md', import.meta.url));

const read = (path: string): string | undefined => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
};

const check = process.argv.includes('--check');
const readme = read(readmePath) ?? '';
const wanted = new Map<string, string | undefined>([
  [schemaPath, scenarioJsonSchemaText()],
  [readmePath, withFieldDocs(readme, fieldDocs(scenarioJsonSchema()))],
]);

let stale = 0;
for (const [path, text] of wanted) {
  if (text === undefined) {
    console.error(`${path}: the field reference markers are missing`);
    process.exit(1);
  }
  if (read(path) === text) continue;
  if (check) {
    console.error(`${path} is out of date: run npm run schema`);
    stale++;
  } else {
    writeFileSync(path, text);
    console.log(`wrote ${path}`);
  }
}
process.exit(stale > 0 ? 1 : 0);
