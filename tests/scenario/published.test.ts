// The files generated from the schema are checked in; they must match the schema in code,
// or editors and the README would describe a format the loader does not enforce.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldDocs, withFieldDocs } from '../../game/scenario/field-docs.ts';
import { scenarioJsonSchema, scenarioJsonSchemaText } from '../../game/scenario/json-schema.ts';
import { SCENARIO_DIR } from './helpers.ts';

describe('published schema and field reference', () => {
  it('scenarios/schema.json is current (run `npm run schema` if not)', () => {
    const onDisk = readFileSync(`${SCENARIO_DIR}schema.json`, 'utf8');
    expect(onDisk).toBe(scenarioJsonSchemaText());
  });

  it('scenarios/README.md documents the current fields (run `npm run schema` if not)', () => {
    const onDisk = readFileSync(`${SCENARIO_DIR}README.md`, 'utf8');
    expect(withFieldDocs(onDisk, fieldDocs(scenarioJsonSchema()))).toBe(onDisk);
  });

  it('is a draft 2020-12 schema of the input shape, with units in descriptions', () => {
    const schema = scenarioJsonSchema() as {
      $schema: string;
      required: string[];
      properties: Record<
        string,
        { properties?: Record<string, { description?: string; default?: unknown }> }
      >;
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    // Defaulted fields are optional in what authors write.
    expect(schema.required).not.toContain('events');
    expect(schema.required).toContain('providers');
    const size0 = schema.properties['market']?.properties?.['size0'];
    expect(size0?.description).toMatch(
      /Unit: CNY B per quarter\. Range: more than 0 and at most 1e5\./,
    );
  });

  it('documents every policy default in the README', () => {
    const readme = readFileSync(`${SCENARIO_DIR}README.md`, 'utf8');
    expect(readme).toContain('`providers[].policy.rndShare` (number; default 0.1)');
    expect(readme).toContain('`providers[].residual` (mapping; default {"offset":0,"drift":0})');
  });
});
