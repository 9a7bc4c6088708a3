// The published JSON Schema of scenario files (scenarios/schema.json), generated from the zod
// schema so that editors and the loader can never disagree. It describes what an author
// writes (the input shape: defaults optional, numbers plain or `{value, source}`).
import { z } from 'zod';
import { scenarioFileSchema } from './schema.ts';

export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(scenarioFileSchema, { io: 'input', target: 'draft-2020-12' });
  return { ...schema, title: 'Cloud Price War scenario' };
}

/** The exact text of scenarios/schema.json. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
